/*
 * The connector as the app's PipelineSource (src/app/salesforcePorts.ts, matched structurally: the
 * connector may not import the app): pullPipeline then mapPull, with every SalesforceError turned
 * into a failure result that keeps its code and message, so the pane and the CLI branch on the code
 * and show the words unchanged. An incremental pull passes no previous records: the app merges the
 * changes into the canonical tables it holds, by id.
 */
import type { Issue, Result } from "../../core/model/result";
import type { Settings } from "../../core/model/settings";
import type { SalesforceFieldMapping } from "./fieldMapping";
import type { ApiUsage } from "./limitInfo";
import { type MapPullOptions, mapPull, type SalesforceMapped } from "./mapPull";
import { emptyRecords } from "./mergeRecords";
import { type PullOptions, type PullPhase, pullPipeline } from "./pullPipeline";
import type { SalesforceClient } from "./salesforceClient";
import { SalesforceError } from "./salesforceError";

export interface PipelineSourceOptions extends Omit<PullOptions, "customFields" | "multiCurrency">, Omit<MapPullOptions, "settings" | "customFields" | "multiCurrency"> {
  customFields?: readonly SalesforceFieldMapping[];
  multiCurrency?: boolean;
  /** The clock for pulledAt. */
  clock?: () => Date;
}

/** A SalesforceError as an issue: its code and message, the field it names in the path, and the details kept. */
export interface SalesforceIssue extends Issue {
  status?: number;
  salesforceCode?: string;
  apiUsage?: ApiUsage | null;
}

/** The pull in canonical form (the app's PulledPipeline). */
export interface SalesforcePipelinePull extends SalesforceMapped {
  incremental: boolean;
  deletedIds: string[];
  highWaterMark: string | null;
  pulledAt: string;
  requests: number;
  apiUsage: ApiUsage | null;
}

export interface SalesforcePipelineSource {
  readonly connection: { instanceUrl: string; apiVersion: string; customFields: readonly SalesforceFieldMapping[]; multiCurrency: boolean };
  pull(request: { since: string | null; onProgress?: (progress: { phase: PullPhase; received: number; total: number }) => void; signal?: AbortSignal }): Promise<Result<SalesforcePipelinePull>>;
}

/**
 * A SalesforceError as a failure issue; anything else is a bug and is thrown on.
 * @example salesforceIssue(new SalesforceError("invalid_field", "The field Region__c …", { field: "Region__c", object: "Opportunity" })) // { code: "invalid_field", path: ["Opportunity", "Region__c"], message: "The field Region__c …" }
 */
export function salesforceIssue(error: SalesforceError): SalesforceIssue {
  const path = error.field ? [error.object ?? "Opportunity", error.field] : error.object ? [error.object] : [];
  return { code: error.code, path, message: error.message, status: error.status, salesforceCode: error.salesforceCode, apiUsage: error.apiUsage };
}

/**
 * The app's PipelineSource over a client: the mapping options are fixed for the source, the
 * settings give the stage map, fiscal year and corporate currency.
 * @example
 * const source = salesforcePipelineSource(client, { customFields: [{ field: "Region__c" }], multiCurrency: true }, settings);
 * const pulled = await source.pull({ since: null, onProgress });
 */
export function salesforcePipelineSource(client: SalesforceClient, options: PipelineSourceOptions, settings: Settings): SalesforcePipelineSource {
  const customFields = options.customFields ?? [];
  const multiCurrency = options.multiCurrency ?? false;
  return {
    connection: { instanceUrl: client.instanceUrl, apiVersion: client.apiVersion, customFields, multiCurrency },
    async pull(request) {
      try {
        const raw = await pullPipeline({
          client,
          options: { ...options, customFields, multiCurrency },
          // No previous records: the changes and the deleted ids come back on their own.
          previous: request.since === null ? null : { records: emptyRecords(), maxSystemModstamp: request.since },
          onProgress: request.onProgress,
          signal: request.signal,
          clock: options.clock,
        });
        const mapped = mapPull(raw, { ...options, settings, customFields, multiCurrency });
        return {
          ok: true,
          value: {
            incremental: raw.incremental,
            opportunities: mapped.opportunities,
            deletedIds: raw.deletedIds ?? [],
            accounts: mapped.accounts,
            reps: mapped.reps,
            quotas: mapped.quotas,
            rejected: mapped.rejected,
            notes: mapped.notes,
            newStages: mapped.newStages,
            highWaterMark: raw.maxSystemModstamp,
            pulledAt: raw.pulledAt,
            requests: raw.requests,
            apiUsage: raw.apiUsage,
          },
        };
      } catch (error) {
        if (error instanceof SalesforceError) return { ok: false, issues: [salesforceIssue(error)] };
        throw error;
      }
    },
  };
}
