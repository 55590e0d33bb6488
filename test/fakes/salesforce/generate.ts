/**
 * Many opportunities fast: a seeded pseudo-random spread of stages, amounts (5% empty), close dates
 * over two years and owners, inserted in one batch. 200,000 take well under a second or two.
 */
import { OPPORTUNITY_STAGES } from "./schema";
import type { RecordInput, RecordStore } from "./store";

export interface GenerateOptions {
  owners: ReadonlyArray<{ id: string; currency: string; region: string }>;
  accountIds: readonly string[];
  /** The seed of the pseudo-random sequence (default 1): the same seed gives the same records. */
  seed?: number;
  /** Also fill the small seed's custom fields Region__c and Segment__c (default true). */
  customFields?: boolean;
  /** Created dates are kept at or before this instant (epoch ms), e.g. the fake's clock. */
  nowMs?: number;
}

// Globals read once: under jest (a vm context) every global lookup in a hot loop is slow.
const { floor, imul, min, round } = Math;
const DateCtor = Date;

/** mulberry32: small, fast and good enough to spread test data. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = imul(t ^ (t >>> 15), t | 1);
    t ^= t + imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const DAY_MS = 86_400_000;
const FIRST_CLOSE = Date.parse("2025-07-01T00:00:00Z");
const SEGMENTS = ["Enterprise", "Mid-Market", "SMB"];
const TYPES = ["New Business", "Existing Customer - Upgrade", "Existing Customer - Replacement"];

/** Inserts `count` opportunities named `Generated Opportunity 000001`… and returns their ids in order. */
export function generateOpportunities(store: RecordStore, count: number, options: GenerateOptions): string[] {
  if (options.owners.length === 0 || options.accountIds.length === 0) throw new Error("generateOpportunities needs owners and accounts.");
  const next = random(options.seed ?? 1);
  const custom = options.customFields ?? true;
  const ids: string[] = [];
  let rows: RecordInput[] = [];
  for (let i = 0; i < count; i++) {
    const owner = options.owners[floor(next() * options.owners.length)];
    const close = FIRST_CLOSE + floor(next() * 730) * DAY_MS;
    const row: Record<string, string | number | null> = {
      Name: `Generated Opportunity ${`${i + 1}`.padStart(6, "0")}`,
      AccountId: options.accountIds[floor(next() * options.accountIds.length)],
      OwnerId: owner.id,
      StageName: OPPORTUNITY_STAGES[floor(next() * OPPORTUNITY_STAGES.length)],
      Amount: next() < 0.05 ? null : round(1 + next() * 2_000) * 100,
      CurrencyIsoCode: owner.currency,
      CloseDate: new DateCtor(close).toISOString().slice(0, 10),
      CreatedDate: min(close - floor(10 + next() * 200) * DAY_MS + 9 * 3_600_000, options.nowMs ?? Number.POSITIVE_INFINITY),
      Type: TYPES[floor(next() * TYPES.length)],
    };
    if (custom) {
      row.Region__c = owner.region;
      row.Segment__c = SEGMENTS[floor(next() * SEGMENTS.length)];
    }
    rows.push(row);
    // Chunks keep the inputs short-lived, so the collector frees them young.
    if (rows.length === 10_000 || i === count - 1) {
      for (const id of store.insertMany("Opportunity", rows, { tick: ids.length === 0 })) ids.push(id);
      rows = [];
    }
  }
  return ids;
}
