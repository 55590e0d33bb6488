import { makeStyles, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, Text, tokens } from "@fluentui/react-components";
import type { Opportunity } from "../../../core/model/entities";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXS },
  // The grid is wider than the pane: it scrolls sideways, and takes focus so the keyboard can scroll it.
  scroll: { overflowX: "auto", maxWidth: "100%", ":focus-visible": { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}` } },
  // As wide as its content (one line per cell), at least the pane's width.
  table: { tableLayout: "auto", width: "max-content", minWidth: "100%" },
  cell: { whiteSpace: "nowrap" },
  number: { whiteSpace: "nowrap", textAlign: "right" },
  flush: { margin: 0 },
});

const COLUMNS: readonly { label: string; value: (o: Opportunity) => string; numeric?: boolean }[] = [
  { label: "ID", value: (o) => o.id },
  { label: "Name", value: (o) => o.name },
  { label: "Account", value: (o) => o.accountId },
  { label: "Owner", value: (o) => o.ownerId },
  { label: "Stage", value: (o) => o.stage },
  { label: "Category", value: (o) => o.forecastCategory },
  { label: "Amount", value: (o) => o.amount.toLocaleString("en-US", { maximumFractionDigits: 2 }), numeric: true },
  { label: "Currency", value: (o) => o.currency },
  { label: "Close date", value: (o) => o.closeDate },
];

/** The first mapped rows, as they would be written to the Opportunities table. */
export function PreviewTable({ rows, total }: { rows: readonly Opportunity[]; total: number }) {
  const styles = useStyles();
  return (
    <div className={styles.root}>
      <Text as="h4" id="import-preview-title" weight="semibold" className={styles.flush}>
        {rows.length < total ? `First ${rows.length} of ${total.toLocaleString("en-US")} rows to import` : `Rows to import`}
      </Text>
      <div className={styles.scroll} role="region" aria-labelledby="import-preview-title" tabIndex={0}>
        <Table className={styles.table} size="extra-small" aria-labelledby="import-preview-title">
          <TableHeader>
            <TableRow>
              {COLUMNS.map((column) => (
                <TableHeaderCell key={column.label} className={column.numeric ? styles.number : styles.cell}>
                  {column.label}
                </TableHeaderCell>
              ))}
            </TableRow>
          </TableHeader>
          <TableBody>
            {rows.map((row) => (
              <TableRow key={row.id}>
                {COLUMNS.map((column) => (
                  <TableCell key={column.label} className={column.numeric ? styles.number : styles.cell}>
                    {column.value(row)}
                  </TableCell>
                ))}
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </div>
    </div>
  );
}
