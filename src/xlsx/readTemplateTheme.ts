/**
 * Colours of a template .xlsx as "#RRGGBB". Excel's own palette gives most colours as a theme slot
 * plus a tint ("Blue, Accent 1, Lighter 40%"), not as RGB; a report description needs the RGB, so
 * the slots are looked up in the workbook's theme and the tint applied as Excel does (ECMA-376
 * Part 1, §18.8.19 `tint`: the colour's HSL luminance moved towards black or white).
 */
import type ExcelJS from "exceljs";

/** Office's default theme colours, for a workbook that carries no theme part. */
const OFFICE_SCHEME: Record<string, string> = {
  dk1: "000000", lt1: "FFFFFF", dk2: "44546A", lt2: "E7E6E6",
  accent1: "4472C4", accent2: "ED7D31", accent3: "A5A5A5", accent4: "FFC000", accent5: "5B9BD5", accent6: "70AD47",
  hlink: "0563C1", folHlink: "954F72",
};

/** Theme index → scheme slot. The first two pairs are swapped against the scheme's own order (lt before dk). */
const SLOTS = ["lt1", "dk1", "lt2", "dk2", "accent1", "accent2", "accent3", "accent4", "accent5", "accent6", "hlink", "folHlink"];

/** The theme XML ExcelJS keeps from the file it loaded (not part of its typed API). */
function themeXml(workbook: ExcelJS.Workbook): string | undefined {
  return (workbook as unknown as { _themes?: Record<string, string> })._themes?.theme1;
}

/**
 * The workbook's theme colours by theme index, as RRGGBB.
 * @example themePalette(workbook)[4] // "4472C4" (accent 1 of the Office theme)
 */
export function themePalette(workbook: ExcelJS.Workbook): string[] {
  const xml = themeXml(workbook) ?? "";
  const scheme = /<a:clrScheme\b[\s\S]*?<\/a:clrScheme>/.exec(xml)?.[0] ?? "";
  return SLOTS.map((slot) => {
    const element = new RegExp(`<a:${slot}>([\\s\\S]*?)</a:${slot}>`).exec(scheme)?.[1] ?? "";
    const rgb = /lastClr="([0-9A-Fa-f]{6})"/.exec(element)?.[1] ?? /srgbClr val="([0-9A-Fa-f]{6})"/.exec(element)?.[1];
    return (rgb ?? OFFICE_SCHEME[slot]).toUpperCase();
  });
}

function toHsl(rgb: string): [number, number, number] {
  const [r, g, b] = [0, 2, 4].map((i) => parseInt(rgb.slice(i, i + 2), 16) / 255);
  const max = Math.max(r, g, b);
  const min = Math.min(r, g, b);
  const l = (max + min) / 2;
  if (max === min) return [0, 0, l];
  const d = max - min;
  const s = l > 0.5 ? d / (2 - max - min) : d / (max + min);
  const h = max === r ? (g - b) / d + (g < b ? 6 : 0) : max === g ? (b - r) / d + 2 : (r - g) / d + 4;
  return [h / 6, s, l];
}

function toRgb([h, s, l]: [number, number, number]): string {
  const channel = (t: number) => {
    const q = l < 0.5 ? l * (1 + s) : l + s - l * s;
    const p = 2 * l - q;
    const x = t < 0 ? t + 1 : t > 1 ? t - 1 : t;
    if (x < 1 / 6) return p + (q - p) * 6 * x;
    if (x < 1 / 2) return q;
    if (x < 2 / 3) return p + (q - p) * (2 / 3 - x) * 6;
    return p;
  };
  const values = s === 0 ? [l, l, l] : [channel(h + 1 / 3), channel(h), channel(h - 1 / 3)];
  return values.map((v) => Math.round(v * 255).toString(16).padStart(2, "0")).join("").toUpperCase();
}

/**
 * Excel's tint: negative darkens (luminance × (1 + tint)), positive lightens towards white.
 * @example applyTint("4472C4", 0.4) // "8FAADC", Excel's "Accent 1, Lighter 40%"
 */
export function applyTint(rgb: string, tint: number): string {
  if (!tint) return rgb.toUpperCase();
  const [h, s, l] = toHsl(rgb);
  const lum = tint < 0 ? l * (1 + tint) : l * (1 - tint) + tint;
  return toRgb([h, s, Math.min(1, Math.max(0, lum))]);
}

/** An ExcelJS colour as it comes from a file: ARGB, or a theme slot with a tint, or a legacy palette index. */
export type FileColor = Partial<ExcelJS.Color> & { tint?: number; indexed?: number };

/**
 * "#RRGGBB", or null when the colour is a legacy palette index (not resolved) or absent.
 * @example resolveColor({ theme: 4, tint: 0.4 }, palette) // "#8FAADC"
 * @example resolveColor({ argb: "FF1F3864" }, palette) // "#1F3864"
 */
export function resolveColor(color: FileColor | undefined, palette: readonly string[]): string | null {
  if (!color) return null;
  if (typeof color.argb === "string" && /^[0-9A-Fa-f]{8}$/.test(color.argb)) return `#${color.argb.slice(2).toUpperCase()}`;
  if (typeof color.argb === "string" && /^[0-9A-Fa-f]{6}$/.test(color.argb)) return `#${color.argb.toUpperCase()}`;
  if (typeof color.theme === "number" && palette[color.theme] !== undefined) return `#${applyTint(palette[color.theme], color.tint ?? 0)}`;
  return null;
}
