/**
 * A workbook description the .xlsx writer cannot render into a valid file (a bad colour, two
 * tables with one name, a chart whose source is off the sheet). Descriptions come from our own
 * report builders, so this is misuse of our API, thrown rather than returned; `path` says where.
 */
export class XlsxDescriptionError extends Error {
  override readonly name = "XlsxDescriptionError";

  constructor(
    readonly path: string,
    message: string,
  ) {
    super(`${path}: ${message}`);
  }
}
