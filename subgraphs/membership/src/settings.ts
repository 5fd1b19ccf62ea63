import { DatedSetting } from "@coopgraph/kit";

/** DURC validity from its issue date (D.M. 30 January 2015, art. 7: 120 days). */
export const durcValidityDays = new DatedSetting<number>("DURC validity (days)", [{ from: "2015-07-01", value: 120, source: "D.M. Lavoro 30/01/2015, art. 7" }]);

/** Least share of social cooperatives among the consortium's members (Law 381/1991 art. 8). */
export const socialCooperativeMinimumShare = new DatedSetting<string>("social cooperatives among members (minimum share)", [
  { from: "1991-12-03", value: "0.70", source: "Legge 381/1991, art. 8" },
]);
