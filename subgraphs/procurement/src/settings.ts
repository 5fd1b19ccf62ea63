import { DatedSetting } from "@coopgraph/kit";

/**
 * EU thresholds of Directive 2014/24/EU art. 4, in euro net of VAT, revised every two years by a
 * Commission delegated regulation. A convenzione art. 5 (Law 381/1991) must stay below the one
 * for supplies and services of its buyer.
 */
export interface EuThresholds {
  works: string;
  /** Supplies and services of central government authorities. */
  centralSuppliesServices: string;
  /** Supplies and services of sub-central contracting authorities (regions, municipalities, health authorities...). */
  subCentralSuppliesServices: string;
  /** Social and other specific services of Annex XIV. */
  socialServices: string;
}

export const euThresholds = new DatedSetting<EuThresholds>("EU procurement thresholds (EUR, net of VAT)", [
  {
    from: "2024-01-01",
    value: { works: "5538000.00", centralSuppliesServices: "143000.00", subCentralSuppliesServices: "221000.00", socialServices: "750000.00" },
    source: "Commission Delegated Regulation (EU) 2023/2495",
  },
  {
    from: "2026-01-01",
    value: { works: "5404000.00", centralSuppliesServices: "140000.00", subCentralSuppliesServices: "216000.00", socialServices: "750000.00" },
    source: "Commission Delegated Regulation (EU) 2025/2152 of 22 October 2025",
  },
]);
