import {
  Button, Checkbox, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle, Field, Input, makeStyles, MessageBar, MessageBarBody, Text, tokens,
} from "@fluentui/react-components";
import { useState } from "react";
import { readLastAuthor, rememberAuthor } from "../../state/lastAuthor";
import type { LockAttempt } from "./useCommissions";

const useStyles = makeStyles({
  form: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM },
  flush: { margin: 0 },
  // Fit a 320 px pane: the dialog's default minimum width is wider than that.
  surface: { maxWidth: "calc(100vw - 24px)", boxSizing: "border-box", padding: tokens.spacingHorizontalL },
  nowrap: { whiteSpace: "nowrap" },
});

export interface LockDialogProps {
  period: string;
  reps: number;
  /** "$1,234,567.89": the period's total payout. */
  total: string;
  /** Reps of this period already locked: relocking them must be confirmed. */
  alreadyLocked: number;
  onLock(request: { lockedBy: string; relock: boolean }): Promise<LockAttempt>;
  onClose(): void;
}

/** Confirms "Lock period": what will be stored, who locks it, and (when locked before) that it replaces the earlier lock. */
export function LockDialog({ period, reps, total, alreadyLocked, onLock, onClose }: LockDialogProps) {
  const styles = useStyles();
  const [name, setName] = useState(readLastAuthor);
  const [relock, setRelock] = useState(false);
  const [mustConfirm, setMustConfirm] = useState(alreadyLocked > 0);
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const blocked = name.trim() === "" || (mustConfirm && !relock);

  const lock = async () => {
    if (blocked) return;
    setSaving(true);
    setError(null);
    rememberAuthor(name);
    const outcome = await onLock({ lockedBy: name.trim(), relock });
    setSaving(false);
    if (outcome.ok) {
      onClose();
      return;
    }
    // Someone locked it meanwhile (another pane, a hand edit): ask again, now as a relock.
    if (outcome.alreadyLocked) setMustConfirm(true);
    setError(outcome.message);
  };

  return (
    <Dialog open modalType="modal" onOpenChange={(_, data) => !data.open && onClose()}>
      <DialogSurface className={styles.surface}>
        <form
          onSubmit={(event) => {
            event.preventDefault();
            void lock();
          }}
        >
          <DialogBody>
            <DialogTitle>
              Lock <span className={styles.nowrap}>{period}</span>?
            </DialogTitle>
            <DialogContent className={styles.form}>
              <Text as="p" block className={styles.flush}>
                Stores the payouts of {reps} {reps === 1 ? "rep" : "reps"} ({total} in all) in the CommissionLocks table. If the data or a plan changes later, a
                recalculation shows the difference and pays it as an adjustment in the next period; locked payouts never change.
              </Text>
              <Field label="Your name" required hint="Recorded with the lock; remembered for next time.">
                <Input value={name} onChange={(_, data) => setName(data.value)} />
              </Field>
              {mustConfirm && (
                <Checkbox
                  checked={relock}
                  onChange={(_, data) => setRelock(data.checked === true)}
                  label={`Relock: replace the earlier lock${alreadyLocked === 1 ? "" : "s"} of ${period} with these payouts`}
                />
              )}
              {error && (
                <MessageBar intent="error" layout="multiline">
                  <MessageBarBody>{error}</MessageBarBody>
                </MessageBar>
              )}
            </DialogContent>
            <DialogActions>
              <Button appearance="primary" type="submit" disabled={saving || blocked}>
                {saving ? "Locking…" : mustConfirm ? "Relock period" : "Lock period"}
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
