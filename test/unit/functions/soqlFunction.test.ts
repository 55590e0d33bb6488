import { LiveQueryError, type LiveQueryOptions, type LiveQueryResult, type LiveRecord, liveQueryCount, refreshLiveQueries, setLiveQueryRunner } from "../../../src/app/liveQuery";
import { installCustomFunctionsShim } from "../../../src/functions/excelErrors";
import { soqlFunction } from "../../../src/functions/functions";
import { cellOf, soqlCells, SOQL_MAX_ROWS } from "../../../src/functions/soqlFunction";
import { parseSoqlSelect } from "../../../src/functions/soqlSelect";
import { latest, recordStream, runCli } from "../support/cliAndErrors";

installCustomFunctionsShim();

const NOT_SIGNED_IN = "#N/A Not signed in to Salesforce: sign in from SalesOps → Data.";

/** An opportunity as the REST API returns it: attributes first, relationships nested or null. */
const opportunity = (id: string, fields: LiveRecord): LiveRecord => ({ attributes: { type: "Opportunity", url: `/services/data/v61.0/sobjects/Opportunity/${id}` }, Id: id, ...fields });

/** A runner standing in for the pane's (which wraps the connector's collectQuery). */
function runner(answer: (soql: string, options: LiveQueryOptions) => Promise<LiveQueryResult> | LiveQueryResult) {
  const calls: string[] = [];
  return {
    calls,
    runner: {
      description: "dana@acme.example on acme.my.salesforce.com",
      run: async (soql: string, options: LiveQueryOptions) => {
        calls.push(soql);
        return answer(soql, options);
      },
    },
  };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

afterEach(async () => {
  await setLiveQueryRunner(null);
});

describe("SALESOPS.SOQL", () => {
  it("answers #N/A 'not signed in' from the CLI, which has no Salesforce session", async () => {
    const cli = await runCli(["call", "SALESOPS.SOQL", JSON.stringify(["SELECT Id, Name FROM Account"])]);
    expect(cli.code).toBe(1);
    expect(cli.out).toBe("");
    expect(cli.err.trim()).toBe(NOT_SIGNED_IN);
  });

  it("spills a header of the SELECT's paths and one row per record, relationships flattened, and updates by itself on sign-in and sign-out", async () => {
    const stream = recordStream<unknown[][]>();
    const soql = "select id, name, owner.name, Account.Name, amount, closedate, CreatedDate, isWon from Opportunity where Amount > 0";
    soqlFunction(soql, stream.invocation as never);
    expect(latest(stream)).toBe(NOT_SIGNED_IN);
    expect(liveQueryCount()).toBe(1);

    const org = runner(() => ({
      totalSize: 2,
      records: [
        opportunity("006A", { Name: "Acme renewal", Owner: { attributes: { type: "User" }, Name: "Dana Lee" }, Account: { attributes: { type: "Account" }, Name: "Acme" }, Amount: 1200.5, CloseDate: "2026-03-31", CreatedDate: "2026-01-31T10:15:00.000+0000", IsWon: false }),
        // A deal without an account (a null lookup) and with a name that looks like a formula.
        opportunity("006B", { Name: "=HYPERLINK(\"x\")", Owner: { attributes: { type: "User" }, Name: "Sam Carter" }, Account: null, Amount: null, CloseDate: "2026-05-15", CreatedDate: "2026-02-01T23:30:00.000-0800", IsWon: true }),
      ],
    }));
    await setLiveQueryRunner(org.runner);
    expect(org.calls).toEqual([soql]);
    expect(latest(stream)).toEqual([
      ["Id", "Name", "Owner.Name", "Account.Name", "Amount", "CloseDate", "CreatedDate", "IsWon"],
      ["006A", "Acme renewal", "Dana Lee", "Acme", 1200.5, "2026-03-31", "2026-01-31T10:15:00.000Z", false],
      ["006B", "=HYPERLINK(\"x\")", "Sam Carter", "", "", "2026-05-15", "2026-02-02T07:30:00.000Z", true],
    ]);

    await setLiveQueryRunner(null);
    expect(latest(stream)).toBe(NOT_SIGNED_IN);
    stream.cancel();
    expect(liveQueryCount()).toBe(0);
  });

  it("runs again when the pane asks for a refresh, and says how many formulas it refreshed", async () => {
    let amount = 100;
    const org = runner(() => ({ totalSize: 1, records: [opportunity("006A", { Amount: amount })] }));
    await setLiveQueryRunner(org.runner);
    const one = recordStream<unknown[][]>();
    const two = recordStream<unknown[][]>();
    soqlFunction("SELECT Id, Amount FROM Opportunity", one.invocation as never);
    soqlFunction("SELECT Amount FROM Opportunity", two.invocation as never);
    await settle();
    expect(latest(one)).toEqual([["Id", "Amount"], ["006A", 100]]);
    amount = 250;
    expect(await refreshLiveQueries()).toEqual({ formulas: 2 });
    expect(latest(one)).toEqual([["Id", "Amount"], ["006A", 250]]);
    expect(latest(two)).toEqual([["Amount"], [250]]);
    one.cancel();
    two.cancel();
    expect(await refreshLiveQueries()).toEqual({ formulas: 0 });
  });

  it("gives #VALUE! with Salesforce's words for a refused query, and #N/A for a result too large to spill", async () => {
    const org = runner((soql, options) => {
      if (/Foo__c/.test(soql)) throw new LiveQueryError("query", "No such column 'Foo__c' on entity 'Account'. If you are attempting to use a custom field, be sure to append the '__c'.");
      expect(options.maxRows).toBe(SOQL_MAX_ROWS);
      return { totalSize: SOQL_MAX_ROWS + 1, records: Array.from({ length: SOQL_MAX_ROWS + 1 }, (_, i) => ({ Id: String(i) })) };
    });
    await setLiveQueryRunner(org.runner);
    const bad = recordStream<unknown[][]>();
    soqlFunction("SELECT Id, Foo__c FROM Account", bad.invocation as never);
    const big = recordStream<unknown[][]>();
    soqlFunction("SELECT Id FROM Opportunity", big.invocation as never);
    await settle();
    expect(latest(bad)).toMatch(/^#VALUE! No such column 'Foo__c' on entity 'Account'/);
    expect(latest(big)).toBe("#N/A The query matches 50,001 rows; SALESOPS.SOQL spills at most 50,000: narrow it with WHERE, or add LIMIT 50000.");
    bad.cancel();
    big.cancel();
  });

  it("refuses text that is no query before anything is sent", async () => {
    const org = runner(() => ({ totalSize: 0, records: [] }));
    await setLiveQueryRunner(org.runner);
    const blank = recordStream<unknown[][]>();
    soqlFunction(null as unknown as string, blank.invocation as never);
    const prose = recordStream<unknown[][]>();
    soqlFunction("show me the pipeline", prose.invocation as never);
    await settle();
    expect(latest(blank)).toMatch(/^#VALUE! query: give a SOQL query as text/);
    expect(latest(prose)).toMatch(/^#VALUE! query: "show me the pipeline" is not a SOQL query/);
    expect(org.calls).toEqual([]);
    blank.cancel();
    prose.cancel();
  });

  it("shows only the latest run: an answer that arrives after a newer run started is dropped", async () => {
    const answers: ((result: LiveQueryResult) => void)[] = [];
    const org = runner(() => new Promise<LiveQueryResult>((resolve) => answers.push(resolve)));
    await Promise.race([setLiveQueryRunner(org.runner), settle()]);
    const stream = recordStream<unknown[][]>();
    soqlFunction("SELECT Id FROM Account", stream.invocation as never);
    void refreshLiveQueries();
    await settle();
    expect(answers).toHaveLength(2);
    answers[1]({ totalSize: 1, records: [{ Id: "new" }] });
    answers[0]({ totalSize: 1, records: [{ Id: "old" }] });
    await settle();
    expect(stream.results).toEqual([[["Id"], ["new"]]]);
    stream.cancel();
  });
});

describe("the SOQL spill's layout", () => {
  it("reads the SELECT list: paths, aliases, aggregates, functions, child subqueries, commas and FROM inside strings", () => {
    const columns = (soql: string) => parseSoqlSelect(soql)?.columns.map((c) => c.text);
    expect(columns("SELECT Id, Owner.Manager.Name FROM Opportunity WHERE Name = 'a, b FROM c'")).toEqual(["Id", "Owner.Manager.Name"]);
    expect(columns("SELECT StageName, COUNT(Id), SUM(Amount) total FROM Opportunity GROUP BY StageName")).toEqual(["StageName", "COUNT(Id)", "total"]);
    expect(columns("SELECT Name, (SELECT Id FROM Contacts) FROM Account")).toEqual(["Name", "Contacts"]);
    expect(parseSoqlSelect("SELECT COUNT() FROM Opportunity")?.countOnly).toBe(true);
    expect(parseSoqlSelect("DELETE FROM Account")).toBeNull();
    expect(parseSoqlSelect("SELECT Id")).toBeNull();
  });

  it("names unaliased aggregates as Salesforce returns them (expr0, expr1) and spills COUNT() as its count", () => {
    const grouped = [
      { attributes: { type: "AggregateResult" }, StageName: "Prospecting", expr0: 3, total: 4500 },
      { attributes: { type: "AggregateResult" }, StageName: "Closed Won", expr0: 1, total: null },
    ];
    expect(soqlCells("SELECT StageName, COUNT(Id), SUM(Amount) total FROM Opportunity GROUP BY StageName", grouped, 2)).toEqual([
      ["StageName", "COUNT(Id)", "total"],
      ["Prospecting", 3, 4500],
      ["Closed Won", 1, ""],
    ]);
    expect(soqlCells("SELECT COUNT() FROM Opportunity WHERE IsClosed = false", [], 27)).toEqual([["COUNT()"], [27]]);
  });

  it("spills the header alone when nothing matches, and child subqueries as their record counts", () => {
    expect(soqlCells("SELECT Id, Name FROM Account WHERE Name = 'nobody'", [], 0)).toEqual([["Id", "Name"]]);
    const account = { attributes: { type: "Account" }, Name: "Acme", Contacts: { totalSize: 2, done: true, records: [{}, {}] } };
    expect(soqlCells("SELECT Name, (SELECT Id FROM Contacts) FROM Account", [account, { ...account, Contacts: null }], 2)).toEqual([["Name", "Contacts"], ["Acme", 2], ["Acme", 0]]);
  });

  it("lays out FIELDS() by the fields the records carry, relationships flattened", () => {
    const records = [{ attributes: { type: "Account" }, Id: "001A", Name: "Acme", Owner: { attributes: { type: "User" }, Name: "Dana" } }];
    expect(soqlCells("SELECT FIELDS(STANDARD), Owner.Name FROM Account LIMIT 200", records, 1)).toEqual([
      ["Id", "Name", "Owner.Name"],
      ["001A", "Acme", "Dana"],
    ]);
  });

  it("keeps numbers as numbers, booleans as TRUE/FALSE, and text (formula-like too) as it is", () => {
    expect(cellOf(0)).toBe(0);
    expect(cellOf(true)).toBe(true);
    expect(cellOf(null)).toBe("");
    expect(cellOf("=1+1")).toBe("=1+1");
    expect(cellOf("+49 30 1234")).toBe("+49 30 1234");
    expect(cellOf("2026-06-15T12:00:00Z")).toBe("2026-06-15T12:00:00.000Z");
    expect(cellOf({ street: "1 Main St", city: "Springfield", country: null })).toBe("1 Main St, Springfield");
    expect((cellOf("x".repeat(40_000)) as string).length).toBe(32_767);
  });
});
