import path from "path";
import { generateCustomFunctionsMetadata } from "custom-functions-metadata";
import { CUSTOM_FUNCTIONS, findCustomFunction, STREAMING_FUNCTIONS } from "../../../src/functions/registry";

interface FunctionMetadata {
  id: string;
  name: string;
  parameters: { name: string; optional?: boolean }[];
  options?: { stream?: boolean; cancelable?: boolean };
}

describe("custom function registry", () => {
  let metadata: FunctionMetadata[];

  beforeAll(async () => {
    const result = await generateCustomFunctionsMetadata([path.join(__dirname, "../../../src/functions/functions.ts")], true);
    expect(result.errors).toEqual([]);
    metadata = (JSON.parse(result.metadataJson) as { functions: FunctionMetadata[] }).functions;
  });

  it("lists exactly the functions the JSDoc declares, so the CLI can call every one", () => {
    expect(Object.keys(CUSTOM_FUNCTIONS).sort()).toEqual(metadata.map((f) => f.id).sort());
  });

  it("knows which functions stream, so the CLI hands them an invocation as Excel does", () => {
    expect([...STREAMING_FUNCTIONS].sort()).toEqual(metadata.filter((f) => f.options?.stream).map((f) => f.id).sort());
    const pipeline = metadata.find((f) => f.id === "PIPELINE");
    expect(pipeline?.parameters.map((p) => [p.name, Boolean(p.optional)])).toEqual([
      ["owner", true],
      ["period", true],
      ["category", true],
    ]);
  });

  it("keeps the stored ids stable (an id lives in users' workbooks)", () => {
    for (const f of metadata) expect(f.id).toBe(f.name);
    expect(metadata.find((f) => f.id === "FISCALPERIOD")?.parameters.map((p) => [p.name, Boolean(p.optional)])).toEqual([
      ["date", false],
      ["fiscal_year_start_month", true],
      ["grain", true],
    ]);
  });

  it("finds functions with or without the namespace, ignoring case", () => {
    expect(findCustomFunction("SALESOPS.FISCALPERIOD")?.id).toBe("FISCALPERIOD");
    expect(findCustomFunction("salesops.fiscalperiod")?.id).toBe("FISCALPERIOD");
    expect(findCustomFunction("FISCALPERIOD")?.id).toBe("FISCALPERIOD");
    expect(findCustomFunction("SALESOPS.MISSING")).toBeUndefined();
  });
});
