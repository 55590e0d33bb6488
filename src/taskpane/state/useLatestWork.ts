import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { yieldToUi } from "./yieldToUi";

/** What long work is doing, for a progress bar: "Reading Opportunities (1 of 7)…", step 1 of 8. */
export interface Work {
  label: string;
  /** Steps finished; null when the work gives no count (the bar then moves without a figure). */
  done: number | null;
  total: number | null;
}

/** Thrown by a pause once the work it belongs to was cancelled or replaced: stops it where it is. */
export class WorkStopped extends Error {
  override readonly name = "WorkStopped";
}

export interface LatestWork {
  work: Work | null;
  /** Starts work as the latest request; a failure of the latest request goes to `onFailure`. */
  start(job: (request: number) => Promise<void>): void;
  /** Whether `request` is still the latest and the view still mounted: only then may it show results. */
  current(request: number): boolean;
  /** Shows what `request` is doing, if it is still the latest. */
  show(request: number, work: Work): void;
  /** A pause between chunks of `request`'s work: lets the pane repaint, and stops the work once it is no longer the latest. */
  pauseFor(request: number): () => Promise<void>;
  /** Stops the latest work: its results, when they arrive, are dropped. */
  cancel(): void;
}

/**
 * The "only the latest request counts" pattern of the views that read the workbook and compute:
 * a new Refresh replaces the one running, Cancel stops it, and a stopped request neither shows
 * results nor errors. Reading the workbook changes nothing in it, so stopping is always safe.
 */
export function useLatestWork(onFailure: (error: unknown) => void): LatestWork {
  const [work, setWork] = useState<Work | null>(null);
  const latest = useRef(0);
  const mounted = useRef(true);
  const failure = useRef(onFailure);
  failure.current = onFailure;
  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);
  const current = useCallback((request: number) => mounted.current && request === latest.current, []);
  const start = useCallback(
    (job: (request: number) => Promise<void>) => {
      const request = ++latest.current;
      job(request)
        .catch((error: unknown) => current(request) && !(error instanceof WorkStopped) && failure.current(error))
        .finally(() => current(request) && setWork(null));
    },
    [current],
  );
  const show = useCallback((request: number, next: Work) => current(request) && setWork(next), [current]);
  const pauseFor = useCallback(
    (request: number) => async () => {
      await yieldToUi();
      if (!current(request)) throw new WorkStopped();
    },
    [current],
  );
  const cancel = useCallback(() => {
    latest.current += 1;
    setWork(null);
  }, []);
  return useMemo(() => ({ work, start, current, show, pauseFor, cancel }), [work, start, current, show, pauseFor, cancel]);
}
