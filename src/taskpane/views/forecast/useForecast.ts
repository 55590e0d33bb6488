import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { runForecast, type ForecastRun } from "../../../app/runForecast";
import type { AdjustableFigure } from "../../../core/forecast/adjustments";
import type { RollupLevel } from "../../../core/forecast/rollup";
import { toIsoDate } from "../../../core/model/isoDate";
import type { ForecastInputs, ForecastOperations } from "../../operations";
import type { StatusMessage } from "../../state/messages";
import { adjustmentFailedText, adjustmentSavedMessage, dataIssuesMessage, noDataMessage, refreshFailedMessage, sheetFailedMessage, sheetWrittenMessage } from "./forecastMessages";
import { periodChoices, PeriodChoices } from "./periodChoices";
import { useLatestWork, type Work } from "../../state/useLatestWork";
import { yieldToUi } from "../../state/yieldToUi";

export const FIGURE_LABELS: Record<AdjustableFigure, string> = { commit: "commit", bestCase: "best case", pipeline: "pipeline" };

export interface AdjustmentDraft {
  owner: string;
  ownerName: string;
  figure: AdjustableFigure;
  /** null clears the override. */
  amount: number | null;
  note: string;
  author: string;
}

export interface ForecastState {
  choices: PeriodChoices;
  period: string;
  level: RollupLevel;
  /** What is going on, for the progress bar; null when idle. */
  busy: Work | null;
  writing: boolean;
  run: ForecastRun | null;
  status: StatusMessage | null;
  setPeriod(period: string): void;
  setLevel(level: RollupLevel): void;
  refresh(): void;
  /** Stops a Refresh (or a rerun) part way: the last figures stay. */
  cancel(): void;
  /** Resolves to null when saved, or to what went wrong (the dialog shows it and keeps the input). */
  saveAdjustment(draft: AdjustmentDraft): Promise<string | null>;
  writeSheet(): void;
  dismissStatus(): void;
}

/**
 * The Forecast view's state: reads the workbook on Refresh, runs the forecast from what was read
 * (again, without rereading, when the period or level changes or an adjustment is saved), and turns
 * every outcome into a status message. Only the latest request's result is shown.
 */
export function useForecast(operations: ForecastOperations): ForecastState {
  const choices = useMemo(() => periodChoices(toIsoDate(operations.now()), operations.settings().fiscalYearStartMonth), [operations]);
  const [period, setPeriodState] = useState(choices.current);
  const [level, setLevelState] = useState<RollupLevel>("rep");
  const [writing, setWriting] = useState(false);
  const [run, setRun] = useState<ForecastRun | null>(null);
  const [status, setStatus] = useState<StatusMessage | null>(null);
  const inputs = useRef<ForecastInputs | null>(null);
  const mounted = useRef(true);
  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);
  // A result is shown only if its request is still the latest and the view is still there.
  const { work: busy, start, current, show, pauseFor, cancel } = useLatestWork((error) => setStatus(refreshFailedMessage(error)));

  /** Runs the engine on the inputs read last; shows `done` on success, else the data's issues if any. */
  const compute = useCallback(
    async (request: number, next: { period: string; level: RollupLevel }, done: StatusMessage | null, steps: { done: number; total: number } | null = null) => {
      const data = inputs.current;
      if (!data) return;
      if (data.dataSet.opportunities.length === 0) {
        setRun(null);
        setStatus(noDataMessage(data.issues));
        return;
      }
      show(request, { label: "Running the forecast…", done: steps?.done ?? null, total: steps?.total ?? null });
      await yieldToUi();
      if (!current(request)) return;
      const result = runForecast(data.dataSet, { ...next, asOf: toIsoDate(operations.now()) }, data.log);
      setRun(result);
      setStatus(done ?? dataIssuesMessage([...data.issues, ...result.issues]));
    },
    [current, operations, show],
  );

  const refresh = useCallback(() => {
    start(async (request) => {
      show(request, { label: "Reading the workbook…", done: null, total: null });
      setStatus(null);
      await yieldToUi();
      let tables = 0;
      const read = await operations.loadInputs({
        // One step per table, and one for the forecast itself.
        onProgress: (p) => {
          tables = p.tables;
          show(request, { label: `Reading ${p.tableName} (${p.table} of ${p.tables})…`, done: p.table - 1, total: p.tables + 1 });
        },
        pause: pauseFor(request),
      });
      if (!current(request)) return;
      inputs.current = read;
      await compute(request, { period, level }, null, { done: tables, total: tables + 1 });
    });
  }, [compute, current, level, operations, pauseFor, period, show, start]);

  const setPeriod = useCallback((next: string) => {
    setPeriodState(next);
    if (inputs.current) start((request) => compute(request, { period: next, level }, null));
  }, [compute, level, start]);

  const setLevel = useCallback((next: RollupLevel) => {
    setLevelState(next);
    if (inputs.current) start((request) => compute(request, { period, level: next }, null));
  }, [compute, period, start]);

  const saveAdjustment = useCallback(
    async (draft: AdjustmentDraft): Promise<string | null> => {
      const data = inputs.current;
      if (!data || !run) return "Choose Refresh first: there is no forecast to adjust.";
      const entry = { level: run.level, owner: draft.owner, period: run.period, figure: draft.figure, amount: draft.amount, note: draft.note.trim(), author: draft.author.trim(), at: operations.now().toISOString() };
      try {
        const saved = await operations.recordAdjustment(entry);
        if (!saved.ok) return saved.issues.map((issue) => issue.message).join(" ");
        inputs.current = { ...data, log: saved.value };
      } catch (error) {
        return adjustmentFailedText(error);
      }
      start((request) => compute(request, { period: run.period, level: run.level }, adjustmentSavedMessage(draft.ownerName, FIGURE_LABELS[draft.figure], draft.amount === null)));
      return null;
    },
    [compute, operations, run, start],
  );

  const writeSheet = useCallback(() => {
    if (!run || writing) return;
    setWriting(true);
    setStatus(null);
    operations
      .writeForecastSheet(run)
      .then(
        (written) => mounted.current && setStatus(sheetWrittenMessage(run, written)),
        (error: unknown) => mounted.current && setStatus(sheetFailedMessage(error)),
      )
      .finally(() => mounted.current && setWriting(false));
  }, [operations, run, writing]);

  const dismissStatus = useCallback(() => setStatus(null), []);
  return { choices, period, level, busy, writing, run, status, setPeriod, setLevel, refresh, cancel, saveAdjustment, writeSheet, dismissStatus };
}
