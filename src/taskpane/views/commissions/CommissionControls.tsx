import { Button, Dropdown, Field, makeStyles, Option, tokens } from "@fluentui/react-components";
import type { CommissionPeriodChoices } from "./commissionPeriods";
import { BusyProgress } from "../../components/BusyProgress";
import type { Work } from "../../state/useLatestWork";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  actions: { display: "flex", alignItems: "center", columnGap: tokens.spacingHorizontalM, flexWrap: "wrap", rowGap: tokens.spacingVerticalXS },
});

const GRAIN_NAMES = { quarter: "quarter", month: "month", year: "fiscal year" } as const;

export interface CommissionControlsProps {
  choices: CommissionPeriodChoices;
  period: string;
  busy: Work | null;
  onCancel(): void;
  onPeriod(period: string): void;
  onCalculate(): void;
}

function optionText(value: string, choices: CommissionPeriodChoices): string {
  if (value === choices.lastClosed) return `${value} (last closed)`;
  if (value === choices.current) return `${value} (in progress)`;
  return value;
}

/** The period picker at the plans' grain and the Calculate button, with a progress bar saying what is being done and a Cancel button. */
export function CommissionControls({ choices, period, busy, onPeriod, onCalculate, onCancel }: CommissionControlsProps) {
  const styles = useStyles();
  return (
    <div className={styles.root}>
      <Field label="Period" hint={`The plans pay by ${GRAIN_NAMES[choices.grain]}.`}>
        <Dropdown value={optionText(period, choices)} selectedOptions={[period]} onOptionSelect={(_, data) => data.optionValue && onPeriod(data.optionValue)}>
          {choices.periods.map((value) => (
            <Option key={value} value={value} text={optionText(value, choices)}>
              {optionText(value, choices)}
            </Option>
          ))}
        </Dropdown>
      </Field>
      <div className={styles.actions}>
        <Button appearance="primary" onClick={onCalculate} disabled={busy !== null}>
          Calculate
        </Button>
        {busy && <BusyProgress work={busy} onCancel={onCancel} />}
      </div>
    </div>
  );
}
