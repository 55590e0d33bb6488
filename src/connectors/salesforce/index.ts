/*
 * The Salesforce connector's public surface: what the app layer, the task pane and the CLI call.
 * Everything is over injected fetch (and Web Crypto for PKCE), so the same code runs in the task pane
 * and in Node; see docs/salesforce.md.
 */
export { SALESFORCE_ERROR_CODES, SalesforceError, SalesforceUsageError, isSalesforceError } from "./salesforceError";
export type { SalesforceErrorCode, SalesforceErrorDetails } from "./salesforceError";
export type { ApiUsage } from "./limitInfo";
export { parseLimitInfo } from "./limitInfo";
export type { TokenSource } from "./tokenSource";
export type { CorsProbe } from "./corsProbe";
export { noCorsProbe } from "./corsProbe";
export { DEFAULT_RETRY_POLICY } from "./backoff";
export type { RetryPolicy } from "./backoff";
export { SalesforceClient, collectQuery } from "./salesforceClient";
export type { CollectedQuery, QueryOptions, QueryPage, SalesforceClientOptions, SalesforceRecord } from "./salesforceClient";

export { createPkcePair, createState, pkceChallenge } from "./pkce";
export type { PkceCrypto, PkcePair } from "./pkce";
export { PRODUCTION_LOGIN_HOST, SANDBOX_LOGIN_HOST, authorizeUrl } from "./authorizeUrl";
export type { AuthorizeRequest } from "./authorizeUrl";
export { exchangeCode, parseTokenResponse, refreshAccessToken } from "./tokenEndpoint";
export type { TokenEndpoint, TokenSet } from "./tokenEndpoint";
export { parseRedirect } from "./parseRedirect";
export { SalesforceSession } from "./salesforceSession";
export type { RefreshTokenStore, SessionConfig } from "./salesforceSession";
export { parseSalesforceOrigin } from "./origin";

export { OPPORTUNITY_FIELDS, buildDeletedOpportunityQuery, buildOpportunityQuery, buildQuotaQuery, buildUserQuery } from "./queryBuilder";
export type { OpportunityQueryOptions, QuotaQueryOptions } from "./queryBuilder";
export { isFieldPath } from "./soqlValues";
export { MAPPABLE_TARGETS, salesforceFieldMappingSchema, salesforceMappingSchema } from "./fieldMapping";
export type { MappableTarget, SalesforceFieldMapping, SalesforceMapping } from "./fieldMapping";
export { pullPipeline } from "./pullPipeline";
export type { PreviousPull, PullOptions, PullPhase, PullProgress, PullRequest, SalesforcePull } from "./pullPipeline";
export { mergeRecords, recordsById } from "./mergeRecords";
export type { MergeCounts, RecordsById } from "./mergeRecords";
export { mapPull } from "./mapPull";
export type { MapPullOptions, SalesforceMapped } from "./mapPull";
export { rejectedRecordsTable } from "./recordProblems";
export type { RecordProblem } from "./recordProblems";
export { salesforceIssue, salesforcePipelineSource } from "./pipelineSource";
export type { PipelineSourceOptions, SalesforceIssue, SalesforcePipelinePull, SalesforcePipelineSource } from "./pipelineSource";
