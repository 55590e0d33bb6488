/** The local Salesforce for tests: see README.md in this folder. */
export { startFakeSalesforce, DEFAULT_API_VERSIONS } from "./server";
export type { FakeSalesforce, FakeSalesforceOptions, RequestLogEntry } from "./types";
export type { Fault, FaultSpec, FaultTarget, RequestKind, AppliedFault } from "./faults";
export { DEFAULT_CLIENT_ID, type OAuthClient, type TokenResponse, type IssueTokenParams, type IssueCodeParams } from "./oauth";
export { manualClock, systemClock, DEFAULT_START, type FakeClock } from "./clock";
export { SEED_CUSTOM_FIELDS, FORECASTING_TYPE_ID, type SeedSummary, type SeedUser, type SeedAccount } from "./seed";
export { generateOpportunities, type GenerateOptions } from "./generate";
export type { RecordInput, InputValue, StoredRecord, StoredValue } from "./store";
export type { FieldDef, FieldType, SObjectName } from "./schema";
export { makeId, normalizeId, idSuffix } from "./ids";
