import { Button, Dropdown, Field, makeStyles, Option, OptionGroup, Radio, RadioGroup, tokens } from "@fluentui/react-components";
import type { RollupLevel } from "../../../core/forecast/rollup";
import type { PeriodChoices } from "./periodChoices";
import { BusyProgress } from "../../components/BusyProgress";
import type { Work } from "../../state/useLatestWork";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  actions: { display: "flex", alignItems: "center", columnGap: tokens.spacingHorizontalM, flexWrap: "wrap" },
});

const LEVELS: readonly [RollupLevel, string][] = [
  ["rep", "Rep"],
  ["manager", "Manager"],
  ["region", "Region"],
];

export interface ForecastControlsProps {
  choices: PeriodChoices;
  period: string;
  level: RollupLevel;
  busy: Work | null;
  onCancel(): void;
  onPeriod(period: string): void;
  onLevel(level: RollupLevel): void;
  onRefresh(): void;
}

/** Period and level pickers and the Refresh button, with a progress bar saying what is being done and a Cancel button. */
export function ForecastControls({ choices, period, level, busy, onPeriod, onLevel, onRefresh, onCancel }: ForecastControlsProps) {
  const styles = useStyles();
  const groups: [string, string[]][] = [
    ["Quarters", choices.quarters],
    ["Months", choices.months],
    ["Fiscal years", choices.years],
  ];
  return (
    <div className={styles.root}>
      <Field label="Period">
        <Dropdown value={period} selectedOptions={[period]} onOptionSelect={(_, data) => data.optionValue && onPeriod(data.optionValue)}>
          {groups.map(([label, labels]) => (
            <OptionGroup key={label} label={label}>
              {labels.map((value) => (
                <Option key={value} value={value}>
                  {value === choices.current ? `${value} (this quarter)` : value}
                </Option>
              ))}
            </OptionGroup>
          ))}
        </Dropdown>
      </Field>
      <Field label="Rows per">
        <RadioGroup layout="horizontal" value={level} onChange={(_, data) => onLevel(data.value as RollupLevel)}>
          {LEVELS.map(([value, label]) => (
            <Radio key={value} value={value} label={label} />
          ))}
        </RadioGroup>
      </Field>
      <div className={styles.actions}>
        <Button appearance="primary" onClick={onRefresh} disabled={busy !== null}>
          Refresh
        </Button>
        {busy && <BusyProgress work={busy} onCancel={onCancel} />}
      </div>
    </div>
  );
}
