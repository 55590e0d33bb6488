import { createExcelHost, PAYLOAD_LIMIT_BYTES } from "../../host";

/** A rows × 10 block of strings of the given length. */
const block = (rows: number, length: number) => Array.from({ length: rows }, (_, r) => Array.from({ length: 10 }, (_, c) => `${r}-${c}-`.padEnd(length, "x")));

describe("the host's request and response limits (Excel on the web: 5 MB, 5,000,000 cells)", () => {
  it("refuses a request over 5 MB whole, applying nothing of that batch", async () => {
    const host = createExcelHost();
    await expect(
      host.run(async (context) => {
        const sheet = context.workbook.worksheets.getItem("Sheet1");
        sheet.getRange("Z1").values = [["queued before the big write"]];
        sheet.getRange("A1:J6000").values = block(6000, 100);
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "RequestPayloadSizeLimitExceeded" });
    expect(host.usedAddress("Sheet1")).toBeNull();
    const [sync] = host.syncs();
    expect(sync.requestBytes).toBeGreaterThan(PAYLOAD_LIMIT_BYTES);
    expect(sync.error).toBe("RequestPayloadSizeLimitExceeded");
  });

  it("accepts the same data split into requests under the limit, and measures each", async () => {
    const host = createExcelHost();
    await host.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      sheet.getRange("A1:J3000").values = block(3000, 100);
      await context.sync();
      sheet.getRange("A3001:J6000").values = block(3000, 100);
      await context.sync();
    });
    expect(host.syncs().map((s) => s.requestBytes).every((bytes) => bytes > 3_000_000 && bytes <= PAYLOAD_LIMIT_BYTES)).toBe(true);
    expect(host.usedAddress("Sheet1")).toBe("A1:J6000");
  });

  it("fails a read whose response is over 5 MB", async () => {
    const host = createExcelHost();
    await host.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      sheet.getRange("A1:J3000").values = block(3000, 100);
      await context.sync();
      sheet.getRange("A3001:J6000").values = block(3000, 100);
    });
    await expect(
      host.run(async (context) => {
        const range = context.workbook.worksheets.getItem("Sheet1").getRange("A1:J6000").load("values");
        await context.sync();
        return range.values;
      }),
    ).rejects.toMatchObject({ code: "ResponsePayloadSizeLimitExceeded" });
  });

  it("fails a read of more than 5,000,000 cells before building it", async () => {
    const host = createExcelHost();
    await expect(
      host.run(async (context) => {
        const range = context.workbook.worksheets.getItem("Sheet1").getRange("A:E").load("values");
        await context.sync();
        return range.values;
      }),
    ).rejects.toMatchObject({ code: "RangeExceedsLimit" });
  });
});
