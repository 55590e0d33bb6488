import {
  Button, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle, Field, Input, makeStyles, MessageBar, MessageBarBody, Radio, RadioGroup, Textarea, tokens,
} from "@fluentui/react-components";
import { useState } from "react";
import { ADJUSTABLE_FIGURES, AdjustableFigure, AdjustedForecastRow } from "../../../core/forecast/adjustments";
import { readLastAuthor, rememberAuthor } from "../../state/lastAuthor";
import { amountText, parseAmountInput } from "./amountInput";
import { fullMoney } from "./formatFigures";
import { AdjustmentDraft, FIGURE_LABELS } from "./useForecast";

const useStyles = makeStyles({
  form: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM },
  // Fit a 320 px pane: the dialog's default minimum width is wider than that.
  // "FY2027-Q4" must not break at its hyphen in a narrow title.
  nowrap: { whiteSpace: "nowrap" },
  surface: { maxWidth: "calc(100vw - 24px)", boxSizing: "border-box", padding: tokens.spacingHorizontalL },
});

const CAPITALISED: Record<AdjustableFigure, string> = { commit: "Commit", bestCase: "Best case", pipeline: "Pipeline" };

export interface AdjustmentDialogProps {
  row: AdjustedForecastRow;
  period: string;
  currency: string;
  onSave(draft: AdjustmentDraft): Promise<string | null>;
  onClose(): void;
}

/** Overrides one figure of one row with a note and an author; a blank amount clears the override. */
export function AdjustmentDialog({ row, period, currency, onSave, onClose }: AdjustmentDialogProps) {
  const styles = useStyles();
  const [figure, setFigure] = useState<AdjustableFigure>("commit");
  const [amount, setAmount] = useState(amountText(row.adjusted.commit));
  const [note, setNote] = useState("");
  const [author, setAuthor] = useState(readLastAuthor);
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const parsed = parseAmountInput(amount);
  const amountProblem = parsed === "invalid" ? "Type a number such as 1,250,000 or 1.25M, or leave it blank to clear the adjustment." : null;
  // Not shown as an error: an empty name on opening is not a mistake yet; Save simply waits for it.
  const authorMissing = author.trim() === "";

  const chooseFigure = (next: AdjustableFigure) => {
    setFigure(next);
    setAmount(amountText(row.adjusted[next]));
  };

  const save = async () => {
    if (parsed === "invalid" || authorMissing) return;
    setSaving(true);
    setError(null);
    rememberAuthor(author);
    const problem = await onSave({ owner: row.owner, ownerName: row.ownerName, figure, amount: parsed, note, author });
    setSaving(false);
    if (problem) setError(problem);
    else onClose();
  };

  const override = row.overrides[figure];
  const hint = `Rollup ${fullMoney(row[figure], currency)}${override ? `, adjusted to ${fullMoney(override.amount, currency)} by ${override.author}` : ""}. Leave blank to go back to the rollup.`;
  return (
    <Dialog open modalType="modal" onOpenChange={(_, data) => !data.open && onClose()}>
      <DialogSurface className={styles.surface}>
        <form
          onSubmit={(event) => {
            event.preventDefault();
            void save();
          }}
        >
          <DialogBody>
            <DialogTitle>
              Adjust {row.ownerName}, <span className={styles.nowrap}>{period}</span>
            </DialogTitle>
            <DialogContent className={styles.form}>
              <Field label="Figure">
                <RadioGroup layout="horizontal" value={figure} onChange={(_, data) => chooseFigure(data.value as AdjustableFigure)}>
                  {ADJUSTABLE_FIGURES.map((value) => (
                    <Radio key={value} value={value} label={CAPITALISED[value]} />
                  ))}
                </RadioGroup>
              </Field>
              <Field label={`Adjusted ${FIGURE_LABELS[figure]} (${currency})`} hint={hint} validationMessage={amountProblem} validationState={amountProblem ? "error" : "none"}>
                <Input value={amount} inputMode="decimal" onChange={(_, data) => setAmount(data.value)} />
              </Field>
              <Field label="Note" hint="Why: the deal, the risk, the call you made.">
                <Textarea value={note} resize="vertical" onChange={(_, data) => setNote(data.value)} />
              </Field>
              <Field label="Your name" required hint="Signs the entry in the audit log; remembered for next time.">
                <Input value={author} onChange={(_, data) => setAuthor(data.value)} />
              </Field>
              {error && (
                <MessageBar intent="error" layout="multiline">
                  <MessageBarBody>{error}</MessageBarBody>
                </MessageBar>
              )}
            </DialogContent>
            <DialogActions>
              <Button appearance="primary" type="submit" disabled={saving || amountProblem !== null || authorMissing}>
                {saving ? "Saving…" : parsed === null ? "Clear adjustment" : "Save adjustment"}
              </Button>
              <Button appearance="secondary" onClick={onClose} disabled={saving}>
                Cancel
              </Button>
            </DialogActions>
          </DialogBody>
        </form>
      </DialogSurface>
    </Dialog>
  );
}
