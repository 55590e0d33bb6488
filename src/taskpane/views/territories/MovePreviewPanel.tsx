import { makeStyles, mergeClasses, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, Text, tokens } from "@fluentui/react-components";
import type { MovePreview } from "../../../app/territoryMovePreview";
import type { BalanceReport } from "../../../core/territory/balanceReport";
import { compactMoney, fullMoney, percent } from "../forecast/formatFigures";
import { index, metricLabel, metricValue, signedMoney } from "./territoryFormat";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS, minWidth: 0 },
  flush: { margin: 0 },
  note: { margin: 0, color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
  number: { textAlign: "right", fontVariantNumeric: "tabular-nums" },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL, display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXXS },
  rejected: { color: tokens.colorPaletteRedForeground1 },
  scroll: { overflowX: "auto", maxWidth: "100%" },
  // The territory's name and its metric line need the room; the figures are short.
  territory: { width: "44%" },
  quota: { width: "36%" },
  change: { width: "20%" },
  cellText: { paddingTop: tokens.spacingVerticalXXS, paddingBottom: tokens.spacingVerticalXXS },
});

const balanceLines = (report: BalanceReport, metricText: (value: number | null) => string): [string, string][] => [
  ["CV", index(report.stats?.cv, 3)],
  ["Gini", index(report.stats?.gini, 3)],
  ["Max/min", index(report.stats?.maxMin, 1)],
  ["Outside corridor", `${report.outside.length} of ${report.stats?.count ?? 0}`],
  ["Mean", metricText(report.stats?.mean ?? null)],
];

/** What the planned moves would do: balance before and after, each move's quota transfer, each territory's quota. */
export function MovePreviewPanel({ preview, accountNames, territoryNames }: { preview: MovePreview; accountNames: ReadonlyMap<string, string>; territoryNames: ReadonlyMap<string, string> }) {
  const styles = useStyles();
  const { currency, options } = preview;
  const metricText = (value: number | null) => metricValue(value, options.metric, currency);
  const before = balanceLines(preview.balanceBefore, metricText);
  const after = balanceLines(preview.balanceAfter, metricText);
  const name = (id: string) => territoryNames.get(id) || id;
  const conserved = Math.abs(preview.quotaTotalAfter - preview.quotaTotalBefore) < 0.005;
  return (
    <section className={styles.root} aria-labelledby="move-preview-title">
      <Text as="h3" block id="move-preview-title" size={300} weight="semibold" className={styles.flush}>
        Preview: {metricLabel(options.metric).toLowerCase()} balance and {options.period} quota
      </Text>
      <Table size="extra-small" aria-label="Balance before and after the moves">
        <TableHeader>
          <TableRow>
            <TableHeaderCell>Index</TableHeaderCell>
            <TableHeaderCell className={styles.number}>Before</TableHeaderCell>
            <TableHeaderCell className={styles.number}>After</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {before.map(([label, value], i) => (
            <TableRow key={label}>
              <TableCell>{label}</TableCell>
              <TableCell className={styles.number}>{value}</TableCell>
              <TableCell className={styles.number}>{after[i][1]}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
      <ul className={styles.list} aria-label="Moves">
        {preview.outcomes.map((outcome, position) => {
          const { move } = outcome;
          const who = accountNames.get(move.accountId) || move.accountId;
          if (!outcome.applied) {
            const why = preview.issues.find((issue) => issue.path[0] === "moves" && issue.path[1] === position);
            return (
              <li key={move.accountId} className={styles.rejected}>
                {who}: not moved. {why?.message ?? ""}
              </li>
            );
          }
          return (
            <li key={move.accountId}>
              {who}: {name(move.from)} → {name(move.to)}, quota <span title={fullMoney(outcome.quotaTransfer, currency)}>{compactMoney(outcome.quotaTransfer, currency)}</span> ({percent(outcome.share)} share × {percent(outcome.timeFactor)} of the period
              left), pipeline {compactMoney(outcome.pipelineMoved, currency)} in {outcome.openDeals} open {outcome.openDeals === 1 ? "deal" : "deals"}
            </li>
          );
        })}
      </ul>
      {preview.territories.length > 0 && (
        <div className={styles.scroll}>
          <Table size="extra-small" aria-label={`Quota by territory for ${options.period}, before and after`}>
            <TableHeader>
              <TableRow>
                <TableHeaderCell className={styles.territory}>Territory</TableHeaderCell>
                <TableHeaderCell className={mergeClasses(styles.number, styles.quota)}>Quota before → after</TableHeaderCell>
                <TableHeaderCell className={mergeClasses(styles.number, styles.change)}>Change</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {preview.territories.map((territory) => (
                <TableRow key={territory.territoryId}>
                  <TableCell className={styles.cellText}>
                    {territory.name}
                    <div className={styles.note}>
                      {metricLabel(options.metric)} {metricText(territory.metricBefore)} → {metricText(territory.metricAfter)}
                    </div>
                  </TableCell>
                  <TableCell className={styles.number} title={`${fullMoney(territory.quotaBefore, currency)} → ${fullMoney(territory.quotaAfter, currency)}`}>
                    {compactMoney(territory.quotaBefore, currency)} → {compactMoney(territory.quotaAfter, currency)}
                  </TableCell>
                  <TableCell className={styles.number}>{signedMoney(territory.quotaAfter - territory.quotaBefore, currency)}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </div>
      )}
      <Text as="p" block className={styles.note}>
        Total quota {fullMoney(preview.quotaTotalBefore, currency)} before, {fullMoney(preview.quotaTotalAfter, currency)} after
        {conserved ? ": moves only transfer quota." : " (they differ: report this)."} Quota moves by {options.share ?? "potential"}
        {options.prorate === "none" ? ", for the whole period." : ", for the days left in the period."}
      </Text>
    </section>
  );
}
