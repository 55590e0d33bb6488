import { fillTemplate, hasTemplateErrors } from "../../../../../src/core/report/template";
import type { CellEntry, SheetDescription } from "../../../../../src/workbook/description";
import { catalogue, template } from "./sampleCatalogue";

const values = (sheet: SheetDescription) => (sheet.blocks[0]?.rows ?? []).map((row) => row.map((entry: CellEntry) => (entry !== null && typeof entry === "object" ? (entry.formula ?? entry.value) : entry)));
const fill = (rows: Parameters<typeof template>[0]) => fillTemplate(template(rows), catalogue(), "Report");

describe("filling a template: unknown placeholders", () => {
  it("reports an unknown placeholder with the sheet, the cell and the closest known name, and leaves it visible", () => {
    const { sheet, issues } = fill([["Title"], [null, "{{kpi.bokings}}", "Total {{perod}} so far"]]);
    expect(values(sheet)[1]).toEqual([null, "{{kpi.bokings}}", "Total {{perod}} so far"]);
    expect(issues).toEqual([
      {
        code: "template_unknown_placeholder",
        path: ["Template", "B2"],
        message: 'Template sheet "Template", cell B2: {{kpi.bokings}} is not a known placeholder; it is left as written. Did you mean {{kpi.bookings}}?',
      },
      {
        code: "template_unknown_placeholder",
        path: ["Template", "C2"],
        message: 'Template sheet "Template", cell C2: {{perod}} is not a known placeholder; it is left as written. Did you mean {{period}}?',
      },
    ]);
    expect(hasTemplateErrors(issues)).toBe(false);
  });

  it("suggests a dotted name from its last part, and nothing when no name is close", () => {
    const { issues } = fill([["{{attainmnt}}", "{{zebra.crossing}}"]]);
    expect(issues[0].message).toMatch(/Did you mean \{\{kpi\.attainment\}\}\?$/);
    expect(issues[1].message).toMatch(/left as written\.$/);
  });

  it("keeps the resolved placeholders of a cell that also holds an unknown one", () => {
    const { sheet } = fill([["{{period}} / {{nope}}"]]);
    expect(values(sheet)).toEqual([["FY2027-Q3 / {{nope}}"]]);
  });

  it("suggests a field of the block's list inside a block", () => {
    const { sheet, issues } = fill([["{{#each reps}}"], ["{{nmae}}", "{{reps.regoin}}"], ["{{/each}}"]]);
    expect(values(sheet)).toEqual([
      ["{{nmae}}", "{{reps.regoin}}"],
      ["{{nmae}}", "{{reps.regoin}}"],
      ["{{nmae}}", "{{reps.regoin}}"],
    ]);
    // Once per template cell, not once per item.
    expect(issues.map((issue) => [issue.path, issue.message.replace(/.*Did you mean /, "")])).toEqual([
      [["Template", "A2"], "{{name}}?"],
      [["Template", "B2"], "{{reps.region}}?"],
    ]);
  });

  it("explains a list field used outside its block", () => {
    const { sheet, issues } = fill([["{{reps.name}}"]]);
    expect(values(sheet)).toEqual([["{{reps.name}}"]]);
    expect(issues[0]).toMatchObject({ code: "template_field_outside_block", path: ["Template", "A1"] });
    expect(issues[0].message).toContain('is a field of the list "reps", but it is outside any block: use it in a row between {{#each reps}} and {{/each}}');
  });

  it("reports an unknown list with a suggestion and writes its rows once with the markers visible", () => {
    const { sheet, issues } = fill([["{{#each rep}}"], ["{{name}}", "{{period}}"], ["{{/each}}"], ["after"]]);
    expect(values(sheet)).toEqual([["{{#each rep}}"], ["{{name}}", "FY2027-Q3"], ["{{/each}}"], ["after"]]);
    expect(issues).toEqual([
      {
        code: "template_unknown_list",
        path: ["Template", "A1"],
        message: 'Template sheet "Template", cell A1: {{#each rep}} names no known list, so its rows are written once, unexpanded, with the markers left visible. Did you mean {{#each reps}}?',
      },
    ]);
  });

  it("reports braces that hold no placeholder", () => {
    const { sheet, issues } = fill([["{{kpi bookings}}"]]);
    expect(values(sheet)).toEqual([["{{kpi bookings}}"]]);
    expect(issues[0]).toMatchObject({ code: "template_invalid_placeholder", path: ["Template", "A1"] });
  });

  it("reports placeholders written inside a formula, which are not filled", () => {
    const { sheet, issues } = fill([['="Total "&"{{period}}"']]);
    expect(values(sheet)).toEqual([['="Total "&"{{period}}"']]);
    expect(issues[0]).toMatchObject({ code: "template_placeholder_in_formula", path: ["Template", "A1"] });
  });
});

describe("filling a template: block errors", () => {
  it("reports a nested block at the inner marker's cell and leaves the sheet unexpanded", () => {
    const rows = [["{{#each reps}}"], ["{{name}}"], [null, "{{#each regions}}"], ["{{region}}"], ["{{/each}}"], ["{{/each}}"], ["{{period}}"]];
    const { sheet, issues } = fill(rows);
    expect(issues).toEqual([
      {
        code: "template_nested_block",
        path: ["Template", "B3"],
        message:
          'Template sheet "Template", cell B3: {{#each regions}} is inside the block {{#each reps}} opened at A1: blocks cannot be nested. Close the first block with {{/each}} before opening another.',
      },
    ]);
    expect(hasTemplateErrors(issues)).toBe(true);
    // Scalars are still filled; fields stay as written without an issue each.
    expect(values(sheet)).toEqual([["{{#each reps}}"], ["{{name}}"], [null, "{{#each regions}}"], ["{{region}}"], ["{{/each}}"], ["{{/each}}"], ["FY2027-Q3"]]);
  });

  it("reports an unclosed block at its opening cell", () => {
    const { issues } = fill([["x"], ["{{#each reps}}"], ["{{name}}"]]);
    expect(issues.map((issue) => [issue.code, issue.path])).toEqual([["template_unclosed_block", ["Template", "A2"]]]);
    expect(issues[0].message).toContain("add a row with {{/each}} under the rows to repeat");
  });

  it("reports a closing marker without an opening one", () => {
    const { issues } = fill([["{{name}}"], ["{{/each}}"]]);
    expect(issues.map((issue) => [issue.code, issue.path])).toEqual([["template_unopened_block", ["Template", "A2"]]]);
  });

  it("reports a block with no row between its markers, or both markers on one row", () => {
    expect(fill([["{{#each reps}}"], ["{{/each}}"]]).issues.map((issue) => issue.code)).toEqual(["template_empty_block"]);
    expect(fill([["{{#each reps}}", "{{/each}}"]]).issues.map((issue) => issue.code)).toEqual(["template_empty_block"]);
  });

  it("reports a closing marker naming another list", () => {
    const { issues } = fill([["{{#each reps}}"], ["{{name}}"], ["{{/each regions}}"]]);
    expect(issues[0]).toMatchObject({ code: "template_mismatched_block", path: ["Template", "A3"] });
    expect(issues[0].message).toContain("write {{/each}} or {{/each reps}}");
  });

  it("accepts a closing marker naming its own list", () => {
    expect(fill([["{{#each reps}}"], ["{{name}}"], ["{{/each reps}}"]]).issues).toEqual([]);
  });
});

describe("filling a template: what filling removes", () => {
  it("reports content on a marker row, which is removed with the row", () => {
    const { sheet, issues } = fill([["{{#each reps}}", "note"], ["{{name}}"], [" {{/each}} ", "=1+1"]]);
    expect(values(sheet)).toEqual([["Ana Ruiz"], ["Ben Okafor"], ["Chen Wei"]]);
    expect(issues.map((issue) => [issue.code, issue.path])).toEqual([
      ["template_marker_row_content", ["Template", "B1"]],
      ["template_marker_row_content", ["Template", "B3"]],
    ]);
  });

  it("turns a reference to a marker row alone into #REF! and says so once", () => {
    const { sheet, issues } = fill([["{{#each reps}}"], ["{{name}}", "=A1"], ["{{/each}}"], ["=A3+A4"]]);
    expect(values(sheet)).toEqual([["Ana Ruiz", "=#REF!"], ["Ben Okafor", "=#REF!"], ["Chen Wei", "=#REF!"], ["=#REF!+A4"]]);
    expect(issues.map((issue) => [issue.code, issue.path])).toEqual([
      ["template_reference_to_marker_row", ["Template", "B2"]],
      ["template_reference_to_marker_row", ["Template", "A4"]],
    ]);
  });

  it("reports each feature of the designed sheet the report cannot keep, naming a few cells", () => {
    const t = template([["x"]], {
      lost: [
        { feature: "merged cells", addresses: ["A1:C1"] },
        { feature: "left and right borders", addresses: ["A1", "A2", "A3", "A4", "A5", "A6", "A7"] },
      ],
    });
    expect(fillTemplate(t, catalogue(), "R").issues.map((issue) => issue.message)).toEqual([
      'Template sheet "Template", cell A1:C1: merged cells (A1:C1) are not kept in the report.',
      'Template sheet "Template", cell A1: left and right borders (A1, A2, A3, A4, A5 and 2 more) are not kept in the report.',
    ]);
  });
});
