import { Button, Field, makeStyles, ProgressBar, tokens } from "@fluentui/react-components";
import type { Work } from "../state/useLatestWork";

const useStyles = makeStyles({
  root: { display: "flex", alignItems: "flex-end", columnGap: tokens.spacingHorizontalM, width: "100%" },
  field: { flexGrow: 1, minWidth: 0 },
});

/** A progress bar saying what is being done and how far it is ("Step 3 of 8"), with Cancel. */
export function BusyProgress({ work, onCancel }: { work: Work; onCancel(): void }) {
  const styles = useStyles();
  const counted = work.done !== null && work.total !== null && work.total > 0;
  return (
    <div className={styles.root}>
      <Field className={styles.field} label={work.label} hint={counted ? `Step ${Math.min(work.total as number, (work.done as number) + 1)} of ${work.total}` : undefined}>
        <ProgressBar value={counted ? Math.min(1, (work.done as number) / (work.total as number)) : undefined} />
      </Field>
      <Button onClick={onCancel}>Cancel</Button>
    </div>
  );
}
