import { hasPlaceholder, scanText } from "../../../../../src/core/report/template/placeholderSyntax";

describe("the placeholder scanner", () => {
  it("finds {{name}} and {{ name }} anywhere in text, keeping the text around them", () => {
    expect(scanText("Bookings {{period}} vs {{ kpi.quota }}!")).toEqual([
      { kind: "text", text: "Bookings " },
      { kind: "value", name: "period", raw: "{{period}}" },
      { kind: "text", text: " vs " },
      { kind: "value", name: "kpi.quota", raw: "{{ kpi.quota }}" },
      { kind: "text", text: "!" },
    ]);
  });

  it("reads a cell that is exactly one placeholder as one part", () => {
    expect(scanText("{{kpi.bookings}}")).toEqual([{ kind: "value", name: "kpi.bookings", raw: "{{kpi.bookings}}" }]);
  });

  it("keeps two placeholders written back to back apart", () => {
    expect(scanText("{{a}}{{b}}").map((part) => part.kind === "value" && part.name)).toEqual(["a", "b"]);
  });

  it("recognises block markers, with or without the list name on the closing one", () => {
    expect(scanText("{{#each reps}}")).toEqual([{ kind: "open", list: "reps", raw: "{{#each reps}}" }]);
    expect(scanText("{{ #each  reps }}")).toEqual([{ kind: "open", list: "reps", raw: "{{ #each  reps }}" }]);
    expect(scanText("{{/each}}")).toEqual([{ kind: "close", list: null, raw: "{{/each}}" }]);
    expect(scanText("{{/each reps}}")).toEqual([{ kind: "close", list: "reps", raw: "{{/each reps}}" }]);
  });

  it("marks braces that hold no name as invalid instead of guessing", () => {
    for (const text of ["{{kpi bookings}}", "{{}}", "{{#if won}}", "{{#each}}", "{{1st}}", "{{kpi..x}}"]) {
      expect(scanText(text)).toEqual([{ kind: "invalid", inner: text.slice(2, -2).trim(), raw: text }]);
    }
  });

  it("leaves single braces and unclosed double braces as text", () => {
    expect(scanText("{a} {{open")).toEqual([{ kind: "text", text: "{a} {{open" }]);
    expect(scanText("{{{period}}}")).toEqual([{ kind: "text", text: "{" }, { kind: "value", name: "period", raw: "{{period}}" }, { kind: "text", text: "}" }]);
  });

  it("gives the text back when the parts are joined", () => {
    const text = "a {{x}} b {{#each y}} {{/each}} {{bad name}} }}";
    expect(scanText(text).map((part) => (part.kind === "text" ? part.text : part.raw)).join("")).toBe(text);
  });

  it("tells whether a text holds a placeholder at all", () => {
    expect(hasPlaceholder("Total {{period}}")).toBe(true);
    expect(hasPlaceholder("{{/each}}")).toBe(true);
    expect(hasPlaceholder("{ not one } {{")).toBe(false);
  });
});
