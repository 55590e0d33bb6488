/**
 * A deal's whole life, planned up front: when it was created and resolved, whether it is won, the
 * days it entered each stage, every change of its expected close date and amount. The current
 * opportunity and each weekly snapshot are this plan read on a given day (see dealState.ts), which
 * is what keeps the snapshots consistent with the opportunities by construction.
 */
import { DealType, DemoCurrency, Product, roundAmount } from "./catalogue";
import type { Day, DemoCalendar } from "./dayCalendar";
import type { DemoAccount } from "./accounts";
import { Random } from "./prng";
import type { CategoryJudgement } from "./stageLadder";

export interface DatedValue {
  day: Day;
  value: number;
}

export interface DealPlan {
  account: DemoAccount;
  type: DealType;
  product: Product;
  termMonths: number | null;
  currency: DemoCurrency;
  created: Day;
  /** The day it is closed won or lost; may lie after the as-of date (then it is open now). */
  resolved: Day;
  won: boolean;
  /** stageDays[i] is the day it entered open stage i; its length is one more than the highest stage reached. */
  stageDays: Day[];
  /** Expected close date over time, from `created` on. */
  closeDates: DatedValue[];
  /** Amount in `currency` over time, from `created` on; the last entry on `resolved` is the booked amount. */
  amounts: DatedValue[];
  judgement: CategoryJudgement;
  /** Added to the stage's default probability when the rep sets one; null when the deal has none. */
  probabilityOffset: number | null;
}

export interface DealDraw {
  account: DemoAccount;
  type: DealType;
  product: Product;
  termMonths: number | null;
  created: Day;
  resolved: Day;
  won: boolean;
  /** Amount in the deal currency when created. */
  amount: number;
  judgement: CategoryJudgement;
  /** How many open stages the stage map has. */
  openStages: number;
  /** The last day anything about the deal is read (the as-of date): later changes are not planned. */
  horizon: Day;
}

/** Reps put deals on the last day of a quarter or month more often than on any other day. */
function snapCloseDate(random: Random, calendar: DemoCalendar, day: Day): Day {
  const bounded = Math.min(day, calendar.lastDay);
  const roll = random.next();
  if (roll < 0.45) return calendar.quarterOf(bounded).end;
  if (roll < 0.75) return calendar.monthOf(bounded).end;
  return bounded;
}

/** Where a slipping deal goes: a few weeks out, into the next quarter (the classic slip), or further. */
function slipTarget(random: Random, calendar: DemoCalendar, close: Day): Day {
  const roll = random.next();
  if (roll < 0.4) return close + Math.round(random.logNormal(21, 0.5));
  if (roll < 0.75) return Math.min(calendar.lastDay, calendar.quarterOf(close).end + random.int(1, 60));
  return close + Math.round(random.logNormal(45, 0.6));
}

/** Lost deals stall at every stage, mostly early; won deals go through all of them. */
function highestStage(random: Random, draw: DealDraw): number {
  const last = draw.openStages - 1;
  if (draw.won) return last;
  const stages = [...Array(draw.openStages).keys()];
  return random.weighted(stages, stages.map((i) => draw.openStages - i));
}

function planStages(random: Random, draw: DealDraw): Day[] {
  const peak = highestStage(random, draw);
  const life = Math.max(1, draw.resolved - draw.created);
  const days: Day[] = [draw.created];
  for (let i = 1; i <= peak; i += 1) {
    const fraction = (i + random.uniform(-0.35, 0.35)) / (peak + 1);
    days.push(Math.max(days[i - 1], Math.min(draw.resolved - 1, draw.created + Math.round(life * fraction))));
  }
  return days;
}

/**
 * The first estimate is optimistic; later the date is pushed each time it arrives, and now and then
 * pulled in. A deal that will be won and is dated well after its real close is pulled in to that
 * date when it reaches the last open stage (the buyer has agreed to sign).
 */
function planCloseDates(random: Random, calendar: DemoCalendar, draw: DealDraw, commitDay: Day | null): DatedValue[] {
  const life = draw.resolved - draw.created;
  let close = snapCloseDate(random, calendar, draw.created + Math.max(7, Math.round(life * random.uniform(0.55, 1.05))));
  let day = draw.created;
  const dates: DatedValue[] = [{ day, value: close }];
  for (let step = 0; step < 60 && close !== draw.resolved; step += 1) {
    const pushDay = Math.max(day + 1, close - random.int(0, 21));
    if (commitDay !== null && commitDay > day && commitDay < pushDay && commitDay <= draw.horizon && close > draw.resolved + 10) {
      dates.push({ day: commitDay, value: draw.resolved });
      break;
    }
    if (random.chance(0.15) && pushDay - day > 10) {
      const when = random.int(day + 1, pushDay - 5);
      const target = when + Math.round((close - when) * random.uniform(0.2, 0.6));
      // Snapping can land back on the current date (same quarter end): then try the month end, then the day itself.
      const candidates = [snapCloseDate(random, calendar, target), calendar.monthOf(target).end, target];
      const earlier = candidates.find((c) => c < close) ?? close;
      if (earlier < close && earlier >= when + 3 && when < draw.resolved && when <= draw.horizon) {
        dates.push({ day: when, value: earlier });
        day = when;
        close = earlier;
        continue;
      }
    }
    if (pushDay >= draw.resolved || pushDay > draw.horizon) break;
    const later = snapCloseDate(random, calendar, slipTarget(random, calendar, close));
    close = later > close ? later : close + 7;
    day = pushDay;
    dates.push({ day, value: close });
  }
  return dates;
}

/** Scope changes at some stage changes, and a discount at signature for a share of won deals. */
function planAmounts(random: Random, draw: DealDraw, stageDays: readonly Day[]): DatedValue[] {
  let amount = draw.amount;
  const amounts: DatedValue[] = [{ day: draw.created, value: amount }];
  for (let i = 2; i < stageDays.length; i += 1) {
    if (!random.chance(0.14) || stageDays[i] <= amounts[amounts.length - 1].day) continue;
    amount = roundAmount(amount * (random.chance(0.45) ? random.uniform(1.1, 1.5) : random.uniform(0.6, 0.92)));
    amounts.push({ day: stageDays[i], value: amount });
  }
  if (draw.won && random.chance(0.3) && draw.resolved > amounts[amounts.length - 1].day) {
    amounts.push({ day: draw.resolved, value: roundAmount(amount * random.uniform(0.85, 0.98)) });
  }
  return amounts;
}

/**
 * Plans a deal from its main draws. Randomness comes from `random` only, in a fixed order.
 * @example planDeal(random, calendar, draw).closeDates[0].day === draw.created // true
 */
export function planDeal(random: Random, calendar: DemoCalendar, draw: DealDraw): DealPlan {
  const stageDays = planStages(random, draw);
  const closeDates = planCloseDates(random, calendar, draw, draw.won ? stageDays[stageDays.length - 1] : null);
  const amounts = planAmounts(random, draw, stageDays);
  // About half the reps type a probability of their own, near the stage default, in steps of 5%.
  const probabilityOffset = random.chance(0.45) ? random.int(-3, 3) * 0.05 : null;
  return {
    account: draw.account,
    type: draw.type,
    product: draw.product,
    termMonths: draw.termMonths,
    currency: draw.account.currency,
    created: draw.created,
    resolved: draw.resolved,
    won: draw.won,
    stageDays,
    closeDates,
    amounts,
    judgement: draw.judgement,
    probabilityOffset,
  };
}
