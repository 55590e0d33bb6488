import type { LoadSampleDataResult, SampleDataProgress } from "../app/loadSampleData";

/**
 * Everything the pane can ask of the workbook. index.tsx passes the real ones (Office.js through
 * src/excel); tests and the browser harness pass in-memory ones. Components only see this, which
 * is what keeps Office.js out of them.
 */
export interface TaskPaneOperations {
  /** Writes the demo org's tables into the workbook, reporting progress as it goes. */
  loadSampleData(onProgress: (progress: SampleDataProgress) => void): Promise<LoadSampleDataResult>;
}
