/**
 * The facts the demo org is drawn from: regions and their countries and currencies, how segments
 * differ (deal size, cycle length, win rate, book size), deal types and the product catalogue.
 * The figures are typical of a B2B software company, so the forecast, commission and territory
 * features have differences to find (Enterprise deals are larger, slower and harder to win).
 */

export const REGIONS = ["NA", "EMEA", "APAC", "LATAM", "Japan"] as const;
export type Region = (typeof REGIONS)[number];

export const SEGMENTS = ["Enterprise", "Mid-Market", "SMB"] as const;
export type Segment = (typeof SEGMENTS)[number];

export const DEMO_CURRENCIES = ["USD", "EUR", "GBP", "JPY", "BRL"] as const;
export type DemoCurrency = (typeof DEMO_CURRENCIES)[number];

export interface CurrencyProfile {
  /** USD for one unit at the start of the demo period: realistic levels, JPY in yen. */
  usdPerUnit: number;
  /** Standard deviation of the monthly log change. */
  monthlyVolatility: number;
  /** Mean monthly log change (a slow trend). */
  monthlyDrift: number;
}

export const CURRENCY_PROFILES: Record<DemoCurrency, CurrencyProfile> = {
  USD: { usdPerUnit: 1, monthlyVolatility: 0, monthlyDrift: 0 },
  EUR: { usdPerUnit: 1.08, monthlyVolatility: 0.012, monthlyDrift: 0.0005 },
  GBP: { usdPerUnit: 1.26, monthlyVolatility: 0.013, monthlyDrift: 0.0003 },
  JPY: { usdPerUnit: 0.0068, monthlyVolatility: 0.018, monthlyDrift: -0.001 },
  BRL: { usdPerUnit: 0.2, monthlyVolatility: 0.025, monthlyDrift: -0.002 },
};

export interface Country {
  name: string;
  /** The currency deals with accounts in this country are priced in. */
  currency: DemoCurrency;
  /** Relative share of the region's accounts. */
  weight: number;
  /** Legal-form suffixes for company names. */
  suffixes: readonly string[];
}

export const COUNTRIES: Record<Region, readonly Country[]> = {
  NA: [
    { name: "United States", currency: "USD", weight: 85, suffixes: ["Inc.", "Corp.", "LLC", "Co."] },
    { name: "Canada", currency: "USD", weight: 15, suffixes: ["Inc.", "Ltd."] },
  ],
  EMEA: [
    { name: "United Kingdom", currency: "GBP", weight: 30, suffixes: ["Ltd", "plc", "Group"] },
    { name: "Germany", currency: "EUR", weight: 22, suffixes: ["GmbH", "AG", "SE"] },
    { name: "France", currency: "EUR", weight: 16, suffixes: ["SA", "SAS"] },
    { name: "Netherlands", currency: "EUR", weight: 9, suffixes: ["B.V.", "N.V."] },
    { name: "Spain", currency: "EUR", weight: 7, suffixes: ["S.A.", "S.L."] },
    { name: "Italy", currency: "EUR", weight: 6, suffixes: ["S.p.A.", "S.r.l."] },
    { name: "Ireland", currency: "EUR", weight: 4, suffixes: ["Ltd", "DAC"] },
    { name: "Sweden", currency: "EUR", weight: 6, suffixes: ["AB"] },
  ],
  APAC: [
    { name: "Australia", currency: "USD", weight: 40, suffixes: ["Pty Ltd", "Ltd"] },
    { name: "Singapore", currency: "USD", weight: 25, suffixes: ["Pte. Ltd."] },
    { name: "India", currency: "USD", weight: 25, suffixes: ["Pvt. Ltd.", "Ltd."] },
    { name: "New Zealand", currency: "USD", weight: 10, suffixes: ["Ltd"] },
  ],
  LATAM: [
    { name: "Brazil", currency: "BRL", weight: 55, suffixes: ["Ltda.", "S.A."] },
    { name: "Mexico", currency: "USD", weight: 25, suffixes: ["S.A. de C.V."] },
    { name: "Chile", currency: "USD", weight: 10, suffixes: ["SpA", "S.A."] },
    { name: "Colombia", currency: "USD", weight: 10, suffixes: ["S.A.S."] },
  ],
  Japan: [{ name: "Japan", currency: "JPY", weight: 100, suffixes: ["K.K.", "Co., Ltd."] }],
};

/** The currency quotas of a region's reps are set in. */
export const QUOTA_CURRENCY: Record<Region, DemoCurrency> = { NA: "USD", EMEA: "EUR", APAC: "USD", LATAM: "USD", Japan: "JPY" };

export interface SegmentProfile {
  /** Accounts in one rep's territory. */
  accountsPerTerritory: readonly [number, number];
  /** New opportunities a fully staffed territory resolves per year (before growth). */
  dealsPerYear: number;
  /** Median first-year value of a new-business deal, in USD. */
  medianAnnualUsd: number;
  sizeSigma: number;
  /** Median days from created to closed for new business. */
  medianCycleDays: number;
  cycleSigma: number;
  /** Win rate of new business before rep skill and deal size. */
  newBusinessWinRate: number;
  renewalWinRate: number;
  /** Share of accounts that are already customers. */
  customerShare: number;
  employees: readonly [number, number];
  /** Weights of 12, 24 and 36-month terms. */
  termWeights: readonly [number, number, number];
}

export const SEGMENT_PROFILES: Record<Segment, SegmentProfile> = {
  Enterprise: {
    accountsPerTerritory: [9, 13],
    dealsPerYear: 61,
    medianAnnualUsd: 95_000,
    sizeSigma: 0.65,
    medianCycleDays: 130,
    cycleSigma: 0.45,
    newBusinessWinRate: 0.21,
    renewalWinRate: 0.9,
    customerShare: 0.7,
    employees: [5_000, 150_000],
    termWeights: [40, 25, 35],
  },
  "Mid-Market": {
    accountsPerTerritory: [13, 18],
    dealsPerYear: 128,
    medianAnnualUsd: 28_000,
    sizeSigma: 0.6,
    medianCycleDays: 65,
    cycleSigma: 0.45,
    newBusinessWinRate: 0.27,
    renewalWinRate: 0.86,
    customerShare: 0.55,
    employees: [500, 5_000],
    termWeights: [60, 25, 15],
  },
  SMB: {
    accountsPerTerritory: [18, 26],
    dealsPerYear: 212,
    medianAnnualUsd: 7_500,
    sizeSigma: 0.5,
    medianCycleDays: 24,
    cycleSigma: 0.5,
    newBusinessWinRate: 0.34,
    renewalWinRate: 0.8,
    customerShare: 0.45,
    employees: [20, 500],
    termWeights: [85, 10, 5],
  },
};

export const DEAL_TYPES = ["New Business", "Expansion", "Renewal"] as const;
export type DealType = (typeof DEAL_TYPES)[number];

export interface DealTypeProfile {
  /** Share of a customer account's deals; prospects only have new business. */
  customerShare: number;
  cycleFactor: number;
  sizeFactor: number;
  /** Added to the new-business win rate (renewals use the segment's renewal rate instead). */
  winRateLift: number;
}

export const DEAL_TYPE_PROFILES: Record<DealType, DealTypeProfile> = {
  "New Business": { customerShare: 0.3, cycleFactor: 1, sizeFactor: 1, winRateLift: 0 },
  Expansion: { customerShare: 0.4, cycleFactor: 0.7, sizeFactor: 0.55, winRateLift: 0.17 },
  Renewal: { customerShare: 0.3, cycleFactor: 0.55, sizeFactor: 0.9, winRateLift: 0 },
};

export interface Product {
  name: string;
  /** Relative price against the segment's median deal. */
  sizeFactor: number;
  /** False for one-off services, which have no term. */
  subscription: boolean;
  /** Relative frequency per deal type. */
  weights: Record<DealType, number>;
}

export const PRODUCTS: readonly Product[] = [
  { name: "Cloud Platform", sizeFactor: 1.3, subscription: true, weights: { "New Business": 45, Expansion: 10, Renewal: 50 } },
  { name: "Analytics Suite", sizeFactor: 0.9, subscription: true, weights: { "New Business": 20, Expansion: 30, Renewal: 20 } },
  { name: "Integration Hub", sizeFactor: 0.6, subscription: true, weights: { "New Business": 12, Expansion: 22, Renewal: 12 } },
  { name: "Security Add-on", sizeFactor: 0.5, subscription: true, weights: { "New Business": 8, Expansion: 20, Renewal: 10 } },
  { name: "Premium Support", sizeFactor: 0.3, subscription: true, weights: { "New Business": 5, Expansion: 10, Renewal: 8 } },
  { name: "Professional Services", sizeFactor: 0.4, subscription: false, weights: { "New Business": 10, Expansion: 8, Renewal: 0 } },
];

export const INDUSTRIES: readonly { name: string; weight: number; revenuePerEmployeeUsd: number }[] = [
  { name: "Technology", weight: 16, revenuePerEmployeeUsd: 420_000 },
  { name: "Financial Services", weight: 14, revenuePerEmployeeUsd: 520_000 },
  { name: "Healthcare", weight: 11, revenuePerEmployeeUsd: 230_000 },
  { name: "Manufacturing", weight: 13, revenuePerEmployeeUsd: 310_000 },
  { name: "Retail", weight: 10, revenuePerEmployeeUsd: 190_000 },
  { name: "Energy", weight: 5, revenuePerEmployeeUsd: 900_000 },
  { name: "Telecommunications", weight: 5, revenuePerEmployeeUsd: 480_000 },
  { name: "Public Sector", weight: 6, revenuePerEmployeeUsd: 150_000 },
  { name: "Media", weight: 5, revenuePerEmployeeUsd: 330_000 },
  { name: "Transportation", weight: 6, revenuePerEmployeeUsd: 260_000 },
  { name: "Professional Services", weight: 6, revenuePerEmployeeUsd: 210_000 },
  { name: "Education", weight: 3, revenuePerEmployeeUsd: 120_000 },
];

/**
 * Rounds an amount to three significant figures, as people type deal values (48,500; ¥12,300,000).
 * @example roundAmount(48_532) // 48500
 */
export function roundAmount(amount: number): number {
  if (amount <= 0) return 0;
  const step = Math.max(1, 10 ** (Math.floor(Math.log10(amount)) - 2));
  return Math.round(amount / step) * step;
}
