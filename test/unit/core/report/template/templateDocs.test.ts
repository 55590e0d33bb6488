/** docs/report-templates.md stays in step with the code: every issue code documented, the catalogue table in place. */
import { readFileSync } from "fs";
import path from "path";
import { TEMPLATE_ERROR_CODES, TEMPLATE_ISSUE_CODES } from "../../../../../src/core/report/template";

const doc = readFileSync(path.join(__dirname, "../../../../../docs/report-templates.md"), "utf8");

describe("docs/report-templates.md", () => {
  it("documents every issue code in its messages table, errors as errors", () => {
    const rows = new Map([...doc.matchAll(/^\| `(template_[a-z_]+)` \| (error|warning) \|/gm)].map((m) => [m[1], m[2]]));
    expect([...rows.keys()].sort()).toEqual([...TEMPLATE_ISSUE_CODES].sort());
    for (const [code, kind] of rows) expect({ code, kind }).toEqual({ code, kind: TEMPLATE_ERROR_CODES.has(code) ? "error" : "warning" });
  });

  it("has the marked placeholder catalogue table for the catalogue's own test", () => {
    const section = /<!-- placeholder-catalogue:start -->\n([\s\S]*?)<!-- placeholder-catalogue:end -->/.exec(doc)?.[1] ?? "";
    expect(section.split("\n")[0]).toBe("| Placeholder | Meaning |");
  });
});
