import type { CooperativeType, DisadvantageCategory } from "../db";

/** How many distinct persons were placed during the year in one cell of the published table. */
export interface PlacedCount {
  province: string;
  cooperativeType: CooperativeType;
  category: DisadvantageCategory;
  /** Distinct persons: one placed twice in the cell counts once. */
  people: number;
}

export interface StatsCell {
  province: string;
  cooperativeType: CooperativeType;
  category: DisadvantageCategory;
  /** Distinct persons; null when suppressed. */
  people: number | null;
  suppressed: boolean;
}

/**
 * The one table published about placed persons (special-category data): people by province x
 * cooperative type x category for a year, each cell under `smallest` people suppressed.
 *
 * Why this is safe without secondary suppression: the table has no totals, no margins and no other
 * grouping, and nothing else an analyst or partner can read counts the same people, so no published
 * figure minus the visible cells leaves a suppressed one. Every category is listed for each province
 * and type where someone was placed, so an empty cell looks like any other small one (suppressed)
 * rather than being told apart by its absence.
 */
export function statsCells(counts: readonly PlacedCount[], categories: readonly DisadvantageCategory[], smallest: number): StatsCell[] {
  const groups = new Map<string, { province: string; cooperativeType: CooperativeType; byCategory: Map<DisadvantageCategory, number> }>();
  for (const cell of counts) {
    const key = `${cell.province}|${cell.cooperativeType}`;
    let group = groups.get(key);
    if (!group) groups.set(key, (group = { province: cell.province, cooperativeType: cell.cooperativeType, byCategory: new Map() }));
    group.byCategory.set(cell.category, (group.byCategory.get(cell.category) ?? 0) + cell.people);
  }
  const ordered = [...groups.values()].sort((a, b) => a.province.localeCompare(b.province) || a.cooperativeType.localeCompare(b.cooperativeType));
  return ordered.flatMap((group) =>
    categories.map((category) => {
      const count = group.byCategory.get(category) ?? 0;
      const suppressed = count < smallest;
      return { province: group.province, cooperativeType: group.cooperativeType, category, people: suppressed ? null : count, suppressed };
    }),
  );
}
