import { DisadvantageCategory } from "../src/db";
import { type PlacedCount, statsCells } from "../src/stats/stats.rules";

const CATEGORIES = Object.values(DisadvantageCategory);
const placed = (people: number, province: string, cooperativeType: PlacedCount["cooperativeType"], category: PlacedCount["category"]): PlacedCount => ({
  province,
  cooperativeType,
  category,
  people,
});

describe("the published table of placed persons", () => {
  const cells = statsCells(
    [placed(5, "TO", "B", "PHYSICAL_DISABILITY"), placed(4, "TO", "B", "ADDICTION"), placed(7, "MI", "B", "ADDICTION"), placed(1, "MI", "AB", "SENSORY_DISABILITY")],
    CATEGORIES,
    5,
  );

  it("publishes a cell of 5 people or more, and suppresses every cell under 5, an empty one included", () => {
    const cell = (province: string, type: string, category: string) => cells.find((c) => c.province === province && c.cooperativeType === type && c.category === category);
    expect(cell("TO", "B", "PHYSICAL_DISABILITY")).toEqual({ province: "TO", cooperativeType: "B", category: "PHYSICAL_DISABILITY", people: 5, suppressed: false });
    expect(cell("MI", "B", "ADDICTION")).toEqual({ province: "MI", cooperativeType: "B", category: "ADDICTION", people: 7, suppressed: false });
    expect(cell("TO", "B", "ADDICTION")).toEqual({ province: "TO", cooperativeType: "B", category: "ADDICTION", people: null, suppressed: true });
    expect(cell("TO", "B", "MENTAL_DISABILITY")).toEqual({ province: "TO", cooperativeType: "B", category: "MENTAL_DISABILITY", people: null, suppressed: true });
    expect(cells.filter((c) => !c.suppressed).every((c) => c.people! >= 5)).toBe(true);
    expect(cells.filter((c) => c.suppressed).every((c) => c.people === null)).toBe(true);
  });

  it("lists every category for each province and cooperative type where someone was placed, so an empty cell looks like a small one", () => {
    expect(cells.map((c) => `${c.province} ${c.cooperativeType}`)).toEqual([...CATEGORIES.map(() => "MI AB"), ...CATEGORIES.map(() => "MI B"), ...CATEGORIES.map(() => "TO B")]);
    expect(cells.slice(0, CATEGORIES.length).map((c) => c.category)).toEqual(CATEGORIES);
  });

  it("carries no totals: every row is one cell", () => {
    for (const cell of cells) expect(Object.keys(cell).sort()).toEqual(["category", "cooperativeType", "people", "province", "suppressed"]);
  });

  it("publishes nothing from a year in which nobody was placed", () => {
    expect(statsCells([], CATEGORIES, 5)).toEqual([]);
  });
});
