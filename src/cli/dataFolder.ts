import { mkdirSync, renameSync, writeFileSync } from "fs";
import path from "path";
import { toCsv } from "../core/import/csv";
import { SETTINGS_FILE_NAME } from "../core/model/canonicalFiles";
import { DataSet, dataSetRows } from "../core/model/dataSet";

/**
 * Writes the canonical files of every record set present (and settings.json when given) into `dir`.
 * Each file is written to a temporary name and renamed, so a failure never leaves a half-written file.
 * Returns the paths written.
 */
export function writeDataFolder(dir: string, dataSet: Partial<DataSet>): string[] {
  mkdirSync(dir, { recursive: true });
  const contents: { fileName: string; text: string }[] = dataSetRows(dataSet).map(({ file, rows }) => ({ fileName: file.fileName, text: toCsv(rows) }));
  if (dataSet.settings) contents.push({ fileName: SETTINGS_FILE_NAME, text: `${JSON.stringify(dataSet.settings, null, 2)}\n` });
  const written: string[] = [];
  for (const { fileName, text } of contents) {
    const target = path.join(dir, fileName);
    writeFileSync(`${target}.partial`, text, "utf8");
    written.push(target);
  }
  for (const target of written) renameSync(`${target}.partial`, target);
  return written;
}
