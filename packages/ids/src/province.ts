import { IdCheck, fail, normalise, ok } from "./check";

type Province = { name: string; region: string };

function province(name: string, region: string): Province {
  return Object.freeze({ name, region });
}

/*
 * Every current province-level unit with its 2-letter code (sigla), as in ISTAT's list of
 * "unità territoriali sovracomunali" of 1 January 2026: 110 units, counting provinces, autonomous
 * provinces (BZ, TN), metropolitan cities, Sicily's liberi consorzi comunali, Friuli-Venezia Giulia's
 * former provinces (GO, PN, TS, UD, kept by ISTAT as non-administrative units), and Valle d'Aosta (AO),
 * whose region does the provincial work.
 *
 * Sardinia: the Region's reform of its local authorities took effect in the course of 2025, and ISTAT
 * recoded the island from 1 January 2026 (province codes 112-119). Sud Sardegna (SU) was abolished;
 * Sassari became a metropolitan city, like Cagliari; the provinces of Gallura Nord-Est Sardegna (OT),
 * Ogliastra (OG), Medio Campidano (VS) and Sulcis Iglesiente (CI) were created, with the codes of the
 * provinces abolished in 2016. Some national registers (ANPR) were still being realigned in 2026.
 *
 * Names are ISTAT's Italian names (the Italian part of bilingual ones).
 */
export const PROVINCES: Readonly<Record<string, Province>> = Object.freeze({
  // Piemonte
  TO: province("Torino", "Piemonte"),
  VC: province("Vercelli", "Piemonte"),
  NO: province("Novara", "Piemonte"),
  CN: province("Cuneo", "Piemonte"),
  AT: province("Asti", "Piemonte"),
  AL: province("Alessandria", "Piemonte"),
  BI: province("Biella", "Piemonte"),
  VB: province("Verbano-Cusio-Ossola", "Piemonte"),
  // Valle d'Aosta
  AO: province("Aosta", "Valle d'Aosta"),
  // Lombardia
  VA: province("Varese", "Lombardia"),
  CO: province("Como", "Lombardia"),
  SO: province("Sondrio", "Lombardia"),
  MI: province("Milano", "Lombardia"),
  BG: province("Bergamo", "Lombardia"),
  BS: province("Brescia", "Lombardia"),
  PV: province("Pavia", "Lombardia"),
  CR: province("Cremona", "Lombardia"),
  MN: province("Mantova", "Lombardia"),
  LC: province("Lecco", "Lombardia"),
  LO: province("Lodi", "Lombardia"),
  MB: province("Monza e della Brianza", "Lombardia"),
  // Trentino-Alto Adige
  BZ: province("Bolzano", "Trentino-Alto Adige"),
  TN: province("Trento", "Trentino-Alto Adige"),
  // Veneto
  VR: province("Verona", "Veneto"),
  VI: province("Vicenza", "Veneto"),
  BL: province("Belluno", "Veneto"),
  TV: province("Treviso", "Veneto"),
  VE: province("Venezia", "Veneto"),
  PD: province("Padova", "Veneto"),
  RO: province("Rovigo", "Veneto"),
  // Friuli-Venezia Giulia
  UD: province("Udine", "Friuli-Venezia Giulia"),
  GO: province("Gorizia", "Friuli-Venezia Giulia"),
  TS: province("Trieste", "Friuli-Venezia Giulia"),
  PN: province("Pordenone", "Friuli-Venezia Giulia"),
  // Liguria
  IM: province("Imperia", "Liguria"),
  SV: province("Savona", "Liguria"),
  GE: province("Genova", "Liguria"),
  SP: province("La Spezia", "Liguria"),
  // Emilia-Romagna
  PC: province("Piacenza", "Emilia-Romagna"),
  PR: province("Parma", "Emilia-Romagna"),
  RE: province("Reggio nell'Emilia", "Emilia-Romagna"),
  MO: province("Modena", "Emilia-Romagna"),
  BO: province("Bologna", "Emilia-Romagna"),
  FE: province("Ferrara", "Emilia-Romagna"),
  RA: province("Ravenna", "Emilia-Romagna"),
  FC: province("Forlì-Cesena", "Emilia-Romagna"),
  RN: province("Rimini", "Emilia-Romagna"),
  // Toscana
  MS: province("Massa-Carrara", "Toscana"),
  LU: province("Lucca", "Toscana"),
  PT: province("Pistoia", "Toscana"),
  FI: province("Firenze", "Toscana"),
  LI: province("Livorno", "Toscana"),
  PI: province("Pisa", "Toscana"),
  AR: province("Arezzo", "Toscana"),
  SI: province("Siena", "Toscana"),
  GR: province("Grosseto", "Toscana"),
  PO: province("Prato", "Toscana"),
  // Umbria
  PG: province("Perugia", "Umbria"),
  TR: province("Terni", "Umbria"),
  // Marche
  PU: province("Pesaro e Urbino", "Marche"),
  AN: province("Ancona", "Marche"),
  MC: province("Macerata", "Marche"),
  AP: province("Ascoli Piceno", "Marche"),
  FM: province("Fermo", "Marche"),
  // Lazio
  VT: province("Viterbo", "Lazio"),
  RI: province("Rieti", "Lazio"),
  RM: province("Roma", "Lazio"),
  LT: province("Latina", "Lazio"),
  FR: province("Frosinone", "Lazio"),
  // Abruzzo
  AQ: province("L'Aquila", "Abruzzo"),
  TE: province("Teramo", "Abruzzo"),
  PE: province("Pescara", "Abruzzo"),
  CH: province("Chieti", "Abruzzo"),
  // Molise
  CB: province("Campobasso", "Molise"),
  IS: province("Isernia", "Molise"),
  // Campania
  CE: province("Caserta", "Campania"),
  BN: province("Benevento", "Campania"),
  NA: province("Napoli", "Campania"),
  AV: province("Avellino", "Campania"),
  SA: province("Salerno", "Campania"),
  // Puglia
  FG: province("Foggia", "Puglia"),
  BA: province("Bari", "Puglia"),
  TA: province("Taranto", "Puglia"),
  BR: province("Brindisi", "Puglia"),
  LE: province("Lecce", "Puglia"),
  BT: province("Barletta-Andria-Trani", "Puglia"),
  // Basilicata
  PZ: province("Potenza", "Basilicata"),
  MT: province("Matera", "Basilicata"),
  // Calabria
  CS: province("Cosenza", "Calabria"),
  CZ: province("Catanzaro", "Calabria"),
  RC: province("Reggio di Calabria", "Calabria"),
  KR: province("Crotone", "Calabria"),
  VV: province("Vibo Valentia", "Calabria"),
  // Sicilia
  TP: province("Trapani", "Sicilia"),
  PA: province("Palermo", "Sicilia"),
  ME: province("Messina", "Sicilia"),
  AG: province("Agrigento", "Sicilia"),
  CL: province("Caltanissetta", "Sicilia"),
  EN: province("Enna", "Sicilia"),
  CT: province("Catania", "Sicilia"),
  RG: province("Ragusa", "Sicilia"),
  SR: province("Siracusa", "Sicilia"),
  // Sardegna (from 2025, see above)
  SS: province("Sassari", "Sardegna"),
  OT: province("Gallura Nord-Est Sardegna", "Sardegna"),
  NU: province("Nuoro", "Sardegna"),
  OR: province("Oristano", "Sardegna"),
  OG: province("Ogliastra", "Sardegna"),
  VS: province("Medio Campidano", "Sardegna"),
  CA: province("Cagliari", "Sardegna"),
  CI: province("Sulcis Iglesiente", "Sardegna"),
});

/** Codes that were current until recently, with what replaced them, for a helpful refusal. */
const ABOLISHED: Readonly<Record<string, string>> = {
  SU: "SU (Sud Sardegna) was abolished in Sardinia's 2025 reorganisation: its municipalities now belong to CA, VS, CI, OG or NU",
};

export function checkProvince(input: string): IdCheck {
  const value = normalise(input);
  if (value === "") return fail("a province code is required");
  if (Object.hasOwn(PROVINCES, value)) return ok(value);
  if (Object.hasOwn(ABOLISHED, value)) return fail(ABOLISHED[value]);
  if (!/^[A-Z]{2}$/.test(value)) return fail(`a province code must be 2 letters, e.g. MI, not "${value}"`);
  return fail(`${value} is not the code of a current Italian province`);
}

export function regionOfProvince(code: string): string | undefined {
  const value = normalise(code);
  return Object.hasOwn(PROVINCES, value) ? PROVINCES[value].region : undefined;
}
