import { installCustomFunctionsShim } from "../../../src/functions/excelErrors";
import { allocateFunction, balanceFunction, rampFunction } from "../../../src/functions/functions";

import { excelErrorText as excelError, runCli } from "../support/cliAndErrors";

installCustomFunctionsShim();


describe("territory custom functions", () => {
  it("BALANCE gives 0 for equal values and hand-computed indexes otherwise", async () => {
    expect(await runCli(["call", "SALESOPS.BALANCE", '[[[1],[1],[1],[1]], "gini"]'])).toEqual({ code: 0, out: "0\n", err: "" });
    expect(balanceFunction([[1], [2], [3], [4]], "gini")).toBeCloseTo(0.25, 12);
    // Population SD of 1..4 is √1.25; mean 2.5.
    expect(balanceFunction([[1, 2, 3, 4]])).toBeCloseTo(Math.sqrt(1.25) / 2.5, 12);
    expect(balanceFunction([[1], [""], [4]], "maxmin")).toBe(4);
    expect(excelError(() => balanceFunction([[0], [2]], "maxmin"))).toBe("#DIV/0!");
    expect(excelError(() => balanceFunction([[1]], "theil"))).toMatch(/^#VALUE! index: "theil" is not one of/);
  });

  it("ALLOCATE spills whole shares in the shape of the weights that sum exactly to the total", async () => {
    const allocated = await runCli(["call", "SALESOPS.ALLOCATE", "[100, [[1],[1],[1]], 1]"]);
    expect(allocated.code).toBe(0);
    const shares = (JSON.parse(allocated.out) as number[][]).map((row) => row[0]);
    expect(shares.every(Number.isInteger)).toBe(true);
    expect(shares.reduce((a, b) => a + b, 0)).toBe(100);
    expect(allocateFunction(1000, [[2, 1, 1]])).toEqual([[500, 250, 250]]);
    expect(allocateFunction(1050, [[1], [1]], 100)).toEqual([[550], [500]]);
    expect(excelError(() => allocateFunction(100, [[0], [0]]))).toMatch(/^#VALUE! weights: The weights add up to 0/);
    expect(excelError(() => allocateFunction(100, [[1]], 0))).toMatch(/^#VALUE! round_to:/);
  });

  it("RAMP rises linearly from the start date to full productivity", () => {
    expect(rampFunction("2026-01-15", "2026-04-15", 6)).toBe(0.5);
    expect(rampFunction(46037, "2025-12-31", 6)).toBe(0);
    expect(rampFunction("2026-01-15", "2027-01-15", 6)).toBe(1);
    expect(excelError(() => rampFunction("2026-01-15", "soon", 6))).toMatch(/^#VALUE! as_of_date:/);
    expect(excelError(() => rampFunction("2026-01-15", "2026-02-01", -1))).toMatch(/^#VALUE! ramp_months:/);
  });
});
