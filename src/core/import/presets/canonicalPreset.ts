import { OPPORTUNITIES_FILE } from "../../model/canonicalFiles";
import type { ImportField } from "../importTypes";
import type { ImportPreset } from "./presetTypes";

const columns: Partial<Record<ImportField, readonly string[]>> = {};
for (const column of OPPORTUNITIES_FILE.columns) if (column.field !== "extra") columns[column.field] = [column.column];

/** Our own opportunities.csv: every field by its canonical column. */
export const CANONICAL_PRESET: ImportPreset = {
  name: "canonical",
  label: "SalesOps canonical opportunities.csv",
  columns,
  stages: {},
  statuses: {},
  dateOrder: "MDY",
  decimal: "auto",
  derivations: ["every field comes from its own column"],
};
