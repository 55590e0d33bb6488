/*
 * Live queries in the add-in's one runtime: the bridge between the pane's Salesforce session and the
 * SALESOPS.SOQL cells. Custom functions may not import the connector (ARCHITECTURE.md), so the pane
 * registers a query runner here when the user signs in (and removes it on sign-out); each SOQL cell
 * subscribes and runs its query through whatever runner is registered. Registering, removing and
 * `refreshLiveQueries()` re-run every subscribed cell.
 */

/** A record as Salesforce returns it: fields by API name, relationships as nested records or null. */
export type LiveRecord = Record<string, unknown>;

/** What a query gave: its records, and the count Salesforce reported (for `SELECT COUNT()`, the count alone). */
export interface LiveQueryResult {
  records: LiveRecord[];
  totalSize: number;
}

/**
 * Why a live query gave no rows, for the cell to say:
 * - `query`: Salesforce refused the query itself (MALFORMED_QUERY, INVALID_FIELD, INVALID_TYPE): `#VALUE!`;
 * - `too_many_rows`: more rows than a cell may spill: `#N/A`, narrow the query;
 * - `signed_out`: the session expired and could not be renewed: `#N/A`, sign in again;
 * - `unavailable`: anything else (network, CORS, API limit, Salesforce down): `#N/A` with what to do.
 */
export type LiveQueryFailureKind = "query" | "too_many_rows" | "signed_out" | "unavailable";

/** An expected failure of a live query, in words the user can act on. */
export class LiveQueryError extends Error {
  override name = "LiveQueryError";
  constructor(
    readonly kind: LiveQueryFailureKind,
    message: string,
  ) {
    super(message);
  }
}

const count = (n: number): string => n.toLocaleString("en-US");

/**
 * The `too_many_rows` failure, worded once for the runner (which stops reading at the first page) and the cell.
 * @example tooManyRowsError(120000, 50000).message // "The query matches 120,000 rows; SALESOPS.SOQL spills at most 50,000: …"
 */
export function tooManyRowsError(total: number, maxRows: number): LiveQueryError {
  return new LiveQueryError("too_many_rows", `The query matches ${count(total)} rows; SALESOPS.SOQL spills at most ${count(maxRows)}: narrow it with WHERE, or add LIMIT ${maxRows}.`);
}

export interface LiveQueryOptions {
  /** Stop and throw `too_many_rows` as soon as Salesforce says the result has more rows than this. */
  maxRows: number;
  /** Aborted when the cell's query is superseded (a newer run) or the formula is deleted. */
  signal: AbortSignal;
}

/** Runs SOQL for the signed-in user; registered by the pane. */
export interface LiveQueryRunner {
  /** Who and where, for messages: "dana@acme.com on acme.my.salesforce.com". */
  readonly description: string;
  run(soql: string, options: LiveQueryOptions): Promise<LiveQueryResult>;
}

/** A subscribed cell: re-runs its query; the promise settles when its new result is in the cell. */
type Subscriber = () => Promise<void> | void;

let runner: LiveQueryRunner | null = null;
const subscribers = new Set<Subscriber>();

/** The runner of the signed-in session, or null when nobody is signed in. */
export function getLiveQueryRunner(): LiveQueryRunner | null {
  return runner;
}

/** How many live query cells are subscribed (formulas on the grid). */
export function liveQueryCount(): number {
  return subscribers.size;
}

/** What a refresh did: how many cells re-ran. */
export interface LiveQueriesRefreshed {
  formulas: number;
}

/**
 * Re-runs every subscribed cell and resolves when each has its new result (a cell's failure is its
 * own result, an error value, so this never rejects).
 * @example const { formulas } = await refreshLiveQueries(); // "3 SOQL formulas refreshed"
 */
export async function refreshLiveQueries(): Promise<LiveQueriesRefreshed> {
  const cells = [...subscribers];
  await Promise.allSettled(cells.map((cell) => Promise.resolve().then(cell)));
  return { formulas: cells.length };
}

/**
 * Puts a runner in force (the pane at sign-in) or removes it (null: sign-out, an expired session);
 * every subscribed cell re-runs, so SOQL cells fill in at sign-in and say "not signed in" after.
 * Resolves like refreshLiveQueries.
 */
export function setLiveQueryRunner(next: LiveQueryRunner | null): Promise<LiveQueriesRefreshed> {
  runner = next;
  return refreshLiveQueries();
}

/**
 * Subscribes a cell: `rerun` is called on every sign-in, sign-out and refresh. Returns a function
 * that unsubscribes (Excel cancels the stream when the formula is deleted or changed).
 */
export function onLiveQueriesChanged(rerun: Subscriber): () => void {
  subscribers.add(rerun);
  return () => {
    subscribers.delete(rerun);
  };
}
