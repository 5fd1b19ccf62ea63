/**
 * Italian identifier checks, each with its official check digit or format. Every check trims, removes inner
 * spaces, upper-cases, and answers `{ ok: true, value }` with the normalised value, or
 * `{ ok: false, reason }` with a sentence for the person who typed it.
 */
export type { IdCheck } from "./check";
export { checkPartitaIva, partitaIvaCheckDigit } from "./partitaIva";
export { checkPersonTaxCode, personTaxCodeCheckChar } from "./personTaxCode";
export { checkTaxCode } from "./taxCode";
export { checkIban, makeIban } from "./iban";
export { checkCig } from "./cig";
export { checkCup } from "./cup";
export { checkProvince, regionOfProvince, PROVINCES } from "./province";
export { checkAteco } from "./ateco";
export { checkAlboNumber } from "./alboNumber";
