import { Dropdown, Field, Option } from "@fluentui/react-components";
import { fiscalYearPreview, MONTHS } from "./fiscalPreview";

export interface FiscalYearFieldProps {
  /** 1 = January … 12 = December. */
  month: number;
  /** Today, for the preview of the fiscal year we are in. */
  today: Date;
  onChange(month: number): void;
}

/** The month the fiscal year starts in, with what that makes of the current fiscal year. */
export function FiscalYearField({ month, today, onChange }: FiscalYearFieldProps) {
  return (
    <Field label="Fiscal year starts in" hint={`${fiscalYearPreview(today, month)}. Fiscal years are named by the calendar year they end in.`}>
      <Dropdown value={MONTHS[month - 1]} selectedOptions={[String(month)]} onOptionSelect={(_, data) => data.optionValue && onChange(Number(data.optionValue))}>
        {MONTHS.map((name, i) => (
          <Option key={name} value={String(i + 1)}>
            {name}
          </Option>
        ))}
      </Dropdown>
    </Field>
  );
}
