import { IdCheck, fail, normalise, ok } from "./check";

/*
 * ATECO 2025 (ISTAT; the Italian version of NACE Rev. 2.1, in use since 1 April 2025) is a hierarchy
 * of six levels: section (a letter, not part of the code), division NN, group NN.N, class NN.NN,
 * category NN.NN.N and subcategory NN.NN.NN. The Registro Imprese and the Agenzia delle Entrate
 * record a business's activities as subcategories (NN.NN.NN), but the shorter levels are real ATECO
 * codes too, used to describe a sector, so all five numeric levels are accepted.
 *
 * The division must be one of the 87 divisions of ATECO 2025. NACE Rev. 2.1 dropped division 45
 * (trade and repair of motor vehicles, now in 46, 47 and 95), so 45 and the never-used numbers
 * (04, 34, 40, 44, 48, 54, 57, 67, 76, 83, 89) are refused.
 */

const DIVISION_RANGES: ReadonlyArray<[number, number]> = [
  [1, 3],
  [5, 33],
  [35, 39],
  [41, 43],
  [46, 47],
  [49, 53],
  [55, 56],
  [58, 66],
  [68, 75],
  [77, 82],
  [84, 88],
  [90, 99],
];

const DIVISIONS_TEXT = "01-03, 05-33, 35-39, 41-43, 46-47, 49-53, 55-56, 58-66, 68-75, 77-82, 84-88, 90-99";

const FORMAT = /^\d\d(\.\d(\d(\.\d\d?)?)?)?$/;

export function checkAteco(input: string): IdCheck {
  const value = normalise(input);
  if (value === "") return fail("an ATECO code is required");
  if (!FORMAT.test(value)) {
    return fail(`an ATECO code must look like 88.10.00 (or a shorter level: 88, 88.1, 88.10, 88.10.0), not "${value}"`);
  }
  const division = Number(value.slice(0, 2));
  if (!DIVISION_RANGES.some(([from, to]) => division >= from && division <= to)) {
    return fail(`${value.slice(0, 2)} is not an ATECO 2025 division (the divisions are ${DIVISIONS_TEXT})`);
  }
  return ok(value);
}
