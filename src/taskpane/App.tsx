import { FluentProvider, makeStyles, Theme, tokens, webLightTheme } from "@fluentui/react-components";
import { Intro } from "./components/Intro";
import { SampleDataCard } from "./components/SampleDataCard";
import { StatusArea } from "./components/StatusArea";
import type { TaskPaneOperations } from "./operations";
import { useSampleDataLoad } from "./state/useSampleDataLoad";

const useStyles = makeStyles({
  provider: { minHeight: "100vh" },
  main: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalL,
    padding: `${tokens.spacingVerticalL} ${tokens.spacingHorizontalL}`,
    maxWidth: "600px",
  },
});

export interface AppProps {
  operations: TaskPaneOperations;
  /** Office's theme as a Fluent theme (see officeTheme.ts); light when absent. */
  theme?: Theme;
}

/** The task pane: what the add-in does, the sample-data action, and the status of the last action. */
export function App({ operations, theme = webLightTheme }: AppProps) {
  const styles = useStyles();
  const load = useSampleDataLoad(operations);
  return (
    <FluentProvider theme={theme} className={styles.provider}>
      <main className={styles.main}>
        <Intro />
        <SampleDataCard running={load.running} progress={load.progress} onLoad={load.start} />
        <StatusArea status={load.status} onDismiss={load.dismissStatus} />
      </main>
    </FluentProvider>
  );
}
