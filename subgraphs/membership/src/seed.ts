import { partitaIvaCheckDigit, personTaxCodeCheckChar, regionOfProvince } from "@coopgraph/ids";
import { demoId, today as todayInItaly } from "@coopgraph/kit";
import type { CooperativeStatus, CooperativeType, PersonRole, PrismaClient } from "./db";
import { durcValidUntil } from "./durc/durc.rules";

/**
 * Demo data for the embedded start: 34 members and applicants across Italy, with valid partite
 * IVA and codici fiscali, people, DURCs and share capital. Cooperative n has id
 * demoId("cooperative", n); other seeds refer to them so (procurement assigns contracts to the
 * ACTIVE type B/AB ones listed in DEMO_ELIGIBLE_B).
 */
const SEATS: [municipality: string, province: string, belfiore: string, office: string][] = [
  ["Milano", "MI", "F205", "015"],
  ["Torino", "TO", "L219", "001"],
  ["Bologna", "BO", "A944", "037"],
  ["Roma", "RM", "H501", "058"],
  ["Napoli", "NA", "F839", "063"],
  ["Firenze", "FI", "D612", "048"],
  ["Bari", "BA", "A662", "072"],
  ["Palermo", "PA", "G273", "082"],
  ["Genova", "GE", "D969", "010"],
  ["Verona", "VR", "L781", "023"],
  ["Padova", "PD", "G224", "028"],
  ["Brescia", "BS", "B157", "017"],
  ["Bergamo", "BG", "A794", "016"],
  ["Trento", "TN", "L378", "022"],
  ["Perugia", "PG", "G478", "054"],
  ["Ancona", "AN", "A271", "042"],
  ["Pescara", "PE", "G482", "068"],
  ["Cagliari", "CA", "B354", "092"],
];

const NAMES = [
  "Il Girasole",
  "La Rondine",
  "Arcobaleno",
  "Il Melograno",
  "Terra Nuova",
  "L'Officina",
  "Il Seme",
  "La Bottega Solidale",
  "Orizzonti",
  "Il Ponte",
  "Mani Amiche",
  "La Quercia",
  "Giardini Aperti",
  "Il Faro",
  "Nuovi Sentieri",
  "La Tela",
  "Ortinsieme",
  "Il Mosaico",
  "Lavoro e Dignità",
  "La Fenice",
  "Il Grillo Parlante",
  "Spazio Comune",
  "Il Cammino",
  "La Spiga",
  "Sole e Luna",
  "Il Chiostro",
  "Rete Verde",
  "La Lanterna",
  "Il Frantoio",
  "Casa Aperta",
  "Il Delfino",
  "La Sorgente",
  "Consorzio Sociale Valli Unite",
  "Servizi Integrati Srl",
];

interface DemoCooperative {
  n: number;
  type: CooperativeType;
  status: CooperativeStatus;
  ateco: string[];
}

const ATECO_BY_TYPE: Record<CooperativeType, string[]> = {
  A: ["88.10.00", "87.30.00"],
  B: ["81.29.10", "81.30.00", "38.11.00"],
  AB: ["88.99.00", "81.21.00"],
  CONSORTIUM: ["82.99.99"],
  OTHER: ["70.22.09"],
};

function demoCooperatives(): DemoCooperative[] {
  const types: CooperativeType[] = ["A", "B", "A", "B", "AB", "B", "A", "B"];
  return NAMES.map((_, i) => {
    const n = i + 1;
    const type: CooperativeType = n === 33 ? "CONSORTIUM" : n === 34 ? "OTHER" : types[i % types.length];
    const status: CooperativeStatus = n >= 29 && n <= 31 ? "APPLICANT" : n === 27 || n === 28 ? "SUSPENDED" : n === 26 ? "WITHDRAWN" : "ACTIVE";
    return { n, type, status, ateco: ATECO_BY_TYPE[type] };
  });
}

/** Numbers of the ACTIVE type B and AB demo cooperatives with a valid DURC. */
export const DEMO_ELIGIBLE_B = demoCooperatives()
  .filter((c) => c.status === "ACTIVE" && (c.type === "B" || c.type === "AB") && c.n % 9 !== 0)
  .map((c) => c.n);

function partitaIva(n: number, office: string): string {
  const first10 = String(1_200_000 + n * 7_919).padStart(7, "0") + office;
  return first10 + partitaIvaCheckDigit(first10);
}

const FIRST_NAMES: [string, "M" | "F"][] = [
  ["Giulia", "F"],
  ["Marco", "M"],
  ["Francesca", "F"],
  ["Luca", "M"],
  ["Sara", "F"],
  ["Andrea", "M"],
  ["Chiara", "F"],
  ["Matteo", "M"],
  ["Elena", "F"],
  ["Davide", "M"],
  ["Anna", "F"],
  ["Paolo", "M"],
  ["Martina", "F"],
  ["Giorgio", "M"],
];
const LAST_NAMES = [
  "Rossi",
  "Bianchi",
  "Esposito",
  "Romano",
  "Colombo",
  "Ricci",
  "Marino",
  "Greco",
  "Bruno",
  "Gallo",
  "Conti",
  "De Luca",
  "Mancini",
  "Costa",
  "Giordano",
  "Rizzo",
  "Lombardi",
  "Moretti",
];
const MONTHS = "ABCDEHLMPRST";

function letters(text: string): { consonants: string; vowels: string } {
  const clean = text.toUpperCase().replace(/[^A-Z]/g, "");
  return { consonants: clean.replace(/[AEIOU]/g, ""), vowels: clean.replace(/[^AEIOU]/g, "") };
}
function surnameCode(surname: string): string {
  const { consonants, vowels } = letters(surname);
  return `${consonants + vowels}XXX`.slice(0, 3);
}
function firstNameCode(name: string): string {
  const { consonants, vowels } = letters(name);
  if (consonants.length >= 4) return consonants[0] + consonants[2] + consonants[3];
  return `${consonants + vowels}XXX`.slice(0, 3);
}

/** A codice fiscale built by the official rules (DM 12/03/1974), check character included. */
export function personTaxCode(first: string, last: string, sex: "M" | "F", birth: Date, belfiore: string): string {
  const day = birth.getUTCDate() + (sex === "F" ? 40 : 0);
  const first15 =
    surnameCode(last) + firstNameCode(first) + String(birth.getUTCFullYear() % 100).padStart(2, "0") + MONTHS[birth.getUTCMonth()] + String(day).padStart(2, "0") + belfiore;
  return first15 + personTaxCodeCheckChar(first15);
}

const day = (iso: string) => new Date(`${iso}T00:00:00.000Z`);
const addDays = (date: Date, days: number) => new Date(date.getTime() + days * 86_400_000);

/**
 * The k-th person (from 0) of demo cooperative n: other subgraphs' demo data refers to people so.
 * Cooperative n has 4 + (n % 6) people; the last is an EMPLOYEE, every third (k % 3 === 2) a
 * VOLUNTEER_MEMBER, the others WORKER_MEMBERs, all there since the cooperative's admission.
 */
export function demoPersonId(n: number, k: number): string {
  return demoId("person", n * 100 + k);
}

export async function seedMembership(db: PrismaClient, now = new Date()): Promise<{ cooperatives: number; people: number } | null> {
  if ((await db.cooperative.count()) > 0) return null;
  const today = todayInItaly(now);
  let people = 0;
  for (const demo of demoCooperatives()) {
    const [municipality, province, belfiore, office] = SEATS[(demo.n - 1) % SEATS.length];
    const id = demoId("cooperative", demo.n);
    const isMember = demo.status !== "APPLICANT";
    const admitted = isMember ? addDays(day("2012-03-15"), demo.n * 97) : null;
    const subscribed = isMember ? `${(demo.n % 5) * 500 + 1000}.00` : "0.00";
    const paid = isMember ? (demo.n % 3 === 0 ? `${(demo.n % 5) * 250 + 500}.00` : subscribed) : "0.00";
    const name = demo.n >= 33 ? NAMES[demo.n - 1] : `${NAMES[demo.n - 1]} Società Cooperativa Sociale`;
    await db.cooperative.create({
      data: {
        id,
        name,
        taxCode: partitaIva(demo.n, office),
        alboNumber: demo.type === "OTHER" ? null : `A${String(100_000 + demo.n * 4_271).padStart(6, "0")}`,
        type: demo.type,
        status: demo.status,
        municipality,
        province,
        region: regionOfProvince(province)!,
        atecoCodes: demo.ateco,
        email: `info@coop${demo.n}.example.it`,
        admissionDate: admitted,
        shareCapitalSubscribed: subscribed,
        shareCapitalPaid: paid,
        applications: {
          create: {
            submittedAt: admitted ? addDays(admitted, -30) : addDays(now, -demo.n),
            submittedBy: "seed",
            requestedShareCapital: isMember ? subscribed : "1000.00",
            ...(admitted
              ? { decision: "ADMIT", resolutionNumber: `CdA ${admitted.getUTCFullYear()}/${demo.n}`, resolutionDate: admitted, decidedBy: "seed", decidedAt: admitted }
              : {}),
          },
        },
        statusChanges: {
          create: [
            { fromStatus: null, toStatus: "APPLICANT", effectiveDate: admitted ? addDays(admitted, -30) : today, changedBy: "seed", reason: "application received" },
            ...(admitted
              ? [
                  {
                    fromStatus: "APPLICANT" as const,
                    toStatus: "ACTIVE" as const,
                    effectiveDate: admitted,
                    changedBy: "seed",
                    resolutionNumber: `CdA ${admitted.getUTCFullYear()}/${demo.n}`,
                  },
                ]
              : []),
            ...(demo.status === "SUSPENDED" || demo.status === "WITHDRAWN"
              ? [
                  {
                    fromStatus: "ACTIVE" as const,
                    toStatus: demo.status,
                    effectiveDate: addDays(today, -20),
                    changedBy: "seed",
                    reason: demo.status === "SUSPENDED" ? "share capital unpaid" : "recesso del socio",
                  },
                ]
              : []),
          ],
        },
        shareCapital: isMember
          ? {
              create: [
                { kind: "SUBSCRIPTION", amount: subscribed, date: admitted!, recordedBy: "seed" },
                { kind: "PAYMENT", amount: paid, date: admitted!, recordedBy: "seed" },
              ],
            }
          : undefined,
        // Every ninth cooperative's DURC has lapsed; the others hold one issued within the last 60 days.
        durcs: isMember
          ? {
              create: [
                {
                  issueDate: addDays(today, demo.n % 9 === 0 ? -200 : -(demo.n % 60)),
                  validUntil: durcValidUntil(addDays(today, demo.n % 9 === 0 ? -200 : -(demo.n % 60))),
                  protocolNumber: `INPS_${40_000_000 + demo.n}`,
                  recordedBy: "seed",
                },
              ],
            }
          : undefined,
      },
    });
    const headcount = 4 + (demo.n % 6);
    const rows = Array.from({ length: headcount }, (_, k) => {
      const [first, sex] = FIRST_NAMES[(demo.n * 3 + k) % FIRST_NAMES.length];
      const last = LAST_NAMES[(demo.n * 5 + k * 7) % LAST_NAMES.length];
      const birth = day(`${1965 + ((demo.n + k * 11) % 35)}-${String(1 + ((demo.n + k) % 12)).padStart(2, "0")}-${String(1 + ((demo.n * 7 + k) % 28)).padStart(2, "0")}`);
      const role: PersonRole = k === headcount - 1 ? "EMPLOYEE" : k % 3 === 2 ? "VOLUNTEER_MEMBER" : "WORKER_MEMBER";
      return {
        id: demoPersonId(demo.n, k),
        cooperativeId: id,
        firstName: first,
        lastName: last,
        taxCode: personTaxCode(first, last, sex, birth, belfiore),
        role,
        startDate: admitted ?? today,
      };
    });
    await db.person.createMany({ data: rows });
    people += rows.length;
  }
  return { cooperatives: NAMES.length, people };
}
