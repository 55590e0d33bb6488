import { makeStyles, tokens } from "@fluentui/react-components";
import { useCallback, useEffect, useState } from "react";
import { Intro } from "../../components/Intro";
import { SampleDataCard } from "../../components/SampleDataCard";
import { StatusArea } from "../../components/StatusArea";
import type { TaskPaneOperations } from "../../operations";
import type { StatusMessage } from "../../state/messages";
import { useSampleDataLoad } from "../../state/useSampleDataLoad";
import { ImportCard } from "./ImportCard";
import { RefreshCard } from "./RefreshCard";
import { SalesforceCard } from "./SalesforceCard";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalL },
  // Messages quote addresses (a CORS origin, a My Domain URL) that must wrap in a 320 px pane.
  status: { overflowWrap: "anywhere" },
});

/**
 * The first screen: what the add-in does, then where its data comes from: sample data, an import
 * (CSV file or workbook table), Salesforce, and Refresh. The surface without data operations (a bare test
 * harness) gets the sample data alone. One status area serves every action, the latest message in it.
 */
export function DataView({ operations }: { operations: TaskPaneOperations }) {
  const styles = useStyles();
  const load = useSampleDataLoad(operations);
  const [status, setStatus] = useState<StatusMessage | null>(null);
  const { status: loadStatus, dismissStatus: dismissLoad } = load;
  useEffect(() => {
    if (loadStatus) setStatus(loadStatus);
  }, [loadStatus]);
  const report = useCallback(
    (message: StatusMessage | null) => {
      // A new action's message replaces the sample load's, which must not come back with the next render.
      dismissLoad();
      setStatus(message);
    },
    [dismissLoad],
  );
  const dismiss = useCallback(() => report(null), [report]);
  const start = useCallback(() => {
    setStatus(null);
    load.start();
  }, [load]);
  return (
    <div className={styles.root}>
      <Intro />
      <SampleDataCard running={load.running} progress={load.progress} onLoad={start} />
      <div className={styles.status}>
        <StatusArea status={status} onDismiss={dismiss} />
      </div>
      {operations.data && <ImportCard operations={operations.data} report={report} />}
      {operations.salesforce && <SalesforceCard operations={operations.salesforce} report={report} />}
      {operations.data && <RefreshCard operations={operations.data} report={report} />}
    </div>
  );
}
