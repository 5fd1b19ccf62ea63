const { partitaIvaCheckDigit } = require("@coopgraph/ids");
const { validateAward } = require("@coopgraph/procurement/dist/contract/contract.rules");
const { TENDER_TRANSITIONS, validateTender } = require("@coopgraph/procurement/dist/tender/tender.rules");
const { Table } = require("./copy");
const { at, dayOf, iso, toDate, yearOf } = require("./days");
const { eligibleOn, SEATS } = require("./membership");
const { Random } = require("./random");

const PATHS = {
  DRAFT: ["DRAFT"],
  PUBLISHED: ["DRAFT", "PUBLISHED"],
  BID_SUBMITTED: ["DRAFT", "PUBLISHED", "BID_SUBMITTED"],
  AWARDED: ["DRAFT", "PUBLISHED", "BID_SUBMITTED", "AWARDED"],
  LOST: ["DRAFT", "PUBLISHED", "BID_SUBMITTED", "LOST"],
  WITHDRAWN: ["DRAFT", "PUBLISHED", "WITHDRAWN"],
  CONTRACT_SIGNED: ["DRAFT", "PUBLISHED", "BID_SUBMITTED", "AWARDED", "CONTRACT_SIGNED"],
  COMPLETED: ["DRAFT", "PUBLISHED", "BID_SUBMITTED", "AWARDED", "CONTRACT_SIGNED", "COMPLETED"],
};
for (const path of Object.values(PATHS)) {
  path.slice(1).forEach((to, i) => {
    if (!TENDER_TRANSITIONS[path[i]].includes(to)) throw new Error(`seed-large: ${path[i]} -> ${to} is not a move of the tender lifecycle`);
  });
}

const SUBJECTS = {
  SERVICES: [
    "Servizio di assistenza domiciliare",
    "Gestione del centro diurno per disabili",
    "Servizio di pulizia degli uffici comunali",
    "Manutenzione del verde pubblico",
    "Servizio di trasporto scolastico",
    "Gestione della biblioteca civica",
    "Servizio di mensa scolastica",
    "Raccolta differenziata porta a porta",
    "Servizio educativo nei nidi d'infanzia",
    "Custodia e portierato degli edifici pubblici",
    "Servizio di accoglienza e integrazione",
    "Gestione del canile municipale",
  ],
  SUPPLIES: [
    "Fornitura di pasti veicolati",
    "Fornitura di arredi per le scuole",
    "Fornitura di materiale di cancelleria",
    "Fornitura di ausili per l'autonomia",
    "Fornitura di piante e sementi",
  ],
  WORKS: ["Lavori di manutenzione delle strade comunali", "Lavori di riqualificazione del parco", "Lavori di tinteggiatura delle scuole", "Lavori di sistemazione dei sentieri"],
};
const ITEMS = [
  ["Guanti monouso in nitrile", "scatola da 100", "6.40"],
  ["Detergente multiuso", "tanica da 5 litri", "11.90"],
  ["Carta igienica", "confezione da 48 rotoli", "21.50"],
  ["Mascherine FFP2", "scatola da 50", "14.00"],
  ["Sacchi per rifiuti", "rotolo da 20", "3.20"],
  ["Risme di carta A4", "scatola da 5 risme", "19.80"],
  ["Toner per stampanti", "cartuccia", "58.00"],
  ["Abiti da lavoro", "completo", "42.00"],
  ["Scarpe antinfortunistiche", "paio", "49.00"],
  ["Sementi da orto", "busta da 1 kg", "12.50"],
];

/** An 11-digit codice fiscale of a body (valid check digit); public bodies' start with 8 or 9. */
function bodyTaxCode(prefix, n) {
  const first10 = `${prefix}${String(n).padStart(10 - prefix.length, "0")}`;
  return first10 + partitaIvaCheckDigit(first10);
}

/** The public and private clients of the tenders. */
function buyers() {
  /** @type {{ name: string, kind: "CENTRAL_AUTHORITY" | "SUB_CENTRAL_AUTHORITY" | "PRIVATE_CLIENT", taxCode: string, seat: typeof SEATS[number] }[]} */
  const list = [];
  const regions = [...new Set(SEATS.map((s) => s.region))];
  SEATS.forEach((seat, i) => {
    list.push({ name: `Comune di ${seat.municipality}`, kind: "SUB_CENTRAL_AUTHORITY", taxCode: bodyTaxCode("80", 10_000 + i * 13), seat });
    list.push({ name: `Azienda Sanitaria Locale di ${seat.municipality}`, kind: "SUB_CENTRAL_AUTHORITY", taxCode: bodyTaxCode("90", 20_000 + i * 17), seat });
    list.push({ name: `Fondazione ${seat.municipality} Solidale`, kind: "PRIVATE_CLIENT", taxCode: bodyTaxCode("97", 30_000 + i * 19), seat });
  });
  regions.forEach((region, i) => {
    const seat = /** @type {typeof SEATS[number]} */ (SEATS.find((s) => s.region === region));
    list.push({ name: `Regione ${region}`, kind: "SUB_CENTRAL_AUTHORITY", taxCode: bodyTaxCode("80", 40_000 + i * 23), seat });
  });
  const rome = SEATS[1];
  for (const [i, name] of ["Ministero della Giustizia", "Ministero del Lavoro e delle Politiche Sociali", "Ministero della Cultura"].entries()) {
    list.push({ name, kind: "CENTRAL_AUTHORITY", taxCode: bodyTaxCode("80", 50_000 + i * 29), seat: rome });
  }
  return list;
}

const CODE_CHARS = "0123456789ABCDEFGHJKLMNPQRSTUVWXYZ";

/**
 * Tenders in every status, with lots and their status history; the contracts of the awarded ones,
 * assigned in full (shares adding up to exactly 100%) to ACTIVE members holding a valid DURC on the
 * day, type B or AB members meeting the 30% rule for the procedures reserved to them; and
 * purchasing groups with members' orders.
 *
 * @param {{ today: number, counts: Record<string, number>, world: any }} options
 */
function generateProcurement({ today, counts, world }) {
  const random = new Random("coopgraph-large:procurement");
  const now = toDate(today);
  const tables = {
    tender: new Table("Tender", [
      "id",
      "cig",
      "cup",
      "title",
      "object",
      "procedure",
      "buyerName",
      "buyerTaxCode",
      "buyerKind",
      "baseAmount",
      "deadline",
      "status",
      "notes",
      "createdBy",
      "createdAt",
      "updatedAt",
    ]),
    lot: new Table("TenderLot", ["id", "tenderId", "number", "title", "baseAmount", "cig"]),
    statusChange: new Table("TenderStatusChange", ["id", "tenderId", "fromStatus", "toStatus", "reason", "changedBy", "changedAt"]),
    contract: new Table("Contract", ["id", "tenderId", "value", "startDate", "endDate", "awardedOn", "signedOn", "createdBy", "createdAt"]),
    assignment: new Table("Assignment", ["id", "contractId", "cooperativeId", "sharePercent", "assignedOn", "assignedBy", "assignedAt"]),
    groupPurchase: new Table("GroupPurchase", ["id", "item", "unit", "unitPrice", "closesOn", "createdBy", "createdAt"]),
    groupOrder: new Table("GroupOrder", ["id", "groupPurchaseId", "cooperativeId", "quantity", "placedBy", "placedAt"]),
  };
  const clients = buyers();
  const publicClients = clients.filter((b) => b.kind !== "PRIVATE_CLIENT");
  const cigs = new Set();
  const code = (length) => {
    let s = "";
    for (let i = 0; i < length; i++) s += CODE_CHARS[random.int(0, CODE_CHARS.length - 1)];
    return s;
  };
  const newCig = () => {
    let cig = "";
    while (cig === "" || cigs.has(cig)) cig = `${random.pick(["A", "B", "9", "8", "Z"])}${code(9)}`;
    cigs.add(cig);
    return cig;
  };

  // Exact numbers of each status: two thirds of the tenders were won and have a contract.
  const total = counts.tenders;
  const contracts = counts.contracts;
  const others = total - contracts;
  const statuses = [...Array(Math.round(contracts * 0.1)).fill("AWARDED"), ...Array(Math.round(contracts * 0.5)).fill("CONTRACT_SIGNED")];
  statuses.push(...Array(contracts - statuses.length).fill("COMPLETED"));
  const open = { DRAFT: 0.1, PUBLISHED: 0.25, BID_SUBMITTED: 0.2, LOST: 0.35 };
  let placed = 0;
  for (const [status, share] of Object.entries(open)) {
    const n = Math.round(others * share);
    statuses.push(...Array(n).fill(status));
    placed += n;
  }
  statuses.push(...Array(Math.max(0, others - placed)).fill("WITHDRAWN"));
  random.shuffle(statuses);

  const active = world.coops.filter((c) => c.status === "ACTIVE");
  const typeB = active.filter((c) => c.compliant);
  const large = world.coops[0];
  const contractList = [];
  const ruleFrom = dayOf("2024-01-10");

  statuses.forEach((status) => {
    const id = random.uuid();
    let procedure = random.weighted({ OPEN: 33, RESTRICTED: 10, NEGOTIATED: 15, DIRECT_AWARD: 15, CONVENZIONE_ART5: 12, RESERVED_CONTRACT: 15 });
    let object = random.weighted({ SERVICES: 70, SUPPLIES: 20, WORKS: 10 });
    // Dates along the lifecycle: created, deadline, and for the won ones award, start, end, signature.
    let created;
    let deadline;
    let awarded = null;
    let start = null;
    let end = null;
    let signed = null;
    if (status === "DRAFT") [created, deadline] = [today - random.int(1, 60), today + random.int(10, 90)];
    else if (status === "PUBLISHED") [created, deadline] = [today - random.int(5, 60), today + random.int(1, 60)];
    else if (status === "BID_SUBMITTED") {
      created = today - random.int(40, 120);
      deadline = Math.max(created + 20, today - random.int(-20, 30));
    } else if (status === "LOST" || status === "WITHDRAWN") {
      created = random.int(dayOf("2022-01-01"), today - 90);
      deadline = created + random.int(20, 60);
    } else {
      if (status === "COMPLETED") awarded = random.int(dayOf("2021-06-01"), today - 240);
      else if (status === "CONTRACT_SIGNED") awarded = random.int(today - 1200, today - 30);
      else awarded = today - random.int(1, 40);
      deadline = awarded - random.int(20, 60);
      created = deadline - random.int(20, 60);
      start = awarded + random.int(15, 45);
      if (status === "COMPLETED") end = Math.min(start + random.int(180, 1095), today - 2);
      else end = Math.max(start + random.int(365, 1460), today + 1);
      if (status !== "AWARDED") signed = Math.min(today, awarded + random.int(5, 15));
    }
    // The EU threshold a convenzione art. 5 must stay below is configured from 2024.
    if (procedure === "CONVENZIONE_ART5" && created < ruleFrom) procedure = "NEGOTIATED";
    if (procedure === "CONVENZIONE_ART5" && object === "WORKS") object = "SERVICES";
    const reserved = procedure === "CONVENZIONE_ART5" || procedure === "RESERVED_CONTRACT";
    const buyer = reserved || random.chance(0.92) ? random.pick(publicClients) : random.pick(clients);
    let base = Math.round(Math.exp(11.6 + 0.9 * random.normal()) / 100) * 100;
    base = Math.min(5_000_000, Math.max(5_000, base));
    if (procedure === "CONVENZIONE_ART5") base = Math.min(base, random.int(100, 1_390) * 100);
    const baseCents = base * 100;
    const cig = newCig();
    const cup =
      buyer.kind !== "PRIVATE_CLIENT" && random.chance(0.4)
        ? `${code(1).replace(/\d/, "E")}${random.int(10, 99)}${random.pick(["B", "C", "D", "E", "F", "J"])}${String(random.int(0, 99_999_999_999)).padStart(11, "0")}`
        : null;
    const title = `${random.pick(SUBJECTS[object])} - ${buyer.name} ${yearOf(created)}`;
    const lots = [];
    if (random.chance(0.25)) {
      const n = random.int(2, 4);
      const weights = Array.from({ length: n }, () => random.int(1, 10));
      const sum = weights.reduce((a, b) => a + b, 0);
      let left = baseCents;
      weights.forEach((w, i) => {
        const cents = i === n - 1 ? left : Math.floor((baseCents * w) / sum / 100) * 100;
        left -= cents;
        lots.push({ title: `Lotto ${i + 1}: ${random.pick(SUBJECTS[object]).toLowerCase()}`, baseAmount: (cents / 100).toFixed(2), cig: random.chance(0.6) ? newCig() : null });
      });
    }
    const valid = validateTender(
      { cig, cup, title, object, procedure, buyer: { name: buyer.name, taxCode: buyer.taxCode, kind: buyer.kind }, baseAmount: base.toFixed(2), deadline: toDate(deadline), lots },
      toDate(created),
    );
    const path = PATHS[status];
    const steps = {
      DRAFT: created,
      PUBLISHED: created + random.int(1, 3),
      BID_SUBMITTED: deadline - 1,
      LOST: deadline + random.int(10, 40),
      WITHDRAWN: created + random.int(4, 15),
      AWARDED: awarded,
      CONTRACT_SIGNED: signed,
      COMPLETED: end === null ? null : end + random.int(1, 10),
    };
    let previous = null;
    let last = created;
    for (const to of path) {
      const day = Math.min(today, Math.max(last, /** @type {number} */ (steps[to])));
      tables.statusChange.add(random.uuid(), id, previous, to, previous === null ? "recorded" : null, "seed-large", at(day, 540 + path.indexOf(to)));
      previous = to;
      last = day;
    }
    tables.tender.add(
      id,
      valid.cig,
      valid.cup,
      valid.title,
      object,
      procedure,
      valid.buyerName,
      valid.buyerTaxCode,
      buyer.kind,
      valid.baseAmount,
      iso(deadline),
      status,
      random.chance(0.1) ? "Verificare i requisiti di capacità tecnica" : null,
      "seed-large",
      at(created, 540),
      at(last, 545 + path.length),
    );
    for (const lot of valid.lots) tables.lot.add(random.uuid(), id, lot.number, lot.title, lot.baseAmount, lot.cig);
    if (awarded === null || start === null || end === null) return;

    const award = validateAward(
      { value: ((Math.round(baseCents * (0.75 + random.next() * 0.24)) || 1) / 100).toFixed(2), startDate: toDate(start), endDate: toDate(end), awardedOn: toDate(awarded) },
      { procedure, object, buyerKind: buyer.kind, baseAmount: valid.baseAmount },
      now,
    );
    const contractId = random.uuid();
    tables.contract.add(contractId, id, award.value, iso(start), iso(end), iso(awarded), signed === null ? null : iso(signed), "seed-large", at(awarded, 600));
    // Assigned within a few days of the award, in full, to eligible members.
    const assignedOn = Math.min(today, awarded + random.int(0, 4));
    const pool = reserved ? typeB : active;
    const wanted = Number(random.weighted({ 1: 45, 2: 30, 3: 15, 4: 10 }));
    const assignees = [];
    if (random.chance(0.03) && eligibleOn(large, assignedOn)) assignees.push(large);
    for (let tries = 0; assignees.length < wanted && tries < 60; tries++) {
      const coop = random.pick(pool);
      if (eligibleOn(coop, assignedOn) && !assignees.includes(coop)) assignees.push(coop);
    }
    // The large member is eligible every day since 2020: the fallback of a small seed.
    if (assignees.length === 0 && eligibleOn(large, assignedOn)) assignees.push(large);
    if (assignees.length === 0) throw new Error(`seed-large: no member can be assigned contract ${contractId} on ${iso(assignedOn)}`);
    const weights = assignees.map(() => random.int(1, 10));
    const sum = weights.reduce((a, b) => a + b, 0);
    const shares = weights.map((w) => Math.max(100, Math.floor((10_000 * w) / sum)));
    shares[0] += 10_000 - shares.reduce((a, b) => a + b, 0);
    assignees.forEach((coop, i) => {
      tables.assignment.add(random.uuid(), contractId, coop.id, (shares[i] / 100).toFixed(2), iso(assignedOn), "seed-large", at(assignedOn, 660 + i));
    });
    contractList.push({ id: contractId, cig: valid.cig, cup: valid.cup, buyer, value: award.value, start, end, awarded, assignees: assignees.map((c) => c.n) });
  });

  for (let g = 0; g < counts.groupPurchases; g++) {
    const id = random.uuid();
    const [item, unit, price] = random.pick(ITEMS);
    const closes = today - random.int(-30, 700);
    const opened = closes - random.int(20, 60);
    tables.groupPurchase.add(id, item, unit, price, iso(closes), "seed-large", at(opened, 540));
    const orders = random.int(5, 30);
    for (let o = 0; o < orders; o++) {
      const day = random.int(opened, Math.min(closes, today));
      const coop = random.pick(active);
      if (coop.admitted === null || coop.admitted > day) continue;
      tables.groupOrder.add(random.uuid(), id, coop.id, random.int(1, 50), "seed-large", at(day, 600 + o));
    }
  }
  return { tables: Object.values(tables), contracts: contractList };
}

module.exports = { generateProcurement };
