const { validateStart } = require("@coopgraph/inclusion/dist/placement/placement.rules");
const { Table } = require("./copy");
const { at, iso, toDate } = require("./days");
const { Random } = require("./random");

const SERVICES_BY_CATEGORY = {
  PHYSICAL_DISABILITY: ["HEALTH_AUTHORITY", "SOCIAL_SERVICES"],
  MENTAL_DISABILITY: ["HEALTH_AUTHORITY", "SOCIAL_SERVICES"],
  SENSORY_DISABILITY: ["HEALTH_AUTHORITY"],
  FORMER_PSYCHIATRIC_PATIENT: ["MENTAL_HEALTH_CENTRE"],
  PSYCHIATRIC_TREATMENT: ["MENTAL_HEALTH_CENTRE"],
  ADDICTION: ["ADDICTION_SERVICE"],
  MINOR_IN_FAMILY_DIFFICULTY: ["SOCIAL_SERVICES"],
  PRISONER_OR_ALTERNATIVE_MEASURE: ["PROBATION_OFFICE"],
};
const CATEGORY_WEIGHTS = {
  PHYSICAL_DISABILITY: 24,
  MENTAL_DISABILITY: 18,
  SENSORY_DISABILITY: 6,
  FORMER_PSYCHIATRIC_PATIENT: 5,
  PSYCHIATRIC_TREATMENT: 14,
  ADDICTION: 16,
  MINOR_IN_FAMILY_DIFFICULTY: 4,
  PRISONER_OR_ALTERNATIVE_MEASURE: 13,
};
const ROLES = [
  "addetto alle pulizie",
  "giardiniere",
  "magazziniere",
  "aiuto cuoco",
  "operatore ecologico",
  "addetto alla lavanderia",
  "custode",
  "addetto all'assemblaggio",
  "bracciante agricolo",
];
const GOALS = [
  "autonomia negli spostamenti casa-lavoro",
  "rispetto degli orari di lavoro",
  "uso corretto dei dispositivi di protezione",
  "lavoro in squadra",
  "gestione del denaro",
  "acquisizione delle competenze della mansione",
  "relazioni con i colleghi",
  "continuità della presenza",
  "passaggio a un contratto a tempo indeterminato",
];
const NOTES = [
  "Buona integrazione nel gruppo di lavoro.",
  "Presenze regolari; migliorata l'autonomia.",
  "Difficoltà negli orari del mattino, concordato un orario ridotto.",
  "Obiettivi raggiunti in parte; si prosegue.",
  "Ottimi progressi nelle competenze della mansione.",
];

const WORKER_ROLES = new Set(["WORKER_MEMBER", "EMPLOYEE"]);

/**
 * Which people are placed where, decided before procurement's assignments: the large member and
 * as many other ACTIVE type B and AB members as the budget allows place 36% of their workers (past
 * and present) for as long as each works there, so they meet the 30% rule in the months they are
 * assigned reserved contracts (they are marked `compliant`); other type B and AB members place
 * fewer (below the line); the rest are traineeships and placements in type A members.
 *
 * @param {{ counts: Record<string, number>, world: any }} options
 */
function planInclusion({ counts, world }) {
  const random = new Random("coopgraph-large:inclusion-plan");
  const budget = counts.placements;
  const placements = [];
  const placed = new Set();
  const place = (coop, person, kind) => {
    placed.add(person.index);
    placements.push({ coop, person, kind });
  };
  const active = world.coops.filter((c) => c.status === "ACTIVE");
  const typeB = random.shuffle(active.filter((c) => !c.large && (c.type === "B" || c.type === "AB")));
  const candidates = [world.coops[0], ...typeB];
  let belowFrom = candidates.length;
  for (const [i, coop] of candidates.entries()) {
    const workers = coop.people.map((p) => world.people[p]).filter((p) => WORKER_ROLES.has(p.role));
    if (!coop.large && workers.length < 3) continue;
    const need = Math.ceil(workers.length * 0.36);
    if (!coop.large && placements.length + need > budget * 0.75) {
      belowFrom = i;
      break;
    }
    coop.compliant = true;
    for (const person of random.shuffle(workers).slice(0, need)) place(coop, person, "EMPLOYMENT");
  }
  for (const coop of candidates.slice(belowFrom)) {
    if (placements.length >= budget * 0.9) break;
    const workers = coop.people.map((p) => world.people[p]).filter((p) => WORKER_ROLES.has(p.role));
    const share = 0.1 + random.next() * 0.12;
    for (const person of random.shuffle(workers).slice(0, Math.floor(workers.length * share))) place(coop, person, "EMPLOYMENT");
  }
  const hosts = active.filter((c) => c.type !== "OTHER" && c.people.length > 0);
  for (let tries = 0; placements.length < budget && tries < budget * 20; tries++) {
    const coop = random.pick(hosts);
    const person = world.people[random.pick(coop.people)];
    if (placed.has(person.index)) continue;
    place(coop, person, WORKER_ROLES.has(person.role) && random.chance(0.5) ? "EMPLOYMENT" : "TRAINEESHIP");
  }
  world.placements = placements;
}

/**
 * The placements planned, with their individual plans and reviews. A placement lasts while the
 * person works there (it ends when they leave, with an outcome); it was certified before it started.
 *
 * @param {{ today: number, world: any }} options
 */
function generateInclusion({ today, world }) {
  const random = new Random("coopgraph-large:inclusion");
  const now = toDate(today);
  const tables = {
    placement: new Table("Placement", [
      "id",
      "personId",
      "cooperativeId",
      "cooperativeType",
      "province",
      "category",
      "referringService",
      "certificationReference",
      "certificationDate",
      "kind",
      "monthlyStipend",
      "hoursPerWeek",
      "role",
      "tutor",
      "startDate",
      "endDate",
      "outcome",
      "startedBy",
      "startedAt",
      "endedBy",
      "endedAt",
    ]),
    plan: new Table("IndividualPlan", ["id", "placementId", "goals", "createdBy", "createdAt"]),
    review: new Table("PlanReview", ["id", "planId", "date", "author", "progressNote", "recordedAt"]),
  };
  for (const { coop, person, kind } of world.placements) {
    const category = random.weighted(CATEGORY_WEIGHTS);
    const referringService = random.pick(SERVICES_BY_CATEGORY[category]);
    let start = person.start + (kind === "TRAINEESHIP" ? random.int(0, 60) : 0);
    if (person.end !== null) start = Math.min(start, person.end);
    start = Math.min(start, today);
    const certified = start - random.int(0, 90);
    let end = null;
    let outcome = null;
    if (person.end !== null && person.end <= today) {
      end = Math.max(start, person.end);
      outcome = random.weighted({ ENDED: 50, DROPPED_OUT: 30, HIRED: 20 });
    } else if (kind === "TRAINEESHIP" && start + 365 < today && random.chance(0.6)) {
      end = start + random.int(180, 365);
      outcome = random.weighted({ HIRED: 40, CONTINUING: 20, ENDED: 30, DROPPED_OUT: 10 });
    }
    const goals = [...new Set(Array.from({ length: random.int(1, 4) }, () => random.pick(GOALS)))];
    const tutor = `${random.pick(["Maria", "Giovanni", "Lucia", "Pietro", "Carla", "Enrico"])} ${random.pick(["Ferri", "Sala", "Neri", "Riva", "Bassi", "Fabbri"])}`;
    const valid = validateStart(
      {
        personId: person.id,
        cooperativeId: coop.id,
        category: /** @type {any} */ (category),
        referringService: /** @type {any} */ (referringService),
        certificationReference: `Prot. ${referringService === "PROBATION_OFFICE" ? "UEPE" : "ASL"} ${iso(certified).slice(0, 4)}/${random.int(1000, 99999)}`,
        certificationDate: toDate(certified),
        kind: /** @type {any} */ (kind),
        monthlyStipend: kind === "TRAINEESHIP" ? `${random.int(30, 80) * 10}.00` : null,
        hoursPerWeek: kind === "TRAINEESHIP" ? random.int(12, 30) : random.int(18, 38),
        role: random.pick(ROLES),
        tutor,
        startDate: toDate(start),
        goals,
      },
      now,
    );
    const id = random.uuid();
    tables.placement.add(
      id,
      person.id,
      coop.id,
      coop.type,
      coop.seat.province,
      category,
      referringService,
      valid.certificationReference,
      iso(certified),
      kind,
      valid.monthlyStipend,
      valid.hoursPerWeek,
      valid.role,
      valid.tutor,
      iso(start),
      end === null ? null : iso(end),
      outcome,
      "seed-large",
      at(start, 540),
      end === null ? null : "seed-large",
      end === null ? null : at(end, 1000),
    );
    const planId = random.uuid();
    tables.plan.add(planId, id, valid.goals, "seed-large", at(start, 545));
    const last = Math.min(end ?? today, today);
    for (let day = Math.max(start + 90, today - 3 * 365 + random.int(0, 90)); day <= last; day += random.int(150, 200)) {
      tables.review.add(random.uuid(), planId, iso(day), "seed-large", random.pick(NOTES), at(day, 900));
    }
  }
  return { tables: Object.values(tables) };
}

module.exports = { planInclusion, generateInclusion };
