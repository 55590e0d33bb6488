import { DataGrid, DataGridBody, DataGridCell, DataGridHeader, DataGridHeaderCell, DataGridRow, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { useMemo } from "react";
import type { AdjustedForecastRow } from "../../../core/forecast/adjustments";
import { COLUMN_SIZES, forecastColumns } from "./forecastColumns";

const OWNER_CELL = "salesops-forecast-owner";

const useStyles = makeStyles({
  // The grid is wider than the pane: it scrolls sideways inside this box while the page does not.
  scroll: { overflowX: "auto", maxWidth: "100%", border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`, borderRadius: tokens.borderRadiusMedium },
  // The owner stays in view while scrolling to the ratios. A sticky cell needs its own opaque
  // background, so the row's hover and selected colours are repeated on it (OWNER_CELL below).
  sticky: { position: "sticky", left: 0, zIndex: 1, backgroundColor: tokens.colorNeutralBackground1 },
  row: { [`:hover .${OWNER_CELL}`]: { backgroundColor: tokens.colorSubtleBackgroundHover } },
  selectedRow: { [`& .${OWNER_CELL}`]: { backgroundColor: tokens.colorBrandBackground2 } },
  // Numbers are right-aligned, so their headers are too.
  numberHeader: { justifyContent: "flex-end", "& .fui-TableHeaderCell__button": { justifyContent: "flex-end", textAlign: "right" } },
});

export interface ForecastGridProps {
  rows: AdjustedForecastRow[];
  currency: string;
  /** "Forecast for FY2027-Q4 by rep": names the grid for screen readers. */
  label: string;
  selectedOwner: string | null;
  onSelect(owner: string | null): void;
}

/** The forecast rows: sortable by any column, resizable, one row selectable for an adjustment. */
export function ForecastGrid({ rows, currency, label, selectedOwner, onSelect }: ForecastGridProps) {
  const styles = useStyles();
  const columns = useMemo(() => forecastColumns(currency), [currency]);
  const selected = useMemo(() => new Set(selectedOwner ? [selectedOwner] : []), [selectedOwner]);
  return (
    <div className={styles.scroll} role="region" aria-label={`${label}, scrolls sideways`} tabIndex={0}>
      <DataGrid
        items={rows}
        columns={columns}
        getRowId={(row: AdjustedForecastRow) => row.owner}
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
          <DataGridRow selectionCell={{ "aria-label": "Selected row" }}>
            {({ renderHeaderCell, columnId }) => (
              <DataGridHeaderCell className={columnId === "owner" ? mergeClasses(styles.sticky, OWNER_CELL) : styles.numberHeader}>{renderHeaderCell()}</DataGridHeaderCell>
            )}
          </DataGridRow>
        </DataGridHeader>
        <DataGridBody<AdjustedForecastRow>>
          {({ item, rowId }) => (
            <DataGridRow<AdjustedForecastRow>
              key={rowId}
              className={mergeClasses(styles.row, item.owner === selectedOwner && styles.selectedRow)}
              selectionCell={{ radioIndicator: { "aria-label": `Select ${item.ownerName}` } }}
            >
              {({ renderCell, columnId }) => <DataGridCell className={columnId === "owner" ? mergeClasses(styles.sticky, OWNER_CELL) : undefined}>{renderCell(item)}</DataGridCell>}
            </DataGridRow>
          )}
        </DataGridBody>
      </DataGrid>
    </div>
  );
}
