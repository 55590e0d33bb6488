import { coerceDate } from "../../core/import/coerceDate";
import { type Rep, repSchema } from "../../core/model/entities";
import type { RecordProblem } from "./recordProblems";
import { shown, textOf } from "./recordValues";
import type { SalesforceRecord } from "./salesforceClient";

export interface UsersMapped {
  reps: Rep[];
  rejected: RecordProblem[];
  /** Inactive users, whose end date is the day their user record was last modified. */
  inactive: number;
}

const dateOf = (value: unknown): string | null => {
  if (typeof value !== "string") return null;
  const date = coerceDate(value);
  return date.ok ? date.value : null;
};

/**
 * Maps Users into reps for the hierarchy: the manager from ManagerId, the role from Title (or Manager /
 * Rep by whether anyone reports to them, when the title is empty), the start date from CreatedDate. An
 * inactive user ends on the date their record was last modified: Salesforce keeps no deactivation date,
 * and deactivating a user modifies the record, so that is the nearest date it gives.
 * @example mapUsers([{ Id: "005A", Name: "Dana Lee", Email: "dana@example.com", ManagerId: null, Title: "VP Sales", IsActive: true, CreatedDate: "2024-02-01T08:00:00.000+0000" }]).reps[0].role // "VP Sales"
 */
export function mapUsers(users: readonly SalesforceRecord[]): UsersMapped {
  const managers = new Set(users.map((user) => textOf(user.ManagerId)).filter((id) => id !== ""));
  const reps: Rep[] = [];
  const rejected: RecordProblem[] = [];
  let inactive = 0;
  for (const user of users) {
    const id = textOf(user.Id);
    const startDate = dateOf(user.CreatedDate);
    if (!startDate) {
      rejected.push({ object: "User", recordId: id, field: "CreatedDate", value: shown(user.CreatedDate), code: "invalid_date", reason: "the user has no readable created date: check your profile's access to User fields" });
      continue;
    }
    const active = user.IsActive !== false;
    const lastModified = dateOf(user.LastModifiedDate);
    const endDate = active ? null : lastModified && lastModified >= startDate ? lastModified : startDate;
    if (!active) inactive += 1;
    const rep: Rep = {
      id,
      name: textOf(user.Name),
      email: textOf(user.Email),
      role: textOf(user.Title).trim() || (managers.has(id) ? "Manager" : "Rep"),
      managerId: textOf(user.ManagerId),
      region: "",
      segment: "",
      startDate,
      endDate,
      extra: {},
    };
    const checked = repSchema.safeParse(rep);
    if (!checked.success) {
      const field = String(checked.error.issues[0]?.path[0] ?? "Id");
      rejected.push({ object: "User", recordId: id, field, value: shown(rep[field as keyof Rep]), code: "invalid_value", reason: `${field} is not valid: fix the user in Salesforce` });
      continue;
    }
    reps.push(rep);
  }
  return { reps, rejected, inactive };
}
