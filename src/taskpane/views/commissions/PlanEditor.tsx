import { Button, Dropdown, Field, Input, makeStyles, MessageBar, MessageBarBody, Option, Text, tokens } from "@fluentui/react-components";
import { useState } from "react";
import type { Plan } from "../../../core/commission";
import { draftChanged, draftFromPlan, FIELD_KEYS, planFromDraft, thresholdIsPercent, type PlanDraft } from "./planDraft";
import { TierTable } from "./TierTable";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM, minWidth: 0 },
  flush: { margin: 0 },
  note: { margin: 0, color: tokens.colorNeutralForeground3 },
  // One field a row in a narrow pane, two from about 400 px.
  fields: { display: "grid", gridTemplateColumns: "repeat(auto-fill, minmax(160px, 1fr))", gap: tokens.spacingHorizontalS },
  input: { minWidth: 0, width: "100%" },
  actions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
});

export interface PlanEditorProps {
  plans: readonly Plan[];
  busy: boolean;
  /** Resolves to null when saved, or to what went wrong. */
  onSave(plans: Plan[], planName: string): Promise<string | null>;
  /** Reads the plan tables again, after the user edited them in Excel. */
  onReload(): void;
}

function describe(plan: Plan): string {
  const grain = { quarter: "quarter", month: "month", year: "fiscal year" }[plan.period];
  const types = plan.credit.types.length > 0 ? plan.credit.types.join(", ") : "every deal type";
  return `${plan.currency}, paid by ${grain}; ${plan.rates.method} tiers on ${plan.rates.on === "attainment" ? "attainment of quota" : "credit"}; credits ${types}. Multipliers, bonuses and the rest are edited in their tables.`;
}

/**
 * The plan's main numbers and its rate tiers as a form. Every change is validated at once, with the
 * same rules as the plan tables; Save writes the tables and is only offered when the plan is valid.
 */
export function PlanEditor({ plans, busy, onSave, onReload }: PlanEditorProps) {
  const styles = useStyles();
  const [planId, setPlanId] = useState(plans[0]?.id ?? "");
  const plan = plans.find((candidate) => candidate.id === planId) ?? plans[0];
  const [draft, setDraft] = useState<PlanDraft | null>(plan ? draftFromPlan(plan) : null);
  const [base, setBase] = useState(plan);
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<string | null>(null);
  // A plan that changed (saved, or edited in its tables and read again) restarts the form; reading the
  // same plan again keeps what is being typed. React's "adjust state when a prop changes".
  if (plan !== base) {
    setBase(plan);
    if (JSON.stringify(plan) !== JSON.stringify(base)) setDraft(plan ? draftFromPlan(plan) : null);
  }
  if (!plan || !draft) return null;

  const checked = planFromDraft(plan, draft);
  const changed = draftChanged(plan, draft);
  const field = (key: keyof PlanDraft, fieldKey: string, label: string, hint: string) => (
    <Field label={label} hint={hint} validationMessage={checked.errors[fieldKey]} validationState={checked.errors[fieldKey] ? "error" : "none"}>
      <Input className={styles.input} value={String(draft[key])} inputMode="decimal" onChange={(_, data) => setDraft({ ...draft, [key]: data.value })} />
    </Field>
  );
  const known = new Set<string>(Object.values(FIELD_KEYS));
  const general = Object.entries(checked.errors).filter(([key]) => !known.has(key) && !key.startsWith("rates.tiers["));

  const save = async () => {
    if (!checked.plan || saving) return;
    setSaving(true);
    setError(null);
    const edited = checked.plan;
    const problem = await onSave(plans.map((candidate) => (candidate.id === edited.id ? edited : candidate)), edited.name || edited.id);
    setSaving(false);
    setError(problem);
  };

  return (
    <div className={styles.root}>
      {plans.length > 1 && (
        <Field label="Plan to edit">
          <Dropdown value={plan.name || plan.id} selectedOptions={[plan.id]} onOptionSelect={(_, data) => data.optionValue && setPlanId(data.optionValue)}>
            {plans.map((candidate) => (
              <Option key={candidate.id} value={candidate.id} text={candidate.name || candidate.id}>
                {candidate.name || candidate.id}
              </Option>
            ))}
          </Dropdown>
        </Field>
      )}
      <Text as="p" block size={200} className={styles.note}>
        <strong>{plan.name || plan.id}</strong> ({plan.id}): {describe(plan)}
      </Text>
      <div className={styles.fields}>
        {field("targetIncentive", FIELD_KEYS.targetIncentive, `Target incentive (${plan.currency})`, "Per period; blank for none.")}
        {field("gate", FIELD_KEYS.gate, "Gate (% of quota)", "Nothing is earned below it; blank for none.")}
        {field("capPerDeal", FIELD_KEYS.capPerDeal, `Cap per deal (${plan.currency})`, "Blank for none.")}
        {field("capPerPeriod", FIELD_KEYS.capPerPeriod, `Cap per period (${plan.currency})`, "Blank for none.")}
        {field("capMultiple", FIELD_KEYS.capMultiple, "Cap (× target incentive)", "Blank for none.")}
      </div>
      <TierTable tiers={draft.tiers} thresholdUnit={thresholdIsPercent(plan) ? "% of quota" : plan.currency} errors={checked.errors} onChange={(tiers) => setDraft({ ...draft, tiers })} />
      {general.length > 0 && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>{general.map(([, message]) => message).join(" ")}</MessageBarBody>
        </MessageBar>
      )}
      {error && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>{error}</MessageBarBody>
        </MessageBar>
      )}
      <div className={styles.actions}>
        <Button appearance="primary" onClick={() => void save()} disabled={!checked.plan || !changed || saving || busy}>
          {saving ? "Saving…" : "Save plan"}
        </Button>
        <Button onClick={() => setDraft(draftFromPlan(plan))} disabled={!changed || saving}>
          Discard changes
        </Button>
        <Button onClick={onReload} disabled={saving || busy}>
          Reload
        </Button>
      </div>
      <Text as="p" block size={200} className={styles.note}>
        {checked.plan ? (changed ? "Valid: Save writes it to the plan tables (Plans, PlanTiers …)." : "Edited the plan tables in Excel? Choose Reload.") : "Fix the fields marked above: nothing is saved while the plan is invalid."}
      </Text>
    </div>
  );
}
