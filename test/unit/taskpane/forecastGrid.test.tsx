import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { renderToString } from "react-dom/server";
import { runForecast } from "../../../src/app/runForecast";
import { ForecastGrid } from "../../../src/taskpane/views/forecast/ForecastGrid";
import { smallDataSet } from "../../e2e/harness/smallDataSet";

const text = (html: string) => html.replace(/<[^>]+>/g, " ").replace(/\s+/g, " ");

/** Server rendering shows what the grid puts in its cells; clicking through is the e2e test's job. */
describe("ForecastGrid", () => {
  const run = runForecast(smallDataSet(40), { period: "FY2027-Q4", level: "rep", asOf: "2026-11-27" }, [
    { level: "rep", owner: "R1", period: "FY2027-Q4", figure: "commit", amount: 300_000, note: "Signed Friday", author: "Maya Lee", at: "2026-11-27T15:30:00.000Z" },
  ]);
  const html = renderToString(
    <FluentProvider theme={webLightTheme}>
      <ForecastGrid rows={run.rows} currency="USD" label="Forecast for FY2027-Q4 by rep" selectedOwner={null} onSelect={() => undefined} />
    </FluentProvider>,
  );

  it("has the forecast call's columns and a row per rep, with compact figures and full values in tooltips", () => {
    for (const header of ["Owner", "Quota", "Closed", "Commit", "Best case", "Pipeline", "Weighted", "Projection", "Coverage", "Attainment"]) expect(text(html)).toContain(header);
    expect(text(html)).toContain("Ada Park");
    expect(text(html)).toContain("Ben Ortiz");
    expect(html).toContain('title="$250,000"');
    expect(text(html)).toContain("$250K");
  });

  it("shows an adjusted figure beside the rollup it replaces, with who and why in the tooltip", () => {
    const rollup = run.rows.find((row) => row.owner === "R1")?.commit ?? 0;
    expect(text(html)).toContain("adjusted ✎ $300K");
    expect(html).toContain(`Adjusted to $300,000 by Maya Lee on 2026-11-27 “Signed Friday”; the rollup is $${Math.round(rollup).toLocaleString("en-US")}.`);
  });
});
