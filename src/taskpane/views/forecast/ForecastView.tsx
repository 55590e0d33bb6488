import { Button, makeStyles, Text, tokens } from "@fluentui/react-components";
import { useEffect, useState } from "react";
import { StatusArea } from "../../components/StatusArea";
import type { ForecastOperations } from "../../operations";
import { AdjustmentDialog } from "./AdjustmentDialog";
import { ForecastControls } from "./ForecastControls";
import { ForecastGrid } from "./ForecastGrid";
import { KpiTiles } from "./KpiTiles";
import { useForecast } from "./useForecast";
import { WaterfallList } from "./WaterfallList";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalL, minWidth: 0 },
  flush: { margin: 0 },
  note: { margin: 0, color: tokens.colorNeutralForeground3 },
  actions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  table: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS, minWidth: 0 },
});

const LEVEL_NAMES = { rep: "rep", manager: "manager", region: "region" } as const;

/** The forecast call in the pane: pick a period and level, refresh from the workbook, adjust, write the sheet. */
export default function ForecastView({ operations }: { operations: ForecastOperations }) {
  const styles = useStyles();
  const forecast = useForecast(operations);
  const { run } = forecast;
  const [selectedOwner, setSelectedOwner] = useState<string | null>(null);
  const [editing, setEditing] = useState(false);
  const selectedRow = run?.rows.find((row) => row.owner === selectedOwner) ?? null;
  // A new run (another level, say) may not have the selected owner any more.
  useEffect(() => {
    if (selectedOwner && !run?.rows.some((row) => row.owner === selectedOwner)) setSelectedOwner(null);
  }, [run, selectedOwner]);

  return (
    <section className={styles.root} aria-labelledby="forecast-title">
      <Text as="h1" id="forecast-title" size={500} weight="semibold" className={styles.flush}>
        Forecast
      </Text>
      <ForecastControls
        choices={forecast.choices}
        period={forecast.period}
        level={forecast.level}
        busy={forecast.busy}
        onPeriod={forecast.setPeriod}
        onLevel={forecast.setLevel}
        onRefresh={forecast.refresh}
        onCancel={forecast.cancel}
      />
      <StatusArea status={forecast.status} onDismiss={forecast.dismissStatus} />
      {!run && !forecast.busy && (
        <Text as="p" block className={styles.note}>
          Choose Refresh to read the opportunities, quotas and adjustments in this workbook and roll them up.
        </Text>
      )}
      {run && (
        <>
          <div className={styles.table}>
            <Text as="p" block size={200} className={styles.note}>
              {run.period} by {LEVEL_NAMES[run.level]}, {run.currency}, as of {run.asOf}. {run.rows.length} rows; select one to adjust it.
            </Text>
            <ForecastGrid rows={run.rows} currency={run.currency} label={`Forecast for ${run.period} by ${run.level}`} selectedOwner={selectedOwner} onSelect={setSelectedOwner} />
            <div className={styles.actions}>
              <Button onClick={() => setEditing(true)} disabled={!selectedRow}>
                {selectedRow ? `Adjust ${selectedRow.ownerName}…` : "Adjust selected row…"}
              </Button>
              <Button onClick={forecast.writeSheet} disabled={forecast.writing}>
                {forecast.writing ? "Writing…" : "Write to sheet"}
              </Button>
            </div>
          </div>
          <KpiTiles kpis={run.kpis} currency={run.currency} period={run.period} />
          <WaterfallList run={run} />
        </>
      )}
      {editing && selectedRow && run && (
        <AdjustmentDialog row={selectedRow} period={run.period} currency={run.currency} onSave={forecast.saveAdjustment} onClose={() => setEditing(false)} />
      )}
    </section>
  );
}
