import type { ProgressListener, WorkbookDescription, WorkbookWriterPort, WrittenSheet } from "../../../src/app/ports";
import type { SheetDescription } from "../../../src/workbook/description";

export interface MemoryWriterOptions {
  /** Waited on before each sheet is "written" (a delay, so a test sees the progress). */
  beforeSheet?: () => Promise<void>;
  /** Sheet names a user already has: a described sheet with such a name takes a free one, as the real writers do. */
  userSheets?: () => readonly string[];
  /** Every write fails with an Office-like error carrying this code. */
  failWith?: { code: string; message: string };
}

/**
 * A WorkbookWriterPort that records what it is asked to write: every description, and the sheets by
 * the name they were written under (a later write of the same name replaces the earlier one).
 */
export class MemoryWorkbookWriter implements WorkbookWriterPort {
  readonly descriptions: WorkbookDescription[] = [];
  readonly sheets = new Map<string, SheetDescription>();

  constructor(private readonly options: MemoryWriterOptions = {}) {}

  async writeWorkbook(description: WorkbookDescription, onProgress?: ProgressListener): Promise<WrittenSheet[]> {
    const fail = this.options.failWith;
    if (fail) throw Object.assign(new Error(fail.message), { code: fail.code });
    this.descriptions.push(description);
    const taken = new Set((this.options.userSheets?.() ?? []).map((name) => name.toLowerCase()));
    const written: WrittenSheet[] = [];
    for (const [index, sheet] of description.sheets.entries()) {
      await this.options.beforeSheet?.();
      let name = sheet.name;
      for (let n = 2; taken.has(name.toLowerCase()); n += 1) name = `${sheet.name.slice(0, 27)} (${n})`;
      taken.add(name.toLowerCase());
      this.sheets.set(name, { ...sheet, name });
      written.push({ requested: sheet.name, written: name });
      onProgress?.(index + 1, description.sheets.length, name);
    }
    return written;
  }
}
