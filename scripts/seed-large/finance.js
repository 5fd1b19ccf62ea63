const { partitaIvaCheckDigit } = require("@coopgraph/ids");
const { formatCents } = require("@coopgraph/kit");
const { priceLines, stampDutyCents, totalsOf, vatSummary } = require("@coopgraph/finance/dist/invoice/invoice.rules");
const { frenchSchedule, validateLoanTerms } = require("@coopgraph/finance/dist/loan/loan.rules");
const { loanLimits, membershipFeeAmount, paymentTermDays, stampDuty, vatRates } = require("@coopgraph/finance/dist/settings");
const { Table } = require("./copy");
const { at, dayOf, fromDate, iso, toDate, yearOf } = require("./days");
const { Random } = require("./random");

/** What the consortium invoices members for: description, VAT code, price range in euro. */
const MEMBER_SERVICES = /** @type {[string, string, number, number][]} */ ([
  ["Servizio paghe e consulenza del lavoro", "STANDARD", 80, 900],
  ["Tenuta della contabilità", "STANDARD", 150, 1200],
  ["Assistenza nella partecipazione a gare", "STANDARD", 300, 2500],
  ["Corso di formazione del personale", "EXEMPT_ART10", 200, 3000],
  ["Rimborso spese anticipate per conto del socio", "EXCLUDED_ART15", 20, 400],
  ["Servizio di coordinamento della commessa", "STANDARD", 500, 6000],
]);
/** What it invoices public administrations for, under the contracts its members execute. */
const PA_SERVICES = /** @type {[string, string, number, number][]} */ ([
  ["Servizi socio-assistenziali", "SOCIAL_5", 2000, 40000],
  ["Servizi educativi", "SOCIAL_5", 2000, 30000],
  ["Servizio di pulizia", "STANDARD", 1000, 20000],
  ["Manutenzione del verde", "STANDARD", 800, 15000],
]);
const MONTH_NAMES = ["gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto", "settembre", "ottobre", "novembre", "dicembre"];
const STREETS = ["Via Roma", "Via Garibaldi", "Via Mazzini", "Corso Italia", "Via Verdi", "Viale della Repubblica", "Via Dante", "Via Cavour", "Piazza Matteotti", "Via dei Mille"];
const FOUNDATIONS = ["Fondazione Cariplo", "Fondazione Compagnia di San Paolo", "Fondazione CRT", "Fondazione Cassa di Risparmio di Firenze", "Coopfond"];

/**
 * Invoices of the last three years to member cooperatives, to the public administrations whose
 * contracts the members execute (FPA12: CIG, split payment) and to private clients, numbered per
 * year without gaps in date order, with a few credit notes crediting an invoice in full; billing
 * details; membership fees; and the fund: contributions, loans with their French schedules, and the
 * payments received (most on time, some overdue, a few partly paid), the fund never below zero.
 *
 * @param {{ today: number, counts: Record<string, number>, world: any }} options
 */
function generateFinance({ today, counts, world }) {
  const random = new Random("coopgraph-large:finance");
  const tables = {
    counter: new Table("InvoiceCounter", ["year", "last", "lastIssueDate"]),
    invoice: new Table("Invoice", [
      "id",
      "documentType",
      "purpose",
      "year",
      "number",
      "issueDate",
      "correctsId",
      "customerCooperativeId",
      "customerName",
      "customerTaxCode",
      "customerVatNumber",
      "customerStreet",
      "customerPostcode",
      "customerMunicipality",
      "customerProvince",
      "publicAdministration",
      "recipientCode",
      "cig",
      "cup",
      "splitPayment",
      "stampDuty",
      "net",
      "vat",
      "gross",
      "dueDate",
      "notes",
      "feePeriodId",
      "issuedBy",
      "issuedAt",
    ]),
    line: new Table("InvoiceLine", ["id", "invoiceId", "position", "description", "quantity", "unitPrice", "lineTotal", "vatCode", "vatPercent", "vatNature", "legalReference"]),
    billing: new Table("BillingDetails", ["cooperativeId", "street", "postcode", "recipientCode", "updatedBy", "updatedAt"]),
    membershipFee: new Table("MembershipFee", ["id", "cooperativeId", "year", "amount", "paidOn", "recordedBy", "recordedAt"]),
    movement: new Table("FundMovement", ["id", "kind", "amount", "balanceAfter", "date", "cooperativeId", "contributor", "loanId", "note", "recordedBy", "recordedAt"]),
    loan: new Table("Loan", ["id", "cooperativeId", "principal", "annualRate", "termMonths", "startDate", "grantedBy", "grantedAt"]),
    instalment: new Table("LoanInstalment", ["id", "loanId", "number", "dueDate", "amount", "principal", "interest", "balance", "paid"]),
    payment: new Table("LoanPayment", ["id", "loanId", "amount", "paidOn", "recordedBy", "recordedAt"]),
  };
  const members = world.coops.filter((c) => c.admitted !== null);
  const billing = new Map();
  for (const coop of members) {
    const details = {
      street: `${random.pick(STREETS)} ${random.int(1, 180)}`,
      postcode: coop.seat.postcode,
      recipientCode: random.chance(0.6) ? randomCode(random, 7) : "0000000",
    };
    billing.set(coop.n, details);
    tables.billing.add(coop.id, details.street, details.postcode, details.recipientCode, "seed-large", at(/** @type {number} */ (coop.admitted), 700));
  }
  const large = world.coops[0];
  const from = dayOf(`${yearOf(today) - 2}-01-01`);
  const memberOn = (coop, day) => coop.admitted !== null && coop.admitted <= day && (coop.left === null || coop.left >= day);
  const officeCodes = new Map();

  // The documents, then numbered in date order.
  const docs = [];
  for (let i = 0; i < counts.invoices; i++) {
    const day = random.int(from, today);
    const kind = random.weighted({ member: 68, pa: 28, private: 4 });
    let customer;
    let lines;
    let cig = null;
    let cup = null;
    let notes = null;
    if (kind === "pa") {
      const contract = random.pick(world.contracts);
      if (contract.buyer.kind === "PRIVATE_CLIENT" || contract.start > day || contract.end + 60 < day) {
        i -= 1;
        continue;
      }
      const b = contract.buyer;
      if (!officeCodes.has(b.taxCode)) officeCodes.set(b.taxCode, randomCode(random, 6));
      customer = {
        cooperativeId: null,
        name: b.name,
        taxCode: b.taxCode,
        vatNumber: null,
        street: `${random.pick(STREETS)} ${random.int(1, 60)}`,
        postcode: b.seat.postcode,
        municipality: b.seat.municipality,
        province: b.seat.province,
        publicAdministration: true,
        recipientCode: officeCodes.get(b.taxCode),
      };
      cig = contract.cig;
      cup = contract.cup;
      const month = MONTH_NAMES[new Date(toDate(day)).getUTCMonth()];
      const [what, code, low, high] = random.pick(PA_SERVICES);
      lines = [
        {
          description: `${what}, ${month} ${yearOf(day)} (CIG ${cig})`,
          quantity: "1",
          unitPrice: `${random.int(low, high)}.${String(random.int(0, 99)).padStart(2, "0")}`,
          vatCode: code,
        },
      ];
      notes = `Contratto CIG ${cig}`;
    } else if (kind === "private") {
      const b = random.pick(world.contracts).buyer;
      customer = {
        cooperativeId: null,
        name: `${b.seat.municipality} Servizi Srl`,
        taxCode: companyTaxCode(b.seat),
        vatNumber: companyTaxCode(b.seat),
        street: `${random.pick(STREETS)} ${random.int(1, 60)}`,
        postcode: b.seat.postcode,
        municipality: b.seat.municipality,
        province: b.seat.province,
        publicAdministration: false,
        recipientCode: "0000000",
      };
      lines = [{ description: "Servizio di pulizia degli uffici", quantity: `${random.int(1, 12)}`, unitPrice: `${random.int(200, 2000)}.00`, vatCode: "STANDARD" }];
    } else {
      const coop = random.chance(0.015) ? large : random.pick(members);
      if (!memberOn(coop, day)) {
        i -= 1;
        continue;
      }
      const details = /** @type {{ street: string, postcode: string, recipientCode: string }} */ (billing.get(coop.n));
      customer = {
        cooperativeId: coop.id,
        name: coop.name.length > 80 ? coop.name.slice(0, 80).trim() : coop.name,
        taxCode: coop.taxCode,
        vatNumber: coop.taxCode,
        street: details.street,
        postcode: details.postcode,
        municipality: coop.seat.municipality,
        province: coop.seat.province,
        publicAdministration: false,
        recipientCode: details.recipientCode,
      };
      lines = Array.from({ length: random.int(1, 4) }, () => {
        const [what, code, low, high] = random.pick(MEMBER_SERVICES);
        return {
          description: what,
          quantity: `${random.int(1, 8)}${random.chance(0.2) ? ".50" : ""}`,
          unitPrice: `${random.int(low, high)}.${String(random.int(0, 99)).padStart(2, "0")}`,
          vatCode: code,
        };
      });
    }
    const priced = priceLines(lines, vatRates.at(toDate(day)), toDate(day));
    docs.push({ id: random.uuid(), type: "INVOICE", day, customer, lines: priced, cig, cup, notes, correctsId: null });
  }
  // Credit notes: about one invoice in a hundred credited in full, within a month of it.
  const credited = docs.filter((d) => d.day < today - 5 && random.chance(0.01));
  for (const original of credited) {
    docs.push({
      ...original,
      id: random.uuid(),
      type: "CREDIT_NOTE",
      day: Math.min(today, original.day + random.int(1, 30)),
      notes: "Storno per errata fatturazione",
      correctsId: original.id,
    });
  }
  docs.sort((a, b) => a.day - b.day);
  const numbers = new Map();
  for (const doc of docs) {
    const year = yearOf(doc.day);
    const number = (numbers.get(year)?.last ?? 0) + 1;
    numbers.set(year, { last: number, day: doc.day });
    const summary = vatSummary(doc.lines);
    const totals = totalsOf(summary);
    const stamp = stampDutyCents(summary, stampDuty.at(toDate(doc.day)));
    const c = doc.customer;
    tables.invoice.add(
      doc.id,
      doc.type,
      "GENERAL",
      year,
      number,
      iso(doc.day),
      doc.correctsId,
      c.cooperativeId,
      c.name,
      c.taxCode,
      c.vatNumber,
      c.street,
      c.postcode,
      c.municipality,
      c.province,
      c.publicAdministration,
      c.recipientCode,
      doc.cig,
      doc.cup,
      c.publicAdministration,
      formatCents(stamp),
      formatCents(totals.net),
      formatCents(totals.vat),
      formatCents(totals.gross),
      iso(doc.day + paymentTermDays.at(toDate(doc.day))),
      doc.notes,
      null,
      "seed-large",
      new Date(at(doc.day, 480).getTime() + number * 1000),
    );
    for (const line of doc.lines) {
      tables.line.add(
        random.uuid(),
        doc.id,
        line.position,
        line.description,
        line.quantity,
        line.unitPrice,
        line.lineTotal,
        line.vatCode,
        line.vatPercent,
        line.vatNature,
        line.legalReference,
      );
    }
  }
  for (const [year, { last, day }] of [...numbers.entries()].sort((a, b) => a[0] - b[0])) tables.counter.add(year, last, iso(day));

  // Membership fees of the last three years: paid by every member of the year, most of this year's too.
  for (const coop of members) {
    for (let year = yearOf(today) - 2; year <= yearOf(today); year++) {
      const jan1 = dayOf(`${year}-01-01`);
      if (/** @type {number} */ (coop.admitted) > jan1 + 364 || (coop.left !== null && coop.left < jan1)) continue;
      if (year === yearOf(today) && random.chance(0.25)) continue;
      const paid = Math.min(today, Math.max(jan1, /** @type {number} */ (coop.admitted)) + random.int(10, 120));
      tables.membershipFee.add(random.uuid(), coop.id, year, membershipFeeAmount.at(toDate(jan1)), iso(paid), "seed-large", at(paid, 600));
    }
  }

  // Loans to ACTIVE members (the large one has five), with their schedules and payments.
  const active = world.coops.filter((c) => c.status === "ACTIVE");
  const events = [];
  for (let l = 0; l < counts.loans; l++) {
    const coop = l < 5 ? large : random.pick(active);
    const termMonths = random.int(1, 10) * 12;
    const start = Math.max(/** @type {number} */ (coop.admitted) + 30, today - random.int(10, 6 * 365));
    if (start > today - 1) continue;
    const limits = loanLimits.at(toDate(start));
    const terms = validateLoanTerms(
      {
        principal: `${(coop.large ? random.int(100, 400) : random.int(10, 300)) * 1000}.00`,
        annualRate: (random.int(4, 26) * 0.25).toFixed(2),
        termMonths,
        startDate: toDate(start),
      },
      limits,
    );
    const loanId = random.uuid();
    tables.loan.add(loanId, coop.id, formatCents(terms.principalCents), terms.annualRate, termMonths, iso(start), "seed-large", at(start, 600));
    events.push({ day: start, order: 1, kind: "LOAN_GRANTED", amount: -terms.principalCents, coop, loanId });
    const behaviour = coop.large ? "good" : random.weighted({ good: 85, overdue: 10, partly: 5 });
    const schedule = frenchSchedule(terms);
    const due = schedule.filter((row) => fromDate(row.dueDate) < today);
    const stopAt = behaviour === "overdue" && due.length > 0 ? random.int(Math.max(0, due.length - 6), due.length - 1) : due.length;
    schedule.forEach((row, k) => {
      let paid = 0n;
      if (k < stopAt) paid = row.amount;
      else if (behaviour === "partly" && k === stopAt && row.dueDate.getTime() < toDate(today + 40).getTime()) paid = row.amount / 2n;
      tables.instalment.add(
        random.uuid(),
        loanId,
        row.number,
        iso(fromDate(row.dueDate)),
        formatCents(row.amount),
        formatCents(row.principal),
        formatCents(row.interest),
        formatCents(row.balance),
        formatCents(paid),
      );
      if (paid === 0n) return;
      const paidOn = Math.min(today, Math.max(start, fromDate(row.dueDate) - random.int(0, 3)));
      tables.payment.add(random.uuid(), loanId, formatCents(paid), iso(paidOn), "seed-large", at(paidOn, 720));
      events.push({ day: paidOn, order: 2, kind: "LOAN_REPAYMENT", amount: paid, coop, loanId });
    });
  }
  // Contributions: member cooperatives give now and then; a foundation tops the fund up before a loan it could not cover.
  for (let k = 0; k < Math.max(1, Math.round(counts.loans / 5)); k++) {
    const coop = random.pick(active);
    const day = Math.max(/** @type {number} */ (coop.admitted), today - random.int(1, 6 * 365));
    events.push({ day, order: 0, kind: "CONTRIBUTION", amount: BigInt(random.int(1, 20) * 100_000), coop, loanId: null });
  }
  events.sort((a, b) => a.day - b.day || a.order - b.order);
  let balance = 0n;
  /** @param {any} e @param {string | null} [contributor] */
  const move = (e, contributor = null) => {
    balance += e.amount;
    tables.movement.add(
      random.uuid(),
      e.kind,
      formatCents(e.amount),
      formatCents(balance),
      iso(e.day),
      e.coop ? e.coop.id : null,
      contributor,
      e.loanId,
      e.kind === "CONTRIBUTION" ? "contributo al fondo" : null,
      "seed-large",
      at(e.day, 540 + (tables.movement.count % 600)),
    );
  };
  for (const e of events) {
    if (balance + e.amount < 0n) {
      const topUp = (-(balance + e.amount) / 100_000_000n + 1n) * 100_000_000n;
      move({ day: e.day, kind: "CONTRIBUTION", amount: topUp, coop: null, loanId: null }, random.pick(FOUNDATIONS));
    }
    move(e);
  }
  return { tables: Object.values(tables), after: [`UPDATE "Fund" SET "balance" = ${formatCents(balance)} WHERE "id" = 1`] };
}

const CODE = "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789";
function randomCode(random, length) {
  let s = "";
  for (let i = 0; i < length; i++) s += CODE[random.int(0, CODE.length - 1)];
  return s;
}

/** A private client's partita IVA in the seat's tax office. */
function companyTaxCode(seat) {
  const first10 = `${4_000_000 + Number(seat.office)}${seat.office}`;
  return first10 + partitaIvaCheckDigit(first10);
}

module.exports = { generateFinance };
