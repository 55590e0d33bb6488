import { useCallback, useEffect, useRef, useState } from "react";
import { blockingIssues } from "../../../app/territoryApplyMoves";
import { MovePlanOptions, MovePreview, movesTo, previewMoves } from "../../../app/territoryMovePreview";
import type { DataSet } from "../../../core/model/dataSet";
import { isIsoDate } from "../../../core/model/isoDate";
import type { MetricName } from "../../../core/territory/metricTypes";
import type { ReliefShare } from "../../../core/territory/moveTypes";
import type { TerritoryOperations } from "../../operations";
import type { StatusMessage } from "../../state/messages";
import { applyFailedMessage, applyRefusedMessage, movesAppliedMessage, movesRejectedMessage, planIncompleteMessage } from "./territoryMessages";

export interface MovePlannerState {
  accountIds: string[];
  target: string | null;
  effectiveDate: string;
  share: ReliefShare;
  prorate: boolean;
  /** The preview of the plan as it stands; null once anything in the plan changes. */
  preview: MovePreview | null;
  applying: boolean;
  status: StatusMessage | null;
  setAccountIds(ids: string[]): void;
  setTarget(id: string | null): void;
  setEffectiveDate(date: string): void;
  setShare(share: ReliefShare): void;
  setProrate(prorate: boolean): void;
  runPreview(): void;
  apply(): void;
  dismissStatus(): void;
}

export interface MovePlannerContext {
  operations: TerritoryOperations;
  /** The data as the view read it last; null before the first load. */
  dataSet: DataSet | null;
  period: string;
  metric: MetricName;
  asOf: string;
  /** Called after a successful apply with what to say once the data is read again. */
  onApplied(message: StatusMessage): void;
}

/**
 * The move planner's state: the accounts picked, the target, the date and the quota-transfer method;
 * Preview runs the engine on the data already read (nothing is written); Apply writes exactly the
 * previewed plan and then has the view read the workbook again. Any change to the plan, the data,
 * the period or the metric drops the preview, so what is applied is always what was last shown.
 */
export function useMovePlanner({ operations, dataSet, period, metric, asOf, onApplied }: MovePlannerContext): MovePlannerState {
  const [accountIds, setAccountIdsState] = useState<string[]>([]);
  const [target, setTargetState] = useState<string | null>(null);
  const [effectiveDate, setEffectiveDateState] = useState(asOf);
  const [share, setShareState] = useState<ReliefShare>("potential");
  const [prorate, setProrateState] = useState(true);
  const [preview, setPreview] = useState<MovePreview | null>(null);
  const [applying, setApplying] = useState(false);
  const [status, setStatus] = useState<StatusMessage | null>(null);
  const mounted = useRef(true);
  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);
  useEffect(() => setPreview(null), [dataSet, period, metric, accountIds, target, effectiveDate, share, prorate]);
  // Accounts that are gone after a refresh can't be moved; keep the rest of the selection.
  useEffect(() => {
    if (!dataSet) return;
    const known = new Set(dataSet.accounts.map((account) => account.id));
    setAccountIdsState((ids) => (ids.every((id) => known.has(id)) ? ids : ids.filter((id) => known.has(id))));
  }, [dataSet]);

  const runPreview = useCallback(() => {
    if (!dataSet) return;
    const missing = [accountIds.length === 0 ? "at least one account" : null, target ? null : "a target territory", isIsoDate(effectiveDate) ? null : "an effective date"].filter((part): part is string => part !== null);
    if (missing.length > 0) {
      setStatus(planIncompleteMessage(missing));
      return;
    }
    const options: MovePlanOptions = { asOf, period, metric, share, prorate: prorate ? "daysLeft" : "none" };
    const next = previewMoves(dataSet, movesTo(dataSet, accountIds, target as string, effectiveDate), options);
    setPreview(next);
    setStatus(next.applicable ? null : movesRejectedMessage(blockingIssues(next)));
  }, [accountIds, asOf, dataSet, effectiveDate, metric, period, prorate, share, target]);

  const apply = useCallback(() => {
    if (!dataSet || !preview || !preview.applicable || applying) return;
    setApplying(true);
    setStatus(null);
    const targetName = dataSet.territories.find((territory) => territory.id === preview.moves[0]?.to)?.name || (preview.moves[0]?.to ?? "");
    operations
      .applyMoves({ dataSet, moves: preview.moves, options: preview.options, recordedAt: operations.now().toISOString() })
      .then(
        (result) => {
          if (!mounted.current) return;
          if (!result.ok) {
            setStatus(applyRefusedMessage(result.issues));
            return;
          }
          setAccountIdsState([]);
          setPreview(null);
          onApplied(movesAppliedMessage(result.value, targetName));
        },
        (error: unknown) => mounted.current && setStatus(applyFailedMessage(error)),
      )
      .finally(() => mounted.current && setApplying(false));
  }, [applying, dataSet, onApplied, operations, preview]);

  const dismissStatus = useCallback(() => setStatus(null), []);
  return {
    accountIds,
    target,
    effectiveDate,
    share,
    prorate,
    preview,
    applying,
    status,
    setAccountIds: setAccountIdsState,
    setTarget: setTargetState,
    setEffectiveDate: setEffectiveDateState,
    setShare: setShareState,
    setProrate: setProrateState,
    runPreview,
    apply,
    dismissStatus,
  };
}
