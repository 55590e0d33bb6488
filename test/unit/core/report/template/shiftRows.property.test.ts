/**
 * Model-based check of the fill-down shifter: formulas are generated from pieces whose shifted text
 * is known (references, ranges, sheet prefixes, string literals and structured references that
 * hold reference-like text, function calls), and the shifter must produce exactly that text.
 */
import fc from "fast-check";
import { shiftFormulaRows } from "../../../../../src/core/report/template/shiftRows";

type Piece = (offset: number) => string;

const column = fc.constantFrom("A", "C", "Z", "AB", "XFD");
const end = fc.record({ column, columnAnchor: fc.boolean(), rowAnchor: fc.boolean(), row: fc.integer({ min: 1, max: 500 }) });
type End = { column: string; columnAnchor: boolean; rowAnchor: boolean; row: number };
const moved = (e: End, offset: number) => e.row + (e.rowAnchor ? 0 : offset);
const rowText = (anchor: boolean, row: number) => `${anchor ? "$" : ""}${row}`;
const columnText = (e: End) => `${e.columnAnchor ? "$" : ""}${e.column}`;
const sheet = fc.constantFrom("", "Data!", "'QBR FX'!", "'Rep''s'!");

const reference: fc.Arbitrary<Piece> = fc.oneof(
  fc.tuple(sheet, end).map(([prefix, e]) => (offset: number) => `${prefix}${columnText(e)}${rowText(e.rowAnchor, moved(e, offset))}`),
  fc.tuple(sheet, end, end).map(([prefix, a, b]) => (offset: number) => {
    // Written top-down; Excel writes a range whose ends crossed top-down again, each row with its anchor.
    const [top, bottom] = a.row <= b.row ? [a, b] : [b, a];
    const rows = [
      { anchor: top.rowAnchor, row: moved(top, offset) },
      { anchor: bottom.rowAnchor, row: moved(bottom, offset) },
    ].sort((x, y) => x.row - y.row);
    return `${prefix}${columnText(top)}${rowText(rows[0].anchor, rows[0].row)}:${columnText(bottom)}${rowText(rows[1].anchor, rows[1].row)}`;
  }),
);
const inert: fc.Arbitrary<Piece> = fc
  .constantFrom('"A1"', '"say ""B2"""', "Deals[amount]", "T[[#This Row],[C5]]", "LOG10(2)", "Rate2026", "1.5E3", "SUM(C:C)", "#REF!", "TRUE")
  .map((text) => () => text);
const operator = fc.constantFrom("+", "-", "*", ",", "&");

const formula = fc.array(fc.oneof(reference, inert), { minLength: 1, maxLength: 8 }).chain((pieces) =>
  fc.array(operator, { minLength: pieces.length - 1, maxLength: pieces.length - 1 }).map((ops) => (offset: number) => `=F(${pieces.map((piece, i) => piece(offset) + (ops[i] ?? "")).join("")})`),
);

describe("shiftFormulaRows (properties)", () => {
  it("moves exactly the relative rows of every reference, and nothing else", () => {
    fc.assert(
      fc.property(formula, fc.integer({ min: 0, max: 1000 }), (build, offset) => {
        expect(shiftFormulaRows(build(0), offset)).toBe(build(offset));
      }),
      { numRuns: 500 },
    );
  });

  it("composes: shifting down by a then by b is shifting by a + b", () => {
    fc.assert(
      fc.property(formula, fc.integer({ min: 0, max: 400 }), fc.integer({ min: 0, max: 400 }), (build, a, b) => {
        const text = build(0);
        expect(shiftFormulaRows(shiftFormulaRows(text, a), b)).toBe(shiftFormulaRows(text, a + b));
      }),
      { numRuns: 300 },
    );
  });
});
