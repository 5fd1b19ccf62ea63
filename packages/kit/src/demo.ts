import { createHash } from "node:crypto";

/**
 * Stable uuids for demo data, so that the seeds of different subgraphs can refer to the same
 * cooperative (by its number in the membership seed) without reading each other's databases.
 */
export function demoId(kind: string, n: number): string {
  const hex = createHash("sha1").update(`coopgraph-demo:${kind}:${n}`).digest("hex");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-${((parseInt(hex[16], 16) & 0x3) | 0x8).toString(16)}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}
