import type { ImportPreset } from "./presetTypes";

/**
 * A HubSpot deals export. Stages come either as labels ("Closed Won") or internal values ("closedwon"),
 * which match the same rule because stage values are compared ignoring case, spaces and punctuation.
 * The default sales pipeline's stages keep their names, with HubSpot's default probabilities.
 */
export const HUBSPOT_PRESET: ImportPreset = {
  name: "hubspot",
  label: "HubSpot deals export",
  columns: {
    id: ["Record ID", "Deal ID"],
    name: ["Deal Name"],
    accountId: ["Associated Company IDs (Primary)", "Associated Company ID", "Associated Company IDs"],
    accountName: ["Associated Company (Primary)", "Associated Company", "Company Name"],
    ownerId: ["Deal owner ID"],
    ownerName: ["Deal owner"],
    stage: ["Deal Stage"],
    forecastCategory: ["Forecast category"],
    amount: ["Amount"],
    currency: ["Currency", "Deal currency code"],
    probability: ["Deal probability"],
    createdDate: ["Create Date"],
    closeDate: ["Close Date"],
    type: ["Deal Type"],
    product: ["Product", "Product Name"],
  },
  stages: {
    appointmentscheduled: { stage: "Appointment Scheduled", category: "Pipeline", probability: 0.2 },
    qualifiedtobuy: { stage: "Qualified To Buy", category: "Pipeline", probability: 0.4 },
    presentationscheduled: { stage: "Presentation Scheduled", category: "Best Case", probability: 0.6 },
    decisionmakerboughtin: { stage: "Decision Maker Bought-In", category: "Best Case", probability: 0.8 },
    contractsent: { stage: "Contract Sent", category: "Commit", probability: 0.9 },
    closedwon: { stage: "Closed Won", category: "Closed" },
    closedlost: { stage: "Closed Lost", category: "Omitted" },
  },
  statuses: {},
  dateOrder: "MDY",
  decimal: "auto",
  derivations: [
    "stage: closedwon/Closed Won → Closed Won, closedlost → Closed Lost; other default-pipeline stages kept by label with HubSpot's probabilities",
    "forecast category: Forecast category column (Not forecasted → Omitted), else from the stage",
    "owner id: a slug of Deal owner; account: Associated Company (id from the company ids column when present)",
  ],
};
