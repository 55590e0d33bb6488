import { runForecast } from "../../../../src/app/runForecast";
import { generateDemoOrg } from "../../../../src/core/demo/generateDemoOrg";
import { dealRateIssue } from "../../../../src/core/forecast/dealRateIssue";
import type { Issue } from "../../../../src/core/model/result";

const AS_OF = "2026-11-27";

describe("a deal left out for want of a rate", () => {
  it("is named with its id, name and currency, the issue's path leading with the deal", () => {
    const issue: Issue = { code: "missing_fx_rate", path: ["currency"], message: "No CHF rate for FY2027-M12: add a row for CHF …" };
    expect(dealRateIssue({ id: "OPP-7", name: " Acme - Renewal ", currency: "CHF" }, issue)).toEqual({
      code: "missing_fx_rate",
      path: ["OPP-7", "currency"],
      message: "Opportunity OPP-7 (Acme - Renewal) is in CHF and is left out of the figures. No CHF rate for FY2027-M12: add a row for CHF …",
    });
    expect(dealRateIssue({ id: "OPP-8", name: "", currency: "CHF" }, issue).message).toMatch(/^Opportunity OPP-8 is in CHF/);
  });

  it("is what the forecast reports, once, for a deal in a currency the rate table lacks", () => {
    const demo = generateDemoOrg({ seed: 7, asOf: AS_OF });
    const index = demo.opportunities.findIndex((o) => o.closeDate >= "2026-11-01" && o.closeDate <= "2027-01-31");
    const target = demo.opportunities[index];
    const opportunities = demo.opportunities.map((o, i) => (i === index ? { ...o, currency: "CHF" } : o));
    const run = runForecast({ ...demo, opportunities }, { period: "FY2027-Q4", level: "rep", asOf: AS_OF });
    const issues = run.issues.filter((issue) => issue.code === "missing_fx_rate");
    expect(issues).toHaveLength(1);
    expect(issues[0].path).toEqual([target.id, "currency"]);
    expect(issues[0].message).toMatch(new RegExp(`^Opportunity ${target.id} \\(.+\\) is in CHF and is left out of the figures\\. No CHF rate for FY2027-M\\d+: add a row for CHF .* to the rate table \\(the FxRates table; fx_rates\\.csv in a data folder\\)\\.$`));
  });
});
