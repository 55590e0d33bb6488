/**
 * Column widths: the description gives characters of the default font's widest digit (what Excel's
 * Column Width box shows); Office.js `format.columnWidth` takes points.
 *
 * Excel's own conversion (ECMA-376 Part 1, §18.3.1.13), for Calibri 11, whose widest digit is 7 px
 * at 96 dpi: the stored width adds 5 px of padding, truncated to 1/256 of a character,
 *   width = trunc((chars × 7 + 5) / 7 × 256) / 256,
 * the column is drawn whole pixels wide,
 *   px = trunc((256 × width + trunc(128 / 7)) / 256 × 7),
 * and a pixel is 0.75 point (72 points per inch over 96 pixels per inch). So 8.43 characters, Excel's
 * standard width, give 64 px = 48 points, and 10 characters 75 px = 56.25 points.
 * A workbook whose default font is not Calibri 11 draws the same points a little wider or narrower
 * than the character count says, as it would for a width typed in Excel's box on another font.
 */

const DIGIT_PX = 7;
const PADDING_PX = 5;
const POINTS_PER_PX = 0.75;

/**
 * @example columnWidthPoints(8.43) // 48
 * @example columnWidthPoints(10) // 56.25
 */
export function columnWidthPoints(characters: number): number {
  if (!(characters > 0)) return 0;
  const stored = Math.trunc(((characters * DIGIT_PX + PADDING_PX) / DIGIT_PX) * 256) / 256;
  const px = Math.trunc(((256 * stored + Math.trunc(128 / DIGIT_PX)) / 256) * DIGIT_PX);
  return px * POINTS_PER_PX;
}
