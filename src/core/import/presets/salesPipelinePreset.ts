import type { ImportPreset } from "./presetTypes";

/**
 * The public "CRM Sales Opportunities" sample's sales_pipeline.csv. It has no forecast category,
 * currency, probability or created date: categories come from the stage, the currency is the
 * corporate one, and engage_date is the created date. Open deals there have no close date or value;
 * such rows are rejected with that reason rather than given invented figures.
 */
export const SALES_PIPELINE_PRESET: ImportPreset = {
  name: "sales_pipeline",
  label: "CRM Sales Opportunities sales_pipeline.csv",
  columns: {
    id: ["opportunity_id"],
    ownerName: ["sales_agent"],
    product: ["product"],
    accountName: ["account"],
    stage: ["deal_stage"],
    createdDate: ["engage_date"],
    closeDate: ["close_date"],
    amount: ["close_value"],
  },
  stages: {
    prospecting: { stage: "Prospecting", category: "Pipeline" },
    engaging: { stage: "Engaging", category: "Pipeline", probability: 0.3 },
    won: { stage: "Closed Won", category: "Closed" },
    lost: { stage: "Closed Lost", category: "Omitted" },
  },
  statuses: {},
  dateOrder: "MDY",
  decimal: "auto",
  derivations: [
    "stage: Won → Closed Won, Lost → Closed Lost, Prospecting as is, Engaging kept (Pipeline, 30%)",
    "created date: engage_date; currency: --currency or the corporate currency; owner id: a slug of sales_agent",
    "open deals without close_date or close_value are rejected (the sample records them only when closed)",
  ],
};
