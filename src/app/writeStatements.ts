import type { CommissionRun, Plan } from "../core/commission";
import { statementWorkbook } from "../core/commission/statementWorkbook";
import type { Opportunity } from "../core/model/entities";
import type { Result } from "../core/model/result";
import type { ProgressListener, WorkbookWriterPort, WrittenSheet } from "./ports";

export interface WriteStatementsOptions {
  /** Only these reps; every rep computed in the run when absent. */
  repIds?: readonly string[];
  /** The deals behind the run, so each statement line names its deal beside the id. */
  opportunities?: readonly Opportunity[];
  onProgress?: ProgressListener;
}

/** The names of the deals the run's lines mention, and only those: a data set may hold a million. */
function dealNames(run: CommissionRun, opportunities: readonly Opportunity[] | undefined): Map<string, string> | undefined {
  if (!opportunities) return undefined;
  const mentioned = new Set<string>();
  for (const rep of run.reps) for (const line of rep.lines) for (const id of line.opportunityIds) mentioned.add(id);
  const names = new Map<string, string>();
  for (const deal of opportunities) if (mentioned.has(deal.id) && deal.name.trim() !== "") names.set(deal.id, deal.name);
  return names;
}

/**
 * Writes one formatted statement sheet per rep ("Stmt Ada Park") through the workbook writer:
 * header, component totals and payout as live formulas, and every statement line. A run with no
 * rep to write is an expected problem (issues, nothing written); a failing write throws the
 * writer's error, and the writer leaves the workbook as it was.
 * @example const written = await writeStatements(writer, run, plans, { repIds: ["REP-019"], opportunities: dataSet.opportunities });
 */
export async function writeStatements(writer: WorkbookWriterPort, run: CommissionRun, plans: readonly Plan[], options: WriteStatementsOptions = {}): Promise<Result<WrittenSheet[]>> {
  const wanted = options.repIds ? new Set(options.repIds) : null;
  const reps = run.reps.filter((rep) => !wanted || wanted.has(rep.repId));
  if (reps.length === 0) {
    return { ok: false, issues: [{ code: "no_statements", path: ["reps"], message: `No rep has a payout computed for ${run.period}, so there is no statement to write. Fix the issues listed, then choose Calculate.` }] };
  }
  const description = statementWorkbook(run, plans, { repIds: reps.map((rep) => rep.repId), dealNames: dealNames(run, options.opportunities) });
  const written = await writer.writeWorkbook(description, options.onProgress);
  return { ok: true, value: written };
}
