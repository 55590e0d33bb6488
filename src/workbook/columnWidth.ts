/**
 * Column widths. Descriptions give the number Excel's Column Width box shows: characters of the
 * default font's widest digit. The width stored in a file (`<col width>`) also counts the cell's
 * padding, per ECMA-376 Part 1 §18.3.1.13 (col):
 *   width = Truncate([chars × maxDigitWidth + 5 px padding] / maxDigitWidth × 256) / 256.
 * Both writers start from this number: the .xlsx writer stores it, the Office.js writer turns it
 * into points.
 */

/** Calibri 11, the default font of new workbooks (and of ExcelJS's), has a 7-pixel maximum digit width. */
const MAX_DIGIT_WIDTH_PX = 7;
const PADDING_PX = 5;

/**
 * The stored width for a width in characters.
 *
 * @example storedColumnWidth(8.43) // 9.140625, Excel's standard column
 * @example storedColumnWidth(10) // 10.7109375, shown by Excel as 10
 */
export function storedColumnWidth(characters: number): number {
  if (!(characters > 0)) return 0;
  return Math.trunc(((characters * MAX_DIGIT_WIDTH_PX + PADDING_PX) / MAX_DIGIT_WIDTH_PX) * 256) / 256;
}
