import { Button, Card, makeStyles, Text, tokens } from "@fluentui/react-components";
import type { DataOperations } from "../../dataOperations";
import type { StatusMessage } from "../../state/messages";
import { useRefresh } from "./useRefresh";
import { WorkProgress } from "./WorkProgress";

const useStyles = makeStyles({
  card: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM },
  button: { alignSelf: "flex-start" },
  flush: { margin: 0 },
});

/** Reads the data tables again after the user edited them in Excel. */
export function RefreshCard({ operations, report }: { operations: DataOperations; report(message: StatusMessage | null): void }) {
  const styles = useStyles();
  const { progress, refresh } = useRefresh(operations, report);
  return (
    <Card className={styles.card} aria-labelledby="refresh-title">
      <Text as="h2" id="refresh-title" className={styles.flush} size={400} weight="semibold">
        Refresh from the workbook
      </Text>
      <Text as="p" block className={styles.flush}>
        Edited the Opportunities, Accounts or other data tables in Excel? Read them again so the views and the SALESOPS functions use your changes.
      </Text>
      <Button className={styles.button} onClick={refresh} disabled={progress !== null}>
        {progress ? "Refreshing…" : "Refresh data"}
      </Button>
      {progress && <WorkProgress progress={progress} />}
    </Card>
  );
}
