import type { ImportPreset } from "./presetTypes";

/**
 * A Salesforce opportunity report exported as CSV ("Details Only"). Reports carry the owner's and the
 * account's names; the ids only when the report adds "Opportunity ID"/"Account ID" columns. The stage
 * map's defaults are Salesforce's own stages, so stages need no translation.
 */
export const SALESFORCE_PRESET: ImportPreset = {
  name: "salesforce",
  label: "Salesforce opportunity report export",
  columns: {
    id: ["Opportunity ID", "Opportunity ID 18", "Opportunity ID (18)"],
    name: ["Opportunity Name"],
    accountId: ["Account ID"],
    accountName: ["Account Name"],
    ownerId: ["Opportunity Owner ID", "Owner ID"],
    ownerName: ["Opportunity Owner", "Owner Name"],
    stage: ["Stage"],
    forecastCategory: ["Forecast Category"],
    amount: ["Amount"],
    currency: ["Amount Currency", "Opportunity Currency", "Currency"],
    probability: ["Probability (%)"],
    createdDate: ["Created Date"],
    closeDate: ["Close Date"],
    type: ["Type", "Opportunity Type"],
    product: ["Product Name", "Product"],
  },
  stages: {},
  statuses: {},
  dateOrder: "MDY",
  decimal: "auto",
  derivations: [
    "id: Opportunity ID, else derived from the account and opportunity names (add the Opportunity ID column to the report for stable ids)",
    "account id: Account ID, else a slug of Account Name; owner id: a slug of Opportunity Owner",
    "reps.csv and accounts.csv: one row per owner and account named; a rep's start date is their earliest created date",
  ],
};
