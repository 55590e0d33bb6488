import { useCallback, useMemo, useState } from "react";
import { runTerritory, type TerritoryRun } from "../../../app/runTerritory";
import type { TerritoryInputs } from "../../../app/territoryWorkbook";
import { toIsoDate } from "../../../core/model/isoDate";
import type { MetricName } from "../../../core/territory/metricTypes";
import type { TerritoryOperations } from "../../operations";
import type { StatusMessage } from "../../state/messages";
import { periodChoices, PeriodChoices } from "../forecast/periodChoices";
import { useLatestWork, type Work } from "../../state/useLatestWork";
import { yieldToUi } from "../../state/yieldToUi";
import { dataIssuesMessage, loadFailedMessage, noTerritoriesMessage } from "./territoryMessages";

export interface TerritoriesState {
  choices: PeriodChoices;
  period: string;
  metric: MetricName;
  /** Today, from the surface's clock: the metrics' as-of date. */
  asOf: string;
  /** What is going on, for the progress bar; null when idle. */
  busy: Work | null;
  /** What was read last; null before the first load. */
  inputs: TerritoryInputs | null;
  run: TerritoryRun | null;
  status: StatusMessage | null;
  setPeriod(period: string): void;
  setMetric(metric: MetricName): void;
  /** Reads the workbook again; `done` replaces the data-issues message (e.g. "3 accounts moved"). */
  refresh(done?: StatusMessage): void;
  /** Stops a Refresh part way: the last figures stay. */
  cancel(): void;
  dismissStatus(): void;
}

/**
 * The Territories view's data: reads the workbook on Refresh, computes the metrics and the balance of
 * the chosen metric from what was read (again, without rereading, when the metric or period changes),
 * and turns every outcome into a status message. Only the latest request's result is shown.
 */
export function useTerritories(operations: TerritoryOperations): TerritoriesState {
  const asOf = useMemo(() => toIsoDate(operations.now()), [operations]);
  const choices = useMemo(() => periodChoices(asOf, operations.settings().fiscalYearStartMonth), [asOf, operations]);
  const [period, setPeriodState] = useState(choices.current);
  const [metric, setMetricState] = useState<MetricName>("potential");
  const [inputs, setInputs] = useState<TerritoryInputs | null>(null);
  const [run, setRun] = useState<TerritoryRun | null>(null);
  const [status, setStatus] = useState<StatusMessage | null>(null);
  const { work: busy, start, current, show, pauseFor, cancel } = useLatestWork((error) => setStatus(loadFailedMessage(error)));

  const compute = useCallback(
    async (request: number, data: TerritoryInputs, next: { period: string; metric: MetricName }, done: StatusMessage | null) => {
      const missing = data.dataSet.territories.length === 0 ? "territories" : data.dataSet.accounts.length === 0 ? "accounts" : null;
      if (missing) {
        setRun(null);
        setStatus(noTerritoriesMessage(missing));
        return;
      }
      show(request, { label: "Measuring the territories…", done: null, total: null });
      await yieldToUi();
      if (!current(request)) return;
      const result = runTerritory(data.dataSet, { asOf, ...next });
      setRun(result);
      // A missing Opportunities table is listed too: pipeline and bookings are then 0 everywhere.
      setStatus(done ?? dataIssuesMessage([...data.issues, ...result.issues]));
    },
    [asOf, current, show],
  );

  const refresh = useCallback(
    (done?: StatusMessage) => {
      start(async (request) => {
        show(request, { label: "Reading the workbook…", done: null, total: null });
        setStatus(null);
        await yieldToUi();
        const read = await operations.loadInputs({
          onProgress: (p) => show(request, { label: `Reading ${p.tableName} (${p.table} of ${p.tables})…`, done: p.table - 1, total: p.tables }),
          pause: pauseFor(request),
        });
        if (!current(request)) return;
        setInputs(read);
        await compute(request, read, { period, metric }, done ?? null);
      });
    },
    [compute, current, metric, operations, pauseFor, period, show, start],
  );

  const setPeriod = useCallback(
    (next: string) => {
      setPeriodState(next);
      if (inputs) start((request) => compute(request, inputs, { period: next, metric }, null));
    },
    [compute, inputs, metric, start],
  );

  const setMetric = useCallback(
    (next: MetricName) => {
      setMetricState(next);
      if (inputs) start((request) => compute(request, inputs, { period, metric: next }, null));
    },
    [compute, inputs, period, start],
  );

  const dismissStatus = useCallback(() => setStatus(null), []);
  return { choices, period, metric, asOf, busy, inputs, run, status, setPeriod, setMetric, refresh, cancel, dismissStatus };
}
