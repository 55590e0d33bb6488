import { FluentProvider, makeStyles, Spinner, Theme, tokens, webLightTheme } from "@fluentui/react-components";
import { lazy, Suspense, useEffect, useState } from "react";
import { ViewTab, ViewTabs } from "./components/ViewTabs";
import type { TaskPaneOperations } from "./operations";
import { DataView } from "./views/data/DataView";

// The Forecast view (its data grid and the engine) loads on first use: the first screen stays light.
const ForecastView = lazy(() => import(/* webpackChunkName: "forecast-view" */ "./views/forecast/ForecastView"));
const CommissionsView = lazy(() => import(/* webpackChunkName: "commissions-view" */ "./views/commissions/CommissionsView"));
const ReportsView = lazy(() => import(/* webpackChunkName: "reports-view" */ "./views/reports/ReportsView"));
const TerritoriesView = lazy(() => import(/* webpackChunkName: "territories-view" */ "./views/territories/TerritoriesView"));
const SettingsView = lazy(() => import(/* webpackChunkName: "settings-view" */ "./views/settings/SettingsView"));

const useStyles = makeStyles({
  // Fills the pane with the theme's background. Not on FluentProvider itself: its className is also
  // given to the portal nodes of dropdowns and dialogs, and a 100vh portal node covers the pane.
  page: { minHeight: "100vh", backgroundColor: tokens.colorNeutralBackground1 },
  nav: { borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`, paddingLeft: tokens.spacingHorizontalS, paddingRight: tokens.spacingHorizontalS },
  main: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalL,
    padding: `${tokens.spacingVerticalL} ${tokens.spacingHorizontalL}`,
    maxWidth: "600px",
    boxSizing: "border-box",
  },
});

type View = "data" | "forecast" | "commissions" | "territories" | "reports" | "settings";
const VIEWS: readonly ViewTab<View>[] = [
  { value: "data", label: "Data" },
  { value: "forecast", label: "Forecast" },
  { value: "commissions", label: "Commissions" },
  { value: "territories", label: "Territories" },
  { value: "reports", label: "Reports" },
  { value: "settings", label: "Settings" },
];

export interface AppProps {
  operations: TaskPaneOperations;
  /** Office's theme as a Fluent theme (see officeTheme.ts); light when absent. */
  theme?: Theme;
  /** The view shown first (tests open the Forecast view directly). */
  initialView?: View;
}

/**
 * The task pane: tabs for Data (what the add-in does; sample data, import, refresh), Forecast and the
 * other views. A view stays mounted once opened, so switching tabs keeps its state (a forecast
 * already run, a load in progress).
 */
export function App({ operations, theme = webLightTheme, initialView = "data" }: AppProps) {
  const styles = useStyles();
  const [view, setView] = useState<View>(initialView);
  const [opened, setOpened] = useState<ReadonlySet<View>>(new Set([initialView]));
  const open = (next: View) => {
    setView(next);
    setOpened((seen) => new Set([...seen, next]));
  };
  // A ribbon command that failed opens the pane: show the Reports view, which says what went wrong.
  const reports = operations.reports;
  useEffect(() => {
    if (!reports) return undefined;
    if (reports.lastRibbonActivity()?.state === "failed") open("reports");
    return reports.onRibbonActivity((activity) => activity.state === "failed" && open("reports"));
  }, [reports]);
  // Settings stored in the workbook that could not be used: show the Settings view, which says why and what is in force.
  const settings = operations.settings;
  useEffect(() => {
    let current = true;
    void settings?.load().then((loaded) => current && loaded.issues.length > 0 && open("settings"));
    return () => {
      current = false;
    };
  }, [settings]);
  const visibleViews = VIEWS.filter(({ value }) => value === "data" || value === "forecast" || Boolean(operations[value]));
  return (
    <FluentProvider theme={theme}>
      <div className={styles.page}>
        <nav className={styles.nav} aria-label="SalesOps views">
          <ViewTabs views={visibleViews} selected={view} onSelect={open} panelOf={(value) => (opened.has(value) ? `panel-${value}` : undefined)} />
        </nav>
        <main className={styles.main}>
          <div role="tabpanel" id="panel-data" aria-labelledby="tab-data" hidden={view !== "data"}>
            <DataView operations={operations} />
          </div>
          {opened.has("forecast") && (
            <div role="tabpanel" id="panel-forecast" aria-labelledby="tab-forecast" hidden={view !== "forecast"}>
              <Suspense fallback={<Spinner size="small" label="Opening the forecast…" />}>
                <ForecastView operations={operations.forecast} />
              </Suspense>
            </div>
          )}
          {opened.has("commissions") && operations.commissions && (
            <div role="tabpanel" id="panel-commissions" aria-labelledby="tab-commissions" hidden={view !== "commissions"}>
              <Suspense fallback={<Spinner size="small" label="Opening commissions…" />}>
                <CommissionsView operations={operations.commissions} />
              </Suspense>
            </div>
          )}
          {opened.has("territories") && operations.territories && (
            <div role="tabpanel" id="panel-territories" aria-labelledby="tab-territories" hidden={view !== "territories"}>
              <Suspense fallback={<Spinner size="small" label="Opening territories…" />}>
                <TerritoriesView operations={operations.territories} />
              </Suspense>
            </div>
          )}
          {opened.has("reports") && operations.reports && (
            <div role="tabpanel" id="panel-reports" aria-labelledby="tab-reports" hidden={view !== "reports"}>
              <Suspense fallback={<Spinner size="small" label="Opening reports…" />}>
                <ReportsView operations={operations.reports} />
              </Suspense>
            </div>
          )}
          {opened.has("settings") && operations.settings && (
            <div role="tabpanel" id="panel-settings" aria-labelledby="tab-settings" hidden={view !== "settings"}>
              <Suspense fallback={<Spinner size="small" label="Opening settings…" />}>
                <SettingsView operations={operations.settings} />
              </Suspense>
            </div>
          )}
        </main>
      </div>
    </FluentProvider>
  );
}
