/**
 * The people and territories of the demo org: a CRO, eight first-line managers and forty account
 * executives across five regions, with a region → segment → rep territory hierarchy. A few reps
 * left (their territory passed to their manager, then to a new hire) and one territory was carved
 * out for a recent hire, so tenure, ramp and ownership history are there to be analysed.
 */
import type { Rep, Territory } from "../model/entities";
import { Day, dayOf, isoOf } from "./dayCalendar";
import { Region, SEGMENTS, Segment } from "./catalogue";
import { emailFor, personName } from "./names";
import { Random } from "./prng";

/** How a rep calls their forecast: optimists commit late Best Case deals, cautious reps hold back Commit. */
export type ForecastStyle = "optimistic" | "balanced" | "cautious";

export interface DemoPerson {
  record: Rep;
  /** Multiplies win rates: the spread between strong and weak performers. */
  skill: number;
  style: ForecastStyle;
}

/** Who owned a territory from `from` to `to` (both included). */
export interface OwnerSpell {
  ownerId: string;
  from: Day;
  to: Day;
}

export interface DemoTerritory {
  record: Territory;
  region: Region;
  segment: Segment;
  /** Ownership over time, covering every day; the last spell is the current owner. */
  owners: OwnerSpell[];
}

export interface DemoOrg {
  people: DemoPerson[];
  personById: ReadonlyMap<string, DemoPerson>;
  /** Region and segment territories (the upper levels of the hierarchy). */
  parents: Territory[];
  /** Rep-level territories: the ones accounts belong to. */
  leaves: DemoTerritory[];
}

/** The eight teams: region, name, and how many reps of each segment. */
const TEAMS: readonly { region: Region; name: string; reps: Partial<Record<Segment, number>> }[] = [
  { region: "NA", name: "NA Enterprise", reps: { Enterprise: 5 } },
  { region: "NA", name: "NA Mid-Market", reps: { "Mid-Market": 5 } },
  { region: "NA", name: "NA SMB", reps: { SMB: 6 } },
  { region: "EMEA", name: "EMEA Enterprise", reps: { Enterprise: 5 } },
  { region: "EMEA", name: "EMEA Commercial", reps: { "Mid-Market": 3, SMB: 3 } },
  { region: "APAC", name: "APAC", reps: { Enterprise: 2, "Mid-Market": 2, SMB: 1 } },
  { region: "LATAM", name: "LATAM", reps: { Enterprise: 1, "Mid-Market": 2, SMB: 1 } },
  { region: "Japan", name: "Japan", reps: { Enterprise: 2, "Mid-Market": 2 } },
];

const SEGMENT_CODE: Record<Segment, string> = { Enterprise: "ENT", "Mid-Market": "MM", SMB: "SMB" };
const FOREVER = 1_000_000;

/**
 * Builds the people (ids in hierarchy order: CRO, managers, then reps seat by seat) and the
 * territories. `windowStart` is the first day of the earliest demo fiscal year; dates are days.
 * @example buildOrg(Random.fork(1, "org"), dayOf("2024-02-01"), dayOf("2026-11-27")).leaves.length // 40
 */
export function buildOrg(random: Random, windowStart: Day, asOf: Day): DemoOrg {
  const people: DemoPerson[] = [];
  const emails = new Map<string, number>();
  const addPerson = (name: string, role: string, managerId: string, region: string, segment: string, start: Day, end: Day | null): DemoPerson => {
    const base = emailFor(name, 0);
    const duplicate = emails.get(base) ?? 0;
    emails.set(base, duplicate + 1);
    const id = `REP-${String(people.length + 1).padStart(3, "0")}`;
    const skill = Math.min(1.3, Math.max(0.75, 1 + 0.12 * random.normal()));
    const style = random.weighted<ForecastStyle>(["optimistic", "balanced", "cautious"], [25, 55, 20]);
    const record: Rep = { id, name, email: emailFor(name, duplicate), role, managerId, region, segment, startDate: isoOf(start), endDate: end === null ? null : isoOf(end), extra: {} };
    const person = { record, skill, style };
    people.push(person);
    return person;
  };

  const cro = addPerson(personName(random, "NA"), "Chief Revenue Officer", "", "Global", "All", windowStart - random.int(200, 1500), null);
  const managers = TEAMS.map((team) => {
    const segments = Object.keys(team.reps);
    const segment = segments.length === 1 ? segments[0] : "All";
    return addPerson(personName(random, team.region), "Sales Manager", cro.record.id, team.region, segment, windowStart - random.int(400, 3000), null);
  });

  // Region and segment territories, owned by the region's first team manager and the segment's manager.
  const parents: Territory[] = [];
  const segmentTerritory = new Map<string, Territory>();
  TEAMS.forEach((team, t) => {
    const regionId = `TER-${team.region.toUpperCase()}`;
    if (!parents.some((p) => p.id === regionId)) {
      parents.push({ id: regionId, name: team.region, region: team.region, segment: "All", ownerId: managers[t].record.id, parentId: "", extra: {} });
    }
    for (const segment of SEGMENTS) {
      if (!team.reps[segment]) continue;
      const id = `${regionId}-${SEGMENT_CODE[segment]}`;
      const territory: Territory = { id, name: `${team.region} ${segment}`, region: team.region, segment, ownerId: managers[t].record.id, parentId: regionId, extra: {} };
      parents.push(territory);
      segmentTerritory.set(`${team.region}|${segment}`, territory);
    }
  });

  // One leaf per rep seat; each seat's current owner is created below.
  const seats: { team: number; segment: Segment; territory: DemoTerritory }[] = [];
  TEAMS.forEach((team, t) => {
    for (const segment of SEGMENTS) {
      const parent = segmentTerritory.get(`${team.region}|${segment}`);
      for (let n = 1; n <= (team.reps[segment] ?? 0); n += 1) {
        const record: Territory = { id: `${parent?.id}-${String(n).padStart(2, "0")}`, name: `${parent?.name} ${n}`, region: team.region, segment, ownerId: "", parentId: parent?.id ?? "", extra: {} };
        seats.push({ team: t, segment, territory: { record, region: team.region, segment, owners: [] } });
      }
    }
  });

  // Ownership changes, all before the last quarter so the weekly snapshots show a stable team.
  const changes = [...seats.keys()];
  const pickSeat = (): number => changes.splice(random.int(0, changes.length - 1), 1)[0];
  const departures = [
    { seat: pickSeat(), endDaysAgo: random.int(520, 640) },
    { seat: pickSeat(), endDaysAgo: random.int(380, 470) },
    { seat: pickSeat(), endDaysAgo: random.int(230, 300) },
    { seat: pickSeat(), endDaysAgo: random.int(160, 210) },
  ];
  // The carved-out territory needs a colleague in the same team and segment who held its accounts before.
  const hasPeer = (i: number): boolean => seats.some((other, o) => o !== i && other.team === seats[i].team && other.segment === seats[i].segment);
  const candidates = changes.filter(hasPeer);
  const carvedSeat = candidates[random.int(0, candidates.length - 1)];
  const order = [...seats.keys()].filter((i) => i !== carvedSeat).concat(carvedSeat);

  for (const index of order) {
    const seat = seats[index];
    const team = TEAMS[seat.team];
    const manager = managers[seat.team].record;
    const hire = (start: Day): DemoPerson => addPerson(personName(random, team.region), "Account Executive", manager.id, team.region, seat.segment, start, null);
    const departure = departures.find((d) => d.seat === index);
    const owners = seat.territory.owners;
    if (departure) {
      const end = asOf - departure.endDaysAgo;
      const leaver = addPerson(personName(random, team.region), "Account Executive", manager.id, team.region, seat.segment, end - random.int(700, 2500), end);
      const successor = hire(end + random.int(20, 50));
      const successorStart = dayOf(successor.record.startDate);
      // Between the leaver's last day and the new hire's first, the manager covers the territory.
      owners.push({ ownerId: leaver.record.id, from: -FOREVER, to: end }, { ownerId: manager.id, from: end + 1, to: successorStart - 1 }, { ownerId: successor.record.id, from: successorStart, to: FOREVER });
    } else if (index === carvedSeat) {
      const start = asOf - random.int(100, 140);
      const newcomer = hire(start);
      // Until the hire, the carved-out accounts belonged to a colleague in the same segment.
      const peer = seats.find((other, o) => o !== index && other.team === seat.team && other.segment === seat.segment);
      const previous = peer ? ownerOn(peer.territory, start - 1) : manager.id;
      owners.push({ ownerId: previous, from: -FOREVER, to: start - 1 }, { ownerId: newcomer.record.id, from: start, to: FOREVER });
    } else {
      const rep = hire(windowStart - random.int(60, 2000));
      owners.push({ ownerId: rep.record.id, from: -FOREVER, to: FOREVER });
    }
    seat.territory.record.ownerId = owners[owners.length - 1].ownerId;
  }

  return { people, personById: new Map(people.map((p) => [p.record.id, p])), parents, leaves: seats.map((s) => s.territory) };
}

/**
 * The owner of a territory on a day.
 * @example ownerOn({ owners: [{ ownerId: "REP-010", from: -1e6, to: 1e6 }] } as DemoTerritory, 20000) // "REP-010"
 */
export function ownerOn(territory: DemoTerritory, day: Day): string {
  for (const spell of territory.owners) if (day >= spell.from && day <= spell.to) return spell.ownerId;
  return territory.owners[territory.owners.length - 1].ownerId;
}

/**
 * How productive a person is on a day: new hires ramp linearly to full productivity over six months.
 * @example rampFactor("2026-01-01", dayOf("2026-01-01")) // 0.3
 */
export function rampFactor(startDate: string, day: Day): number {
  const start = dayOf(startDate);
  return Math.min(1, Math.max(0.3, 0.3 + (0.7 * (day - start)) / 182));
}
