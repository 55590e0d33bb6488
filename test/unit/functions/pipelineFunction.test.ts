import { setWorkbookData } from "../../../src/app/sessionState";
import { DEFAULT_SETTINGS } from "../../../src/core/model/settings";
import type { DataSet } from "../../../src/core/model/dataSet";
import type { Opportunity } from "../../../src/core/model/entities";
import { installCustomFunctionsShim } from "../../../src/functions/excelErrors";
import { pipelineFunction } from "../../../src/functions/functions";
import { latest, recordStream, runCli } from "../support/cliAndErrors";

installCustomFunctionsShim();

const deal = (id: string, fields: Partial<Opportunity>): Opportunity => ({
  id,
  name: `Deal ${id}`,
  accountId: "ACC-1",
  ownerId: "REP-1",
  stage: "Prospecting",
  forecastCategory: "Pipeline",
  amount: 1000,
  currency: "USD",
  probability: null,
  createdDate: "2026-01-05",
  closeDate: "2026-03-31",
  type: "New Business",
  product: "",
  termMonths: null,
  extra: {},
  ...fields,
});

/** Two reps, three deals in two quarters of a February fiscal year (FY2027-Q1 is Feb–Apr 2026). */
const dataSet = (opportunities: Opportunity[]): DataSet => ({
  settings: { ...DEFAULT_SETTINGS, fiscalYearStartMonth: 2 },
  opportunities,
  accounts: [{ id: "ACC-1", name: "Acme", industry: "", country: "", region: "", segment: "", employees: null, annualRevenue: null, potential: null, territoryId: "", extra: {} }],
  reps: [
    { id: "REP-1", name: "Dana Lee", email: "", role: "Rep", managerId: "", region: "EMEA", segment: "", startDate: "2024-01-01", endDate: null, extra: {} },
    { id: "REP-2", name: "Ravi Shah", email: "", role: "Rep", managerId: "", region: "EMEA", segment: "", startDate: "2024-01-01", endDate: null, extra: {} },
  ],
  quotas: [],
  territories: [],
  fxRates: [],
  snapshots: [],
});

const HEADER = ["Id", "Name", "Account", "Owner", "Stage", "Forecast category", "Amount", "Currency", "Close date", "Probability"];

describe("SALESOPS.PIPELINE", () => {
  const deals = [
    deal("006A", { amount: 1200.5, probability: 0.3, forecastCategory: "Commit" }),
    deal("006B", { ownerId: "REP-2", closeDate: "2026-05-15", name: "=HYPERLINK(\"x\")" }),
    deal("006C", { accountId: "ACC-GONE", closeDate: "2026-04-30", forecastCategory: "Best Case" }),
  ];

  it("says what to do before any data is loaded (the first thing this file checks, while the session is empty)", async () => {
    const cli = await runCli(["call", "SALESOPS.PIPELINE", "[]"]);
    expect(cli.code).toBe(1);
    expect(cli.err).toMatch(/^#N\/A No data is loaded/);
  });

  it("spills a header and the matching deals, and refreshes its cell when the data is reloaded", () => {
    const cell = recordStream<unknown[][]>();
    setWorkbookData(dataSet(deals));
    pipelineFunction("Dana Lee", "FY2027-Q1", null as never, cell.invocation as never);
    expect(latest(cell)).toEqual([
      HEADER,
      ["006A", "Deal 006A", "Acme", "Dana Lee", "Prospecting", "Commit", 1200.5, "USD", "2026-03-31", 0.3],
      // An account the Accounts table lacks shows its id; a blank probability stays blank.
      ["006C", "Deal 006C", "ACC-GONE", "Dana Lee", "Prospecting", "Best Case", 1000, "USD", "2026-04-30", ""],
    ]);
    setWorkbookData(dataSet([deals[0]]));
    expect((latest(cell) as unknown[][]).map((row) => row[0])).toEqual(["Id", "006A"]);
    cell.cancel();
  });

  it("filters by owner id, category and period independently, and keeps formula-like text as text", () => {
    setWorkbookData(dataSet(deals));
    const byId = recordStream<unknown[][]>();
    pipelineFunction("rep-2", null as never, null as never, byId.invocation as never);
    expect(latest(byId)).toEqual([HEADER, ["006B", '=HYPERLINK("x")', "Acme", "Ravi Shah", "Prospecting", "Pipeline", 1000, "USD", "2026-05-15", ""]]);
    const commit = recordStream<unknown[][]>();
    pipelineFunction(null as never, null as never, "forecast", commit.invocation as never);
    expect((latest(commit) as unknown[][]).map((row) => row[0])).toEqual(["Id", "006A"]);
    const none = recordStream<unknown[][]>();
    pipelineFunction(null as never, "FY2028", null as never, none.invocation as never);
    expect(latest(none)).toEqual([HEADER]);
    for (const stream of [byId, commit, none]) stream.cancel();
  });

  it("names the argument that is wrong", () => {
    setWorkbookData(dataSet(deals));
    const cases: [string, string, string, RegExp][] = [
      ["Nobody", "", "", /^#N\/A owner: no rep has the id or name "Nobody"/],
      ["", "Q3", "", /^#VALUE! period: "Q3" is not a fiscal period/],
      ["", "", "Maybe", /^#VALUE! category: "Maybe" is not a forecast category/],
    ];
    for (const [owner, period, category, expected] of cases) {
      const cell = recordStream<unknown[][]>();
      pipelineFunction(owner, period, category, cell.invocation as never);
      expect(latest(cell)).toMatch(expected);
      cell.cancel();
    }
  });

  it("answers through the CLI with the demo org loaded, as in Excel", async () => {
    const result = await runCli(["call", "--demo", "--seed", "7", "--as-of", "2026-11-27", "SALESOPS.PIPELINE", '["", "FY2027-Q4", "Commit"]']);
    expect(result.code).toBe(0);
    const rows = JSON.parse(result.out) as unknown[][];
    expect(rows[0]).toEqual(HEADER);
    expect(rows.length).toBeGreaterThan(1);
    for (const row of rows.slice(1)) expect(row[5]).toBe("Commit");
  });
});
