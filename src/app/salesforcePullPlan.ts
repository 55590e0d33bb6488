/*
 * Full or incremental: an incremental pull merges Salesforce's changes into the opportunities held,
 * so it is only sound when those are what the last pull wrote, from the same org with the same
 * mapping. Anything else gets a full pull, with the reason in words.
 */
import type { Opportunity } from "../core/model/entities";
import type { PipelineSourceConnection } from "./salesforcePorts";
import { opportunityIdsDigest, type SalesforceSyncState } from "./salesforceSyncState";

export interface PullPlan {
  /** The instant to pull changes from, or null for a full pull. */
  since: string | null;
  /** Why, for the summary: "Full pull: the first from this org." */
  reason: string;
}

export interface PullPlanInput {
  state: SalesforceSyncState | null;
  connection: PipelineSourceConnection;
  /** The opportunities held (null without an Opportunities table or file), and how many of their rows failed their checks. */
  held: readonly Opportunity[] | null;
  heldRejectedRows: number;
  /** "the Opportunities table", "opportunities.csv": how the summary names what is held. */
  heldName: string;
  /** A full pull whatever the state says. */
  full?: boolean;
  /** Changes since this instant, whatever the state says (the CLI's --since). */
  since?: string | null;
}

/** The mapping as compared: field order does not matter, absent options are their defaults. */
function mappingKey(customFields: PipelineSourceConnection["customFields"], multiCurrency: boolean): string {
  const fields = customFields.map((mapping) => [mapping.field.toLowerCase(), mapping.target ?? "", mapping.column ?? ""].join("|")).sort();
  return JSON.stringify({ fields, multiCurrency });
}

/**
 * Decides between a full and an incremental pull.
 * @example planPull({ state: null, connection, held: null, heldRejectedRows: 0, heldName: "the Opportunities table" }) // { since: null, reason: "Full pull: the first from this org." }
 */
export function planPull(input: PullPlanInput): PullPlan {
  const { state, connection, held } = input;
  const full = (why: string): PullPlan => ({ since: null, reason: `Full pull: ${why}.` });
  if (input.full) return full("asked for");
  if (input.since) return { since: input.since, reason: `Changes since ${input.since} (asked for), merged into ${input.heldName}.` };
  if (!state) return full("the first from this org");
  if (state.instanceUrl !== connection.instanceUrl) return full(`the last pull was from another org (${state.instanceUrl})`);
  if (mappingKey(state.mapping.customFields, state.mapping.multiCurrency) !== mappingKey(connection.customFields, connection.multiCurrency)) {
    return full("the field mapping changed since the last pull");
  }
  if (state.highWaterMark === null) return full("the last pull read no opportunity to start from");
  if (held === null) return full(`there is no ${input.heldName.replace(/^the /, "")} to merge into`);
  if (input.heldRejectedRows > 0) return full(`${input.heldRejectedRows} rows of ${input.heldName} fail their checks, and merging would drop them`);
  if (held.length !== state.opportunities.count || opportunityIdsDigest(held.map((opportunity) => opportunity.id)) !== state.opportunities.idsDigest) {
    return full(`${input.heldName} no longer holds the opportunities of the last pull (rows added, removed, or replaced by an import)`);
  }
  return { since: state.highWaterMark, reason: `Changes since ${state.highWaterMark} (the last pull's high-water mark), merged into ${input.heldName}.` };
}
