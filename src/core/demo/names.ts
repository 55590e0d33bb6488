/**
 * Person and company names for the demo org, by region, so a Tokyo account has a Japanese name and
 * its rep a Japanese name too. All names are invented combinations; email addresses use the
 * reserved `.example` domain so no demo record can ever reach a real mailbox.
 */
import { Random } from "./prng";
import type { Region } from "./catalogue";

const FIRST_NAMES: Record<Region, readonly string[]> = {
  NA: ["James", "Maria", "Robert", "Jennifer", "Michael", "Linda", "David", "Sarah", "Daniel", "Ashley", "Kevin", "Emily", "Brian", "Megan", "Jason", "Rachel", "Tyler", "Nicole", "Marcus", "Olivia"],
  EMEA: ["Oliver", "Charlotte", "Lukas", "Sophie", "Thomas", "Emma", "Pierre", "Camille", "Jan", "Anna", "Luca", "Giulia", "Carlos", "Lucia", "Sven", "Freya", "Liam", "Aoife", "Felix", "Hannah"],
  APAC: ["Jack", "Chloe", "Arjun", "Priya", "Wei", "Mei", "Ethan", "Isla", "Rahul", "Ananya", "Kai", "Grace", "Vikram", "Li", "Noah", "Ruby"],
  LATAM: ["Joao", "Ana", "Pedro", "Mariana", "Lucas", "Gabriela", "Diego", "Valentina", "Mateo", "Camila", "Rafael", "Fernanda", "Santiago", "Isabela"],
  Japan: ["Haruto", "Yui", "Sota", "Aoi", "Ren", "Hina", "Takumi", "Sakura", "Kenji", "Yuki", "Daiki", "Mio"],
};

const LAST_NAMES: Record<Region, readonly string[]> = {
  NA: ["Smith", "Johnson", "Williams", "Brown", "Garcia", "Miller", "Davis", "Martinez", "Anderson", "Taylor", "Thomas", "Moore", "Jackson", "Clark", "Lewis", "Walker", "Young", "Hall", "Allen", "King"],
  EMEA: ["Taylor", "Wilson", "Muller", "Schmidt", "Dubois", "Martin", "de Vries", "Jansen", "Rossi", "Bianchi", "Fernandez", "Lopez", "Lindqvist", "Berg", "Murphy", "Kelly", "Weber", "Fischer", "Laurent", "Evans"],
  APAC: ["Nguyen", "Chen", "Sharma", "Patel", "Tan", "Lim", "Wong", "Singh", "Kumar", "Mitchell", "Campbell", "Li", "Wang", "Kaur", "Brown", "Harris"],
  LATAM: ["Silva", "Santos", "Oliveira", "Souza", "Pereira", "Costa", "Hernandez", "Gonzalez", "Rodriguez", "Ramirez", "Torres", "Rocha", "Alves", "Castro"],
  Japan: ["Sato", "Suzuki", "Takahashi", "Tanaka", "Watanabe", "Ito", "Yamamoto", "Nakamura", "Kobayashi", "Kato", "Yoshida", "Yamada"],
};

const COMPANY_FIRST: Record<Region, readonly string[]> = {
  NA: ["Northwind", "Blue Ridge", "Summit", "Pioneer", "Cascade", "Redwood", "Lakeshore", "Keystone", "Granite", "Silver Creek", "Frontier", "Harbor", "Prairie", "Liberty", "Evergreen", "Canyon", "Ironwood", "Maple", "Beacon", "Crescent"],
  EMEA: ["Albion", "Rhein", "Lumiere", "Nordlicht", "Thames", "Alpen", "Iberia", "Celtic", "Baltic", "Danube", "Orbis", "Meridian", "Hanse", "Solent", "Azur", "Vesta", "Fjord", "Tamesis", "Borealis", "Lugano"],
  APAC: ["Southern Cross", "Lotus", "Harbourside", "Jade", "Coral", "Monsoon", "Ganges", "Kiwi", "Outback", "Sentosa", "Pacific Rim", "Banyan", "Tasman", "Saffron", "Orchid", "Bluegum"],
  LATAM: ["Amazonia", "Andes", "Pampa", "Aurora", "Sol", "Cordillera", "Rio Claro", "Atlantico", "Maya", "Condor", "Itapua", "Caribe", "Serra Azul", "Vale"],
  Japan: ["Sakura", "Fuji", "Hikari", "Kawa", "Asahi", "Midori", "Tsubasa", "Yamato", "Kaze", "Hoshi", "Minato", "Sora"],
};

const COMPANY_SECOND: Record<string, readonly string[]> = {
  Technology: ["Systems", "Software", "Digital", "Labs", "Networks"],
  "Financial Services": ["Capital", "Bank", "Financial", "Insurance", "Asset Management"],
  Healthcare: ["Health", "Medical", "Clinics", "Life Sciences", "Care"],
  Manufacturing: ["Industries", "Manufacturing", "Engineering", "Components", "Materials"],
  Retail: ["Retail", "Stores", "Brands", "Markets", "Outfitters"],
  Energy: ["Energy", "Power", "Renewables", "Utilities"],
  Telecommunications: ["Telecom", "Communications", "Mobile", "Broadband"],
  "Public Sector": ["Council", "Authority", "Agency", "Services"],
  Media: ["Media", "Studios", "Publishing", "Broadcasting"],
  Transportation: ["Logistics", "Freight", "Transport", "Shipping", "Airways"],
  "Professional Services": ["Consulting", "Partners", "Advisory", "Associates"],
  Education: ["University", "Academy", "Learning", "College"],
};

/**
 * A person's name typical of the region.
 * @example personName(new Random(1), "Japan") // e.g. "Yui Tanaka"
 */
export function personName(random: Random, region: Region): string {
  return `${random.pick(FIRST_NAMES[region])} ${random.pick(LAST_NAMES[region])}`;
}

/**
 * A work email for a name: lower case, accents and spaces removed, on the reserved demo domain.
 * @example emailFor("Anna de Vries", 0) // "anna.devries@salesops-demo.example"
 */
export function emailFor(name: string, duplicate: number): string {
  const [first, ...rest] = name
    .normalize("NFD")
    .replace(/[^A-Za-z ]/g, "")
    .toLowerCase()
    .split(" ");
  return `${first}.${rest.join("")}${duplicate > 0 ? duplicate + 1 : ""}@salesops-demo.example`;
}

/**
 * A company name typical of the region and industry, with a legal suffix of its country.
 * Callers make it unique (see {@link uniqueName}).
 * @example companyName(new Random(1), "EMEA", "Energy", "GmbH") // e.g. "Rhein Energy GmbH"
 */
export function companyName(random: Random, region: Region, industry: string, suffix: string): string {
  const second = COMPANY_SECOND[industry] ?? ["Group"];
  return `${random.pick(COMPANY_FIRST[region])} ${random.pick(second)} ${suffix}`;
}

/**
 * Returns `name`, or `name` with a distinguishing word when it is already taken, and records it.
 * @example uniqueName("Acme Inc.", new Set(["Acme Inc."])) // "Acme Inc. (2)"
 */
export function uniqueName(name: string, taken: Set<string>): string {
  let candidate = name;
  for (let n = 2; taken.has(candidate); n += 1) candidate = `${name} (${n})`;
  taken.add(candidate);
  return candidate;
}
