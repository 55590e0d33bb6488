import { createExcelHost } from "../../host";
import { readTableRows, writeTables } from "../../../src/excel";

describe("readTableRows on wide, text-heavy tables", () => {
  it("halves a chunk Excel refuses for its response size and still returns every row", async () => {
    const host = createExcelHost();
    const header = Array.from({ length: 50 }, (_, c) => `note_${c}`);
    const rows = [header, ...Array.from({ length: 200 }, (_, r) => header.map((_, c) => `${r}:${c}:`.padEnd(1000, "z")))];
    await host.run((context) => writeTables(context, [{ sheetName: "Notes", tableName: "Notes", rows }]));
    host.resetStats();
    const back = await host.run((context) => readTableRows(context, "Notes"));
    expect(back).toEqual(rows);
    const syncs = host.syncs();
    expect(syncs.some((s) => s.error === "ResponsePayloadSizeLimitExceeded")).toBe(true);
    expect(syncs.filter((s) => s.error === null).every((s) => s.responseBytes <= 5 * 1024 * 1024)).toBe(true);
  });
});
