import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { lockedPayouts } from "../../../app/commissionLocks";
import { calculateCommissionPeriod, type CommissionPeriodRun } from "../../../app/commissionRun";
import type { Plan } from "../../../core/commission";
import { toIsoDate } from "../../../core/model/isoDate";
import type { CommissionInputs, CommissionOperations } from "../../operations";
import type { StatusMessage } from "../../state/messages";
import { useLatestWork, type Work } from "../../state/useLatestWork";
import { yieldToUi } from "../../state/yieldToUi";
import {
  lockedMessage, lockFailedText, noDealsMessage, noPlanMessage, planSavedMessage, planSaveFailedText, readFailedMessage, refusedMessage, statementsFailedMessage, statementsWrittenMessage,
} from "./commissionMessages";
import { commissionPeriodChoices, CommissionPeriodChoices, planGrain } from "./commissionPeriods";

export type LockAttempt = { ok: true } | { ok: false; alreadyLocked: boolean; message: string };

export interface CommissionsState {
  choices: CommissionPeriodChoices;
  period: string;
  /** What is going on, for the progress bar; null when idle. */
  busy: Work | null;
  /** "Writing Stmt Ada Park (2 of 9)…" while statements are written; null otherwise. */
  writing: string | null;
  inputs: CommissionInputs | null;
  result: CommissionPeriodRun | null;
  status: StatusMessage | null;
  setPeriod(period: string): void;
  /** Reads the workbook (data, plan tables, locks) and calculates the period. */
  calculate(): void;
  /** Stops a Calculate part way: the last results stay. */
  cancel(): void;
  /** Resolves to null when saved, or to what went wrong (the editor keeps the input). */
  savePlans(plans: Plan[], planName: string): Promise<string | null>;
  lock(request: { lockedBy: string; relock: boolean }): Promise<LockAttempt>;
  writeStatements(repIds?: string[]): void;
  dismissStatus(): void;
}

/**
 * The Commissions view's state: Calculate reads the workbook and runs the period's fiscal-year
 * chain with the stored locks; another period, a saved plan or a new lock recalculate from what was
 * read. Every outcome becomes a status message; only the latest request's result is shown.
 */
export function useCommissions(operations: CommissionOperations): CommissionsState {
  const today = useMemo(() => toIsoDate(operations.now()), [operations]);
  const [choices, setChoices] = useState(() => commissionPeriodChoices(today, operations.settings().fiscalYearStartMonth, "quarter"));
  const [period, setPeriodState] = useState(choices.lastClosed);
  const [writing, setWriting] = useState<string | null>(null);
  const [inputs, setInputs] = useState<CommissionInputs | null>(null);
  const [result, setResult] = useState<CommissionPeriodRun | null>(null);
  const [status, setStatus] = useState<StatusMessage | null>(null);
  const mounted = useRef(true);
  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);
  const { work: busy, start, current, show, pauseFor, cancel } = useLatestWork((error) => setStatus(readFailedMessage(error)));

  /** Runs the period on `data`; shows `done` on success, or why nothing could be computed. */
  const compute = useCallback(
    async (request: number, data: CommissionInputs, next: string, done: StatusMessage | null) => {
      if (!data.compensation) {
        setResult(null);
        setStatus(noPlanMessage(data.issues));
        return;
      }
      if (data.dataSet.opportunities.length === 0) {
        setResult(null);
        setStatus(noDealsMessage(data.issues));
        return;
      }
      show(request, { label: "Calculating…", done: null, total: null });
      await yieldToUi();
      if (!current(request)) return;
      const outcome = await calculateCommissionPeriod(data.dataSet, data.compensation, next, {
        locked: lockedPayouts(data.locks),
        pause: pauseFor(request),
        onProgress: (label) => show(request, { label: `Calculating ${label}…`, done: null, total: null }),
      });
      if (!current(request)) return;
      setResult(outcome);
      setStatus(done);
    },
    [current, pauseFor, show],
  );

  /** Recalculates from `data` (already read), keeping it as the inputs in force. */
  const recompute = useCallback(
    (data: CommissionInputs, next: string, done: StatusMessage | null) => {
      setInputs(data);
      start((request) => compute(request, data, next, done));
    },
    [compute, start],
  );

  const calculate = useCallback(() => {
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
      // The picker follows the plans' grain: a monthly plan is paid by month.
      let next = period;
      const grain = planGrain(read.compensation?.plans);
      if (grain !== choices.grain) {
        const fresh = commissionPeriodChoices(today, read.dataSet.settings.fiscalYearStartMonth, grain);
        setChoices(fresh);
        setPeriodState(fresh.lastClosed);
        next = fresh.lastClosed;
      }
      await compute(request, read, next, null);
    });
  }, [choices.grain, compute, current, operations, period, start, today]);

  const setPeriod = useCallback(
    (next: string) => {
      setPeriodState(next);
      if (inputs) recompute(inputs, next, null);
    },
    [inputs, recompute],
  );

  const savePlans = useCallback(
    async (plans: Plan[], planName: string): Promise<string | null> => {
      if (!inputs?.compensation) return "Choose Calculate first: the plans are read from the workbook.";
      try {
        const saved = await operations.savePlans(plans);
        if (!saved.ok) return saved.issues.map((issue) => issue.message).join(" ");
        const data = { ...inputs, compensation: { ...inputs.compensation, plans: saved.value } };
        if (result) recompute(data, period, planSavedMessage(planName));
        else {
          setInputs(data);
          setStatus(planSavedMessage(planName));
        }
        return null;
      } catch (error) {
        return planSaveFailedText(error);
      }
    },
    [inputs, operations, period, recompute, result],
  );

  const lock = useCallback(
    async (request: { lockedBy: string; relock: boolean }): Promise<LockAttempt> => {
      if (!result || !inputs) return { ok: false, alreadyLocked: false, message: "Choose Calculate first: there is no payout to lock." };
      try {
        const outcome = await operations.lockPeriod(result.run, { lockedBy: request.lockedBy, relock: request.relock, at: operations.now().toISOString() });
        if (!outcome.ok) return { ok: false, alreadyLocked: outcome.issues.some((issue) => issue.code === "already_locked"), message: outcome.issues.map((issue) => issue.message).join(" ") };
        recompute({ ...inputs, locks: outcome.value.locks }, result.run.period, lockedMessage(outcome.value, result.run.period));
        return { ok: true };
      } catch (error) {
        return { ok: false, alreadyLocked: false, message: lockFailedText(error) };
      }
    },
    [inputs, operations, recompute, result],
  );

  const writeStatements = useCallback(
    (repIds?: string[]) => {
      const plans = inputs?.compensation?.plans;
      if (!result || !plans || writing) return;
      setWriting("Writing statements…");
      setStatus(null);
      operations
        .writeStatements(result.run, plans, {
          repIds,
          opportunities: inputs?.dataSet.opportunities,
          onProgress: (done, total, label) => mounted.current && setWriting(total > 0 ? `Writing ${label} (${Math.min(done, total)} of ${total})…` : "Writing statements…"),
        })
        .then(
          (outcome) => mounted.current && setStatus(outcome.ok ? statementsWrittenMessage(outcome.value, result.run.period) : refusedMessage("No statements to write", outcome.issues)),
          (error: unknown) => mounted.current && setStatus(statementsFailedMessage(error)),
        )
        .finally(() => mounted.current && setWriting(null));
    },
    [inputs, operations, result, writing],
  );

  const dismissStatus = useCallback(() => setStatus(null), []);
  return { choices, period, busy, writing, inputs, result, status, setPeriod, calculate, cancel, savePlans, lock, writeStatements, dismissStatus };
}
