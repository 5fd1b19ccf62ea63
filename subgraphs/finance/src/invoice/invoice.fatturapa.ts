import { formatCents, isoDate, toCents, type DecimalValue } from "@coopgraph/kit";
import { create } from "xmlbuilder2";
import type { XMLBuilder } from "xmlbuilder2/lib/interfaces";
import { amountDueCents, documentTypeCode, invoiceNumberText, totalsOf, vatSummary } from "./invoice.rules";

/**
 * The FatturaPA XML (formato della fattura elettronica, schema 1.2) of an issued invoice or
 * credit note: FPA12 for a public administration (6-character CodiceDestinatario, CIG and CUP in
 * DatiContratto, EsigibilitaIVA "S" under split payment), FPR12 otherwise (7 characters). Elements
 * are written in the order the schema's sequences require; amounts with two decimals as computed
 * at issue, so the summary (DatiRiepilogo) is the invoice's own VAT computation.
 */

const NAMESPACE = "http://ivaservizi.agenziaentrate.gov.it/docs/xsd/fatture/v1.2";

export interface Issuer {
  name: string;
  vatNumber: string;
  taxCode: string;
  taxRegime: string;
  street: string;
  postcode: string;
  municipality: string;
  province: string;
  iban: string;
}

export interface FatturaPAInvoice {
  documentType: "INVOICE" | "CREDIT_NOTE";
  year: number;
  number: number;
  issueDate: Date;
  dueDate: Date;
  customerName: string;
  customerTaxCode: string;
  customerVatNumber: string | null;
  customerStreet: string;
  customerPostcode: string;
  customerMunicipality: string;
  customerProvince: string;
  publicAdministration: boolean;
  recipientCode: string;
  cig: string | null;
  cup: string | null;
  splitPayment: boolean;
  stampDuty: DecimalValue;
  notes: string | null;
}

export interface FatturaPALine {
  position: number;
  description: string;
  quantity: DecimalValue;
  unitPrice: DecimalValue;
  lineTotal: DecimalValue;
  vatPercent: DecimalValue;
  vatNature: string | null;
  legalReference: string | null;
}

const amount = (value: DecimalValue | bigint) => (typeof value === "bigint" ? formatCents(value) : formatCents(toCents(value)));

/** ProgressivoInvio: at most 10 letters or digits, unique per document (year and number). */
export function transmissionNumber(year: number, number: number): string {
  return `${String(year % 100).padStart(2, "0")}${number.toString(36).toUpperCase().padStart(6, "0")}`;
}

export function fatturaPAXml(
  invoice: FatturaPAInvoice,
  lines: readonly FatturaPALine[],
  issuer: Issuer,
  corrected: { year: number; number: number; issueDate: Date } | null,
): string {
  const format = invoice.publicAdministration ? "FPA12" : "FPR12";
  const ordered = [...lines].sort((a, b) => a.position - b.position);
  const summary = vatSummary(ordered);
  const totals = totalsOf(summary);

  const root = create({ version: "1.0", encoding: "UTF-8" }).ele(NAMESPACE, "p:FatturaElettronica", { versione: format });
  const header = root.ele("FatturaElettronicaHeader");

  const transmission = header.ele("DatiTrasmissione");
  transmission.ele("IdTrasmittente").ele("IdPaese").txt("IT").up().ele("IdCodice").txt(issuer.taxCode);
  transmission.ele("ProgressivoInvio").txt(transmissionNumber(invoice.year, invoice.number));
  transmission.ele("FormatoTrasmissione").txt(format);
  transmission.ele("CodiceDestinatario").txt(invoice.recipientCode);

  const seller = header.ele("CedentePrestatore");
  const sellerData = seller.ele("DatiAnagrafici");
  sellerData.ele("IdFiscaleIVA").ele("IdPaese").txt("IT").up().ele("IdCodice").txt(issuer.vatNumber);
  sellerData.ele("CodiceFiscale").txt(issuer.taxCode);
  sellerData.ele("Anagrafica").ele("Denominazione").txt(issuer.name);
  sellerData.ele("RegimeFiscale").txt(issuer.taxRegime);
  address(seller, issuer.street, issuer.postcode, issuer.municipality, issuer.province);

  const buyer = header.ele("CessionarioCommittente");
  const buyerData = buyer.ele("DatiAnagrafici");
  if (invoice.customerVatNumber) buyerData.ele("IdFiscaleIVA").ele("IdPaese").txt("IT").up().ele("IdCodice").txt(invoice.customerVatNumber);
  buyerData.ele("CodiceFiscale").txt(invoice.customerTaxCode);
  buyerData.ele("Anagrafica").ele("Denominazione").txt(invoice.customerName);
  address(buyer, invoice.customerStreet, invoice.customerPostcode, invoice.customerMunicipality, invoice.customerProvince);

  const body = root.ele("FatturaElettronicaBody");
  const general = body.ele("DatiGenerali");
  const document = general.ele("DatiGeneraliDocumento");
  document.ele("TipoDocumento").txt(documentTypeCode(invoice.documentType));
  document.ele("Divisa").txt("EUR");
  document.ele("Data").txt(isoDate(invoice.issueDate));
  document.ele("Numero").txt(invoiceNumberText(invoice.year, invoice.number));
  if (toCents(invoice.stampDuty) > 0n) document.ele("DatiBollo").ele("BolloVirtuale").txt("SI").up().ele("ImportoBollo").txt(amount(invoice.stampDuty));
  document.ele("ImportoTotaleDocumento").txt(amount(totals.gross));
  if (invoice.notes) document.ele("Causale").txt(invoice.notes.slice(0, 200));
  if (invoice.cig) {
    // The contract the public administration pays under, named by its CIG (and CUP).
    const contract = general.ele("DatiContratto");
    contract.ele("IdDocumento").txt(invoice.cig);
    if (invoice.cup) contract.ele("CodiceCUP").txt(invoice.cup);
    contract.ele("CodiceCIG").txt(invoice.cig);
  }
  if (corrected) {
    general.ele("DatiFattureCollegate").ele("IdDocumento").txt(invoiceNumberText(corrected.year, corrected.number)).up().ele("Data").txt(isoDate(corrected.issueDate));
  }

  const goods = body.ele("DatiBeniServizi");
  for (const line of ordered) {
    const row = goods.ele("DettaglioLinee");
    row.ele("NumeroLinea").txt(String(line.position));
    row.ele("Descrizione").txt(line.description);
    row.ele("Quantita").txt(amount(line.quantity));
    row.ele("PrezzoUnitario").txt(amount(line.unitPrice));
    row.ele("PrezzoTotale").txt(amount(line.lineTotal));
    row.ele("AliquotaIVA").txt(amount(line.vatPercent));
    if (line.vatNature) row.ele("Natura").txt(line.vatNature);
  }
  for (const rate of summary) {
    const row = goods.ele("DatiRiepilogo");
    row.ele("AliquotaIVA").txt(rate.percent);
    if (rate.nature) row.ele("Natura").txt(rate.nature);
    row.ele("ImponibileImporto").txt(formatCents(rate.taxable));
    row.ele("Imposta").txt(formatCents(rate.vat));
    // S: scissione dei pagamenti (art. 17-ter); I: VAT due at once. Rows without VAT state neither.
    if (!rate.nature) row.ele("EsigibilitaIVA").txt(invoice.splitPayment ? "S" : "I");
    if (rate.legalReference) row.ele("RiferimentoNormativo").txt(rate.legalReference.slice(0, 100));
  }

  const payment = body.ele("DatiPagamento");
  payment.ele("CondizioniPagamento").txt("TP02");
  const detail = payment.ele("DettaglioPagamento");
  detail.ele("ModalitaPagamento").txt("MP05");
  detail.ele("DataScadenzaPagamento").txt(isoDate(invoice.dueDate));
  detail.ele("ImportoPagamento").txt(formatCents(amountDueCents(totals, invoice.splitPayment)));
  detail.ele("IBAN").txt(issuer.iban);

  return root.end({ prettyPrint: true });
}

function address(parent: XMLBuilder, street: string, postcode: string, municipality: string, province: string): void {
  parent
    .ele("Sede")
    .ele("Indirizzo")
    .txt(street)
    .up()
    .ele("CAP")
    .txt(postcode)
    .up()
    .ele("Comune")
    .txt(municipality)
    .up()
    .ele("Provincia")
    .txt(province)
    .up()
    .ele("Nazione")
    .txt("IT");
}
