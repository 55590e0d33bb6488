import { Accordion, AccordionHeader, AccordionItem, AccordionPanel, Button, makeStyles, Spinner, Text, tokens } from "@fluentui/react-components";
import { useEffect, useState } from "react";
import { nextPeriodLabel } from "../../../app/commissionRun";
import { StatusArea } from "../../components/StatusArea";
import type { CommissionOperations } from "../../operations";
import { cents } from "./commissionFormat";
import { CommissionControls } from "./CommissionControls";
import { CommissionGrid } from "./CommissionGrid";
import { CommissionIssues } from "./CommissionIssues";
import { LockDialog } from "./LockDialog";
import { PlanEditor } from "./PlanEditor";
import { StatementLines } from "./StatementLines";
import { useCommissions } from "./useCommissions";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalL, minWidth: 0 },
  flush: { margin: 0 },
  note: { margin: 0, color: tokens.colorNeutralForeground3 },
  actions: { display: "flex", flexWrap: "wrap", alignItems: "center", gap: tokens.spacingHorizontalS },
  table: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS, minWidth: 0 },
  panel: { paddingTop: tokens.spacingVerticalS },
});

/** Pay a period: pick it, calculate, review reps and their statement lines, write statements, lock it, and edit the plan. */
export default function CommissionsView({ operations }: { operations: CommissionOperations }) {
  const styles = useStyles();
  const state = useCommissions(operations);
  const { result, inputs } = state;
  const run = result?.run ?? null;
  const [selectedRep, setSelectedRep] = useState<string | null>(null);
  const [locking, setLocking] = useState(false);
  const selected = run?.reps.find((rep) => rep.repId === selectedRep) ?? null;
  // Another period may not have the selected rep.
  useEffect(() => {
    if (selectedRep && !run?.reps.some((rep) => rep.repId === selectedRep)) setSelectedRep(null);
  }, [run, selectedRep]);

  const plans = inputs?.compensation?.plans ?? [];
  const currency = run?.reps[0]?.currency ?? plans[0]?.currency ?? "USD";
  const totalCents = run ? run.reps.reduce((sum, rep) => sum + Math.round(rep.payout * 100), 0) : 0;
  const lockedNow = run ? inputs?.locks.filter((lock) => lock.period === run.period && run.reps.some((rep) => rep.repId === lock.repId)).length ?? 0 : 0;
  const changed = run ? run.reps.filter((rep) => rep.locked && rep.locked.difference !== 0).length : 0;
  const issues = [...(inputs?.issues ?? []), ...(run?.issues ?? [])];

  return (
    <section className={styles.root} aria-labelledby="commissions-title">
      <Text as="h1" id="commissions-title" size={500} weight="semibold" className={styles.flush}>
        Commissions
      </Text>
      <CommissionControls choices={state.choices} period={state.period} busy={state.busy} onPeriod={state.setPeriod} onCalculate={state.calculate} onCancel={state.cancel} />
      <StatusArea status={state.status} onDismiss={state.dismissStatus} />
      {!run && !state.busy && !state.status && (
        <Text as="p" block className={styles.note}>
          Choose Calculate to read the deals, quotas, plan tables and locked payouts in this workbook and work out each rep&apos;s payout.
        </Text>
      )}
      {run && (
        <div className={styles.table}>
          <Text as="p" block size={200} className={styles.note}>
            {run.period}: {run.reps.length} {run.reps.length === 1 ? "rep" : "reps"}, {cents(totalCents / 100, currency)} to pay
            {lockedNow > 0 ? `; locked for ${lockedNow}` : ""}
            {changed > 0 ? `, ${changed} changed since` : ""}. Select a rep to see the statement lines.
          </Text>
          <CommissionGrid reps={run.reps} label={`Commissions for ${run.period}`} selectedRep={selectedRep} onSelect={setSelectedRep} />
          <div className={styles.actions}>
            <Button onClick={() => state.writeStatements()} disabled={state.writing !== null || run.reps.length === 0}>
              Write statements
            </Button>
            <Button onClick={() => selected && state.writeStatements([selected.repId])} disabled={state.writing !== null || !selected}>
              {selected ? `Write ${selected.repName}'s statement` : "Write selected statement"}
            </Button>
            <Button onClick={() => setLocking(true)} disabled={state.busy !== null || run.reps.length === 0}>
              {lockedNow > 0 ? "Relock period…" : "Lock period…"}
            </Button>
            {state.writing && <Spinner size="tiny" label={state.writing} />}
          </div>
        </div>
      )}
      {run && <CommissionIssues issues={issues} period={run.period} />}
      {run && selected && <StatementLines rep={selected} plans={plans} nextPeriod={nextPeriodLabel(run.period)} />}
      {plans.length > 0 && (
        <Accordion collapsible>
          <AccordionItem value="plan">
            <AccordionHeader as="h2" size="large">
              Edit the plan
            </AccordionHeader>
            <AccordionPanel className={styles.panel}>
              <PlanEditor plans={plans} busy={state.busy !== null} onSave={state.savePlans} onReload={state.calculate} />
            </AccordionPanel>
          </AccordionItem>
        </Accordion>
      )}
      {locking && run && (
        <LockDialog period={run.period} reps={run.reps.length} total={cents(totalCents / 100, currency)} alreadyLocked={lockedNow} onLock={state.lock} onClose={() => setLocking(false)} />
      )}
    </section>
  );
}
