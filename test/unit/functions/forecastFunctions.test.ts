import { installCustomFunctionsShim } from "../../../src/functions/excelErrors";
import { attainmentFunction, coverageFunction, rollupFunction, weightedPipelineFunction, winRateFunction } from "../../../src/functions/functions";

import { excelErrorOf as excelError, runCli } from "../support/cliAndErrors";

installCustomFunctionsShim();


function call(name: string, args: unknown[]): Promise<{ code: number; out: string; err: string }> {
  return runCli(["call", name, JSON.stringify(args)]);
}

describe("forecast custom functions", () => {
  it("ROLLUP applies the cumulative definitions over two one-row ranges", async () => {
    const categories = [["Commit", "Closed", "Best Case", "Pipeline", "Omitted"]];
    const amounts = [[10, 20, 30, 40, 50]];
    expect(rollupFunction(categories, amounts, "Closed")).toBe(20);
    expect(rollupFunction(categories, amounts, "Commit")).toBe(30);
    expect(rollupFunction(categories, amounts, "best case")).toBe(60);
    expect(rollupFunction(categories, amounts, "Pipeline")).toBe(80);
    expect(rollupFunction([["Forecast", ""]], [[5, 7]], "Commit")).toBe(5);
    expect(await call("SALESOPS.ROLLUP", [categories, amounts, "Best Case"])).toEqual({ code: 0, out: "60\n", err: "" });
    expect(excelError(() => rollupFunction([["Maybe"]], [[1]], "Commit")).message).toMatch(/^categories: cell 1 holds "Maybe"/);
    expect(excelError(() => rollupFunction(categories, amounts, "Upside")).code).toBe("#VALUE!");
  });

  it("ATTAINMENT divides closed won by quota and gives #DIV/0! on a zero quota", async () => {
    expect(await call("SALESOPS.ATTAINMENT", [120000, 100000])).toEqual({ code: 0, out: "1.2\n", err: "" });
    expect(excelError(() => attainmentFunction(5, 0)).code).toBe("#DIV/0!");
    expect(excelError(() => attainmentFunction("lots" as unknown as number, 1)).message).toBe('closed_won: "lots" is not a number.');
  });

  it("COVERAGE divides open pipeline by what is left and gives #N/A once the quota is attained", async () => {
    expect(await call("SALESOPS.COVERAGE", [300000, 200000, 50000])).toEqual({ code: 0, out: "2\n", err: "" });
    expect(coverageFunction(300000, 100000)).toBe(3);
    expect(excelError(() => coverageFunction(1, 100, 100))).toEqual({ code: "#N/A", message: "quota already attained" });
  });

  it("WINRATE counts or weighs won deals and skips blanks", () => {
    expect(winRateFunction([["Won"], ["Lost"], [""], ["Won"]])).toBeCloseTo(2 / 3, 12);
    expect(winRateFunction([[true, false, true]], [[100, 300, 100]])).toBeCloseTo(0.4, 12);
    expect(excelError(() => winRateFunction([["Won", "Lost"]], [[1], [2]])).message).toBe("outcomes, amounts: the ranges must be the same size, but outcomes is 1×2 and amounts is 2×1.");
    expect(excelError(() => winRateFunction([["Pending"]])).message).toMatch(/cell 1 holds "Pending"/);
  });

  it("WEIGHTEDPIPELINE weighs by stage, by probability or by a stage table", () => {
    expect(weightedPipelineFunction([[100], [200], [""]], [["Negotiation/Review"], ["30%"], ["Prospecting"]])).toBeCloseTo(150, 10);
    expect(weightedPipelineFunction([[100, 200]], [[0.5, 25]])).toBeCloseTo(100, 10);
    expect(weightedPipelineFunction([[100]], [["Demo"]], [["Demo", 40]])).toBeCloseTo(40, 10);
    expect(excelError(() => weightedPipelineFunction([[100]], [["Dreaming"]])).message).toMatch(/^stages_or_probabilities: "Dreaming" is neither a stage/);
  });
});
