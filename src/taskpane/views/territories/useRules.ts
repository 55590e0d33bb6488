import { useCallback, useEffect, useRef, useState } from "react";
import { RuleRun, runRules } from "../../../app/territoryRules";
import type { TerritoryInputs, TerritoryRulesRead } from "../../../app/territoryWorkbook";
import type { TerritoryOperations } from "../../operations";
import type { StatusMessage } from "../../state/messages";
import { assignmentsAppliedMessage, exampleRulesWrittenMessage, noRulesTableMessage, ruleRowsMessage, rulesFailedMessage, rulesRefusedMessage } from "./territoryMessages";

export interface RulesState {
  /** Whether the workbook has a TerritoryRules table, as last read; null before the first load. */
  hasTable: boolean | null;
  /** The last run, on the rules and accounts it was made with; null when none is current. */
  run: RuleRun | null;
  busy: string | null;
  status: StatusMessage | null;
  runRules(): void;
  applyAssignments(): void;
  writeExampleRules(): void;
  dismissStatus(): void;
}

/**
 * The rule runner's state. Run rules reads the TerritoryRules table again (it is edited between
 * runs) and runs it over the accounts already read; Apply writes that run's changes and has the view
 * read the workbook again; Write example rules writes starter rules and runs them at once.
 */
export function useRules(operations: TerritoryOperations, inputs: TerritoryInputs | null, onApplied: (message: StatusMessage) => void): RulesState {
  const [rules, setRules] = useState<TerritoryRulesRead | null>(null);
  const [hasTable, setHasTable] = useState<boolean | null>(null);
  const [run, setRun] = useState<RuleRun | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const [status, setStatus] = useState<StatusMessage | null>(null);
  const mounted = useRef(true);
  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);
  // New data: the rules as read with it, and no run (its accounts are out of date).
  useEffect(() => {
    setRules(inputs?.rules ?? null);
    setHasTable(inputs ? inputs.rules !== null : null);
    setRun(null);
  }, [inputs]);

  const work = useCallback((label: string, action: string, task: () => Promise<void>) => {
    setBusy(label);
    setStatus(null);
    task()
      .catch((error: unknown) => mounted.current && setStatus(rulesFailedMessage(error, action)))
      .finally(() => mounted.current && setBusy(null));
  }, []);

  const runWith = useCallback(
    (read: TerritoryRulesRead | null, done: StatusMessage | null) => {
      setRules(read);
      setHasTable(read !== null);
      if (!read || !inputs) {
        setRun(null);
        setStatus(read ? null : noRulesTableMessage());
        return;
      }
      setRun(runRules(inputs.dataSet, read.rules));
      setStatus(done ?? ruleRowsMessage(read.issues));
    },
    [inputs],
  );

  const runRulesNow = useCallback(() => {
    if (!inputs || busy) return;
    work("Reading the rules…", "Reading the rules", async () => {
      const read = await operations.readRules();
      if (mounted.current) runWith(read, null);
    });
  }, [busy, inputs, operations, runWith, work]);

  const applyAssignments = useCallback(() => {
    if (!inputs || !rules || !run || busy) return;
    work("Writing assignments…", "Writing the assignments", async () => {
      const applied = await operations.applyAssignments(inputs.dataSet, rules.rules);
      if (!mounted.current) return;
      if (!applied.ok) setStatus(rulesRefusedMessage(applied.issues));
      else onApplied(assignmentsAppliedMessage(applied.value));
    });
  }, [busy, inputs, onApplied, operations, rules, run, work]);

  const writeExampleRules = useCallback(() => {
    if (!inputs || busy) return;
    work("Writing example rules…", "Writing the example rules", async () => {
      const written = await operations.writeExampleRules(inputs.dataSet);
      if (!mounted.current) return;
      if (!written.ok) {
        setStatus(rulesRefusedMessage(written.issues));
        // Someone added a rules table since the data was read: offer Run rules instead.
        if (written.issues.some((issue) => issue.code === "rules_exist")) setHasTable(true);
      } else runWith({ rules: written.value.rules, issues: [] }, exampleRulesWrittenMessage(written.value));
    });
  }, [busy, inputs, operations, runWith, work]);

  const dismissStatus = useCallback(() => setStatus(null), []);
  return { hasTable, run, busy, status, runRules: runRulesNow, applyAssignments, writeExampleRules, dismissStatus };
}
