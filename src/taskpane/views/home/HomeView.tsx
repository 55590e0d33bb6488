import { makeStyles, tokens } from "@fluentui/react-components";
import { Intro } from "../../components/Intro";
import { SampleDataCard } from "../../components/SampleDataCard";
import { StatusArea } from "../../components/StatusArea";
import type { TaskPaneOperations } from "../../operations";
import { useSampleDataLoad } from "../../state/useSampleDataLoad";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalL },
});

/** The first screen: what the add-in does, the sample-data action, and the status of the last load. */
export function HomeView({ operations }: { operations: TaskPaneOperations }) {
  const styles = useStyles();
  const load = useSampleDataLoad(operations);
  return (
    <div className={styles.root}>
      <Intro />
      <SampleDataCard running={load.running} progress={load.progress} onLoad={load.start} />
      <StatusArea status={load.status} onDismiss={load.dismissStatus} />
    </div>
  );
}
