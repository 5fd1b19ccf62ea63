import { DatedSetting } from "@coopgraph/kit";

/** One VAT treatment an invoice line may have. */
export interface VatRate {
  /** What it is, for people: "22% standard rate". */
  label: string;
  /** Percentage with two decimals ("22.00"); "0.00" when no VAT is charged. */
  percent: string;
  /** FatturaPA Natura when no VAT is charged (N1 excluded, N4 exempt...); null when VAT is charged. */
  nature: string | null;
  /** The law that sets the rate or the exemption, printed on the invoice (FatturaPA RiferimentoNormativo). */
  legalReference: string;
}

export type VatCode = "STANDARD" | "REDUCED_10" | "SOCIAL_5" | "EXEMPT_ART10" | "EXCLUDED_ART15";

/**
 * VAT treatments by code, as in force on an invoice's issue date (DPR 633/1972). Natures are
 * those of the FatturaPA schema that are valid in versions 1.2.1 and 1.2.2 alike.
 */
export const vatRates = new DatedSetting<Record<VatCode, VatRate>>("VAT rates (DPR 633/1972)", [
  {
    from: "2016-01-01",
    source: "DPR 633/1972 art. 16 (22% since 1 October 2013, D.L. 76/2013); Tabella A parte II-bis n. 1 (5%, Law 208/2015 art. 1 c. 960); Tabella A parte III (10%)",
    value: {
      STANDARD: { label: "22% standard rate", percent: "22.00", nature: null, legalReference: "Aliquota ordinaria, art. 16 DPR 633/72" },
      REDUCED_10: { label: "10% reduced rate", percent: "10.00", nature: null, legalReference: "Tabella A, parte III, DPR 633/72" },
      SOCIAL_5: {
        label: "5%: social, health and educational services of social cooperatives and their consortia",
        percent: "5.00",
        nature: null,
        legalReference: "Tabella A, parte II-bis, n. 1, DPR 633/72",
      },
      EXEMPT_ART10: { label: "exempt (art. 10 DPR 633/72)", percent: "0.00", nature: "N4", legalReference: "Operazione esente art. 10 DPR 633/72" },
      EXCLUDED_ART15: { label: "excluded from the taxable amount (art. 15 DPR 633/72)", percent: "0.00", nature: "N1", legalReference: "Escluso art. 15 DPR 633/72" },
    },
  },
]);

/**
 * Imposta di bollo on invoices for amounts without VAT (exempt, excluded): due when those amounts
 * together exceed the threshold. The consortium pays it in the virtual way (bollo virtuale) and
 * does not charge it on.
 */
export const stampDuty = new DatedSetting<{ amount: string; threshold: string }>("Stamp duty on invoices (DPR 642/1972)", [
  {
    from: "2013-06-26",
    value: { amount: "2.00", threshold: "77.47" },
    source: "DPR 642/1972, Tariffa parte I art. 13 n. 1 and Tabella B art. 6; EUR 2.00 from D.L. 43/2013 art. 7-bis c. 3",
  },
]);

/** Days from issue to payment (D.Lgs. 231/2002 art. 4: 30 days for public administrations). */
export const paymentTermDays = new DatedSetting<number>("Payment term of invoices (days)", [
  { from: "2013-01-01", value: 30, source: "D.Lgs. 231/2002 art. 4, as amended by D.Lgs. 192/2012" },
]);

/**
 * Quota consortile: the percentage of each assigned contract's value the consortium retains for
 * its services, by the contract's start date. Set by the members' assembly.
 */
export const consortiumFeeRate = new DatedSetting<string>("Consortium fee rate (percent of contract value)", [
  { from: "2015-01-01", value: "3.00", source: "Regolamento dei servizi consortili, delibera dell'assemblea dei soci del 28 aprile 2015" },
  { from: "2024-01-01", value: "3.50", source: "Regolamento dei servizi consortili, delibera dell'assemblea dei soci del 27 aprile 2023" },
]);

/** Quota associativa: a member cooperative's yearly membership fee, as in force on 1 January of the year. */
export const membershipFeeAmount = new DatedSetting<string>("Yearly membership fee (EUR)", [
  { from: "2015-01-01", value: "250.00", source: "Delibera dell'assemblea dei soci del 28 aprile 2015" },
  { from: "2025-01-01", value: "300.00", source: "Delibera dell'assemblea dei soci del 29 aprile 2024" },
]);

/** Loans from the fund: the longest term and the highest nominal rate the regulation allows. */
export const loanLimits = new DatedSetting<{ maxTermMonths: number; maxAnnualRate: string; maxPrincipal: string }>("Loan limits of the fund", [
  { from: "2015-01-01", value: { maxTermMonths: 120, maxAnnualRate: "10.0000", maxPrincipal: "500000.00" }, source: "Regolamento del fondo di sostegno e rilancio, art. 6" },
]);

/**
 * The consortium itself as the issuer of its invoices (FatturaPA CedentePrestatore and
 * trasmittente). RF01: ordinary VAT regime.
 */
export const consortium = {
  name: "Consorzio Cooperative Sociali Insieme Società Cooperativa Sociale",
  vatNumber: "03456780158",
  taxCode: "03456780158",
  taxRegime: "RF01",
  street: "Via della Cooperazione 12",
  postcode: "20121",
  municipality: "Milano",
  province: "MI",
  iban: "IT38B0503401600000000012345",
} as const;
