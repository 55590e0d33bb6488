/** How hard to retry a transient fault (REQUEST_LIMIT_EXCEEDED, 5xx, a dropped connection). */
export interface RetryPolicy {
  /** Retries after the first attempt: 4 means up to 5 requests. */
  maxRetries: number;
  /** Delay before the first retry; doubled for each further one. */
  baseDelayMs: number;
  /** No computed delay exceeds this. */
  maxDelayMs: number;
  /**
   * A Retry-After longer than this is not waited for: the task pane would look frozen, so the error is
   * raised at once and its message says when to try again.
   */
  maxRetryAfterMs: number;
}

export const DEFAULT_RETRY_POLICY: RetryPolicy = { maxRetries: 4, baseDelayMs: 500, maxDelayMs: 8_000, maxRetryAfterMs: 30_000 };

/**
 * The wait before retry number `retry` (0 for the first): exponential with "equal jitter", half fixed and
 * half random, so clients that failed together do not retry together, yet never retry at once.
 * @example backoffDelay(2, DEFAULT_RETRY_POLICY, () => 0.5) // 1500 (2000 × (0.5 + 0.5 × 0.5))
 */
export function backoffDelay(retry: number, policy: RetryPolicy, random: () => number): number {
  const ceiling = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** retry);
  return Math.round(ceiling / 2 + (ceiling / 2) * Math.min(1, Math.max(0, random())));
}

/**
 * Reads a Retry-After header: delay-seconds or an HTTP date (relative to `now`), in milliseconds; null
 * when absent or unreadable.
 * @example parseRetryAfter("3", new Date()) // 3000
 */
export function parseRetryAfter(header: string | null, now: Date): number | null {
  if (header === null) return null;
  const text = header.trim();
  if (/^\d+$/.test(text)) return Number(text) * 1000;
  const at = Date.parse(text);
  return Number.isNaN(at) ? null : Math.max(0, at - now.getTime());
}
