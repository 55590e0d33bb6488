import fc from "fast-check";
import { readCanonicalRecords } from "../../../../src/core/import/canonicalReader";
import { parseCsv, parseCsvRows, toCsv } from "../../../../src/core/import/csv";
import { ACCOUNTS_FILE, CanonicalFile, FX_RATES_FILE, OPPORTUNITIES_FILE, QUOTAS_FILE, recordsToRows, REPS_FILE, SNAPSHOTS_FILE, TERRITORIES_FILE } from "../../../../src/core/model/canonicalFiles";
import type { Account, Opportunity, Quota, Rep, SnapshotOpportunity, Territory } from "../../../../src/core/model/entities";

const opportunity: Opportunity = {
  id: "O-1",
  name: 'Acme, "Platform" expansion',
  accountId: "A-1",
  ownerId: "R-1",
  stage: "Negotiation/Review",
  forecastCategory: "Commit",
  amount: 123456.789,
  currency: "EUR",
  probability: 0.9,
  createdDate: "2026-08-14",
  closeDate: "2026-11-27",
  type: "New Business",
  product: "Platform",
  termMonths: 36,
  extra: { "Lead Source": "Web", notes: "multi\nline" },
};
const records = {
  opportunities: [opportunity, { ...opportunity, id: "O-2", probability: null, termMonths: null, extra: {} }],
  accounts: [{ id: "A-1", name: "Acme", industry: "Manufacturing", country: "DE", region: "EMEA", segment: "Enterprise", employees: 12000, annualRevenue: 3.2e9, potential: null, territoryId: "T-1", extra: {} }] as Account[],
  reps: [{ id: "R-1", name: "Ann Lee", email: "ann@example.com", role: "Rep", managerId: "M-1", region: "EMEA", segment: "Enterprise", startDate: "2024-02-01", endDate: null, extra: {} }] as Rep[],
  quotas: [{ ownerId: "R-1", period: "FY2027-Q3", amount: 500000, currency: "USD", extra: {} }] as Quota[],
  territories: [{ id: "T-1", name: "DACH", region: "EMEA", segment: "Enterprise", ownerId: "R-1", parentId: "", extra: {} }] as Territory[],
  fxRates: [{ currency: "EUR", period: "FY2027", rateToCorporate: 1.0834, extra: {} }],
  snapshots: [{ ...opportunity, snapshotDate: "2026-11-20" }] as SnapshotOpportunity[],
};

function roundTrip<T extends { extra: Record<string, string> }>(file: CanonicalFile<T>, input: T[]): T[] {
  const read = readCanonicalRecords(file, parseCsvRows(toCsv(recordsToRows(file, input))));
  if (!read.ok) throw new Error(JSON.stringify(read.issues));
  expect(read.value.rejected).toEqual([]);
  return read.value.records;
}

describe("readCanonicalRecords", () => {
  it("round-trips every canonical file through CSV", () => {
    expect(roundTrip(OPPORTUNITIES_FILE, records.opportunities)).toEqual(records.opportunities);
    expect(roundTrip(ACCOUNTS_FILE, records.accounts)).toEqual(records.accounts);
    expect(roundTrip(REPS_FILE, records.reps)).toEqual(records.reps);
    expect(roundTrip(QUOTAS_FILE, records.quotas)).toEqual(records.quotas);
    expect(roundTrip(TERRITORIES_FILE, records.territories)).toEqual(records.territories);
    expect(roundTrip(FX_RATES_FILE, records.fxRates)).toEqual(records.fxRates);
    expect(roundTrip(SNAPSHOTS_FILE, records.snapshots)).toEqual(records.snapshots);
  });

  it("round-trips generated opportunities", () => {
    const text = fc.string({ maxLength: 12 }).map((s) => s.trim());
    const isoDay = fc.integer({ min: 0, max: 20000 }).map((d) => new Date(Date.UTC(1990, 0, 1) + d * 86_400_000).toISOString().slice(0, 10));
    const record = fc.record<Opportunity>({
      id: fc.stringMatching(/^[A-Za-z0-9-]{1,10}$/),
      name: text,
      accountId: text,
      ownerId: fc.stringMatching(/^[a-z0-9-]{1,8}$/),
      stage: fc.constantFrom("Prospecting", "Closed Won", "Verbal Commit"),
      forecastCategory: fc.constantFrom("Pipeline", "Best Case", "Commit", "Closed", "Omitted"),
      amount: fc.double({ min: -1e9, max: 1e9, noNaN: true }),
      currency: fc.constantFrom("USD", "EUR", "JPY"),
      probability: fc.option(fc.double({ min: 0, max: 1, noNaN: true }).filter((p) => p === 0 || p > 1e-6), { nil: null }),
      createdDate: isoDay,
      closeDate: isoDay,
      type: text,
      product: text,
      termMonths: fc.option(fc.integer({ min: 1, max: 120 }), { nil: null }),
      extra: fc.dictionary(fc.constantFrom("x", "Region", "note"), fc.string({ minLength: 1, maxLength: 8 }).map((s) => s.trim()).filter((s) => s !== "")),
    });
    fc.assert(
      fc.property(fc.uniqueArray(record, { selector: (r) => r.id, maxLength: 8 }), (input) => {
        expect(roundTrip(OPPORTUNITIES_FILE, input)).toEqual(input.map((r) => ({ ...r, amount: r.amount === 0 ? 0 : r.amount })));
      }),
      { numRuns: 200 },
    );
  });

  it("reports bad rows with row, column, value and reason, and repeated keys", () => {
    const rows = parseCsvRows(["owner_id,period,amount,currency,comment", "R1,FY2027-Q1,100,USD,", "", "R2,2027Q1,abc,usd,late", "R1,FY2027-Q1,5,USD,", ",FY2027-Q2,5,USD,"].join("\n"));
    const read = readCanonicalRecords(QUOTAS_FILE, rows);
    if (!read.ok) throw new Error("expected a read");
    expect(read.value.records).toEqual([{ ownerId: "R1", period: "FY2027-Q1", amount: 100, currency: "USD", extra: {} }]);
    expect(read.value.rejected.map((p) => [p.row, p.column, p.value, p.code])).toEqual([
      [4, "period", "2027Q1", "invalid_period"],
      [4, "amount", "abc", "invalid_amount"],
      [5, "period", "R1 FY2027-Q1", "duplicate_key"],
      [6, "owner_id", "", "missing_value"],
    ]);
    expect(read.value.summary).toEqual({ rowsRead: 4, imported: 1, rejected: 3, blankRowsSkipped: 1, footerRowsSkipped: 0, rejectedByReason: { invalid_period: 1, duplicate_key: 1, missing_value: 1 } });
  });

  it("fills a blank forecast category from the stage map and names missing columns", () => {
    const read = readCanonicalRecords(OPPORTUNITIES_FILE, [
      ["id", "owner_id", "stage", "amount", "currency", "created_date", "close_date"],
      ["O-1", "R1", "Closed Won", "1", "USD", "2026-01-01", "2026-02-01"],
    ]);
    expect(read.ok && read.value.records[0].forecastCategory).toBe("Closed");
    const missing = readCanonicalRecords(QUOTAS_FILE, [["owner_id", "amount"]]);
    expect(missing.ok ? "" : missing.issues[0].message).toBe("quotas.csv lacks the columns period, currency: add them to the header row.");
  });
});

describe("parseCsvRows", () => {
  it("keeps blank lines so row numbers match the file, across chunk boundaries", () => {
    const lines = Array.from({ length: 500 }, (_, i) => (i % 7 === 3 ? "" : `${i},"quoted, ${i}","multi\nline ${i}"`));
    const text = `${lines.join("\r\n")}\r\n`;
    const rows: string[][] = [];
    const { parseCsvInChunks } = jest.requireActual<typeof import("../../../../src/core/import/csv")>("../../../../src/core/import/csv");
    parseCsvInChunks(text, (chunk) => rows.push(...chunk), 97);
    expect(rows).toEqual(parseCsvRows(text));
    expect(rows).toHaveLength(500);
    expect(rows[3]).toEqual([""]);
    expect(rows[4]).toEqual(["4", "quoted, 4", "multi\nline 4"]);
    expect(parseCsv(text)).toHaveLength(lines.filter((line) => line !== "").length);
  });
});
