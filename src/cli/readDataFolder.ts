import { existsSync, readFileSync } from "fs";
import path from "path";
import { readCanonicalRecords } from "../core/import/canonicalReader";
import { parseCsvRows } from "../core/import/csv";
import { CanonicalFile, SETTINGS_FILE_NAME } from "../core/model/canonicalFiles";
import { CANONICAL_RECORD_SETS, DataSet } from "../core/model/dataSet";
import type { Issue } from "../core/model/result";
import { parseSettings } from "../core/model/settings";

/**
 * Reads whichever canonical files and settings.json a data folder holds. Files that are absent are
 * simply not in the data set; every rejected row and unreadable file comes back as an issue whose
 * path names the file (and the row and column), so the caller decides whether to go on.
 */
export function readDataFolder(dir: string): { dataSet: Partial<DataSet>; issues: Issue[] } {
  const dataSet: Partial<DataSet> = {};
  const issues: Issue[] = [];
  const settingsPath = path.join(dir, SETTINGS_FILE_NAME);
  if (existsSync(settingsPath)) {
    let raw: unknown;
    try {
      raw = JSON.parse(readFileSync(settingsPath, "utf8"));
    } catch (error) {
      issues.push({ code: "invalid_json", path: [SETTINGS_FILE_NAME], message: `${settingsPath} is not valid JSON (${(error as Error).message}): fix or delete it.` });
    }
    if (raw !== undefined) {
      const parsed = parseSettings(raw);
      if (parsed.success) dataSet.settings = parsed.data;
      else for (const issue of parsed.error.issues) issues.push({ code: "invalid_settings", path: [SETTINGS_FILE_NAME, ...issue.path.map(String)], message: `${settingsPath}: ${issue.path.join(".")}: ${issue.message}` });
    }
  }
  for (const { name, file } of CANONICAL_RECORD_SETS) {
    const filePath = path.join(dir, file.fileName);
    if (!existsSync(filePath)) continue;
    const rows = parseCsvRows(readFileSync(filePath, "utf8"));
    const read = readCanonicalRecords(file as CanonicalFile<unknown>, rows, { stageMap: dataSet.settings?.stageMap });
    if (!read.ok) {
      issues.push(...read.issues);
      continue;
    }
    (dataSet as Record<string, unknown>)[name] = read.value.records;
    for (const problem of read.value.rejected) {
      issues.push({ code: problem.code, path: [file.fileName, problem.row, problem.column], message: `${file.fileName} row ${problem.row}, ${problem.column} "${problem.value}": ${problem.reason}` });
    }
  }
  return { dataSet, issues };
}
