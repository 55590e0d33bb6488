import { Button, Field, makeStyles, ProgressBar, Text, tokens } from "@fluentui/react-components";
import type { ImportProgress } from "../../../app/importDataTypes";
import { progressCounts } from "./dataMessages";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  button: { alignSelf: "flex-start" },
  flush: { margin: 0 },
});

export interface WorkProgressProps {
  progress: Pick<ImportProgress, "label" | "done" | "total" | "unit" | "cancellable">;
  /** Shown as a Cancel button when given; disabled while the work cannot stop (writing). */
  onCancel?(): void;
}

/** A progress bar with what is being done and the counts, and Cancel for work that can stop. */
export function WorkProgress({ progress, onCancel }: WorkProgressProps) {
  const styles = useStyles();
  return (
    <div className={styles.root}>
      {/* The field's label names the bar: "Reading deals.csv", "Writing Opportunities (table 1 of 3)". */}
      <Field label={progress.label} hint={progressCounts(progress)}>
        <ProgressBar value={progress.total > 0 ? Math.min(1, progress.done / progress.total) : undefined} thickness="large" />
      </Field>
      {onCancel && (
        <Button className={styles.button} onClick={onCancel} disabled={!progress.cancellable}>
          Cancel
        </Button>
      )}
      {onCancel && !progress.cancellable && (
        <Text as="p" block size={200} className={styles.flush}>
          Writing can&apos;t be stopped part way: the tables are replaced together, or put back if Excel refuses one.
        </Text>
      )}
    </div>
  );
}
