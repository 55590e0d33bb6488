import { makeStyles, Text, tokens } from "@fluentui/react-components";
import type { BalanceReport } from "../../../core/territory/balanceReport";
import type { MetricName } from "../../../core/territory/metricTypes";
import { index, metricFull, metricLabel, metricValue } from "./territoryFormat";

const useStyles = makeStyles({
  // Two tiles a row fit 320 px; they wrap to one a row if the text is enlarged.
  grid: { display: "grid", gridTemplateColumns: "repeat(auto-fill, minmax(130px, 1fr))", gap: tokens.spacingHorizontalS, margin: 0 },
  tile: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXXS,
    padding: tokens.spacingVerticalS,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground2,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  flush: { margin: 0 },
  value: { margin: 0, fontSize: tokens.fontSizeBase500, fontWeight: tokens.fontWeightSemibold, lineHeight: tokens.lineHeightBase500 },
  sub: { margin: 0, color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
});

export interface BalanceSummaryProps {
  report: BalanceReport;
  metric: MetricName;
  currency: string;
}

/** How evenly the metric is spread over the leaf territories: CV, Gini, max/min and the corridor. */
export function BalanceSummary({ report, metric, currency }: BalanceSummaryProps) {
  const styles = useStyles();
  const stats = report.stats;
  const corridor = Math.round(report.corridor * 100);
  const tiles: { label: string; value: string; sub: string; title?: string }[] = [
    { label: "CV", value: index(stats?.cv, 2), sub: "SD ÷ mean; 0 is even" },
    { label: "Gini", value: index(stats?.gini, 2), sub: "0 even, towards 1 concentrated" },
    { label: "Max/min", value: stats?.maxMin == null ? "—" : `${stats.maxMin.toFixed(1)}×`, sub: `${metricValue(stats?.max ?? null, metric, currency)} ÷ ${metricValue(stats?.min ?? null, metric, currency)}` },
    {
      label: `Outside ±${corridor}%`,
      value: `${report.outside.length} of ${stats?.count ?? 0}`,
      sub: `mean ${metricValue(stats?.mean ?? null, metric, currency)}`,
      title: `Territories more than ${corridor}% above or below the mean of ${metricFull(stats?.mean ?? null, metric, currency)}`,
    },
  ];
  return (
    <section aria-labelledby="territory-balance-title">
      <Text as="h2" block id="territory-balance-title" size={400} weight="semibold" className={styles.flush}>
        Balance of {metricLabel(metric).toLowerCase()}
      </Text>
      <dl className={styles.grid}>
        {tiles.map((tile) => (
          <div key={tile.label} className={styles.tile} title={tile.title}>
            <dt className={styles.sub}>{tile.label}</dt>
            <dd className={styles.value}>{tile.value}</dd>
            <dd className={styles.sub}>{tile.sub}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
