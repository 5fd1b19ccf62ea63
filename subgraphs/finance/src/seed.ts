import { partitaIvaCheckDigit } from "@coopgraph/ids";
import { addDays, demoId, today as todayOf, toCents, type Transaction } from "@coopgraph/kit";
import type { Identity } from "@coopgraph/identity";
import type { PrismaClient } from "./db";
import { recordFundContribution } from "./fund/fund.commands";
import { issueCreditNote, issueInvoice, setBillingDetails } from "./invoice/invoice.commands";
import { priceLines, type InvoiceCustomer, type LineInput } from "./invoice/invoice.rules";
import { grantLoan, recordLoanPayment } from "./loan/loan.commands";
import { addMonths, frenchSchedule, validateLoanTerms } from "./loan/loan.rules";
import { recordMembershipFee } from "./membershipFee/membershipFee.commands";
import { membershipFeeAmount, loanLimits, vatRates } from "./settings";

/**
 * Demo data for the embedded start, written through finance's own commands so that it follows
 * every rule: the fund and its contributions, loans in good standing, overdue and repaid, the
 * membership fees of last year and part of this one, and last year's and this year's invoices
 * (numbered without gaps, a credit note among them) to member cooperatives, public
 * administrations and a private client.
 *
 * Cooperative n is membership's demo cooperative demoId("cooperative", n): its name, codice
 * fiscale and seat below are membership's demo data (a test checks they agree). Cooperatives
 * 26-31 are not ACTIVE and get no loans. Ids are stable too: the i-th invoice issued (from 1, in
 * date order) is demoId("invoice", i), the credit note demoId("creditNote", 1), the loan of
 * cooperative n demoId("loan", n).
 */
export const DEMO_MEMBERS: { n: number; name: string; taxCode: string; municipality: string; province: string }[] = [
  [1, "Il Girasole", "Milano", "MI", "015"],
  [2, "La Rondine", "Torino", "TO", "001"],
  [3, "Arcobaleno", "Bologna", "BO", "037"],
  [4, "Il Melograno", "Roma", "RM", "058"],
  [5, "Terra Nuova", "Napoli", "NA", "063"],
  [6, "L'Officina", "Firenze", "FI", "048"],
  [7, "Il Seme", "Bari", "BA", "072"],
  [8, "La Bottega Solidale", "Palermo", "PA", "082"],
  [10, "Il Ponte", "Verona", "VR", "023"],
  [12, "La Quercia", "Brescia", "BS", "017"],
  [13, "Giardini Aperti", "Bergamo", "BG", "016"],
].map(([n, name, municipality, province, office]) => {
  const first10 = String(1_200_000 + (n as number) * 7_919).padStart(7, "0") + office;
  return {
    n: n as number,
    name: `${name} Società Cooperativa Sociale`,
    taxCode: first10 + partitaIvaCheckDigit(first10),
    municipality: municipality as string,
    province: province as string,
  };
});

/** A public body's fictitious but valid codice fiscale, as procurement's demo buyers have them. */
function bodyTaxCode(n: number): string {
  const first10 = `80${String(10_000_000 + n * 1_234_567).slice(-8)}`;
  return first10 + partitaIvaCheckDigit(first10);
}

/** The CIG of procurement's demo tender n. */
function demoCig(n: number): string {
  return `Z${String(n).padStart(2, "0")}${(0x1a2b3c + n * 4_099).toString(16).toUpperCase().padStart(7, "0")}`;
}

const PUBLIC_BODIES: Omit<InvoiceCustomer, "vatNumber">[] = [
  {
    cooperativeId: null,
    name: "Comune di Milano",
    taxCode: bodyTaxCode(1),
    street: "Piazza della Scala 2",
    postcode: "20121",
    municipality: "Milano",
    province: "MI",
    publicAdministration: true,
    recipientCode: "UFMI01",
  },
  {
    cooperativeId: null,
    name: "ASL Roma 2",
    taxCode: bodyTaxCode(3),
    street: "Via Filippo Meda 35",
    postcode: "00157",
    municipality: "Roma",
    province: "RM",
    publicAdministration: true,
    recipientCode: "UFRM02",
  },
  {
    cooperativeId: null,
    name: "Regione Emilia-Romagna",
    taxCode: bodyTaxCode(4),
    street: "Viale Aldo Moro 52",
    postcode: "40127",
    municipality: "Bologna",
    province: "BO",
    publicAdministration: true,
    recipientCode: "UFER04",
  },
];
const PUBLIC_CIGS = [demoCig(7), demoCig(5), demoCig(12)];

const PRIVATE_CLIENT: InvoiceCustomer = {
  cooperativeId: null,
  name: "Fondazione Comunità Solidale",
  taxCode: bodyTaxCode(6),
  vatNumber: bodyTaxCode(6),
  street: "Corso Venezia 16",
  postcode: "20121",
  municipality: "Milano",
  province: "MI",
  publicAdministration: false,
  recipientCode: "0000000",
};

const SEED: Identity = { sub: "seed", role: "ADMIN" } as Identity;

/** What each kind of customer is invoiced for. */
const SERVICES: Record<"member" | "public" | "private", LineInput[][]> = {
  member: [
    [{ description: "Elaborazione paghe e consulenza del lavoro", quantity: "1", unitPrice: "850.00", vatCode: "STANDARD" }],
    [
      { description: "Servizio di progettazione bandi", quantity: "12.5", unitPrice: "48.00", vatCode: "STANDARD" },
      { description: "Rimborso spese anticipate in nome e per conto", quantity: "1", unitPrice: "36.40", vatCode: "EXCLUDED_ART15" },
    ],
    [{ description: "Corso di formazione sulla sicurezza (esente)", quantity: "6", unitPrice: "95.00", vatCode: "EXEMPT_ART10" }],
  ],
  public: [
    [
      { description: "Servizio di assistenza domiciliare socio-assistenziale", quantity: "320", unitPrice: "21.35", vatCode: "SOCIAL_5" },
      { description: "Coordinamento del servizio", quantity: "1", unitPrice: "1250.00", vatCode: "SOCIAL_5" },
    ],
    [{ description: "Pulizia dei presidi sanitari territoriali", quantity: "1", unitPrice: "20366.67", vatCode: "STANDARD" }],
  ],
  private: [[{ description: "Servizio di accoglienza per eventi", quantity: "3", unitPrice: "780.00", vatCode: "REDUCED_10" }]],
};

function member(n: number): InvoiceCustomer {
  const facts = DEMO_MEMBERS.find((m) => m.n === n)!;
  return {
    cooperativeId: demoId("cooperative", n),
    name: facts.name,
    taxCode: facts.taxCode,
    vatNumber: facts.taxCode,
    street: `Via del Lavoro ${n * 3}`,
    postcode: "00100",
    municipality: facts.municipality,
    province: facts.province,
    publicAdministration: false,
    recipientCode: "0000000",
  };
}

export async function seedFinance(db: PrismaClient, now = new Date()): Promise<Record<string, number> | null> {
  if ((await db.invoice.count()) > 0 || (await db.loan.count()) > 0) return null;
  const tx = db as unknown as Transaction<PrismaClient>;
  const today = todayOf(now);
  const year = today.getUTCFullYear();
  const counts = { invoices: 0, creditNotes: 0, loans: 0, loanPayments: 0, fundContributions: 0, membershipFees: 0 };

  for (const facts of DEMO_MEMBERS) {
    const customer = member(facts.n);
    await setBillingDetails(tx, SEED, { cooperativeId: customer.cooperativeId!, street: customer.street, postcode: customer.postcode, recipientCode: customer.recipientCode });
  }

  const contributions: [Date, bigint, number | null, string | null][] = [
    [new Date(Date.UTC(year - 2, 2, 1)), 15_000_000n, null, "Fondazione Comunità Solidale"],
    ...DEMO_MEMBERS.slice(0, 8).map((m, i): [Date, bigint, number | null, string | null] => [new Date(Date.UTC(year - 2, 5, 30 + i)), BigInt(250_000 + i * 50_000), m.n, null]),
    [new Date(Date.UTC(year - 1, 1, 15)), 6_000_000n, null, "Regione Lombardia, contributo per lo sviluppo della cooperazione sociale"],
  ];
  for (const [date, amount, n, contributor] of contributions) {
    await recordFundContribution(tx, SEED, { amount, contributedOn: date, cooperativeId: n ? demoId("cooperative", n) : null, contributor, note: null });
    counts.fundContributions += 1;
  }

  // [cooperative, principal, rate, months, started months ago, instalments paid (all due ones when null), part of the next one paid]
  const loans: [number, string, string, number, number, number | null, string | null][] = [
    [2, "40000.00", "3.5", 60, 14, null, null],
    [5, "25000.00", "4.5", 36, 10, 7, null],
    [10, "10000.00", "0", 12, 18, null, null],
    [12, "60000.00", "2.75", 120, 3, null, null],
    [13, "15000.00", "5", 48, 6, 4, "150.00"],
  ];
  for (const [n, principal, rate, months, ago, paidCount, partial] of loans) {
    const startDate = addMonths(today, -ago);
    const terms = validateLoanTerms({ principal, annualRate: rate, termMonths: months, startDate }, loanLimits.at(startDate));
    const loan = await grantLoan(tx, SEED, { id: demoId("loan", n), cooperativeId: demoId("cooperative", n), terms });
    counts.loans += 1;
    const due = frenchSchedule(terms).filter((row) => row.dueDate.getTime() <= today.getTime());
    // Paid quarterly: each payment settles up to three instalments, on the last one's due date.
    const paid = due.slice(0, paidCount ?? due.length);
    for (let i = 0; i < paid.length; i += 3) {
      const quarter = paid.slice(i, i + 3);
      await recordLoanPayment(tx, SEED, { loanId: loan.id, amount: quarter.reduce((sum, row) => sum + row.amount, 0n), paidOn: quarter[quarter.length - 1].dueDate, today });
      counts.loanPayments += 1;
    }
    if (partial) {
      const next = due[paidCount!];
      await recordLoanPayment(tx, SEED, { loanId: loan.id, amount: toCents(partial), paidOn: next.dueDate, today });
      counts.loanPayments += 1;
    }
  }

  const feeYears: [number, number[]][] = [
    [year - 1, [...Array.from({ length: 28 }, (_, i) => i + 1), 32, 33, 34]],
    [year, Array.from({ length: 12 }, (_, i) => i + 1)],
  ];
  for (const [feeYear, numbers] of feeYears) {
    for (const n of numbers) {
      const paidOn = feeYear === year ? new Date(Math.min(Date.UTC(year, 0, 10 + n), today.getTime())) : new Date(Date.UTC(feeYear, 1, n % 28 || 28));
      await recordMembershipFee(tx, SEED, {
        cooperativeId: demoId("cooperative", n),
        cooperativeName: `cooperative ${n}`,
        year: feeYear,
        amount: membershipFeeAmount.at(`${feeYear}-01-01`),
        paidOn,
      });
      counts.membershipFees += 1;
    }
  }

  // Last year, three invoices a month; this year, one every ten days up to today.
  const dates: Date[] = [];
  for (let month = 0; month < 12; month++) for (const d of [8, 18, 27]) dates.push(new Date(Date.UTC(year - 1, month, d)));
  for (let d = new Date(Date.UTC(year, 0, 9)); d.getTime() <= today.getTime(); d = addDays(d, 10)) dates.push(d);
  let credited = false;
  for (const [i, issueDate] of dates.entries()) {
    const kind = i % 3 === 0 ? "public" : i % 5 === 1 ? "private" : "member";
    const services = SERVICES[kind][i % SERVICES[kind].length];
    const body = PUBLIC_BODIES[i % PUBLIC_BODIES.length];
    const customer = kind === "public" ? { ...body, vatNumber: null } : kind === "private" ? PRIVATE_CLIENT : member(DEMO_MEMBERS[i % DEMO_MEMBERS.length].n);
    const invoice = await issueInvoice(tx, SEED, {
      id: demoId("invoice", i + 1),
      purpose: "GENERAL",
      issueDate,
      customer,
      lines: priceLines(services, vatRates.at(issueDate), issueDate),
      cig: kind === "public" ? PUBLIC_CIGS[i % PUBLIC_CIGS.length] : null,
      cup: null,
      notes: null,
    });
    counts.invoices += 1;
    // One credit note last year: an invoice to a private client is corrected in full ten days later.
    if (!credited && kind === "private" && issueDate.getUTCFullYear() === year - 1) {
      const next = dates[i + 1];
      await issueCreditNote(tx, SEED, {
        id: demoId("creditNote", 1),
        invoiceId: invoice.id,
        issueDate: next ?? issueDate,
        lines: null,
        reason: "Storno totale: servizio annullato dal cliente",
      });
      counts.creditNotes += 1;
      credited = true;
    }
  }
  return counts;
}
