import { z } from "zod";
import { isFieldPath } from "./soqlValues";

/** Canonical opportunity fields a custom Salesforce field may fill. */
export const MAPPABLE_TARGETS = ["amount", "type", "product", "termMonths"] as const;
export type MappableTarget = (typeof MAPPABLE_TARGETS)[number];

/**
 * One custom Opportunity field and where it goes: a canonical field (`amount` for an ARR__c that is the
 * figure to forecast, `product`, `termMonths`, `type`), or, without a target, an extra column named
 * `column` (the API name by default), which the tables keep and write back.
 */
export const salesforceFieldMappingSchema = z.object({
  field: z.string().refine(isFieldPath, "a field API name such as Region__c"),
  target: z.enum(MAPPABLE_TARGETS).optional(),
  column: z.string().min(1).optional(),
});
export type SalesforceFieldMapping = z.infer<typeof salesforceFieldMappingSchema>;

/** The connection's saved field mapping: versioned, since it is stored with the workbook's settings. */
export const salesforceMappingSchema = z.object({
  version: z.literal(1),
  customFields: z.array(salesforceFieldMappingSchema).default([]),
});
export type SalesforceMapping = z.infer<typeof salesforceMappingSchema>;
