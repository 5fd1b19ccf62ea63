import { PROVINCES, checkProvince, regionOfProvince } from "../src";

describe("checkProvince", () => {
  it.each([
    ["mi", "MI"],
    [" RM ", "RM"],
    ["na", "NA"],
    ["BT", "BT"],
    ["AO", "AO"],
    ["GO", "GO"],
  ])("accepts %j as %s", (input, code) => {
    expect(checkProvince(input)).toEqual({ ok: true, value: code });
  });

  it("accepts the provinces Sardinia created in 2025", () => {
    for (const code of ["OT", "OG", "VS", "CI"]) {
      expect(checkProvince(code)).toEqual({ ok: true, value: code });
    }
  });

  it("refuses Sud Sardegna, abolished in 2025, and says where its municipalities went", () => {
    expect(checkProvince("SU")).toEqual({
      ok: false,
      reason: "SU (Sud Sardegna) was abolished in Sardinia's 2025 reorganisation: its municipalities now belong to CA, VS, CI, OG or NU",
    });
  });

  it.each([
    ["XX", "XX is not the code of a current Italian province"],
    ["MIL", 'a province code must be 2 letters, e.g. MI, not "MIL"'],
    ["M1", 'a province code must be 2 letters, e.g. MI, not "M1"'],
    ["", "a province code is required"],
  ])("refuses %j", (input, reason) => {
    expect(checkProvince(input)).toEqual({ ok: false, reason });
  });
});

describe("PROVINCES", () => {
  it("lists the 110 province-level units of ISTAT's 2026 list", () => {
    expect(Object.keys(PROVINCES)).toHaveLength(110);
  });

  it("covers the 20 regions and nothing else", () => {
    const regions = new Set(Object.values(PROVINCES).map((p) => p.region));
    expect([...regions].sort()).toEqual([
      "Abruzzo",
      "Basilicata",
      "Calabria",
      "Campania",
      "Emilia-Romagna",
      "Friuli-Venezia Giulia",
      "Lazio",
      "Liguria",
      "Lombardia",
      "Marche",
      "Molise",
      "Piemonte",
      "Puglia",
      "Sardegna",
      "Sicilia",
      "Toscana",
      "Trentino-Alto Adige",
      "Umbria",
      "Valle d'Aosta",
      "Veneto",
    ]);
  });

  it("has Sardinia's eight units since the 2025 reorganisation", () => {
    const sardinia = Object.entries(PROVINCES)
      .filter(([, p]) => p.region === "Sardegna")
      .map(([code, p]) => `${code} ${p.name}`)
      .sort();
    expect(sardinia).toEqual([
      "CA Cagliari",
      "CI Sulcis Iglesiente",
      "NU Nuoro",
      "OG Ogliastra",
      "OR Oristano",
      "OT Gallura Nord-Est Sardegna",
      "SS Sassari",
      "VS Medio Campidano",
    ]);
  });

  it("cannot be changed at run time", () => {
    expect(Object.isFrozen(PROVINCES)).toBe(true);
    expect(Object.isFrozen(PROVINCES.MI)).toBe(true);
  });
});

describe("regionOfProvince", () => {
  it.each([
    ["MI", "Lombardia"],
    ["na", "Campania"],
    ["BZ", "Trentino-Alto Adige"],
    ["PN", "Friuli-Venezia Giulia"],
    ["OT", "Sardegna"],
  ])("puts %s in %s", (code, region) => {
    expect(regionOfProvince(code)).toBe(region);
  });

  it("knows no region for an unknown or abolished code", () => {
    expect(regionOfProvince("XX")).toBeUndefined();
    expect(regionOfProvince("SU")).toBeUndefined();
    expect(regionOfProvince("constructor")).toBeUndefined();
  });
});
