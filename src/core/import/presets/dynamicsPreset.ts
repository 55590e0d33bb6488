import type { ImportPreset } from "./presetTypes";

/**
 * A Dynamics 365 Sales opportunities view exported to Excel (and saved as CSV). The export's
 * "(Do Not Modify) Opportunity" column is the record's GUID. Won and lost deals are told by Status,
 * while Sales Stage stays at the last open stage, so Status decides the closed stages.
 */
export const DYNAMICS_PRESET: ImportPreset = {
  name: "dynamics",
  label: "Dynamics 365 opportunities export",
  columns: {
    id: ["(Do Not Modify) Opportunity", "Opportunity ID"],
    name: ["Topic", "Opportunity Name"],
    accountId: ["Potential Customer ID", "Account ID"],
    accountName: ["Potential Customer", "Account"],
    ownerName: ["Owner"],
    stage: ["Sales Stage", "Pipeline Phase"],
    status: ["Status"],
    forecastCategory: ["Forecast Category"],
    amount: ["Est. Revenue", "Estimated Revenue"],
    currency: ["Currency"],
    probability: ["Probability"],
    createdDate: ["Created On"],
    closeDate: ["Est. Close Date", "Estimated Close Date"],
    type: ["Opportunity Type"],
    product: ["Product"],
  },
  stages: {
    qualify: { stage: "Qualify", category: "Pipeline", probability: 0.1 },
    "1qualify": { stage: "Qualify", category: "Pipeline", probability: 0.1 },
    develop: { stage: "Develop", category: "Pipeline", probability: 0.3 },
    "2develop": { stage: "Develop", category: "Pipeline", probability: 0.3 },
    propose: { stage: "Propose", category: "Best Case", probability: 0.5 },
    "3propose": { stage: "Propose", category: "Best Case", probability: 0.5 },
    close: { stage: "Close", category: "Commit", probability: 0.8 },
    "4close": { stage: "Close", category: "Commit", probability: 0.8 },
  },
  statuses: { open: "open", won: "won", lost: "lost", canceled: "lost", cancelled: "lost", outsold: "lost" },
  dateOrder: "MDY",
  decimal: "auto",
  derivations: [
    "stage: Status Won → Closed Won, Lost → Closed Lost; open deals keep their Sales Stage (Qualify, Develop, Propose, Close)",
    "currency: the Currency column by code or name (US Dollar, Euro…)",
    "owner id: a slug of Owner; account: Potential Customer",
  ],
};
