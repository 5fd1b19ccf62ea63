import DataLoader from "dataloader";
import { isUuid } from "./errors";

/**
 * Per-request DataLoaders: one instance per key per request, so that every relation and every
 * `__resolveReference` in one request is batched into one query.
 */
export class Loaders {
  private readonly loaders = new Map<string, DataLoader<unknown, unknown>>();

  get<K, V>(key: string, batch: (keys: readonly K[]) => Promise<ArrayLike<V | Error>>): DataLoader<K, V> {
    let loader = this.loaders.get(key);
    if (!loader) {
      loader = new DataLoader<K, V>(batch) as DataLoader<unknown, unknown>;
      this.loaders.set(key, loader);
    }
    return loader as DataLoader<K, V>;
  }
}

/** The values of `keys`, in order, from one batch of `loader`; the first key that failed throws its error. */
export async function loadEvery<K, V>(loader: DataLoader<K, V>, keys: readonly K[]): Promise<V[]> {
  const values = await loader.loadMany(keys);
  for (const value of values) if (value instanceof Error) throw value;
  return values as V[];
}

/** Orders rows by the keys asked for; a missing row is null. */
export function byKey<K, V>(keys: readonly K[], rows: readonly V[], keyOf: (row: V) => K): (V | null)[] {
  const index = new Map(rows.map((row) => [keyOf(row), row]));
  return keys.map((key) => index.get(key) ?? null);
}

/** Groups rows under the keys asked for; a key without rows gets an empty list. */
export function groupByKey<K, V>(keys: readonly K[], rows: readonly V[], keyOf: (row: V) => K): V[][] {
  const groups = new Map<K, V[]>(keys.map((key) => [key, []]));
  for (const row of rows) groups.get(keyOf(row))?.push(row);
  return keys.map((key) => groups.get(key)!);
}

/**
 * The per-request loader of one table's rows by id (`cooperativeById(ctx)`): one query for all
 * the ids a request asks for; an id that is not a uuid names no row and is not sent to SQL.
 */
export function rowsById<Row extends { id: string }>(loaders: Loaders, key: string, find: (ids: string[]) => Promise<Row[]>): DataLoader<string, Row | null> {
  return loaders.get<string, Row | null>(key, async (ids) => byKey(ids, await find(ids.filter(isUuid)), (row) => row.id));
}

/**
 * The per-request loader of the rows under each parent (`durcsByCooperative(ctx)`), in the order
 * `find` gives them: one query for all the parents a request asks for; a parent without rows gets
 * an empty list.
 */
export function rowsByParent<Row>(loaders: Loaders, key: string, find: (parentIds: string[]) => Promise<Row[]>, parentOf: (row: Row) => string): DataLoader<string, Row[]> {
  return loaders.get<string, Row[]>(key, async (ids) => groupByKey(ids, await find(ids.filter(isUuid)), parentOf));
}
