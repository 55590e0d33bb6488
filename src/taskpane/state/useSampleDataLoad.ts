import { useCallback, useEffect, useRef, useState } from "react";
import type { SampleDataProgress } from "../../app/loadSampleData";
import type { TaskPaneOperations } from "../operations";
import { loadedMessage, loadFailedMessage, StatusMessage } from "./messages";

export interface SampleDataLoad {
  running: boolean;
  /** The latest progress while running; null before the first report. */
  progress: SampleDataProgress | null;
  status: StatusMessage | null;
  start(): void;
  dismissStatus(): void;
}

/** Runs `operations.loadSampleData` once at a time and turns its progress and outcome into pane state. */
export function useSampleDataLoad(operations: TaskPaneOperations): SampleDataLoad {
  const [running, setRunning] = useState(false);
  const [progress, setProgress] = useState<SampleDataProgress | null>(null);
  const [status, setStatus] = useState<StatusMessage | null>(null);
  // The pane can be closed mid-load; don't set state on an unmounted component.
  const mounted = useRef(true);
  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);

  const start = useCallback(() => {
    if (running) return;
    setRunning(true);
    setProgress(null);
    setStatus(null);
    operations
      .loadSampleData((p) => mounted.current && setProgress(p))
      .then(
        (result) => mounted.current && setStatus(loadedMessage(result)),
        (error: unknown) => mounted.current && setStatus(loadFailedMessage(error)),
      )
      .finally(() => mounted.current && setRunning(false));
  }, [operations, running]);

  const dismissStatus = useCallback(() => setStatus(null), []);
  return { running, progress, status, start, dismissStatus };
}
