import { z } from "zod";

/** The `pageInfo` of a Relay list, as the answer must carry it. */
export const pageInfo = z.object({ hasNextPage: z.boolean(), endCursor: z.string().nullable() });

/** The most ids one question names: the owner's lists take at most 100 items a page. */
const MAX_IDS = 100;

/** Asks about `ids` (each once) in as many questions as the page size needs, at once, and joins the answers. */
export async function inChunks<T>(ids: readonly string[], one: (chunk: string[]) => Promise<T[]>): Promise<T[]> {
  const unique = [...new Set(ids)];
  const chunks: string[][] = [];
  for (let i = 0; i < unique.length; i += MAX_IDS) chunks.push(unique.slice(i, i + MAX_IDS));
  return (await Promise.all(chunks.map(one))).flat();
}

/** Every item of a list, page after page: `page(after)` asks for one page (`after` null for the first). */
export async function allPages<T>(page: (after: string | null) => Promise<{ nodes: T[]; pageInfo: z.infer<typeof pageInfo> }>): Promise<T[]> {
  const items: T[] = [];
  let after: string | null = null;
  for (;;) {
    const { nodes, pageInfo: info } = await page(after);
    items.push(...nodes);
    if (!info.hasNextPage || !info.endCursor) return items;
    after = info.endCursor;
  }
}
