import type { SettingsPort, StoredSettings } from "../../../src/app/ports";
import type { Settings } from "../../../src/core/model/settings";
import { decodeStoredSettings, encodeStoredSettings } from "../../../src/excel/settingsStorage";

export interface MemorySettingsOptions {
  /** The value the workbook holds to begin with (JSON text, as the add-in stores it), or none. */
  stored?: string | null;
  /** Waited on before each simulated request. */
  beforeRequest?: () => Promise<void>;
}

/**
 * A SettingsPort over one stored value, encoded and decoded as the Office.js adapter does it, so
 * what the harness holds is what a workbook would; recalculations are counted, not performed.
 */
export class MemorySettingsPort implements SettingsPort {
  stored: string | null;
  recalculations = 0;

  constructor(private readonly options: MemorySettingsOptions = {}) {
    this.stored = options.stored ?? null;
  }

  async read(): Promise<StoredSettings> {
    await this.options.beforeRequest?.();
    return this.stored === null ? { settings: null, issues: [] } : decodeStoredSettings(this.stored);
  }

  async write(settings: Settings): Promise<void> {
    await this.options.beforeRequest?.();
    this.stored = encodeStoredSettings(settings);
  }

  async recalculate(): Promise<void> {
    await this.options.beforeRequest?.();
    this.recalculations += 1;
  }
}
