/**
 * The fake's clock. It stands still unless a test moves it (or the server is started with the
 * system clock), so SystemModstamp, token expiry and locator expiry are deterministic.
 */
export interface FakeClock {
  /** Milliseconds since the epoch. */
  now(): number;
  /** Moves the clock forward by `ms`. */
  advance(ms: number): void;
  /** Sets the clock to an instant (ISO text or epoch milliseconds). */
  set(instant: string | number): void;
}

/** The default start: a fixed instant so seeds and "TODAY" are the same on every run. */
export const DEFAULT_START = "2026-06-15T12:00:00.000Z";

export function manualClock(start: string | number = DEFAULT_START): FakeClock {
  let current = typeof start === "number" ? start : Date.parse(start);
  if (!Number.isFinite(current)) throw new Error(`Not an instant: ${String(start)}`);
  return {
    now: () => current,
    advance: (ms) => {
      current += ms;
    },
    set: (instant) => {
      const next = typeof instant === "number" ? instant : Date.parse(instant);
      if (!Number.isFinite(next)) throw new Error(`Not an instant: ${String(instant)}`);
      current = next;
    },
  };
}

/** The machine's clock, plus an offset that `advance`/`set` change (for running the fake by hand). */
export function systemClock(): FakeClock {
  let offset = 0;
  return {
    now: () => Date.now() + offset,
    advance: (ms) => {
      offset += ms;
    },
    set: (instant) => {
      offset = (typeof instant === "number" ? instant : Date.parse(instant)) - Date.now();
    },
  };
}
