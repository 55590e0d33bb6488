import {
  createTableColumn, DataGrid, DataGridBody, DataGridCell, DataGridHeader, DataGridHeaderCell, DataGridRow, makeStyles, mergeClasses, TableCellLayout, TableColumnDefinition, TableColumnSizingOptions, tokens,
} from "@fluentui/react-components";
import { memo, useMemo } from "react";
import type { RepPeriodResult } from "../../../core/commission";
import { compactMoney, fullMoney, percent } from "../forecast/formatFigures";
import { cents, signedCents } from "./commissionFormat";

const REP_CELL = "salesops-commission-rep";

const useStyles = makeStyles({
  // Wider than a 320 px pane: the grid scrolls sideways inside this box while the page does not.
  scroll: { overflowX: "auto", maxWidth: "100%", border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`, borderRadius: tokens.borderRadiusMedium },
  // The rep stays in view while scrolling; a sticky cell needs its own opaque background.
  sticky: { position: "sticky", left: 0, zIndex: 1, backgroundColor: tokens.colorNeutralBackground1 },
  row: { [`:hover .${REP_CELL}`]: { backgroundColor: tokens.colorSubtleBackgroundHover } },
  selectedRow: { [`& .${REP_CELL}`]: { backgroundColor: tokens.colorBrandBackground2 } },
  numberHeader: { justifyContent: "flex-end", "& .fui-TableHeaderCell__button": { justifyContent: "flex-end", textAlign: "right" } },
  number: { display: "block", width: "100%", textAlign: "right", fontVariantNumeric: "tabular-nums" },
  changed: { display: "flex", flexDirection: "column", color: tokens.colorPaletteDarkOrangeForeground1, fontWeight: tokens.fontWeightSemibold, fontVariantNumeric: "tabular-nums" },
});

type Row = RepPeriodResult;
const byNumber = (value: (row: Row) => number | null) => (a: Row, b: Row) => (value(a) ?? -Infinity) - (value(b) ?? -Infinity);

function NumberText({ text, title }: { text: string; title?: string }) {
  const styles = useStyles();
  return (
    <span className={styles.number} title={title}>
      {text}
    </span>
  );
}

/** Locked and unchanged, locked with a difference, or open. The difference is never hidden. */
function LockCell({ row }: { row: Row }) {
  const styles = useStyles();
  if (!row.locked) return <span>Open</span>;
  if (row.locked.difference === 0) return <span title={`Locked at ${cents(row.locked.payout, row.currency)}`}>Locked</span>;
  return (
    <span className={styles.changed} title={`Locked at ${cents(row.locked.payout, row.currency)}; recalculated ${cents(row.payout, row.currency)}`}>
      <span>
        <span aria-hidden="true">⚠ </span>Changed
      </span>
      <span>Δ {signedCents(row.locked.difference, row.currency)}</span>
    </span>
  );
}

function columns(): TableColumnDefinition<Row>[] {
  const money = (columnId: string, header: string, value: (row: Row) => number | null, exact = false) =>
    createTableColumn<Row>({
      columnId,
      compare: byNumber(value),
      renderHeaderCell: () => header,
      renderCell: (row) => <NumberText text={exact ? cents(value(row), row.currency) : compactMoney(value(row), row.currency)} title={exact ? undefined : fullMoney(value(row), row.currency)} />,
    });
  return [
    createTableColumn<Row>({
      columnId: "rep",
      compare: (a, b) => a.repName.localeCompare(b.repName),
      renderHeaderCell: () => "Rep",
      renderCell: (row) => (
        <TableCellLayout truncate title={`${row.repName} (${row.repId})`}>
          {row.repName}
        </TableCellLayout>
      ),
    }),
    // What is paid, and whether it differs from a lock, come first: they fit a 320 px pane unscrolled.
    money("payout", "Payout", (row) => row.payout, true),
    createTableColumn<Row>({ columnId: "locked", compare: byNumber((row) => (row.locked ? Math.abs(row.locked.difference) + 1 : 0)), renderHeaderCell: () => "Lock", renderCell: (row) => <LockCell row={row} /> }),
    createTableColumn<Row>({ columnId: "attainment", compare: byNumber((row) => row.attainment), renderHeaderCell: () => "Attainment", renderCell: (row) => <NumberText text={percent(row.attainment)} title="Credit ÷ quota" /> }),
    money("credit", "Credit", (row) => row.credit),
    money("earnings", "Earnings", (row) => row.totals.earnings, true),
  ];
}

const COLUMN_SIZES: TableColumnSizingOptions = {
  rep: { minWidth: 80, idealWidth: 92, defaultWidth: 92 },
  payout: { minWidth: 80, idealWidth: 88, defaultWidth: 88 },
  locked: { minWidth: 64, idealWidth: 88, defaultWidth: 88 },
  attainment: { minWidth: 70, idealWidth: 80, defaultWidth: 80 },
  credit: { minWidth: 60, idealWidth: 70, defaultWidth: 70 },
  earnings: { minWidth: 84, idealWidth: 92, defaultWidth: 92 },
};

export interface CommissionGridProps {
  reps: RepPeriodResult[];
  /** "Commissions for FY2027-Q3": names the grid for screen readers. */
  label: string;
  selectedRep: string | null;
  onSelect(repId: string | null): void;
}

/**
 * One row per rep computed: sortable, one row selectable to see its statement lines. Memoised: the
 * view re-renders on every progress label while statements are written, and a grid of a few hundred
 * rows need not follow.
 */
export const CommissionGrid = memo(function CommissionGrid({ reps, label, selectedRep, onSelect }: CommissionGridProps) {
  const styles = useStyles();
  const definitions = useMemo(columns, []);
  const selected = useMemo(() => new Set(selectedRep ? [selectedRep] : []), [selectedRep]);
  return (
    <div className={styles.scroll} role="region" aria-label={`${label}, scrolls sideways`} tabIndex={0}>
      <DataGrid
        items={reps}
        columns={definitions}
        getRowId={(row: Row) => row.repId}
        sortable
        resizableColumns
        resizableColumnsOptions={{ autoFitColumns: false }}
        columnSizingOptions={COLUMN_SIZES}
        selectionMode="single"
        selectedItems={selected}
        onSelectionChange={(_, data) => onSelect((data.selectedItems.values().next().value as string | undefined) ?? null)}
        focusMode="composite"
        aria-label={label}
        size="small"
      >
        <DataGridHeader>
          <DataGridRow selectionCell={{ "aria-label": "Selected rep" }}>
            {({ renderHeaderCell, columnId }) => (
              <DataGridHeaderCell className={columnId === "rep" ? mergeClasses(styles.sticky, REP_CELL) : columnId === "locked" ? undefined : styles.numberHeader}>{renderHeaderCell()}</DataGridHeaderCell>
            )}
          </DataGridRow>
        </DataGridHeader>
        <DataGridBody<Row>>
          {({ item, rowId }) => (
            <DataGridRow<Row> key={rowId} className={mergeClasses(styles.row, item.repId === selectedRep && styles.selectedRow)} selectionCell={{ radioIndicator: { "aria-label": `Select ${item.repName}` } }}>
              {({ renderCell, columnId }) => <DataGridCell className={columnId === "rep" ? mergeClasses(styles.sticky, REP_CELL) : undefined}>{renderCell(item)}</DataGridCell>}
            </DataGridRow>
          )}
        </DataGridBody>
      </DataGrid>
    </div>
  );
});
