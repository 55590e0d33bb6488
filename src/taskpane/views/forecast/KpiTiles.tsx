import { makeStyles, Text, tokens } from "@fluentui/react-components";
import type { KpiSummary } from "../../../core/forecast/kpiSummary";
import { compactMoney, days, fullMoney, percent } from "./formatFigures";

const useStyles = makeStyles({
  // Two tiles a row fit 320 px; they wrap to one a row if the text is enlarged.
  grid: { display: "grid", gridTemplateColumns: "repeat(auto-fill, minmax(130px, 1fr))", gap: tokens.spacingHorizontalS, margin: 0 },
  // A plain div, not a Card: a dl may only hold dt/dd groups in divs without a role.
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

export interface KpiTilesProps {
  kpis: KpiSummary;
  currency: string;
  period: string;
}

/** The period's win rate, average deal, sales cycle and pipeline created, as a glanceable row of tiles. */
export function KpiTiles({ kpis, currency, period }: KpiTilesProps) {
  const styles = useStyles();
  const tiles: { label: string; value: string; title?: string; sub: string }[] = [
    { label: "Win rate", value: percent(kpis.winRateByCount), sub: `${kpis.wonDeals} of ${kpis.closedDeals} closed · ${percent(kpis.winRateByValue)} by value` },
    { label: "Average deal", value: compactMoney(kpis.averageDealSize, currency), title: fullMoney(kpis.averageDealSize, currency), sub: "mean of deals won" },
    { label: "Sales cycle", value: days(kpis.salesCycleMedianDays), sub: `median; mean ${days(kpis.salesCycleMeanDays)}` },
    { label: "Pipeline created", value: compactMoney(kpis.pipelineCreated, currency), title: fullMoney(kpis.pipelineCreated, currency), sub: `opened in ${period}` },
  ];
  return (
    <section aria-labelledby="kpi-title">
      <Text as="h2" block id="kpi-title" size={400} weight="semibold" className={styles.flush}>
        {period} KPIs
      </Text>
      <dl className={styles.grid}>
        {tiles.map((tile) => (
          <div key={tile.label} className={styles.tile}>
            <dt className={styles.sub}>{tile.label}</dt>
            <dd className={styles.value} title={tile.title}>
              {tile.value}
            </dd>
            <dd className={styles.sub}>{tile.sub}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
