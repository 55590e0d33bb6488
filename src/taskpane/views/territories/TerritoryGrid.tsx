import {
  createTableColumn, DataGrid, DataGridBody, DataGridCell, DataGridHeader, DataGridHeaderCell, DataGridRow, makeStyles, mergeClasses, TableCellLayout, TableColumnDefinition, TableColumnSizingOptions, tokens,
} from "@fluentui/react-components";
import { useMemo } from "react";
import type { CorridorPosition } from "../../../core/territory/balanceReport";
import type { MetricName } from "../../../core/territory/metricTypes";
import { metricFull, metricValue, ofMean } from "./territoryFormat";
import type { TerritoryGridRow } from "./territoryRows";

type Row = TerritoryGridRow;

const useStyles = makeStyles({
  // Scrolls inside this box (vertically past a screenful, sideways if the text is enlarged) while the page does not.
  scroll: {
    overflow: "auto",
    maxHeight: "360px",
    maxWidth: "100%",
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  // Half the default padding: four columns must fit a 320 px pane without scrolling sideways.
  cell: { paddingLeft: tokens.spacingHorizontalXS, paddingRight: tokens.spacingHorizontalXS },
  number: { display: "flex", justifyContent: "flex-end", width: "100%", fontVariantNumeric: "tabular-nums" },
  numberHeader: { justifyContent: "flex-end", "& .fui-TableHeaderCell__button": { justifyContent: "flex-end", textAlign: "right" } },
  above: { color: tokens.colorPaletteDarkOrangeForeground1, fontWeight: tokens.fontWeightSemibold },
  below: { color: tokens.colorPaletteRedForeground1, fontWeight: tokens.fontWeightSemibold },
  within: { color: tokens.colorNeutralForeground3 },
});

/** Widths without padding; with it they add up to 284 px, inside a 320 px pane's content box. */
const COLUMN_SIZES: TableColumnSizingOptions = {
  name: { minWidth: 80, idealWidth: 104, defaultWidth: 104 },
  value: { minWidth: 48, idealWidth: 56, defaultWidth: 56 },
  ofMean: { minWidth: 40, idealWidth: 44, defaultWidth: 44 },
  position: { minWidth: 44, idealWidth: 48, defaultWidth: 48 },
};

const POSITION_TEXT: Record<CorridorPosition, string> = { above: "Above", below: "Below", within: "Within" };
const POSITION_ORDER: Record<CorridorPosition, number> = { below: 0, within: 1, above: 2 };

export interface TerritoryGridProps {
  rows: Row[];
  metric: MetricName;
  currency: string;
  corridor: number;
  /** "Potential by territory": names the grid for screen readers. */
  label: string;
}

/** The leaf territories with the metric, its share of the mean and whether it is outside the corridor; sortable. */
export function TerritoryGrid({ rows, metric, currency, corridor, label }: TerritoryGridProps) {
  const styles = useStyles();
  const band = `±${Math.round(corridor * 100)}%`;
  const columns = useMemo<TableColumnDefinition<Row>[]>(
    () => [
      createTableColumn<Row>({
        columnId: "name",
        compare: (a, b) => a.name.localeCompare(b.name),
        renderHeaderCell: () => "Territory",
        renderCell: (row) => (
          <TableCellLayout truncate title={`${row.name} (${row.territoryId})${row.ownerId ? `, owner ${row.ownerId}` : ""}`}>
            {row.name}
          </TableCellLayout>
        ),
      }),
      createTableColumn<Row>({
        columnId: "value",
        compare: (a, b) => a.value - b.value,
        renderHeaderCell: () => "Value",
        renderCell: (row) => (
          <span className={styles.number} title={metricFull(row.value, metric, currency)}>
            {metricValue(row.value, metric, currency)}
          </span>
        ),
      }),
      createTableColumn<Row>({
        columnId: "ofMean",
        compare: (a, b) => (a.ofMean ?? -Infinity) - (b.ofMean ?? -Infinity),
        renderHeaderCell: () => "% of mean",
        renderCell: (row) => <span className={styles.number}>{ofMean(row.ofMean)}</span>,
      }),
      createTableColumn<Row>({
        columnId: "position",
        compare: (a, b) => POSITION_ORDER[a.position] - POSITION_ORDER[b.position],
        renderHeaderCell: () => band,
        renderCell: (row) => (
          <span className={styles[row.position]} title={row.position === "within" ? `Within ${band} of the mean` : `${POSITION_TEXT[row.position]} the ${band} corridor around the mean`}>
            {POSITION_TEXT[row.position]}
          </span>
        ),
      }),
    ],
    [band, currency, metric, styles],
  );
  return (
    <div className={styles.scroll} role="region" aria-label={`${label}, scrolls`} tabIndex={0}>
      <DataGrid
        items={rows}
        columns={columns}
        getRowId={(row: Row) => row.territoryId}
        sortable
        resizableColumns
        resizableColumnsOptions={{ autoFitColumns: false }}
        columnSizingOptions={COLUMN_SIZES}
        focusMode="composite"
        aria-label={label}
        size="small"
      >
        <DataGridHeader>
          <DataGridRow>
            {({ renderHeaderCell, columnId }) => (
              <DataGridHeaderCell className={mergeClasses(styles.cell, (columnId === "value" || columnId === "ofMean") && styles.numberHeader)}>{renderHeaderCell()}</DataGridHeaderCell>
            )}
          </DataGridRow>
        </DataGridHeader>
        <DataGridBody<Row>>
          {({ item, rowId }) => <DataGridRow<Row> key={rowId}>{({ renderCell }) => <DataGridCell className={styles.cell}>{renderCell(item)}</DataGridCell>}</DataGridRow>}
        </DataGridBody>
      </DataGrid>
    </div>
  );
}
