import { FluentProvider, makeStyles, Spinner, Tab, TabList, Theme, tokens, webLightTheme } from "@fluentui/react-components";
import { lazy, Suspense, useState } from "react";
import type { TaskPaneOperations } from "./operations";
import { HomeView } from "./views/home/HomeView";

// The Forecast view (its data grid and the engine) loads on first use: the first screen stays light.
const ForecastView = lazy(() => import(/* webpackChunkName: "forecast-view" */ "./views/forecast/ForecastView"));

const useStyles = makeStyles({
  // Fills the pane with the theme's background. Not on FluentProvider itself: its className is also
  // given to the portal nodes of dropdowns and dialogs, and a 100vh portal node covers the pane.
  page: { minHeight: "100vh", backgroundColor: tokens.colorNeutralBackground1 },
  nav: { borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`, paddingLeft: tokens.spacingHorizontalS },
  main: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalL,
    padding: `${tokens.spacingVerticalL} ${tokens.spacingHorizontalL}`,
    maxWidth: "600px",
    boxSizing: "border-box",
  },
});

type View = "home" | "forecast";
const VIEWS: readonly [View, string][] = [
  ["home", "Home"],
  ["forecast", "Forecast"],
];

export interface AppProps {
  operations: TaskPaneOperations;
  /** Office's theme as a Fluent theme (see officeTheme.ts); light when absent. */
  theme?: Theme;
  /** The view shown first (tests open the Forecast view directly). */
  initialView?: View;
}

/**
 * The task pane: tabs for Home (what the add-in does, sample data) and Forecast. A view stays mounted
 * once opened, so switching tabs keeps its state (a forecast already run, a load in progress).
 */
export function App({ operations, theme = webLightTheme, initialView = "home" }: AppProps) {
  const styles = useStyles();
  const [view, setView] = useState<View>(initialView);
  const [opened, setOpened] = useState<ReadonlySet<View>>(new Set([initialView]));
  const open = (next: View) => {
    setView(next);
    setOpened((seen) => new Set([...seen, next]));
  };
  return (
    <FluentProvider theme={theme}>
      <div className={styles.page}>
        <nav className={styles.nav} aria-label="SalesOps views">
          <TabList selectedValue={view} onTabSelect={(_, data) => open(data.value as View)} size="medium">
            {VIEWS.map(([value, label]) => (
              <Tab key={value} value={value} id={`tab-${value}`} aria-controls={opened.has(value) ? `panel-${value}` : undefined}>
                {label}
              </Tab>
            ))}
          </TabList>
        </nav>
        <main className={styles.main}>
          <div role="tabpanel" id="panel-home" aria-labelledby="tab-home" hidden={view !== "home"}>
            <HomeView operations={operations} />
          </div>
          {opened.has("forecast") && (
            <div role="tabpanel" id="panel-forecast" aria-labelledby="tab-forecast" hidden={view !== "forecast"}>
              <Suspense fallback={<Spinner size="small" label="Opening the forecast…" />}>
                <ForecastView operations={operations.forecast} />
              </Suspense>
            </div>
          )}
        </main>
      </div>
    </FluentProvider>
  );
}
