import { Button, Dropdown, Field, makeStyles, Option, OptionGroup, tokens } from "@fluentui/react-components";
import type { MetricName } from "../../../core/territory/metricTypes";
import type { PeriodChoices } from "../forecast/periodChoices";
import { METRIC_CHOICES, metricLabel } from "./territoryFormat";
import { BusyProgress } from "../../components/BusyProgress";
import type { Work } from "../../state/useLatestWork";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  // Side by side when the pane is wide enough, stacked in a 320 px one.
  pickers: { display: "grid", gridTemplateColumns: "repeat(auto-fit, minmax(140px, 1fr))", gap: tokens.spacingHorizontalM },
  actions: { display: "flex", alignItems: "center", columnGap: tokens.spacingHorizontalM, flexWrap: "wrap" },
  dropdown: { minWidth: 0, width: "100%" },
});

export interface TerritoryControlsProps {
  choices: PeriodChoices;
  period: string;
  metric: MetricName;
  busy: Work | null;
  onCancel(): void;
  loaded: boolean;
  onPeriod(period: string): void;
  onMetric(metric: MetricName): void;
  onRefresh(): void;
}

/** Metric and quota-period pickers and the Load/Refresh button, with a progress bar saying what is being done and a Cancel button. */
export function TerritoryControls({ choices, period, metric, busy, loaded, onPeriod, onMetric, onRefresh, onCancel }: TerritoryControlsProps) {
  const styles = useStyles();
  const groups: [string, string[]][] = [
    ["Quarters", choices.quarters],
    ["Months", choices.months],
    ["Fiscal years", choices.years],
  ];
  return (
    <div className={styles.root}>
      <div className={styles.pickers}>
        <Field label="Balance on">
          <Dropdown className={styles.dropdown} value={metricLabel(metric)} selectedOptions={[metric]} onOptionSelect={(_, data) => data.optionValue && onMetric(data.optionValue as MetricName)}>
            {METRIC_CHOICES.map((choice) => (
              <Option key={choice.metric} value={choice.metric}>
                {choice.label}
              </Option>
            ))}
          </Dropdown>
        </Field>
        <Field label="Quota period">
          <Dropdown className={styles.dropdown} value={period} selectedOptions={[period]} onOptionSelect={(_, data) => data.optionValue && onPeriod(data.optionValue)}>
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
      </div>
      <div className={styles.actions}>
        <Button appearance="primary" onClick={onRefresh} disabled={busy !== null}>
          {loaded ? "Refresh" : "Load territories"}
        </Button>
        {busy && <BusyProgress work={busy} onCancel={onCancel} />}
      </div>
    </div>
  );
}
