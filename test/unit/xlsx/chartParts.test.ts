/** The package parts added for charts: well-formed, in schema order, consistently referenced. */
import JSZip from "jszip";
import path from "path";
import { writeWorkbookXlsx } from "../../../src/xlsx";
import type { WorkbookDescription } from "../../../src/workbook/description";
import { SAMPLE } from "./sampleDescription";
import { child, childNames, descendants, followsSequence, parseXml, type XmlNode } from "./xmlTree";

let zip: JSZip;
const part = async (name: string): Promise<XmlNode> => parseXml((await zip.file(name)?.async("string")) ?? `<missing name="${name}"/>`);

beforeAll(async () => {
  zip = await JSZip.loadAsync(await writeWorkbookXlsx(SAMPLE));
});

/** Schema sequences (ECMA-376 Part 1, dml-chart.xsd and sml.xsd) the writer must follow. */
const BAR_SER = ["c:idx", "c:order", "c:tx", "c:spPr", "c:invertIfNegative", "c:pictureOptions", "c:dPt", "c:dLbls", "c:trendline", "c:errBars", "c:cat", "c:val", "c:shape", "c:extLst"];
const LINE_SER = ["c:idx", "c:order", "c:tx", "c:spPr", "c:marker", "c:dPt", "c:dLbls", "c:trendline", "c:errBars", "c:cat", "c:val", "c:smooth", "c:extLst"];
const BAR_CHART = ["c:barDir", "c:grouping", "c:varyColors", "c:ser", "c:dLbls", "c:gapWidth", "c:overlap", "c:serLines", "c:axId", "c:extLst"];
const LINE_CHART = ["c:grouping", "c:varyColors", "c:ser", "c:dLbls", "c:dropLines", "c:hiLowLines", "c:upDownBars", "c:marker", "c:smooth", "c:axId", "c:extLst"];
const CHART = ["c:title", "c:autoTitleDeleted", "c:pivotFmts", "c:view3D", "c:floor", "c:sideWall", "c:backWall", "c:plotArea", "c:legend", "c:plotVisOnly", "c:dispBlanksAs", "c:showDLblsOverMax", "c:extLst"];
const CHART_SPACE = ["c:date1904", "c:lang", "c:roundedCorners", "c:style", "c:clrMapOvr", "c:pivotSource", "c:protection", "c:chart", "c:spPr", "c:txPr", "c:externalData", "c:printSettings", "c:userShapes", "c:extLst"];
const AXIS = ["c:axId", "c:scaling", "c:delete", "c:axPos", "c:majorGridlines", "c:minorGridlines", "c:title", "c:numFmt", "c:majorTickMark", "c:minorTickMark", "c:tickLblPos", "c:spPr", "c:txPr", "c:crossAx", "c:crosses", "c:crossesAt", "c:crossBetween", "c:auto", "c:lblAlgn", "c:lblOffset", "c:tickLblSkip", "c:tickMarkSkip", "c:noMultiLvlLbl", "c:majorUnit", "c:minorUnit", "c:dispUnits", "c:extLst"];
const WORKSHEET = ["sheetPr", "dimension", "sheetViews", "sheetFormatPr", "cols", "sheetData", "sheetCalcPr", "sheetProtection", "protectedRanges", "scenarios", "autoFilter", "sortState", "dataConsolidate", "customSheetViews", "mergeCells", "phoneticPr", "conditionalFormatting", "dataValidations", "hyperlinks", "printOptions", "pageMargins", "pageSetup", "headerFooter", "rowBreaks", "colBreaks", "customProperties", "cellWatches", "ignoredErrors", "smartTags", "drawing", "legacyDrawing", "legacyDrawingHF", "drawingHF", "picture", "oleObjects", "controls", "webPublishItems", "tableParts", "extLst"];

const refs = (node: XmlNode): string[] => descendants(node, "c:f").map((f) => f.text);
const cached = (node: XmlNode): string[] => descendants(node, "c:v").map((v) => v.text);

describe("chart parts of the .xlsx", () => {
  it("are all well-formed XML, like every other part", async () => {
    const names = Object.keys(zip.files).filter((name) => /\.(xml|rels)$/.test(name));
    expect(names).toEqual(expect.arrayContaining(["xl/charts/chart1.xml", "xl/charts/chart4.xml", "xl/drawings/drawing1.xml", "xl/drawings/drawing2.xml", "xl/drawings/_rels/drawing1.xml.rels"]));
    for (const name of names) await expect(part(name)).resolves.toHaveProperty("name");
  });

  it("declare a content type for every chart and drawing, and every declared part exists", async () => {
    const types = await part("[Content_Types].xml");
    const overrides = new Map(descendants(types, "Override").map((o) => [o.attributes.PartName, o.attributes.ContentType]));
    for (const name of Object.keys(zip.files).filter((n) => /^xl\/charts\/chart\d+\.xml$/.test(n))) expect(overrides.get(`/${name}`)).toBe("application/vnd.openxmlformats-officedocument.drawingml.chart+xml");
    for (const name of Object.keys(zip.files).filter((n) => /^xl\/drawings\/drawing\d+\.xml$/.test(n))) expect(overrides.get(`/${name}`)).toBe("application/vnd.openxmlformats-officedocument.drawing+xml");
    for (const partName of overrides.keys()) expect(zip.file(partName.slice(1))).not.toBeNull();
  });

  it("have relationships whose targets all exist", async () => {
    for (const relsName of Object.keys(zip.files).filter((n) => n.endsWith(".rels"))) {
      const owner = relsName.replace(/_rels\/(.*)\.rels$/, "$1");
      for (const rel of descendants(await part(relsName), "Relationship")) {
        const target = rel.attributes.Target.startsWith("/") ? rel.attributes.Target.slice(1) : path.posix.normalize(path.posix.join(path.posix.dirname(owner), rel.attributes.Target));
        expect({ relsName, target, exists: zip.file(target) !== null }).toEqual({ relsName, target, exists: true });
      }
    }
  });

  it("hang each sheet's drawing off the sheet, in schema order, and each chart off the drawing", async () => {
    const sheet = await part("xl/worksheets/sheet2.xml");
    expect(followsSequence(childNames(sheet), WORKSHEET)).toBe(true);
    const drawingId = child(sheet, "drawing").attributes["r:id"];
    const sheetRels = descendants(await part("xl/worksheets/_rels/sheet2.xml.rels"), "Relationship");
    expect(sheetRels.find((r) => r.attributes.Id === drawingId)?.attributes).toMatchObject({ Type: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/drawing", Target: "../drawings/drawing1.xml" });
    const drawing = await part("xl/drawings/drawing1.xml");
    const anchors = descendants(drawing, "xdr:twoCellAnchor");
    expect(anchors.map((a) => descendants(a, "xdr:cNvPr")[0].attributes.name)).toEqual(["Pipeline walk", "Commit by region"]);
    // J2:Q18 → from column 9, row 1 to the corner after Q18 (column 17, row 18).
    expect(["xdr:from", "xdr:to"].map((tag) => childNames(child(anchors[0], tag)).map((n) => child(child(anchors[0], tag), n).text))).toEqual([["9", "0", "1", "0"], ["17", "0", "18", "0"]]);
    const chartIds = anchors.map((a) => descendants(a, "c:chart")[0].attributes["r:id"]);
    const drawingRels = new Map(descendants(await part("xl/drawings/_rels/drawing1.xml.rels"), "Relationship").map((r) => [r.attributes.Id, r.attributes.Target]));
    expect(chartIds.map((id) => drawingRels.get(id))).toEqual(["../charts/chart1.xml", "../charts/chart2.xml"]);
  });

  it("write a stacked column chart with a hidden base series, references and cached values", async () => {
    const chartSpace = await part("xl/charts/chart1.xml");
    expect(followsSequence(childNames(chartSpace), CHART_SPACE)).toBe(true);
    const chart = child(chartSpace, "c:chart");
    expect(followsSequence(childNames(chart), CHART)).toBe(true);
    const bar = descendants(chart, "c:barChart")[0];
    expect(followsSequence(childNames(bar), BAR_CHART)).toBe(true);
    expect(child(bar, "c:barDir").attributes.val).toBe("col");
    expect(child(bar, "c:grouping").attributes.val).toBe("stacked");
    expect(child(bar, "c:overlap").attributes.val).toBe("100");
    const [base, change] = descendants(bar, "c:ser");
    for (const ser of [base, change]) expect(followsSequence(childNames(ser), BAR_SER)).toBe(true);
    expect(refs(base)).toEqual(["'Summary'!$G$4", "'Summary'!$F$5:$F$8", "'Summary'!$G$5:$G$8"]);
    expect(cached(base)).toEqual(["Base", "Start", "Created", "Lost", "End", "0", "400", "450", "0"]);
    expect(refs(change)).toEqual(["'Summary'!$H$4", "'Summary'!$F$5:$F$8", "'Summary'!$H$5:$H$8"]);
    expect(childNames(child(base, "c:spPr"))).toEqual(["a:noFill", "a:ln"]);
    expect(change.children.some((c) => c.name === "c:spPr")).toBe(false);
    expect(descendants(child(chart, "c:legend"), "c:legendEntry").map((e) => [child(e, "c:idx").attributes.val, child(e, "c:delete").attributes.val])).toEqual([["0", "1"]]);
    const valueAxis = descendants(chart, "c:valAx")[0];
    expect(followsSequence(childNames(valueAxis), AXIS)).toBe(true);
    expect(child(valueAxis, "c:numFmt").attributes).toEqual({ formatCode: "#,##0", sourceLinked: "0" });
    expect(descendants(child(chart, "c:title"), "a:t")[0].text).toBe("Pipeline walk");
  });

  it("caches formula results for a horizontal bar chart over formulas", async () => {
    const chart = await part("xl/charts/chart2.xml");
    expect(child(descendants(chart, "c:barChart")[0], "c:barDir").attributes.val).toBe("bar");
    expect(child(descendants(chart, "c:catAx")[0], "c:axPos").attributes.val).toBe("l");
    const [ser] = descendants(chart, "c:ser");
    expect(refs(ser)).toEqual(["'Summary'!$B$4", "'Summary'!$A$5:$A$7", "'Summary'!$B$5:$B$7"]);
    expect(cached(ser)).toEqual(["Commit", "NA", "EMEA", "APAC", "109.5", "250.5", "0"]);
    // No value format on the chart: the cache takes the source cells' column format.
    expect(descendants(ser, "c:formatCode").map((f) => f.text)).toEqual(["#,##0"]);
    expect(descendants(chart, "c:overlap")).toHaveLength(0);
  });

  it("writes a line chart with numeric categories and an escaped title on a sheet whose name looks like a cell", async () => {
    const chart = await part("xl/charts/chart3.xml");
    const line = descendants(chart, "c:lineChart")[0];
    expect(followsSequence(childNames(line), LINE_CHART)).toBe(true);
    const [ser] = descendants(line, "c:ser");
    expect(followsSequence(childNames(ser), LINE_SER)).toBe(true);
    expect(childNames(child(ser, "c:cat"))).toEqual(["c:numRef"]);
    expect(refs(ser)).toEqual(["'FY27'!$B$1", "'FY27'!$A$2:$A$13", "'FY27'!$B$2:$B$13"]);
    expect(child(descendants(ser, "c:numCache")[1], "c:ptCount").attributes.val).toBe("12");
    expect(descendants(chart, "a:t")[0].text).toBe("Bookings & trend <FY27>");
    const raw = (await zip.file("xl/charts/chart3.xml")?.async("string")) ?? "";
    expect(raw).toContain("Bookings &amp; trend &lt;FY27&gt;");
  });

  it("leaves the title out of an untitled chart and says so", async () => {
    const chart = child(await part("xl/charts/chart4.xml"), "c:chart");
    expect(chart.children.some((c) => c.name === "c:title")).toBe(false);
    expect(child(chart, "c:autoTitleDeleted").attributes.val).toBe("1");
  });

  it("puts the drawing before the table parts on a sheet with both, and caches date categories with their format", async () => {
    const description: WorkbookDescription = {
      sheets: [
        {
          name: "Deals & more",
          blocks: [{ at: "A1", table: { name: "Won" }, columnFormats: ["mmm yy", "#,##0"], rows: [["month", "amount"], [46023, 5], [46054, 7]] }],
          charts: [{ name: "Won by rep", kind: "ColumnClustered", title: "Won", source: "A1:B3", from: "D1", to: "H10" }],
        },
      ],
    };
    const small = await JSZip.loadAsync(await writeWorkbookXlsx(description));
    const sheet = parseXml((await small.file("xl/worksheets/sheet1.xml")?.async("string")) ?? "");
    expect(childNames(sheet).slice(-2)).toEqual(["drawing", "tableParts"]);
    const rels = descendants(parseXml((await small.file("xl/worksheets/_rels/sheet1.xml.rels")?.async("string")) ?? ""), "Relationship");
    expect(new Set(rels.map((r) => r.attributes.Id)).size).toBe(rels.length);
    const chart = parseXml((await small.file("xl/charts/chart1.xml")?.async("string")) ?? "");
    expect(refs(chart)).toEqual(["'Deals & more'!$B$1", "'Deals & more'!$A$2:$A$3", "'Deals & more'!$B$2:$B$3"]);
    expect(descendants(chart, "c:formatCode").map((f) => f.text)).toEqual(["mmm yy", "#,##0"]);
  });
});
