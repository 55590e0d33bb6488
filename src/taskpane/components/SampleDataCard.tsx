import { Button, Card, Field, makeStyles, ProgressBar, Text, tokens } from "@fluentui/react-components";
import type { SampleDataProgress } from "../../app/loadSampleData";
import { progressLabel, progressRows } from "../state/messages";

const useStyles = makeStyles({
  card: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM },
  button: { alignSelf: "flex-start" },
  flush: { margin: 0 },
});

export interface SampleDataCardProps {
  running: boolean;
  progress: SampleDataProgress | null;
  onLoad(): void;
}

/** The "Load sample data" action, with a progress bar that counts tables and rows while it runs. */
export function SampleDataCard({ running, progress, onLoad }: SampleDataCardProps) {
  const styles = useStyles();
  return (
    <Card className={styles.card} aria-labelledby="sample-data-title">
      <Text as="h2" id="sample-data-title" className={styles.flush} size={400} weight="semibold">
        Try it with sample data
      </Text>
      <Text as="p" className={styles.flush} block>
        A demo sales org: five regions, about 40 reps, 600 accounts and 12,000 opportunities over three fiscal years, with quotas, territories,
        exchange rates and weekly pipeline snapshots. Each table goes on its own sheet.
      </Text>
      <Button className={styles.button} appearance="primary" onClick={onLoad} disabled={running}>
        {running ? "Loading sample data…" : "Load sample data"}
      </Button>
      {running && (
        <Field label={progress ? progressLabel(progress) : "Preparing the demo data…"} hint={progress ? progressRows(progress) : undefined}>
          <ProgressBar
            aria-label="Sample data progress"
            value={progress && progress.rowsTotal > 0 ? progress.rowsDone / progress.rowsTotal : undefined}
            thickness="large"
          />
        </Field>
      )}
    </Card>
  );
}
