import { readFileSync } from "fs";
import path from "path";
import { reportCatalogue } from "../../../../src/core/report/reportCatalogue";
import { reportContext } from "../../../../src/core/report/reportContext";
import { smallDataSet } from "../../../e2e/harness/smallDataSet";

/** The documented placeholder catalogue (docs/report-templates.md) is the one the code offers, row for row. */
describe("placeholder catalogue", () => {
  const context = reportContext(smallDataSet(20), "FY2027-Q4", "2026-11-27", "custom");
  const catalogue = reportCatalogue(context, { forecast: { period: "FY2027-Q4", rows: [] }, commissions: { period: "FY2027-Q4", range: null, reps: [], issues: [], state: [] } });

  it("documents every placeholder with its meaning", () => {
    const docs = readFileSync(path.join(__dirname, "../../../../docs/report-templates.md"), "utf8");
    const table = docs.slice(docs.indexOf("<!-- placeholder-catalogue:start -->"), docs.indexOf("<!-- placeholder-catalogue:end -->"));
    const rows = catalogue.docs.map((doc) => `| \`${doc.placeholder}\` | ${doc.description} |`);
    for (const row of rows) expect(table).toContain(row);
    expect(table.split("\n").filter((line) => line.startsWith("| `"))).toHaveLength(rows.length);
  });

  it("offers a live formula for the figures and one item per rep with a quota or bookings", () => {
    expect(catalogue.scalars.get("kpi.bookings")?.formula).toMatch(/^=SUMPRODUCT\(SUMIFS\(Opportunities\[amount\]/);
    expect(catalogue.scalars.get("period")?.value).toBe("FY2027-Q4");
    const reps = catalogue.lists.get("reps");
    expect(reps?.fields).toEqual(["id", "name", "manager", "region", "quota", "bookings", "attainment", "dealsWon"]);
    expect(reps?.items.map((item) => item.get("id")?.value)).toEqual(expect.arrayContaining(["R1", "R2"]));
  });
});
