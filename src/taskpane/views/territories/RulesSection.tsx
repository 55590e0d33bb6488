import { Button, makeStyles, Spinner, Text, tokens } from "@fluentui/react-components";
import type { ReactNode } from "react";
import type { RuleRun } from "../../../app/territoryRules";
import { StatusArea } from "../../components/StatusArea";
import type { RulesState } from "./useRules";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM, minWidth: 0 },
  flush: { margin: 0 },
  note: { margin: 0, color: tokens.colorNeutralForeground3 },
  actions: { display: "flex", flexWrap: "wrap", alignItems: "center", gap: tokens.spacingHorizontalS },
  counts: { display: "grid", gridTemplateColumns: "repeat(auto-fill, minmax(88px, 1fr))", gap: tokens.spacingHorizontalS, margin: 0 },
  count: { display: "flex", flexDirection: "column", padding: tokens.spacingVerticalXS, borderRadius: tokens.borderRadiusMedium, backgroundColor: tokens.colorNeutralBackground2 },
  label: { margin: 0, color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
  value: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL, display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXXS, overflowWrap: "anywhere" },
});

/** Lists stop here, with a count of the rest: a pane is no place for a thousand lines. */
const LISTED = 20;

function CappedList<T>({ title, id, items, render }: { title: string; id: string; items: readonly T[]; render(item: T): ReactNode }) {
  const styles = useStyles();
  if (items.length === 0) return null;
  const more = items.length - LISTED;
  return (
    <section aria-labelledby={id}>
      <Text as="h3" block id={id} size={300} weight="semibold" className={styles.flush}>
        {title}
      </Text>
      <ul className={styles.list}>
        {items.slice(0, LISTED).map((item, i) => (
          <li key={i}>{render(item)}</li>
        ))}
        {more > 0 && <li>…and {more.toLocaleString("en-US")} more</li>}
      </ul>
    </section>
  );
}

const who = (name: string, id: string) => (name ? `${name} (${id})` : id);

function RunResult({ run }: { run: RuleRun }) {
  const styles = useStyles();
  const counts: [string, number][] = [
    ["Rules", run.ruleCount],
    ["Placed", run.assigned],
    ["To change", run.changes.length],
    ["Ties", run.ties.length],
    ["No rule", run.orphans.length],
  ];
  return (
    <>
      <dl className={styles.counts} aria-label="Rule run counts">
        {counts.map(([label, value]) => (
          <div key={label} className={styles.count}>
            <dt className={styles.label}>{label}</dt>
            <dd className={styles.value}>{value.toLocaleString("en-US")}</dd>
          </div>
        ))}
      </dl>
      {run.issues.length > 0 && (
        <ul className={styles.list}>
          {run.issues.map((issue) => (
            <li key={issue.message}>{issue.message}</li>
          ))}
        </ul>
      )}
      <CappedList title="Ties: left for you to decide" id="rules-ties" items={run.ties} render={(tie) => `${who(tie.accountName, tie.accountId)}: priority ${tie.priority} rules ${tie.candidates.map((c) => `${c.ruleId} → ${c.territoryId}`).join(", ")}; stays in ${tie.current || "no territory"}`} />
      <CappedList title="No rule matches" id="rules-orphans" items={run.orphans} render={(orphan) => `${who(orphan.accountName, orphan.accountId)}; stays in ${orphan.current || "no territory"}`} />
      <CappedList title="Would change" id="rules-changes" items={run.changes} render={(change) => `${who(change.accountName, change.accountId)}: ${change.from || "no territory"} → ${change.to} (rule ${change.ruleId})`} />
    </>
  );
}

/** The assignment rule runner: run the TerritoryRules table over the accounts, see ties and orphans, apply the rest. */
export function RulesSection({ rules }: { rules: RulesState }) {
  const styles = useStyles();
  const { run } = rules;
  return (
    <section className={styles.root} aria-labelledby="rules-title">
      <Text as="h2" block id="rules-title" size={400} weight="semibold" className={styles.flush}>
        Assignment rules
      </Text>
      <Text as="p" block size={200} className={styles.note}>
        Runs the TerritoryRules table over the accounts. Ties (rules of one priority naming different territories) and accounts no rule matches are listed and never changed.
      </Text>
      <div className={styles.actions}>
        <Button onClick={rules.runRules} disabled={rules.busy !== null}>
          Run rules
        </Button>
        {rules.hasTable === false && (
          <Button onClick={rules.writeExampleRules} disabled={rules.busy !== null}>
            Write example rules
          </Button>
        )}
        {run && (
          <Button appearance="primary" onClick={rules.applyAssignments} disabled={rules.busy !== null || run.changes.length === 0}>
            {run.changes.length === 0 ? "Nothing to apply" : `Apply ${run.changes.length.toLocaleString("en-US")} ${run.changes.length === 1 ? "change" : "changes"}`}
          </Button>
        )}
        {rules.busy && <Spinner size="tiny" label={rules.busy} />}
      </div>
      <StatusArea status={rules.status} onDismiss={rules.dismissStatus} />
      {run && <RunResult run={run} />}
    </section>
  );
}
