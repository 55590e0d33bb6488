/**
 * The category and value axes (CT_CatAx and CT_ValAx of ECMA-376 Part 1 §21.2, dml-chart.xsd), in the
 * schema's element order. Every boolean is written with an explicit value: an absent `c:delete`
 * is read as a deleted axis by some versions of Excel and LibreOffice.
 */
import { xmlElement } from "../xml";

export const CATEGORY_AXIS_ID = 500000001;
export const VALUE_AXIS_ID = 500000002;

const val = (value: string | number) => ({ val: value });

const scaling = xmlElement("c:scaling", {}, [xmlElement("c:orientation", val("minMax"))]);

const ticks = [xmlElement("c:majorTickMark", val("out")), xmlElement("c:minorTickMark", val("none")), xmlElement("c:tickLblPos", val("nextTo"))];

/**
 * @param horizontalBars bars run left to right: categories on the left, values along the bottom.
 * @param valueFormat the value axis' number format; null follows the source cells.
 * @example axesXml(false, "#,##0") // "<c:catAx>…</c:catAx><c:valAx>…</c:valAx>"
 */
export function axesXml(horizontalBars: boolean, valueFormat: string | null): string {
  const categoryAxis = xmlElement("c:catAx", {}, [
    xmlElement("c:axId", val(CATEGORY_AXIS_ID)),
    scaling,
    xmlElement("c:delete", val(0)),
    xmlElement("c:axPos", val(horizontalBars ? "l" : "b")),
    xmlElement("c:numFmt", { formatCode: "General", sourceLinked: 1 }),
    ...ticks,
    xmlElement("c:crossAx", val(VALUE_AXIS_ID)),
    xmlElement("c:crosses", val("autoZero")),
    xmlElement("c:auto", val(1)),
    xmlElement("c:lblAlgn", val("ctr")),
    xmlElement("c:lblOffset", val(100)),
    xmlElement("c:noMultiLvlLbl", val(0)),
  ]);
  const valueAxis = xmlElement("c:valAx", {}, [
    xmlElement("c:axId", val(VALUE_AXIS_ID)),
    scaling,
    xmlElement("c:delete", val(0)),
    xmlElement("c:axPos", val(horizontalBars ? "b" : "l")),
    xmlElement("c:majorGridlines"),
    xmlElement("c:numFmt", valueFormat === null ? { formatCode: "General", sourceLinked: 1 } : { formatCode: valueFormat, sourceLinked: 0 }),
    ...ticks,
    xmlElement("c:crossAx", val(CATEGORY_AXIS_ID)),
    xmlElement("c:crosses", val("autoZero")),
    xmlElement("c:crossBetween", val("between")),
  ]);
  return categoryAxis + valueAxis;
}
