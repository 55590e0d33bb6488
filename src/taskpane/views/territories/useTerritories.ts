import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { runTerritory, type TerritoryRun } from "../../../app/runTerritory";
import type { TerritoryInputs } from "../../../app/territoryWorkbook";
import { toIsoDate } from "../../../core/model/isoDate";
import type { MetricName } from "../../../core/territory/metricTypes";
import type { TerritoryOperations } from "../../operations";
import type { StatusMessage } from "../../state/messages";
import { periodChoices, PeriodChoices } from "../forecast/periodChoices";
import { yieldToUi } from "../forecast/yieldToUi";
import { dataIssuesMessage, loadFailedMessage, noTerritoriesMessage } from "./territoryMessages";

export interface TerritoriesState {
  choices: PeriodChoices;
  period: string;
  metric: MetricName;
  /** Today, from the surface's clock: the metrics' as-of date. */
  asOf: string;
  /** What is going on, for the spinner's label; null when idle. */
  busy: string | null;
  /** What was read last; null before the first load. */
  inputs: TerritoryInputs | null;
  run: TerritoryRun | null;
  status: StatusMessage | null;
  setPeriod(period: string): void;
  setMetric(metric: MetricName): void;
  /** Reads the workbook again; `done` replaces the data-issues message (e.g. "3 accounts moved"). */
  refresh(done?: StatusMessage): void;
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
  const [busy, setBusy] = useState<string | null>(null);
  const [inputs, setInputs] = useState<TerritoryInputs | null>(null);
  const [run, setRun] = useState<TerritoryRun | null>(null);
  const [status, setStatus] = useState<StatusMessage | null>(null);
  const latest = useRef(0);
  const mounted = useRef(true);
  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);
  const current = useCallback((request: number) => mounted.current && request === latest.current, []);

  const compute = useCallback(
    async (request: number, data: TerritoryInputs, next: { period: string; metric: MetricName }, done: StatusMessage | null) => {
      const missing = data.dataSet.territories.length === 0 ? "territories" : data.dataSet.accounts.length === 0 ? "accounts" : null;
      if (missing) {
        setRun(null);
        setStatus(noTerritoriesMessage(missing));
        return;
      }
      setBusy("Measuring the territories…");
      await yieldToUi();
      if (!current(request)) return;
      const result = runTerritory(data.dataSet, { asOf, ...next });
      setRun(result);
      // A missing Opportunities table is listed too: pipeline and bookings are then 0 everywhere.
      setStatus(done ?? dataIssuesMessage([...data.issues, ...result.issues]));
    },
    [asOf, current],
  );

  const start = useCallback(
    (work: (request: number) => Promise<void>) => {
      const request = ++latest.current;
      work(request)
        .catch((error: unknown) => current(request) && setStatus(loadFailedMessage(error)))
        .finally(() => current(request) && setBusy(null));
    },
    [current],
  );

  const refresh = useCallback(
    (done?: StatusMessage) => {
      start(async (request) => {
        setBusy("Reading the workbook…");
        setStatus(null);
        await yieldToUi();
        const read = await operations.loadInputs({
          onProgress: (p) => current(request) && setBusy(`Reading ${p.tableName} (${p.table} of ${p.tables})…`),
          pause: yieldToUi,
        });
        if (!current(request)) return;
        setInputs(read);
        await compute(request, read, { period, metric }, done ?? null);
      });
    },
    [compute, current, metric, operations, period, start],
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
  return { choices, period, metric, asOf, busy, inputs, run, status, setPeriod, setMetric, refresh, dismissStatus };
}
