import type { CellValue } from "../model/canonicalFiles";
import type { Issue } from "../model/result";
import { AssignmentRule, assignmentRuleSchema } from "./assignmentRule";

/** The rules table's columns, as the `TerritoryRules` table and `territory_rules.csv` hold them. */
export const RULE_COLUMNS = ["rule", "priority", "territory_id", "regions", "countries", "industries", "segments", "employees_min", "employees_max", "account_ids"] as const;
type RuleColumn = (typeof RULE_COLUMNS)[number];
export const RULES_TABLE_NAME = "TerritoryRules";
export const RULES_FILE_NAME = "territory_rules.csv";
/** Lists in one cell are separated by semicolons (or line breaks): commas occur in names. */
export const LIST_SEPARATOR = "; ";

/** Other spellings of each header a user may type, compared without case, spaces or underscores. */
const ALIASES: Record<RuleColumn, string[]> = {
  rule: ["rule", "ruleid", "id", "name"],
  priority: ["priority", "rank"],
  territory_id: ["territoryid", "territory"],
  regions: ["regions", "region"],
  countries: ["countries", "country"],
  industries: ["industries", "industry"],
  segments: ["segments", "segment"],
  employees_min: ["employeesmin", "minemployees", "employeesfrom"],
  employees_max: ["employeesmax", "maxemployees", "employeesto"],
  account_ids: ["accountids", "accounts", "namedaccounts", "accountid"],
};
const REQUIRED: readonly RuleColumn[] = ["priority", "territory_id"];
const FIELD: Record<RuleColumn, keyof AssignmentRule> = {
  rule: "id",
  priority: "priority",
  territory_id: "territoryId",
  regions: "regions",
  countries: "countries",
  industries: "industries",
  segments: "segments",
  employees_min: "employeesMin",
  employees_max: "employeesMax",
  account_ids: "accountIds",
};
const COLUMN_OF = Object.fromEntries(Object.entries(FIELD).map(([column, field]) => [field, column])) as Record<keyof AssignmentRule, RuleColumn>;

const headerKey = (cell: CellValue): string => String(cell ?? "").toLowerCase().replace(/[\s_-]+/g, "");
const isBlank = (cell: CellValue | undefined): boolean => cell === null || cell === undefined || (typeof cell === "string" && cell.trim() === "");

/** @example rulesToRows([])[0] // ["rule", "priority", "territory_id", "regions", …] */
export function rulesToRows(rules: readonly AssignmentRule[]): CellValue[][] {
  return [
    [...RULE_COLUMNS],
    ...rules.map((rule) =>
      RULE_COLUMNS.map((column) => {
        const value = rule[FIELD[column]];
        return Array.isArray(value) ? value.join(LIST_SEPARATOR) : (value as CellValue);
      }),
    ),
  ];
}

/**
 * Reads the rules table: the header row first (columns in any order, common spellings accepted),
 * then one rule per row; blank rows are skipped. A row that is not a valid rule is reported with its
 * row number — `firstRowNumber` is the sheet row of the header (1 by default) — and left out. A blank
 * rule id becomes `row N`; a repeated id is reported. Lists take several values separated by `;`.
 * @example rulesFromRows([["priority", "territory_id", "regions"], [1, "T-EU", "EMEA; APAC"]]).rules[0].regions // ["EMEA", "APAC"]
 */
export function rulesFromRows(rows: readonly (readonly CellValue[])[], options: { firstRowNumber?: number } = {}): { rules: AssignmentRule[]; issues: Issue[] } {
  const first = options.firstRowNumber ?? 1;
  if (rows.length === 0) return { rules: [], issues: [{ code: "missing_column", path: [first], message: `The rules table is empty: its header must include ${REQUIRED.join(" and ")}.` }] };
  const keys = rows[0].map(headerKey);
  const position = Object.fromEntries(RULE_COLUMNS.map((column) => [column, keys.findIndex((key) => ALIASES[column].includes(key))])) as Record<RuleColumn, number>;
  const missing = REQUIRED.filter((column) => position[column] < 0);
  if (missing.length > 0) return { rules: [], issues: [{ code: "missing_column", path: [first, ...missing], message: `The rules table lacks ${missing.join(", ")}: its header row needs at least ${REQUIRED.join(" and ")}.` }] };

  const rules: AssignmentRule[] = [];
  const issues: Issue[] = [];
  const seen = new Set<string>();
  rows.slice(1).forEach((row, offset) => {
    const rowNumber = first + offset + 1;
    if (row.every((cell) => isBlank(cell))) return;
    const cell = (column: RuleColumn): CellValue => (position[column] < 0 ? null : (row[position[column]] ?? null));
    const problems: { column: string; message: string }[] = [];
    const number = (column: RuleColumn): number | null => {
      const value = cell(column);
      if (isBlank(value)) return null;
      const parsed = typeof value === "number" ? value : Number(String(value).trim().replace(/[ ,]/g, ""));
      if (!Number.isFinite(parsed)) problems.push({ column, message: `${JSON.stringify(value)} is not a number` });
      return parsed;
    };
    const list = (column: RuleColumn): string[] => (isBlank(cell(column)) ? [] : String(cell(column)).split(/[;\n]/).map((part) => part.trim()).filter((part) => part !== ""));
    const id = isBlank(cell("rule")) ? `row ${rowNumber}` : String(cell("rule")).trim();
    const candidate = {
      id,
      priority: number("priority") ?? NaN,
      territoryId: isBlank(cell("territory_id")) ? "" : String(cell("territory_id")).trim(),
      regions: list("regions"),
      countries: list("countries"),
      industries: list("industries"),
      segments: list("segments"),
      employeesMin: number("employees_min"),
      employeesMax: number("employees_max"),
      accountIds: list("account_ids"),
    };
    if (problems.length === 0) {
      const parsed = assignmentRuleSchema.safeParse(candidate);
      if (parsed.success) {
        if (seen.has(parsed.data.id)) problems.push({ column: "rule", message: `rule id ${parsed.data.id} is used on an earlier row; give each rule its own id` });
        else {
          seen.add(parsed.data.id);
          rules.push(parsed.data);
          return;
        }
      } else {
        const problem = parsed.error.issues[0];
        const field = problem.path[0] as keyof AssignmentRule | undefined;
        const column = field ? COLUMN_OF[field] : "rule";
        problems.push({ column, message: field === "priority" && isBlank(cell("priority")) ? "a priority is required (1 is the first to apply)" : field === "territoryId" ? "a territory id is required" : problem.message });
      }
    }
    const [problem] = problems;
    issues.push({ code: "invalid_rule", path: [rowNumber, problem.column], message: `Rule row ${rowNumber}, ${problem.column}: ${problem.message}. Fix the row; it is left out until then.` });
  });
  return { rules, issues };
}
