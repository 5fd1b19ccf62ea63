import { DatedSetting } from "@coopgraph/kit";

/**
 * Least share of disadvantaged persons among the workers of a type B cooperative, in whole
 * percent (Law 381/1991 art. 4 c. 2: "almeno il trenta per cento dei lavoratori"). Reserved
 * contracts (D.Lgs. 36/2023 art. 61) ask the same share.
 */
export const disadvantagedWorkerShare = new DatedSetting<number>("least share of disadvantaged workers (percent)", [
  { from: "1991-12-18", value: 30, source: "Legge 381/1991, art. 4 c. 2" },
]);

/** Most hours a week of work, overtime included (D.Lgs. 66/2003 art. 4 c. 2: average of 48 hours). */
export const maximumWeeklyHours = new DatedSetting<number>("maximum weekly working hours", [
  { from: "1923-03-15", value: 48, source: "R.D.L. 692/1923, art. 1" },
  { from: "2003-04-29", value: 48, source: "D.Lgs. 66/2003, art. 4 c. 2" },
]);

/**
 * Published aggregates of special-category data show no cell of fewer people than this
 * (statistical disclosure control, a safeguard of GDPR art. 89): smaller cells are suppressed.
 * The value in force on the day of publication applies, whatever year the figures are about.
 */
export const smallestPublishedCell = new DatedSetting<number>("smallest published cell (people)", [
  { from: "2018-05-25", value: 5, source: "the consortium's disclosure policy for GDPR art. 9 data (art. 89 safeguards)" },
]);
