import type { SalesforceFieldMapping } from "./fieldMapping";
import { unexpectedResponseMessage } from "./faultMessages";
import type { ApiUsage } from "./limitInfo";
import { latestModstamp, type MergeCounts, mergeRecords, recordsById, type RecordsById } from "./mergeRecords";
import { buildDeletedOpportunityQuery, buildOpportunityQuery, buildQuotaQuery, buildUserQuery } from "./queryBuilder";
import { collectQuery, type SalesforceClient, type SalesforceRecord } from "./salesforceClient";
import { isSalesforceError, SalesforceError } from "./salesforceError";
import { parseSalesforceDateTime } from "./soqlValues";

export interface PullOptions {
  /** The custom Opportunity fields the mapping reads. */
  customFields?: readonly SalesforceFieldMapping[];
  /** Whether the org has multi-currency turned on (then CurrencyIsoCode is read). */
  multiCurrency?: boolean;
  /** Records per page, 200–2000. */
  batchSize?: number;
  /** Read ForecastingQuota (on by default; orgs without Collaborative Forecasts give null quotas). */
  quotas?: boolean;
  /** Only this forecast type's quotas. */
  quotaForecastingTypeId?: string | null;
  /**
   * How far before the last high-water mark an incremental pull looks again. A transaction that
   * started before the last pull but committed after it carries an earlier SystemModstamp than records
   * the last pull saw; re-reading a window costs a few records and merging by Id makes it harmless.
   */
  overlapMs?: number;
}

/** The last pull, as an incremental pull needs it. */
export interface PreviousPull {
  records: RecordsById;
  /** The high-water mark: the latest SystemModstamp the last pull saw. */
  maxSystemModstamp: string | null;
}

export type PullPhase = "opportunities" | "deletions" | "users" | "quotas";

export interface PullProgress {
  phase: PullPhase;
  /** Records received so far in this phase. */
  received: number;
  /** Records this phase's query matches, as Salesforce counts them. */
  total: number;
}

/** Everything one pull read: raw records, for mapPull to turn into the canonical model. */
export interface SalesforcePull {
  /** Opportunities by Id: after an incremental pull, the previous set with the changes merged in. */
  records: RecordsById;
  users: SalesforceRecord[];
  /** Null when the org has no ForecastingQuota (no Collaborative Forecasts, or no access), or quotas were not asked for. */
  quotas: SalesforceRecord[] | null;
  /** Why quotas is null, in words for the user; null when quotas were read. */
  quotasUnavailable: string | null;
  /** When the pull finished, by the injected clock (ISO 8601). */
  pulledAt: string;
  /** The high-water mark for the next incremental pull. */
  maxSystemModstamp: string | null;
  incremental: boolean;
  /** For a full pull, every record counts as added. */
  changes: MergeCounts;
  /**
   * The Ids queryAll reported deleted since the high-water mark (incremental pulls; empty for a full
   * pull), whether or not `previous.records` held them: a caller that merges elsewhere (the canonical
   * tables of a workbook or data folder) passes empty previous records and removes these itself.
   * Always set by pullPipeline; optional only so that pulls built by hand (tests of mapPull) need not.
   */
  deletedIds?: string[];
  /** REST API requests this pull sent, retries included. */
  requests: number;
  /** The org's API usage after the pull. */
  apiUsage: ApiUsage | null;
}

export interface PullRequest {
  client: SalesforceClient;
  options?: PullOptions;
  previous?: PreviousPull | null;
  onProgress?: (progress: PullProgress) => void;
  signal?: AbortSignal;
  /** The clock for pulledAt. */
  clock?: () => Date;
}

const DEFAULT_OVERLAP_MS = 10 * 60_000;

/** Every record must have an Id: rows are keyed by it, and a row without one would be silently merged away. */
function checkIds(records: readonly SalesforceRecord[], object: string): void {
  for (const record of records) {
    if (typeof record.Id !== "string" || record.Id === "") throw new SalesforceError("unexpected_response", unexpectedResponseMessage(`a ${object} record without an Id`));
  }
}

/**
 * Pulls the pipeline: opportunities (all of them, or with `previous` only those modified since its
 * high-water mark, merged by Id, and the deleted ones removed via queryAll), users, and quotas when the
 * org has them. All or nothing: any failure throws and nothing is returned, so the caller writes nothing.
 * @example
 * const pull = await pullPipeline({ client, options: { customFields: [{ field: "Region__c" }] }, onProgress: (p) => show(`${p.phase}: ${p.received} of ${p.total}`) });
 * const next = await pullPipeline({ client, previous: pull }); // incremental
 */
export async function pullPipeline(request: PullRequest): Promise<SalesforcePull> {
  const { client, signal } = request;
  const options = request.options ?? {};
  const requestsBefore = client.requestCount;
  const mappedFields = (options.customFields ?? []).map((mapping) => mapping.field);
  const read = (phase: PullPhase, soql: string, all = false) =>
    collectQuery(client, soql, { all, batchSize: options.batchSize, signal, mappedFields, onPage: (received, total) => request.onProgress?.({ phase, received, total }) });

  const mark = request.previous ? parseSalesforceDateTime(request.previous.maxSystemModstamp) : null;
  const incremental = request.previous !== undefined && request.previous !== null && mark !== null;
  const since = incremental && mark !== null ? mark - (options.overlapMs ?? DEFAULT_OVERLAP_MS) : null;

  const changed = await read("opportunities", buildOpportunityQuery({ customFields: mappedFields, multiCurrency: options.multiCurrency, since }));
  checkIds(changed.records, "Opportunity");
  let records: RecordsById;
  let changes: MergeCounts;
  let maxSystemModstamp: string | null;
  let deletedIds: string[] = [];
  if (incremental && since !== null && request.previous) {
    const deleted = await read("deletions", buildDeletedOpportunityQuery(since), true);
    checkIds(deleted.records, "deleted Opportunity");
    deletedIds = deleted.records.map((record) => String(record.Id));
    ({ records, counts: changes } = mergeRecords(request.previous.records, changed.records, deletedIds));
    maxSystemModstamp = latestModstamp([...changed.records, ...deleted.records], request.previous.maxSystemModstamp);
  } else {
    records = recordsById(changed.records);
    changes = { added: Object.keys(records).length, changed: 0, unchanged: 0, deleted: 0 };
    maxSystemModstamp = latestModstamp(changed.records, null);
  }

  const users = await read("users", buildUserQuery());
  checkIds(users.records, "User");

  let quotas: SalesforceRecord[] | null = null;
  let quotasUnavailable: string | null = options.quotas === false ? "Quotas were not asked for." : null;
  if (options.quotas !== false) {
    try {
      quotas = (await read("quotas", buildQuotaQuery({ multiCurrency: options.multiCurrency, forecastingTypeId: options.quotaForecastingTypeId }))).records;
    } catch (error) {
      // No Collaborative Forecasts, or a user without forecast access: the pull goes on without quotas.
      if (!isSalesforceError(error, "object_not_available")) throw error;
      quotasUnavailable = `Quotas were not read: ${error.message}`;
    }
  }

  return {
    records,
    users: users.records,
    quotas,
    quotasUnavailable,
    pulledAt: (request.clock ?? (() => new Date()))().toISOString(),
    maxSystemModstamp,
    incremental,
    changes,
    deletedIds,
    requests: client.requestCount - requestsBefore,
    apiUsage: client.lastApiUsage,
  };
}
