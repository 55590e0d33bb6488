import { XlsxDescriptionError } from "./errors";

/**
 * "#RRGGBB" (the description's colours) → "FFRRGGBB", the opaque ARGB both ExcelJS and DrawingML
 * (without the alpha byte) use. A colour in any other shape is a builder bug: Excel would repair
 * or drop a malformed one, so it fails here, naming where it was.
 *
 * @example argbColor("#1f4e79", "Summary!B2 fill") // "FF1F4E79"
 */
export function argbColor(color: string, path: string): string {
  if (!/^#[0-9A-Fa-f]{6}$/.test(color)) throw new XlsxDescriptionError(path, `"${color}" is not a colour in the form #RRGGBB.`);
  return `FF${color.slice(1).toUpperCase()}`;
}
