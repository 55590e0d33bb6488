import { makeStyles, mergeClasses, MessageBar, MessageBarBody, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, Text, tokens } from "@fluentui/react-components";
import type { Plan, RepPeriodResult } from "../../../core/commission";
import { LINE_KIND_LABELS, tierLabel } from "../../../core/commission/statementWorkbookFormats";
import { memo } from "react";
import { cents, rate } from "./commissionFormat";
import { lockedText } from "./commissionMessages";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS, minWidth: 0 },
  flush: { margin: 0 },
  note: { margin: 0, color: tokens.colorNeutralForeground3 },
  scroll: { overflowX: "auto", maxWidth: "100%", border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`, borderRadius: tokens.borderRadiusMedium },
  // Four columns fit a 320 px pane; a long list of deals wraps, and the box scrolls if it must.
  table: { minWidth: "288px" },
  kind: { display: "block", fontWeight: tokens.fontWeightSemibold },
  rule: { display: "block", color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200, lineHeight: tokens.lineHeightBase200 },
  number: { textAlign: "right", fontVariantNumeric: "tabular-nums", whiteSpace: "nowrap" },
  total: { fontWeight: tokens.fontWeightSemibold, borderTop: `${tokens.strokeWidthThick} solid ${tokens.colorNeutralStroke1}` },
  deals: { wordBreak: "break-word" },
  // The table lays its columns out fixed: the line's words get the room, the numbers what they need.
  lineColumn: { width: "40%" },
  dealsColumn: { width: "18%" },
  rateColumn: { width: "13%" },
  amountColumn: { width: "29%" },
  // Numbers are right-aligned, so are their headers.
  numberHeader: { "& .fui-TableHeaderCell__button": { justifyContent: "flex-end", textAlign: "right" } },
});

/** A rep with hundreds of deals would make a very long pane; the statement sheet always has every line. */
const SHOWN_LINES = 200;

export interface StatementLinesProps {
  rep: RepPeriodResult;
  plans: readonly Plan[];
  /** The period a locked difference is paid in. */
  nextPeriod: string;
}

/** The selected rep's statement lines, which add up exactly to the payout, and what a lock says about it. Memoised like the grid. */
export const StatementLines = memo(function StatementLines({ rep, plans, nextPeriod }: StatementLinesProps) {
  const styles = useStyles();
  const shown = rep.lines.slice(0, SHOWN_LINES);
  const lock = lockedText(rep, nextPeriod);
  const carried = rep.lines.filter((line) => line.kind === "adjustment");
  return (
    <section className={styles.root} aria-labelledby="statement-title">
      <Text as="h2" id="statement-title" size={400} weight="semibold" className={styles.flush}>
        {rep.repName}, {rep.period}
      </Text>
      {lock && (
        <MessageBar intent={rep.locked && rep.locked.difference !== 0 ? "warning" : "info"} layout="multiline">
          <MessageBarBody>{lock}</MessageBarBody>
        </MessageBar>
      )}
      {carried.length > 0 && (
        <Text as="p" block size={200} className={styles.note}>
          Includes {carried.length === 1 ? "an adjustment" : `${carried.length} adjustments`} from a locked period: {carried.map((line) => line.description).join(" ")}
        </Text>
      )}
      {rep.issues.length > 0 && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>{rep.issues.map((issue) => issue.message).join(" ")}</MessageBarBody>
        </MessageBar>
      )}
      <div className={styles.scroll} role="region" aria-label={`Statement lines of ${rep.repName}, scrolls sideways`} tabIndex={0}>
        <Table size="extra-small" aria-label={`Statement lines of ${rep.repName}`} className={styles.table}>
          <TableHeader>
            <TableRow>
              <TableHeaderCell className={styles.lineColumn}>Line (rule, tier)</TableHeaderCell>
              <TableHeaderCell className={styles.dealsColumn}>Deals</TableHeaderCell>
              <TableHeaderCell className={mergeClasses(styles.numberHeader, styles.rateColumn)}>Rate</TableHeaderCell>
              <TableHeaderCell className={mergeClasses(styles.numberHeader, styles.amountColumn)}>Amount</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {shown.map((line, i) => {
              const tier = tierLabel(line, plans);
              return (
                <TableRow key={i} title={line.description}>
                  <TableCell>
                    <span className={styles.kind}>{LINE_KIND_LABELS[line.kind]}</span>
                    <span className={styles.rule}>
                      {line.rule}
                      {tier ? ` · ${tier}` : ""}
                    </span>
                  </TableCell>
                  <TableCell className={styles.deals}>{line.opportunityIds.join(", ") || "—"}</TableCell>
                  <TableCell className={styles.number}>{rate(line.rate)}</TableCell>
                  <TableCell className={styles.number}>{cents(line.amount, rep.currency)}</TableCell>
                </TableRow>
              );
            })}
            <TableRow className={styles.total}>
              <TableCell>Payout</TableCell>
              <TableCell>{`${rep.lines.length} ${rep.lines.length === 1 ? "line" : "lines"}`}</TableCell>
              <TableCell />
              <TableCell className={styles.number}>{cents(rep.payout, rep.currency)}</TableCell>
            </TableRow>
          </TableBody>
        </Table>
      </div>
      <Text as="p" block size={200} className={styles.note}>
        {rep.lines.length > SHOWN_LINES ? `The first ${SHOWN_LINES} of ${rep.lines.length} lines; the statement sheet has them all. ` : ""}
        The lines add up exactly to the payout; hover a line for its description.
      </Text>
    </section>
  );
});
