import { excelSerialToIsoDate, IsoDate, parseIsoDate } from "../core/model/isoDate";
import { argumentFailure } from "./runner";

/** What Excel hands a function for one scalar argument. */
export type ScalarArgument = string | number | boolean | null | undefined;

/** Excel passes an omitted optional argument as null or undefined, and an empty cell as "" or null. */
export function isBlank(value: ScalarArgument): value is null | undefined | "" {
  return value === null || value === undefined || (typeof value === "string" && value.trim() === "");
}

/** A date given as an Excel serial number or as ISO text `YYYY-MM-DD`. */
export function dateArgument(value: ScalarArgument, name: string): IsoDate {
  if (isBlank(value)) throw argumentFailure(name, "a date is required (an Excel date or text like 2026-11-27).");
  if (typeof value === "number") {
    const iso = excelSerialToIsoDate(value);
    if (iso === null) throw argumentFailure(name, `${value} is not an Excel date serial number (1 to 2958465, not 60).`);
    return iso;
  }
  if (typeof value === "string") {
    const text = value.trim();
    if (parseIsoDate(text)) return text;
    const numeric = Number(text);
    if (text !== "" && Number.isFinite(numeric)) return dateArgument(numeric, name);
    throw argumentFailure(name, `"${value}" is not a date: use an Excel date or text like 2026-11-27.`);
  }
  throw argumentFailure(name, `${String(value)} is not a date: use an Excel date or text like 2026-11-27.`);
}

/** An optional whole number within bounds; blank gives the fallback. */
export function optionalIntegerArgument(value: ScalarArgument, name: string, bounds: { min: number; max: number }, fallback: number): number {
  if (isBlank(value)) return fallback;
  const numeric = typeof value === "string" ? Number(value.trim()) : value;
  if (typeof numeric !== "number" || !Number.isInteger(numeric) || numeric < bounds.min || numeric > bounds.max) {
    throw argumentFailure(name, `${JSON.stringify(value)} is not a whole number from ${bounds.min} to ${bounds.max}.`);
  }
  return numeric;
}

/** An optional choice among fixed words, matched ignoring case; blank gives the fallback. */
export function optionalChoiceArgument<T extends string>(value: ScalarArgument, name: string, choices: readonly T[], fallback: T): T {
  if (isBlank(value)) return fallback;
  const text = String(value).trim().toLowerCase();
  const match = choices.find((choice) => choice.toLowerCase() === text);
  if (!match) throw argumentFailure(name, `"${String(value)}" is not one of ${choices.map((c) => `"${c}"`).join(", ")}.`);
  return match;
}
