import { addDays, demoId, today as todayInItaly } from "@coopgraph/kit";
import type { CooperativeType, DisadvantageCategory, PlacementKind, PlacementOutcome, PrismaClient, ReferringService } from "./db";

/**
 * Demo data for the embedded start: placements in type B (and one AB) cooperatives of
 * membership's demo data, so that for the current month some cooperatives are above the 30% line,
 * some at it (compliant with margin 0: one departure breaks it) and some below. Exactly 30% cannot
 * occur here: membership's demo cooperatives have at most 7 workers, and 30% of a headcount needs
 * a multiple of 10.
 *
 * Cooperative n is demoId("cooperative", n), its k-th person (from 0) demoPersonId(n, k). Workers
 * (worker members and employees) per membership's demo data, and the verdict this gives:
 *   n=2  B  TO  5 workers, 3 employed: 60% above (margin 2)
 *   n=12 B  BS  3 workers, 2 employed: 67% above (margin 1)
 *   n=4  B  RM  6 workers, 2 employed: 33% at the line (margin 0)
 *   n=6  B  FI  3 workers, 1 employed: 33% at the line (margin 0)
 *   n=20 B  TO  5 workers, 2 employed: 40% at the line (margin 0)
 *   n=5  AB NA  7 workers, 2 employed: 28.57% below (margin -1)
 *   n=8  B  PA  5 workers, 1 employed (another dropped out long ago): 20% below (margin -1)
 *   n=10 B  VR  6 workers, 1 trainee (not a worker): 0% below (margin -3)
 * Cooperatives 2 and 20 are both type B in Torino: their five persons with a physical disability
 * make the one cell of the statistics large enough to publish.
 */

/** membership's demoPersonId(n, k): the k-th demo person of demo cooperative n. */
export const demoPersonId = (n: number, k: number) => demoId("person", n * 100 + k);

interface DemoPlacement {
  n: number;
  k: number;
  category: DisadvantageCategory;
  referringService: ReferringService;
  kind?: PlacementKind;
  /** Days before today it started. */
  startedAgo: number;
  /** Days before today it ended, with how. */
  ended?: { ago: number; outcome: PlacementOutcome };
  role: string;
  goals: string[];
}

const COOPERATIVES: Record<number, { type: CooperativeType; province: string }> = {
  2: { type: "B", province: "TO" },
  4: { type: "B", province: "RM" },
  5: { type: "AB", province: "NA" },
  6: { type: "B", province: "FI" },
  8: { type: "B", province: "PA" },
  10: { type: "B", province: "VR" },
  12: { type: "B", province: "BS" },
  20: { type: "B", province: "TO" },
};

const PLACEMENTS: DemoPlacement[] = [
  {
    n: 2,
    k: 0,
    category: "PHYSICAL_DISABILITY",
    referringService: "HEALTH_AUTHORITY",
    startedAgo: 420,
    role: "Addetto alle pulizie",
    goals: ["Autonomia negli spostamenti casa-lavoro", "Gestione del turno completo"],
  },
  {
    n: 2,
    k: 1,
    category: "PHYSICAL_DISABILITY",
    referringService: "HEALTH_AUTHORITY",
    startedAgo: 240,
    role: "Magazziniere",
    goals: ["Uso del transpallet elettrico", "Lavoro in squadra"],
  },
  {
    n: 2,
    k: 3,
    category: "PHYSICAL_DISABILITY",
    referringService: "SOCIAL_SERVICES",
    kind: "TRAINEESHIP",
    startedAgo: 400,
    ended: { ago: 200, outcome: "HIRED" },
    role: "Tirocinante in manutenzione del verde",
    goals: ["Uso sicuro del decespugliatore"],
  },
  {
    n: 2,
    k: 3,
    category: "PHYSICAL_DISABILITY",
    referringService: "SOCIAL_SERVICES",
    startedAgo: 199,
    role: "Manutentore del verde",
    goals: ["Conduzione di una squadra di due persone", "Patente per mezzi agricoli"],
  },
  {
    n: 20,
    k: 0,
    category: "PHYSICAL_DISABILITY",
    referringService: "HEALTH_AUTHORITY",
    startedAgo: 310,
    role: "Operatore di raccolta differenziata",
    goals: ["Rispetto degli orari", "Autonomia nel giro di raccolta"],
  },
  { n: 20, k: 1, category: "PHYSICAL_DISABILITY", referringService: "HEALTH_AUTHORITY", startedAgo: 150, role: "Addetto al centro di riuso", goals: ["Relazione con il pubblico"] },
  {
    n: 4,
    k: 0,
    category: "ADDICTION",
    referringService: "ADDICTION_SERVICE",
    startedAgo: 380,
    role: "Addetto alla logistica",
    goals: ["Continuità della presenza", "Gestione del denaro"],
  },
  {
    n: 4,
    k: 1,
    category: "PRISONER_OR_ALTERNATIVE_MEASURE",
    referringService: "PROBATION_OFFICE",
    startedAgo: 90,
    role: "Falegname",
    goals: ["Uso delle macchine da banco", "Rientro serale nei tempi della misura"],
  },
  {
    n: 6,
    k: 0,
    category: "MENTAL_DISABILITY",
    referringService: "HEALTH_AUTHORITY",
    startedAgo: 500,
    role: "Addetto alla ristorazione",
    goals: ["Preparazione della linea fredda"],
  },
  {
    n: 12,
    k: 0,
    category: "PSYCHIATRIC_TREATMENT",
    referringService: "MENTAL_HEALTH_CENTRE",
    startedAgo: 270,
    role: "Addetto alla legatoria",
    goals: ["Tenuta di un orario di 20 ore", "Rapporto con i colleghi"],
  },
  { n: 12, k: 1, category: "SENSORY_DISABILITY", referringService: "HEALTH_AUTHORITY", startedAgo: 120, role: "Centralinista", goals: ["Uso del software di sintesi vocale"] },
  {
    n: 5,
    k: 0,
    category: "FORMER_PSYCHIATRIC_PATIENT",
    referringService: "MENTAL_HEALTH_CENTRE",
    startedAgo: 600,
    role: "Giardiniere",
    goals: ["Autonomia nella cura delle aiuole", "Lavoro all'aperto in ogni stagione"],
  },
  {
    n: 5,
    k: 1,
    category: "MINOR_IN_FAMILY_DIFFICULTY",
    referringService: "SOCIAL_SERVICES",
    startedAgo: 75,
    role: "Aiuto cuoco",
    goals: ["Igiene alimentare (HACCP)", "Rispetto delle consegne"],
  },
  { n: 8, k: 0, category: "ADDICTION", referringService: "ADDICTION_SERVICE", startedAgo: 330, role: "Operatore ecologico", goals: ["Continuità della presenza"] },
  {
    n: 8,
    k: 3,
    category: "PSYCHIATRIC_TREATMENT",
    referringService: "MENTAL_HEALTH_CENTRE",
    startedAgo: 900,
    ended: { ago: 700, outcome: "DROPPED_OUT" },
    role: "Addetto alle pulizie",
    goals: ["Tenuta del turno del mattino"],
  },
  {
    n: 10,
    k: 0,
    category: "PRISONER_OR_ALTERNATIVE_MEASURE",
    referringService: "PROBATION_OFFICE",
    kind: "TRAINEESHIP",
    startedAgo: 60,
    role: "Tirocinante in officina",
    goals: ["Sicurezza in officina", "Saldatura di base"],
  },
];

const NOTES = [
  "Presenza regolare; buona relazione con il tutor.",
  "Obiettivi in linea con il progetto; concordato un aumento graduale delle mansioni.",
  "Qualche assenza nel mese; colloquio con il servizio inviante.",
];

export async function seedInclusion(db: PrismaClient, now = new Date()): Promise<{ placements: number; reviews: number } | null> {
  if ((await db.placement.count()) > 0) return null;
  const today = todayInItaly(now);
  let reviews = 0;
  for (const [i, demo] of PLACEMENTS.entries()) {
    const start = addDays(today, -demo.startedAgo);
    const end = demo.ended ? addDays(today, -demo.ended.ago) : null;
    const kind = demo.kind ?? "EMPLOYMENT";
    const reviewDays = [30, 120, 300].filter((after) => after <= demo.startedAgo && (!demo.ended || after <= demo.startedAgo - demo.ended.ago));
    await db.placement.create({
      data: {
        id: demoId("placement", i + 1),
        personId: demoPersonId(demo.n, demo.k),
        cooperativeId: demoId("cooperative", demo.n),
        cooperativeType: COOPERATIVES[demo.n].type,
        province: COOPERATIVES[demo.n].province,
        category: demo.category,
        referringService: demo.referringService,
        certificationReference: `PROT-${start.getUTCFullYear()}/${String(1000 + i * 37)}`,
        certificationDate: addDays(start, -21),
        kind,
        monthlyStipend: kind === "TRAINEESHIP" ? "450.00" : null,
        hoursPerWeek: kind === "TRAINEESHIP" ? 20 : 18 + (i % 4) * 6,
        role: demo.role,
        tutor: ["Maria Ferri", "Giovanni Sala", "Luisa Neri"][i % 3],
        startDate: start,
        endDate: end,
        outcome: demo.ended?.outcome ?? null,
        startedBy: "seed",
        endedBy: demo.ended ? "seed" : null,
        endedAt: end,
        plan: {
          create: {
            id: demoId("plan", i + 1),
            goals: demo.goals,
            createdBy: "seed",
            reviews: { create: reviewDays.map((after, r) => ({ date: addDays(start, after), author: "seed", progressNote: NOTES[(i + r) % NOTES.length] })) },
          },
        },
      },
    });
    reviews += reviewDays.length;
  }
  return { placements: PLACEMENTS.length, reviews };
}
