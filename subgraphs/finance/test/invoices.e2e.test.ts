import { checkProvince, partitaIvaCheckDigit } from "@coopgraph/ids";
import { personTaxCode } from "@coopgraph/membership";
import { isoDate, today } from "@coopgraph/kit";
import { convert } from "xmlbuilder2";
import { rowCounts } from "./support/database";
import { fatturaPASchemaErrors } from "./support/fatturapaSchema";
import { dataOf, errorsOf, knownToMembership, memberTaxCode, nextCig, startFinance, type Finance } from "./support/platform";

const ISSUE = `mutation ($input: IssueInvoiceInput!) {
  issueInvoice(input: $input) {
    id number year fullNumber documentType documentTypeCode issueDate splitPayment stampDuty cig cup amountDue
    customer { name taxCode vatNumber street postcode municipality province publicAdministration recipientCode }
    cooperative { id name }
    lines { position description quantity unitPrice lineTotal vatCode vatPercent vatNature legalReference }
    vatSummary { vatPercent vatNature taxable vat }
    totals { net vat gross }
  }
}`;

function bodyTaxCode(n: number): string {
  const first10 = `80${String(10_000_000 + n * 1_234_567).slice(-8)}`;
  return first10 + partitaIvaCheckDigit(first10);
}

const privateClient = (lines = [{ description: "Servizio di accoglienza", quantity: "3", unitPrice: "780.00", vatCode: "REDUCED_10" }]) => ({
  customer: {
    external: { name: "Fondazione Comunità Solidale", taxCode: bodyTaxCode(6), municipality: "Milano", province: "mi" },
    street: "Corso Venezia 16",
    postcode: "20121",
  },
  lines,
});

const PERSON = personTaxCode("Giulia", "Rossi", "F", new Date("1980-04-12T00:00:00.000Z"), "F205");
const PROVINCE_REASON = (checkProvince("XX") as { reason: string }).reason;

let f: Finance;
let coopA: string;
let coopB: string;
beforeAll(async () => {
  f = await startFinance();
  [coopA, coopB] = await knownToMembership(f, { n: 1, name: "Il Girasole Società Cooperativa Sociale" }, { n: 2, name: "La Rondine Società Cooperativa Sociale", type: "B" });
  // The servers' first requests are slow (compilation, connections): take them before the burst, refused so that no number is used.
  for (let i = 0; i < 5; i++) await f.query(ISSUE, { input: privateClient([{ description: "prova", quantity: "1", unitPrice: "1.00", vatCode: "NONE" }]) });
});
afterAll(() => f?.stop());

describe("issuing invoices through the gateway", () => {
  it("numbers 200 invoices issued at once 1 to 200 of the year: no gap, no duplicate", async () => {
    const answers = await Promise.all(Array.from({ length: 200 }, () => f.query(ISSUE, { input: privateClient() })));
    expect(answers.flatMap(errorsOf)).toEqual([]);
    const year = today().getUTCFullYear();
    const numbers = answers.map((a) => a.data.issueInvoice).map((i: { number: number; year: number }) => (i.year === year ? i.number : -1));
    expect(numbers.sort((a, b) => a - b)).toEqual(Array.from({ length: 200 }, (_, i) => i + 1));
    expect(await f.db.invoice.count()).toBe(200);
    expect(await f.db.invoiceCounter.findUniqueOrThrow({ where: { year } })).toMatchObject({ year, last: 200 });
  }, 180_000);

  it("invoices a member cooperative with the name, codice fiscale and seat membership holds", async () => {
    const invoice = dataOf(
      await f.query(ISSUE, {
        input: {
          customer: { cooperativeId: coopA, street: "Via del Lavoro 3", postcode: "24121", recipientCode: "M5UXCR1" },
          lines: [
            { description: "Elaborazione paghe", quantity: "1", unitPrice: "850.00", vatCode: "STANDARD" },
            { description: "Corso sulla sicurezza (esente)", quantity: "6", unitPrice: "95.00", vatCode: "exempt_art10" },
          ],
          notes: "Servizi di marzo",
        },
      }),
    ).issueInvoice;
    expect(invoice).toMatchObject({
      number: 201,
      documentType: "INVOICE",
      documentTypeCode: "TD01",
      splitPayment: false,
      stampDuty: "2.00",
      cig: null,
      amountDue: "1607.00",
      customer: {
        name: "Il Girasole Società Cooperativa Sociale",
        taxCode: memberTaxCode(1),
        vatNumber: memberTaxCode(1),
        street: "Via del Lavoro 3",
        postcode: "24121",
        municipality: "Bergamo",
        province: "BG",
        publicAdministration: false,
        recipientCode: "M5UXCR1",
      },
      cooperative: { id: coopA, name: "Il Girasole Società Cooperativa Sociale" },
      vatSummary: [
        { vatPercent: "22.00", vatNature: null, taxable: "850.00", vat: "187.00" },
        { vatPercent: "0.00", vatNature: "N4", taxable: "570.00", vat: "0.00" },
      ],
      totals: { net: "1420.00", vat: "187.00", gross: "1607.00" },
    });
    expect(invoice.lines[1]).toEqual({
      position: 2,
      description: "Corso sulla sicurezza (esente)",
      quantity: "6.00",
      unitPrice: "95.00",
      lineTotal: "570.00",
      vatCode: "EXEMPT_ART10",
      vatPercent: "0.00",
      vatNature: "N4",
      legalReference: "Operazione esente art. 10 DPR 633/72",
    });
  });

  it("exports a public administration's invoice as FPA12 with its CIG, split payment and TD01, valid against the official schema", async () => {
    const cig = nextCig();
    const invoice = dataOf(
      await f.query(ISSUE, {
        input: {
          customer: {
            external: { name: "Comune di Bergamo", taxCode: "80034840167", municipality: "Bergamo", province: "BG", publicAdministration: true },
            street: "Piazza Matteotti 27",
            postcode: "24122",
            recipientCode: "ufxk3b",
          },
          lines: [{ description: "Manutenzione del verde, marzo", quantity: "1", unitPrice: "14250.00", vatCode: "STANDARD" }],
          cig: cig.toLowerCase(),
          cup: "J41B25000123456",
        },
      }),
    ).issueInvoice;
    expect(invoice).toMatchObject({ splitPayment: true, cig, cup: "J41B25000123456", totals: { net: "14250.00", vat: "3135.00", gross: "17385.00" }, amountDue: "14250.00" });
    const { invoice: exported } = dataOf(await f.query(`query ($id: ID!) { invoice(id: $id) { fatturaPA } }`, { id: invoice.id }));
    expect(await fatturaPASchemaErrors(exported.fatturaPA)).toEqual([]);
    const doc = (convert(exported.fatturaPA, { format: "object" }) as any)["p:FatturaElettronica"];
    expect(doc["@versione"]).toBe("FPA12");
    expect(doc.FatturaElettronicaHeader.DatiTrasmissione.CodiceDestinatario).toBe("UFXK3B");
    expect(doc.FatturaElettronicaBody.DatiGenerali.DatiGeneraliDocumento.TipoDocumento).toBe("TD01");
    expect(doc.FatturaElettronicaBody.DatiGenerali.DatiContratto).toEqual({ IdDocumento: cig, CodiceCUP: "J41B25000123456", CodiceCIG: cig });
    expect(doc.FatturaElettronicaBody.DatiBeniServizi.DatiRiepilogo).toEqual({ AliquotaIVA: "22.00", ImponibileImporto: "14250.00", Imposta: "3135.00", EsigibilitaIVA: "S" });
  });

  it("corrects an invoice with a credit note (TD04) that names it, the invoice itself unchanged", async () => {
    const invoice = dataOf(await f.query(ISSUE, { input: privateClient() })).issueInvoice;
    const answer = dataOf(
      await f.query(
        `mutation ($input: IssueCreditNoteInput!) { issueCreditNote(input: $input) { number documentTypeCode totals { net vat gross } corrects { id fullNumber creditNotes { number } } fatturaPA } }`,
        { input: { invoiceId: invoice.id, reason: "Storno totale: servizio annullato" } },
      ),
    ).issueCreditNote;
    expect(answer).toMatchObject({
      number: invoice.number + 1,
      documentTypeCode: "TD04",
      totals: invoice.totals,
      corrects: { id: invoice.id, fullNumber: invoice.fullNumber, creditNotes: [{ number: invoice.number + 1 }] },
    });
    expect(await fatturaPASchemaErrors(answer.fatturaPA)).toEqual([]);
  });
});

describe("refusals write nothing", () => {
  const cases: [string, Record<string, unknown>, { code: string; field: string; message: string }][] = [
    [
      "an external client's codice fiscale with a wrong check digit",
      { ...privateClient(), customer: { ...privateClient().customer, external: { ...privateClient().customer.external, taxCode: "80012345670" } } },
      { code: "BAD_USER_INPUT", field: "input.customer.external.taxCode", message: "the check digit of an 11-digit codice fiscale must be 6, not 0" },
    ],
    [
      "a line with an unknown VAT code",
      privateClient([{ description: "Servizio", quantity: "1", unitPrice: "10.00", vatCode: "ZERO" }]),
      { code: "BAD_USER_INPUT", field: "input.lines.0.vatCode", message: "ZERO is not a VAT code in force on " },
    ],
    [
      "a public administration's invoice without a CIG",
      { ...privateClient(), customer: { ...privateClient().customer, recipientCode: "UFXK3B", external: { ...privateClient().customer.external, publicAdministration: true } } },
      { code: "BAD_USER_INPUT", field: "input.cig", message: "an invoice to a public administration carries the CIG of its contract (D.L. 66/2014 art. 25)" },
    ],
    [
      "a public administration named by a person's codice fiscale",
      {
        ...privateClient(),
        cig: "Z0A1B2C3D4",
        customer: { ...privateClient().customer, recipientCode: "UFXK3B", external: { ...privateClient().customer.external, taxCode: PERSON, publicAdministration: true } },
      },
      { code: "BAD_USER_INPUT", field: "input.customer.external.taxCode", message: "a public administration's codice fiscale has 11 digits" },
    ],
    [
      "a province that does not exist",
      { ...privateClient(), customer: { ...privateClient().customer, external: { ...privateClient().customer.external, province: "XX" } } },
      { code: "BAD_USER_INPUT", field: "input.customer.external.province", message: PROVINCE_REASON },
    ],
    [
      "a CIG on a private client's invoice",
      { ...privateClient(), cig: "Z0A1B2C3D4" },
      { code: "BAD_USER_INPUT", field: "input.cig", message: "a CIG goes on invoices to public administrations only" },
    ],
    ["an issue date in the future", { ...privateClient(), issueDate: "2999-01-01" }, { code: "BAD_USER_INPUT", field: "input.issueDate", message: "this date is in the future" }],
    [
      "a member cooperative and an external client at once",
      { ...privateClient(), customer: { ...privateClient().customer, cooperativeId: "00000000-0000-4000-8000-000000000001" } },
      { code: "BAD_USER_INPUT", field: "input.customer", message: "name either a member cooperative (cooperativeId) or an external client (external), not both" },
    ],
    [
      "a cooperative membership does not know",
      { customer: { cooperativeId: "00000000-0000-4000-8000-000000000001", street: "Via Roma 1", postcode: "24121" }, lines: privateClient().lines },
      { code: "BAD_USER_INPUT", field: "input.customer.cooperativeId", message: "no member cooperative has this id" },
    ],
    [
      "a customer that is neither a member cooperative nor an external client",
      { customer: { cooperativeId: "" }, lines: privateClient().lines },
      { code: "BAD_USER_INPUT", field: "input.customer", message: "name the customer: a member cooperative (cooperativeId) or an external client (external)" },
    ],
  ];

  it.each(cases)("refuses %s with the field at fault", async (_what, input, expected) => {
    const before = await rowCounts(f.db);
    const errors = errorsOf(await f.query(ISSUE, { input }));
    // The VAT code's message names the day, which is today.
    const message = expected.message.endsWith("on ")
      ? `${expected.message}${isoDate(today())}: use one of STANDARD, REDUCED_10, SOCIAL_5, EXEMPT_ART10, EXCLUDED_ART15`
      : expected.message;
    expect(errors).toEqual([{ ...expected, message }]);
    expect(await rowCounts(f.db)).toEqual(before);
  });

  it("refuses a member cooperative with no billing address, then uses the details set for it", async () => {
    const before = await rowCounts(f.db);
    const input = { customer: { cooperativeId: coopB }, lines: privateClient().lines };
    expect(errorsOf(await f.query(ISSUE, { input }))).toEqual([
      {
        code: "BAD_USER_INPUT",
        field: "input.customer.street",
        message: "this cooperative has no billing details on file: give its street and postcode, or set its billing details",
      },
    ]);
    expect(await rowCounts(f.db)).toEqual(before);
    const set = await f.query(
      `mutation ($input: SetBillingDetailsInput!) { setCooperativeBillingDetails(input: $input) { id billingDetails { street postcode recipientCode } } }`,
      {
        input: { cooperativeId: coopB, street: "Via dei Mille 8", postcode: "10121", recipientCode: "KRRH6B9" },
      },
    );
    expect(dataOf(set).setCooperativeBillingDetails).toEqual({ id: coopB, billingDetails: { street: "Via dei Mille 8", postcode: "10121", recipientCode: "KRRH6B9" } });
    const invoice = dataOf(await f.query(ISSUE, { input })).issueInvoice;
    expect(invoice.customer).toMatchObject({ name: "La Rondine Società Cooperativa Sociale", street: "Via dei Mille 8", postcode: "10121", recipientCode: "KRRH6B9" });
  });
});

describe("who reads invoices", () => {
  const LIST = `query ($filter: InvoiceFilter) { invoices(first: 100, filter: $filter) { totalCount nodes { id customer { name } } } }`;

  it("lets a cooperative's manager read the invoices addressed to their cooperative only", async () => {
    const mine = dataOf(await f.query(LIST, {}, { role: "COOP_MANAGER", coopId: coopA })).invoices;
    expect(mine.totalCount).toBe(await f.db.invoice.count({ where: { customerCooperativeId: coopA } }));
    expect(mine.nodes.every((n: { customer: { name: string } }) => n.customer.name.startsWith("Il Girasole"))).toBe(true);
    const other = await f.db.invoice.findFirstOrThrow({ where: { customerCooperativeId: coopB } });
    expect(dataOf(await f.query(`query ($id: ID!) { invoice(id: $id) { id } }`, { id: other.id }, { role: "COOP_MANAGER", coopId: coopA })).invoice).toBeNull();
    const coop = dataOf(await f.query(`query ($id: ID!) { cooperative(id: $id) { invoices { totalCount } } }`, { id: coopB }, { role: "COOP_MANAGER", coopId: coopA }));
    expect(coop.cooperative.invoices).toBeNull();
  });

  it("refuses analysts and partners the invoices themselves, and anonymous callers everything", async () => {
    for (const role of ["ANALYST", "PARTNER", "INCLUSION_OPERATOR"] as const) {
      expect(errorsOf(await f.query(LIST, {}, { role }))).toEqual([
        { code: "FORBIDDEN", field: undefined, message: `this needs one of the roles ADMIN, COOP_MANAGER, SERVICE; you are ${role}` },
      ]);
    }
    expect(errorsOf(await f.query(LIST, {}, null))[0].code).toBe("UNAUTHENTICATED");
    expect(errorsOf(await f.query(ISSUE, { input: privateClient() }, { role: "COOP_MANAGER", coopId: coopA }))[0]).toMatchObject({ code: "FORBIDDEN" });
  });

  it("keeps finance out of the partners' contract", async () => {
    const answer = await f.platform.query(`{ invoices { totalCount } }`, {}, { role: "PARTNER" }, { path: "/public/graphql" });
    expect(errorsOf(answer)[0].code).toBe("GRAPHQL_VALIDATION_FAILED");
  });
});

describe("reading invoices costs the same few statements for any number of them", () => {
  const PAGE = `query ($first: Int) { invoices(first: $first) { nodes { fullNumber lines { lineTotal } vatSummary { vat } totals { gross } customer { name } corrects { id } creditNotes { id } cooperative { id } } } }`;

  it("10 or 100 invoices with their lines, summaries and credit notes", async () => {
    const counts: number[] = [];
    for (const first of [10, 100]) {
      f.platform.resetSqlCounts();
      expect(dataOf(await f.query(PAGE, { first })).invoices.nodes).toHaveLength(first);
      counts.push(f.platform.sqlCount("finance"));
    }
    expect(counts[0]).toBe(counts[1]);
    expect(counts[0]).toBeLessThanOrEqual(5);
  });
});

describe("when membership cannot answer", () => {
  // Last: it stops membership for the rest of this file.
  it("refuses to invoice a member cooperative with SERVICE_UNAVAILABLE and writes nothing", async () => {
    await f.platform.stopSubgraph("membership");
    const before = await rowCounts(f.db);
    const errors = errorsOf(await f.query(ISSUE, { input: { customer: { cooperativeId: coopA, street: "Via Roma 1", postcode: "24121" }, lines: privateClient().lines } }));
    expect(errors).toEqual([
      {
        code: "SERVICE_UNAVAILABLE",
        field: undefined,
        message:
          "membership could not confirm the cooperative's name, codice fiscale and seat for its invoice (it answered: the membership service could not be reached (ECONNREFUSED)); nothing was written",
      },
    ]);
    expect(await rowCounts(f.db)).toEqual(before);
  });
});
