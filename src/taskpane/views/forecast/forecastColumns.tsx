import { createTableColumn, TableCellLayout, TableColumnDefinition, TableColumnSizingOptions } from "@fluentui/react-components";
import type { AdjustableFigure, AdjustedForecastRow } from "../../../core/forecast/adjustments";
import { AdjustableCell, MoneyCell, RatioCell } from "./ForecastCells";
import { multiple, percent } from "./formatFigures";

type Row = AdjustedForecastRow;

/** Nulls (no quota, nothing left to close) sort below every number. */
const byNumber = (value: (row: Row) => number | null) => (a: Row, b: Row) => (value(a) ?? -Infinity) - (value(b) ?? -Infinity);

function money(columnId: string, header: string, value: (row: Row) => number | null, currency: string): TableColumnDefinition<Row> {
  return createTableColumn<Row>({ columnId, compare: byNumber(value), renderHeaderCell: () => header, renderCell: (row) => <MoneyCell amount={value(row)} currency={currency} /> });
}

/** Sorted and shown by the adjusted figure: that is the number the forecast call commits to. */
function adjustable(figure: AdjustableFigure, header: string, currency: string): TableColumnDefinition<Row> {
  return createTableColumn<Row>({ columnId: figure, compare: byNumber((row) => row.adjusted[figure]), renderHeaderCell: () => header, renderCell: (row) => <AdjustableCell row={row} figure={figure} currency={currency} /> });
}

/** The grid's columns, in the order of the forecast call: owner, quota, then the categories, then the ratios. */
export function forecastColumns(currency: string): TableColumnDefinition<Row>[] {
  return [
    createTableColumn<Row>({
      columnId: "owner",
      compare: (a, b) => a.ownerName.localeCompare(b.ownerName),
      renderHeaderCell: () => "Owner",
      renderCell: (row) => (
        <TableCellLayout truncate title={`${row.ownerName} (${row.owner})`}>
          {row.ownerName}
        </TableCellLayout>
      ),
    }),
    money("quota", "Quota", (row) => row.quota, currency),
    money("closedWon", "Closed", (row) => row.closedWon, currency),
    adjustable("commit", "Commit", currency),
    adjustable("bestCase", "Best case", currency),
    adjustable("pipeline", "Pipeline", currency),
    money("weighted", "Weighted", (row) => row.weighted, currency),
    money("projection", "Projection", (row) => row.projection, currency),
    createTableColumn<Row>({
      columnId: "coverage",
      compare: byNumber((row) => row.coverage),
      renderHeaderCell: () => "Coverage",
      renderCell: (row) => <RatioCell text={multiple(row.coverage)} title="Open pipeline ÷ (quota − closed won); — when there is no quota or it is already met" />,
    }),
    createTableColumn<Row>({
      columnId: "attainment",
      compare: byNumber((row) => row.attainment),
      renderHeaderCell: () => "Attainment",
      renderCell: (row) => <RatioCell text={percent(row.attainment)} title="Closed won ÷ quota; — without a quota" />,
    }),
  ];
}

/** Wide enough for "$12.3M" and a two-line adjusted cell; the grid scrolls sideways in a narrow pane. */
export const COLUMN_SIZES: TableColumnSizingOptions = {
  owner: { minWidth: 88, idealWidth: 108, defaultWidth: 108 },
  ...Object.fromEntries(
    ["quota", "closedWon", "commit", "bestCase", "pipeline", "weighted", "projection", "coverage", "attainment"].map((id) => [id, { minWidth: 64, idealWidth: 84, defaultWidth: 84 }]),
  ),
};
