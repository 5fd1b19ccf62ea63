import { CooperativeType } from "../db";
import { SOCIAL_TYPES } from "../cooperative/cooperative.rules";

export interface TypeCount {
  type: CooperativeType;
  count: number;
}

export interface Compliance {
  members: number;
  socialCooperatives: number;
  /** socialCooperatives / members, four decimals, as an exact string. */
  ratio: string;
  threshold: string;
  compliant: boolean;
  byType: TypeCount[];
}

/**
 * Law 381/1991 art. 8: at least 70% of the consortium's members must be social cooperatives.
 * Compared in integers (members * threshold), never in floating point.
 */
export function consortiumCompliance(counts: readonly TypeCount[], threshold: string): Compliance {
  const members = counts.reduce((sum, c) => sum + c.count, 0);
  const socialCooperatives = counts.filter((c) => SOCIAL_TYPES.includes(c.type)).reduce((sum, c) => sum + c.count, 0);
  const [whole, fraction = ""] = threshold.split(".");
  const scale = 10 ** fraction.length;
  const thresholdScaled = Number(whole) * scale + Number(fraction || "0");
  const compliant = members > 0 && socialCooperatives * scale >= members * thresholdScaled;
  const ratio = members === 0 ? "0.0000" : (Math.round((socialCooperatives * 10_000) / members) / 10_000).toFixed(4);
  const byType = (Object.values(CooperativeType) as CooperativeType[]).map((type) => ({
    type,
    count: counts.find((c) => c.type === type)?.count ?? 0,
  }));
  return { members, socialCooperatives, ratio, threshold, compliant, byType };
}
