import { z } from "zod";
import { isIsoDate } from "../model/isoDate";
import type { Result } from "../model/result";
import type { Cancellation, CreditSplit } from "./types";

const isoDate = z.string().refine(isIsoDate, "a date in the form YYYY-MM-DD");

export const creditSplitSchema = z.object({
  opportunityId: z.string().min(1),
  repId: z.string().min(1),
  share: z.number().gt(0).max(1),
  kind: z.enum(["split", "overlay"]).optional(),
});

export const cancellationSchema = z.object({ opportunityId: z.string().min(1), cancelDate: isoDate });

function parseList<T>(schema: z.ZodType<T>, input: unknown, name: string): Result<T[]> {
  const parsed = z.array(schema).safeParse(input);
  if (parsed.success) return { ok: true, value: parsed.data };
  return {
    ok: false,
    issues: parsed.error.issues.map((issue) => {
      const path = [name, ...issue.path.map((part) => (typeof part === "symbol" ? String(part) : part))];
      const where = path.map((part, i) => (typeof part === "number" ? `[${part}]` : i === 0 ? part : `.${part}`)).join("");
      return { code: `invalid_${name}`, path, message: `${where}: ${issue.message}` };
    }),
  };
}

/**
 * Reads a list of revenue splits (share of a deal per rep; overlays on top). The engine checks that
 * each deal's splits add up to 100%.
 * @example parseSplits([{ opportunityId: "O1", repId: "R1", share: 0.6 }]).ok // true
 */
export function parseSplits(input: unknown): Result<CreditSplit[]> {
  return parseList(creditSplitSchema, input, "splits");
}

/** Reads a list of cancelled or churned deals. @example parseCancellations([{ opportunityId: "O1", cancelDate: "2026-12-01" }]).ok // true */
export function parseCancellations(input: unknown): Result<Cancellation[]> {
  return parseList(cancellationSchema, input, "cancellations");
}
