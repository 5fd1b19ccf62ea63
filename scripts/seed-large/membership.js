const { partitaIvaCheckDigit, regionOfProvince } = require("@coopgraph/ids");
const { durcValidUntil, personTaxCode } = require("@coopgraph/membership");
const { Table } = require("./copy");
const { at, dayOf, fromDate, iso, toDate } = require("./days");
const { Random } = require("./random");

/**
 * Seats of the cooperatives and birthplaces of their people: province, municipality (the
 * province's chief town), its cadastral (Belfiore) code for the codice fiscale, and the code of the
 * Agenzia delle Entrate office that is the last three digits of a partita IVA before the check
 * digit; weights (how many cooperatives sit there, roughly); the postcode (CAP) of its centre.
 */
const SEATS = [
  ["MI", "Milano", "F205", "015", 9, "20121"],
  ["RM", "Roma", "H501", "058", 8, "00184"],
  ["TO", "Torino", "L219", "001", 6, "10121"],
  ["NA", "Napoli", "F839", "063", 5, "80133"],
  ["BO", "Bologna", "A944", "037", 5, "40121"],
  ["FI", "Firenze", "D612", "048", 4, "50122"],
  ["BA", "Bari", "A662", "072", 3, "70121"],
  ["PA", "Palermo", "G273", "082", 3, "90133"],
  ["GE", "Genova", "D969", "010", 3, "16121"],
  ["VR", "Verona", "L781", "023", 3, "37121"],
  ["PD", "Padova", "G224", "028", 3, "35122"],
  ["BS", "Brescia", "B157", "017", 3, "25121"],
  ["BG", "Bergamo", "A794", "016", 3, "24121"],
  ["TN", "Trento", "L378", "022", 2, "38122"],
  ["PG", "Perugia", "G478", "054", 2, "06121"],
  ["AN", "Ancona", "A271", "042", 2, "60121"],
  ["PE", "Pescara", "G482", "068", 1, "65121"],
  ["CA", "Cagliari", "B354", "092", 2, "09124"],
  ["VE", "Venezia", "L736", "027", 3, "30121"],
  ["TS", "Trieste", "L424", "032", 1, "34121"],
  ["CT", "Catania", "C351", "087", 2, "95121"],
  ["ME", "Messina", "F158", "083", 1, "98122"],
  ["SA", "Salerno", "H703", "065", 2, "84121"],
  ["LE", "Lecce", "E506", "075", 1, "73100"],
  ["MO", "Modena", "F257", "036", 3, "41121"],
  ["PR", "Parma", "G337", "034", 2, "43121"],
  ["RE", "Reggio nell'Emilia", "H223", "035", 2, "42121"],
  ["VI", "Vicenza", "L840", "024", 2, "36100"],
  ["TV", "Treviso", "L407", "026", 2, "31100"],
  ["CO", "Como", "C933", "013", 1, "22100"],
  ["VA", "Varese", "L682", "012", 1, "21100"],
  ["PI", "Pisa", "G702", "050", 1, "56125"],
  ["LI", "Livorno", "E625", "049", 1, "57123"],
  ["UD", "Udine", "L483", "030", 1, "33100"],
  ["BZ", "Bolzano", "A952", "021", 1, "39100"],
  ["PZ", "Potenza", "G942", "076", 1, "85100"],
  ["CB", "Campobasso", "B519", "070", 1, "86100"],
  ["AQ", "L'Aquila", "A345", "066", 1, "67100"],
  ["SS", "Sassari", "I452", "090", 1, "07100"],
  ["CZ", "Catanzaro", "C352", "079", 1, "88100"],
  ["RA", "Ravenna", "H199", "039", 1, "48121"],
  ["FE", "Ferrara", "D548", "038", 1, "44121"],
  ["CS", "Cosenza", "D086", "078", 1, "87100"],
  ["TA", "Taranto", "L049", "073", 1, "74121"],
  ["FG", "Foggia", "D643", "071", 1, "71121"],
  ["CE", "Caserta", "B963", "061", 1, "81100"],
  ["SI", "Siena", "I726", "052", 1, "53100"],
  ["AO", "Aosta", "A326", "002", 1, "11100"],
].map(([province, municipality, belfiore, office, weight, postcode]) => ({
  province: String(province),
  municipality: String(municipality),
  belfiore: String(belfiore),
  office: String(office),
  weight: Number(weight),
  postcode: String(postcode),
  region: /** @type {string} */ (regionOfProvince(String(province))),
}));

const WORDS = [
  "Girasole",
  "Rondine",
  "Arcobaleno",
  "Melograno",
  "Terra Nuova",
  "Officina",
  "Seme",
  "Bottega Solidale",
  "Orizzonti",
  "Ponte",
  "Mani Amiche",
  "Quercia",
  "Giardini Aperti",
  "Faro",
  "Nuovi Sentieri",
  "Tela",
  "Ortinsieme",
  "Mosaico",
  "Lavoro e Dignità",
  "Fenice",
  "Spazio Comune",
  "Cammino",
  "Spiga",
  "Sole e Luna",
  "Chiostro",
  "Rete Verde",
  "Lanterna",
  "Frantoio",
  "Casa Aperta",
  "Delfino",
  "Sorgente",
  "Alveare",
  "Aquilone",
  "Betulla",
  "Bussola",
  "Castagno",
  "Cicogna",
  "Colibrì",
  "Filo d'Erba",
  "Gabbiano",
  "Gelso",
  "Germoglio",
  "Ginestra",
  "Glicine",
  "Incontro",
  "Isola",
  "Lavanda",
  "Libellula",
  "Macramè",
  "Mongolfiera",
  "Nido",
  "Oleandro",
  "Olivo",
  "Ontano",
  "Pane e Rose",
  "Pettirosso",
  "Pioppo",
  "Quadrifoglio",
  "Rosmarino",
  "Salice",
];
const QUALIFIERS = ["", " Onlus", " Servizi", " Lavoro", " Insieme", " Sociale", " Verde", " Solidale", " Futuro", " Comunità"];

const FIRST_NAMES = /** @type {[string, "M" | "F"][]} */ ([
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
  ["Alessandra", "F"],
  ["Stefano", "M"],
  ["Valentina", "F"],
  ["Roberto", "M"],
  ["Federica", "F"],
  ["Simone", "M"],
  ["Silvia", "F"],
  ["Alessandro", "M"],
  ["Laura", "F"],
  ["Francesco", "M"],
  ["Paola", "F"],
  ["Giuseppe", "M"],
  ["Roberta", "F"],
  ["Antonio", "M"],
  ["Ilaria", "F"],
  ["Lorenzo", "M"],
  ["Cristina", "F"],
  ["Riccardo", "M"],
  ["Monica", "F"],
  ["Fabio", "M"],
  ["Serena", "F"],
  ["Nicola", "M"],
  ["Barbara", "F"],
  ["Massimo", "M"],
  ["Elisa", "F"],
  ["Emanuele", "M"],
  ["Beatrice", "F"],
  ["Tommaso", "M"],
  ["Aurora", "F"],
  ["Gabriele", "M"],
  ["Noemi", "F"],
  ["Salvatore", "M"],
  ["Rita", "F"],
  ["Vincenzo", "M"],
]);
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
  "Barbieri",
  "Fontana",
  "Santoro",
  "Mariani",
  "Rinaldi",
  "Caruso",
  "Ferrara",
  "Galli",
  "Martini",
  "Leone",
  "Longo",
  "Gentile",
  "Martinelli",
  "Vitale",
  "Lombardo",
  "Serra",
  "Coppola",
  "De Santis",
  "D'Angelo",
  "Marchetti",
  "Parisi",
  "Villa",
  "Conte",
  "Ferraro",
  "Ferri",
  "Fabbri",
  "Bianco",
  "Marini",
  "Grasso",
  "Valentini",
  "Messina",
  "Sala",
  "De Angelis",
  "Gatti",
  "Pellegrini",
  "Palumbo",
  "Sanna",
  "Farina",
  "Rizzi",
  "Monti",
  "Cattaneo",
  "Morelli",
  "Amato",
  "Silvestri",
  "Mazza",
  "Testa",
  "Grassi",
  "Pellegrino",
];

/** ATECO 2025 subcategories of each kind of member. */
const ATECO_BY_TYPE = {
  A: ["88.10.00", "87.30.00", "88.91.00", "87.20.00", "85.59.20", "88.99.00"],
  B: ["81.29.10", "81.30.00", "38.11.00", "01.30.00", "82.92.00", "96.01.10", "18.12.00"],
  AB: ["88.99.00", "81.21.00", "88.10.00", "81.30.00"],
  CONSORTIUM: ["82.99.99", "70.22.09"],
  OTHER: ["70.22.09", "62.01.00", "69.20.11"],
};

/**
 * The consortium's members and their people, DURCs, share capital, applications and status
 * history, with the facts the other subgraphs' rows depend on (who is ACTIVE, whose DURC covers
 * which days, who works where and since when). Cooperative 0 is the large one the bench asks for:
 * an ACTIVE type B member in Milano with 2% of all people.
 *
 * @param {{ scale: number, today: number, counts: { cooperatives: number, people: number } }} options
 */
function generateMembership({ today, counts }) {
  const random = new Random("coopgraph-large:membership");
  const first = dayOf("1995-01-01");
  const DURCS_FROM = dayOf("2020-06-01");
  const tables = {
    cooperative: new Table("Cooperative", [
      "id",
      "name",
      "taxCode",
      "alboNumber",
      "type",
      "status",
      "municipality",
      "province",
      "region",
      "atecoCodes",
      "email",
      "admissionDate",
      "shareCapitalSubscribed",
      "shareCapitalPaid",
      "createdAt",
      "updatedAt",
    ]),
    application: new Table("MembershipApplication", [
      "id",
      "cooperativeId",
      "submittedAt",
      "submittedBy",
      "requestedShareCapital",
      "decision",
      "resolutionNumber",
      "resolutionDate",
      "decidedBy",
      "decidedAt",
    ]),
    statusChange: new Table("StatusChange", ["id", "cooperativeId", "fromStatus", "toStatus", "reason", "resolutionNumber", "effectiveDate", "changedBy", "changedAt"]),
    person: new Table("Person", ["id", "cooperativeId", "firstName", "lastName", "taxCode", "role", "startDate", "endDate", "createdAt"]),
    durc: new Table("Durc", ["id", "cooperativeId", "issueDate", "validUntil", "protocolNumber", "recordedBy", "recordedAt"]),
    shareCapital: new Table("ShareCapitalEntry", ["id", "cooperativeId", "kind", "amount", "date", "recordedBy", "recordedAt"]),
  };
  const seatWeights = Object.fromEntries(SEATS.map((seat, i) => [String(i), seat.weight]));
  const names = new Set();
  const coops = [];
  for (let n = 0; n < counts.cooperatives; n++) {
    const large = n === 0;
    const type = large ? "B" : random.weighted({ A: 35, B: 33, AB: 15, CONSORTIUM: 6, OTHER: 11 });
    const status = large ? "ACTIVE" : random.weighted({ ACTIVE: 86, APPLICANT: 3, SUSPENDED: 3, WITHDRAWN: 4, EXCLUDED: 2, REJECTED: 2 });
    const seat = large ? SEATS[0] : SEATS[Number(random.weighted(seatWeights))];
    let base = type === "CONSORTIUM" ? `Consorzio ${random.pick(WORDS)}${random.pick(QUALIFIERS)}` : `${random.pick(WORDS)}${random.pick(QUALIFIERS)}`;
    if (names.has(base)) base = `${base} ${seat.municipality}`;
    for (let k = 2; names.has(base); k++) base = `${base.replace(/ \d+$/, "")} ${k}`;
    names.add(base);
    const name = type === "OTHER" ? `${base} Srl` : type === "CONSORTIUM" ? base : `${base} Società Cooperativa Sociale`;
    const first10 = String(1_000_000 + n * 37).padStart(7, "0") + seat.office;
    const admitted = status === "APPLICANT" || status === "REJECTED" ? null : large ? dayOf("2004-05-12") : random.int(first, today - 400);
    coops.push({
      n,
      id: random.uuid(),
      name,
      taxCode: first10 + partitaIvaCheckDigit(first10),
      type,
      status,
      large,
      seat,
      admitted,
      /** The day the membership ended (withdrawal or exclusion), or null. */
      left: /** @type {number | null} */ (null),
      /** Days covered by a valid DURC: [from, to] with no gap in between, or null. */
      durcCover: /** @type {[number, number] | null} */ (null),
      /** Indexes of its people in `people`. */
      people: /** @type {number[]} */ ([]),
    });
  }

  for (const coop of coops) {
    const { id, seat, admitted } = coop;
    const requested = random.int(2, 100) * 250;
    const submitted = admitted ?? (coop.status === "APPLICANT" ? today - random.int(1, 90) : random.int(dayOf("2015-01-01"), today - 120));
    const submittedOn = admitted ? admitted - random.int(20, 60) : submitted;
    const resolution = (day) => `CdA ${iso(day).slice(0, 4)}/${coop.n + 1}`;
    const decided = admitted ?? (coop.status === "REJECTED" ? submittedOn + random.int(20, 60) : null);
    tables.application.add(
      random.uuid(),
      id,
      at(submittedOn),
      "seed-large",
      `${requested}.00`,
      decided === null ? null : admitted ? "ADMIT" : "REJECT",
      decided === null ? null : resolution(decided),
      decided === null ? null : iso(decided),
      decided === null ? null : "seed-large",
      decided === null ? null : at(decided, 600),
    );
    const change = (from, to, day, reason, withResolution = false) =>
      tables.statusChange.add(
        random.uuid(),
        id,
        from,
        to,
        reason,
        withResolution ? resolution(day) : null,
        iso(day),
        "seed-large",
        at(day, 600 + (tables.statusChange.count % 60)),
      );
    change(null, "APPLICANT", submittedOn, "application received");
    if (coop.status === "REJECTED") change("APPLICANT", "REJECTED", /** @type {number} */ (decided), "requirements not met", true);
    let subscribed = 0;
    let paid = 0;
    if (admitted !== null) {
      change("APPLICANT", "ACTIVE", admitted, null, true);
      const ex = coop.status === "WITHDRAWN" || coop.status === "EXCLUDED" ? random.int(admitted + 400, today - 30) : null;
      if (coop.status === "ACTIVE" && !coop.large && random.chance(0.08) && admitted < today - 800) {
        const suspended = random.int(admitted + 200, today - 500);
        change("ACTIVE", "SUSPENDED", suspended, "share capital unpaid", true);
        change("SUSPENDED", "ACTIVE", suspended + random.int(30, 200), "share capital paid", true);
      } else if (coop.status === "SUSPENDED") {
        change("ACTIVE", "SUSPENDED", today - random.int(10, 300), "DURC not renewed", true);
      } else if (coop.status === "WITHDRAWN") {
        change("ACTIVE", "WITHDRAWN", /** @type {number} */ (ex), "recesso del socio", true);
      } else if (coop.status === "EXCLUDED") {
        change("ACTIVE", "SUSPENDED", /** @type {number} */ (ex) - random.int(60, 200), "obligations to the consortium unmet", true);
        change("SUSPENDED", "EXCLUDED", /** @type {number} */ (ex), "esclusione per gravi inadempienze", true);
      }
      coop.left = ex;
      // Share capital: subscribed on admission, paid in one to three instalments, in full for most.
      subscribed = requested;
      tables.shareCapital.add(random.uuid(), id, "SUBSCRIPTION", `${subscribed}.00`, iso(admitted), "seed-large", at(admitted, 660));
      const instalments = random.int(1, 3);
      const target = random.chance(0.8) ? subscribed : Math.floor((subscribed * random.int(30, 90)) / 100);
      for (let k = 0; k < instalments && paid < target; k++) {
        const amount = k === instalments - 1 ? target - paid : Math.max(1, Math.floor(target / instalments));
        const day = Math.min(today - 1, admitted + k * random.int(30, 180));
        tables.shareCapital.add(random.uuid(), id, "PAYMENT", `${amount}.00`, iso(day), "seed-large", at(day, 700));
        paid += amount;
      }
      // DURCs: renewed before each one lapses, from the later of admission and mid-2020 (before the oldest contract);
      // most ACTIVE members hold one valid today, some let it lapse, former members stop at leaving.
      const lapsed = coop.status === "SUSPENDED" || (coop.status === "ACTIVE" && !coop.large && random.chance(0.07));
      const stop = ex ?? (lapsed ? today - random.int(130, 300) : today);
      let issue = Math.max(admitted, DURCS_FROM) + random.int(0, 20);
      const coverFrom = issue;
      let until = issue;
      while (issue <= stop) {
        until = fromDate(durcValidUntil(toDate(issue)));
        tables.durc.add(random.uuid(), id, iso(issue), iso(until), `INPS_${String(40_000_000 + tables.durc.count)}`, "seed-large", at(issue, 720));
        issue = until - random.int(1, 10);
      }
      coop.durcCover = until > coverFrom ? [coverFrom, until] : null;
    }
    const createdOn = submittedOn;
    tables.cooperative.add(
      id,
      coop.name,
      coop.taxCode,
      coop.type === "OTHER" ? null : `A${String(100_000 + coop.n * 7).padStart(6, "0")}`,
      coop.type,
      coop.status,
      seat.municipality,
      seat.province,
      seat.region,
      [...new Set([random.pick(ATECO_BY_TYPE[coop.type]), random.pick(ATECO_BY_TYPE[coop.type])])],
      `info@coop${coop.n + 1}.example.it`,
      admitted === null ? null : iso(admitted),
      `${subscribed}.00`,
      `${paid}.00`,
      at(createdOn),
      at(today - 1, 1000),
    );
  }

  // People: the large cooperative has 2% of them; the others share the rest unevenly (log-normal), at least 3 each.
  const people = [];
  const largeCount = Math.max(10, Math.round(counts.people * 0.02));
  const weights = coops.map((c) => (c.large ? 0 : Math.exp(0.9 * random.normal())));
  const totalWeight = weights.reduce((a, b) => a + b, 0);
  const rest = Math.max(0, counts.people - largeCount);
  const sizes = coops.map((c, i) => (c.large ? largeCount : Math.max(3, Math.round((weights[i] / totalWeight) * rest))));
  // Rounding leaves the total a few off: the largest of the others take or give one each until it is exact.
  const others = coops.filter((c) => !c.large).sort((a, b) => sizes[b.n] - sizes[a.n] || a.n - b.n);
  for (let diff = counts.people - sizes.reduce((a, b) => a + b, 0), k = 0; diff !== 0 && others.length > 0; k++) {
    const coop = others[k % others.length];
    if (diff < 0 && sizes[coop.n] <= 3) continue;
    sizes[coop.n] += Math.sign(diff);
    diff -= Math.sign(diff);
  }
  const taxCodes = new Set();
  for (const coop of coops) {
    const size = sizes[coop.n];
    const from = coop.admitted ?? dayOf("2005-01-01");
    for (let k = 0; k < size; k++) {
      // A codice fiscale is unique: a clash (same names, birthday and birthplace) draws another person.
      let firstName;
      let sex;
      let lastName;
      let taxCode = "";
      while (taxCode === "" || taxCodes.has(taxCode)) {
        [firstName, sex] = random.pick(FIRST_NAMES);
        lastName = random.pick(LAST_NAMES);
        const birthplace = random.chance(0.7) ? coop.seat : random.pick(SEATS);
        const birth = new Date(Date.UTC(random.int(1958, 2004), random.int(0, 11), random.int(1, 28)));
        taxCode = personTaxCode(firstName, lastName, sex, birth, birthplace.belfiore);
      }
      taxCodes.add(taxCode);
      const role = coop.large
        ? random.weighted({ WORKER_MEMBER: 45, EMPLOYEE: 45, VOLUNTEER_MEMBER: 10 })
        : random.weighted({ WORKER_MEMBER: 48, EMPLOYEE: 40, VOLUNTEER_MEMBER: 12 });
      const start = coop.large && k < size / 4 ? from + random.int(0, 2000) : random.int(Math.max(from, today - 15 * 365), today - 7);
      let end = null;
      if (coop.left !== null) end = Math.max(start, coop.left - random.int(0, 30));
      else if (random.chance(0.1)) end = random.int(start, today - 1);
      else if (random.chance(0.02)) end = today + random.int(1, 180);
      const index = people.length;
      people.push({ index, id: random.uuid(), coop: coop.n, firstName, lastName, taxCode, role, start, end });
      coop.people.push(index);
      tables.person.add(people[index].id, coop.id, firstName, lastName, taxCode, role, iso(start), end === null ? null : iso(end), at(start, 480));
    }
  }
  return { tables: Object.values(tables), coops, people };
}

/** Whether `coop` is ACTIVE with a DURC valid on `day` (the conditions of an assignment). */
function eligibleOn(coop, day) {
  return coop.status === "ACTIVE" && coop.admitted !== null && coop.admitted <= day && coop.durcCover !== null && coop.durcCover[0] <= day && day <= coop.durcCover[1];
}

/** Whether the person works (or volunteers) in their cooperative on `day`. */
function presentOn(person, day) {
  return person.start <= day && (person.end === null || person.end >= day);
}

module.exports = { generateMembership, eligibleOn, presentOn, SEATS };
