import { partitaIvaCheckDigit } from "@coopgraph/ids";
import { addDays, demoId, today as todayOf } from "@coopgraph/kit";
import type { BuyerKind, PrismaClient, TenderObject, TenderProcedure, TenderStatus } from "./db";
import { TENDER_TRANSITIONS } from "./tender/tender.rules";

/**
 * Demo data for the embedded start: tenders in every status, contracts with assignments to
 * several member cooperatives, and two purchasing groups. Cooperative n is membership's demo
 * cooperative demoId("cooperative", n): the assignees are ACTIVE, with a valid DURC, and of type B
 * or AB where the procedure asks for it (n = 2, 4, 5, 6, 8, 10, 12, 13, 14, 16 are B or AB; 1, 3, 7 are A).
 */

/** A fictitious but valid 11-digit codice fiscale of a public body (prefix 80, check digit computed). */
function bodyTaxCode(n: number): string {
  const first10 = `80${String(10_000_000 + n * 1_234_567).slice(-8)}`;
  return first10 + partitaIvaCheckDigit(first10);
}

const BUYERS: Record<string, { name: string; kind: BuyerKind; taxCode: string }> = {
  milano: { name: "Comune di Milano", kind: "SUB_CENTRAL_AUTHORITY", taxCode: bodyTaxCode(1) },
  bologna: { name: "Comune di Bologna", kind: "SUB_CENTRAL_AUTHORITY", taxCode: bodyTaxCode(2) },
  asl: { name: "ASL Roma 2", kind: "SUB_CENTRAL_AUTHORITY", taxCode: bodyTaxCode(3) },
  regione: { name: "Regione Emilia-Romagna", kind: "SUB_CENTRAL_AUTHORITY", taxCode: bodyTaxCode(4) },
  giustizia: { name: "Ministero della Giustizia", kind: "CENTRAL_AUTHORITY", taxCode: bodyTaxCode(5) },
  fondazione: { name: "Fondazione Comunità Solidale", kind: "PRIVATE_CLIENT", taxCode: bodyTaxCode(6) },
};

interface DemoTender {
  n: number;
  title: string;
  object: TenderObject;
  procedure: TenderProcedure;
  buyer: keyof typeof BUYERS;
  baseAmount: string;
  /** Days from today to the deadline (negative: passed). */
  deadlineIn: number;
  status: TenderStatus;
  cup?: boolean;
  notes?: string;
  lots?: { title: string; baseAmount: string }[];
  contract?: { value: string; startIn: number; months: number; shares?: [cooperative: number, percent: string][] };
}

const TENDERS: DemoTender[] = [
  {
    n: 1,
    title: "Pulizia degli uffici comunali 2026-2028",
    object: "SERVICES",
    procedure: "OPEN",
    buyer: "milano",
    baseAmount: "240000.00",
    deadlineIn: 45,
    status: "DRAFT",
    notes: "Valutare partecipazione con Il Seme e La Quercia.",
  },
  {
    n: 2,
    title: "Manutenzione delle aree verdi scolastiche",
    object: "SERVICES",
    procedure: "CONVENZIONE_ART5",
    buyer: "bologna",
    baseAmount: "95000.00",
    deadlineIn: 60,
    status: "DRAFT",
  },
  {
    n: 3,
    title: "Portierato e custodia dei musei civici",
    object: "SERVICES",
    procedure: "RESTRICTED",
    buyer: "milano",
    baseAmount: "410000.00",
    deadlineIn: 30,
    status: "PUBLISHED",
    cup: true,
    lots: [
      { title: "Musei del centro", baseAmount: "250000.00" },
      { title: "Musei periferici", baseAmount: "160000.00" },
    ],
  },
  {
    n: 4,
    title: "Raccolta differenziata porta a porta, zona est",
    object: "SERVICES",
    procedure: "RESERVED_CONTRACT",
    buyer: "regione",
    baseAmount: "380000.00",
    deadlineIn: 21,
    status: "PUBLISHED",
  },
  {
    n: 5,
    title: "Gestione del centro diurno per persone con disabilità",
    object: "SERVICES",
    procedure: "NEGOTIATED",
    buyer: "asl",
    baseAmount: "620000.00",
    deadlineIn: -5,
    status: "BID_SUBMITTED",
    notes: "Offerta tecnica consegnata a mano.",
  },
  {
    n: 6,
    title: "Fornitura di arredi per la biblioteca di quartiere",
    object: "SUPPLIES",
    procedure: "DIRECT_AWARD",
    buyer: "bologna",
    baseAmount: "38000.00",
    deadlineIn: -2,
    status: "BID_SUBMITTED",
  },
  {
    n: 7,
    title: "Pulizia dei presidi sanitari territoriali",
    object: "SERVICES",
    procedure: "OPEN",
    buyer: "asl",
    baseAmount: "520000.00",
    deadlineIn: -40,
    status: "AWARDED",
    cup: true,
    contract: { value: "488800.00", startIn: 30, months: 24 },
  },
  {
    n: 8,
    title: "Manutenzione del verde pubblico, quartieri nord",
    object: "SERVICES",
    procedure: "CONVENZIONE_ART5",
    buyer: "milano",
    baseAmount: "180000.00",
    deadlineIn: -35,
    status: "AWARDED",
    contract: {
      value: "171000.00",
      startIn: 15,
      months: 12,
      shares: [
        [2, "60.00"],
        [4, "40.00"],
      ],
    },
  },
  { n: 9, title: "Ristorazione scolastica 2025-2027", object: "SERVICES", procedure: "OPEN", buyer: "milano", baseAmount: "1200000.00", deadlineIn: -90, status: "LOST" },
  {
    n: 10,
    title: "Trasporto scolastico di alunni con disabilità",
    object: "SERVICES",
    procedure: "NEGOTIATED",
    buyer: "regione",
    baseAmount: "260000.00",
    deadlineIn: -70,
    status: "WITHDRAWN",
    notes: "Ritirata: requisiti sui mezzi non coperti dalle consorziate.",
  },
  {
    n: 11,
    title: "Gestione dell'isola ecologica comunale",
    object: "SERVICES",
    procedure: "RESERVED_CONTRACT",
    buyer: "bologna",
    baseAmount: "300000.00",
    deadlineIn: -150,
    status: "CONTRACT_SIGNED",
    contract: {
      value: "285000.00",
      startIn: -90,
      months: 24,
      shares: [
        [5, "50.00"],
        [6, "30.00"],
        [8, "20.00"],
      ],
    },
  },
  {
    n: 12,
    title: "Assistenza domiciliare agli anziani",
    object: "SERVICES",
    procedure: "OPEN",
    buyer: "regione",
    baseAmount: "900000.00",
    deadlineIn: -200,
    status: "CONTRACT_SIGNED",
    cup: true,
    contract: {
      value: "860000.00",
      startIn: -120,
      months: 36,
      shares: [
        [1, "33.34"],
        [3, "33.33"],
        [7, "33.33"],
      ],
    },
  },
  {
    n: 13,
    title: "Pulizia di strade e piazze del centro storico",
    object: "SERVICES",
    procedure: "CONVENZIONE_ART5",
    buyer: "bologna",
    baseAmount: "205000.00",
    deadlineIn: -180,
    status: "CONTRACT_SIGNED",
    contract: { value: "199500.00", startIn: -60, months: 18, shares: [[10, "100.00"]] },
  },
  {
    n: 14,
    title: "Reception e custodia delle sedi regionali",
    object: "SERVICES",
    procedure: "OPEN",
    buyer: "regione",
    baseAmount: "350000.00",
    deadlineIn: -800,
    status: "COMPLETED",
    contract: {
      value: "331000.00",
      startIn: -760,
      months: 24,
      shares: [
        [12, "70.00"],
        [13, "30.00"],
      ],
    },
  },
  {
    n: 15,
    title: "Laboratori di falegnameria negli istituti penitenziari",
    object: "SERVICES",
    procedure: "RESERVED_CONTRACT",
    buyer: "giustizia",
    baseAmount: "120000.00",
    deadlineIn: -500,
    status: "COMPLETED",
    contract: {
      value: "114000.00",
      startIn: -450,
      months: 12,
      shares: [
        [14, "50.00"],
        [16, "50.00"],
      ],
    },
  },
  {
    n: 16,
    title: "Servizio di accoglienza per eventi della fondazione",
    object: "SERVICES",
    procedure: "DIRECT_AWARD",
    buyer: "fondazione",
    baseAmount: "24000.00",
    deadlineIn: 10,
    status: "PUBLISHED",
  },
];

/** The path through the lifecycle that ends at `status`. */
function pathTo(status: TenderStatus): TenderStatus[] {
  const paths: Record<TenderStatus, TenderStatus[]> = {
    DRAFT: ["DRAFT"],
    PUBLISHED: ["DRAFT", "PUBLISHED"],
    BID_SUBMITTED: ["DRAFT", "PUBLISHED", "BID_SUBMITTED"],
    AWARDED: ["DRAFT", "PUBLISHED", "BID_SUBMITTED", "AWARDED"],
    LOST: ["DRAFT", "PUBLISHED", "BID_SUBMITTED", "LOST"],
    WITHDRAWN: ["DRAFT", "PUBLISHED", "BID_SUBMITTED", "WITHDRAWN"],
    CONTRACT_SIGNED: ["DRAFT", "PUBLISHED", "BID_SUBMITTED", "AWARDED", "CONTRACT_SIGNED"],
    COMPLETED: ["DRAFT", "PUBLISHED", "BID_SUBMITTED", "AWARDED", "CONTRACT_SIGNED", "COMPLETED"],
  };
  const path = paths[status];
  path.slice(1).forEach((to, i) => {
    if (!TENDER_TRANSITIONS[path[i]].includes(to)) throw new Error(`seed: ${path[i]} -> ${to} is not a legal move`);
  });
  return path;
}

function cig(n: number): string {
  return `Z${String(n).padStart(2, "0")}${(0x1a2b3c + n * 4_099).toString(16).toUpperCase().padStart(7, "0")}`;
}

function addMonths(date: Date, months: number): Date {
  return new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + months, date.getUTCDate()));
}

export async function seedProcurement(db: PrismaClient, now = new Date()): Promise<{ tenders: number; contracts: number; assignments: number } | null> {
  if ((await db.tender.count()) > 0) return null;
  const today = todayOf(now);
  let contracts = 0;
  let assignments = 0;
  for (const demo of TENDERS) {
    const id = demoId("tender", demo.n);
    const buyer = BUYERS[demo.buyer];
    const deadline = addDays(today, demo.deadlineIn);
    const path = pathTo(demo.status);
    // Recorded a month before the deadline (ten days ago at the latest), each later move five days
    // after the one before it, and all of them in the past.
    const recordedAt = new Date(Math.min(addDays(deadline, -30).getTime(), addDays(today, -10).getTime()) + 9 * 3_600_000);
    const changedAt = (i: number) => new Date(Math.min(addDays(recordedAt, i * 5).getTime(), now.getTime() - (path.length - i) * 60_000));
    await db.tender.create({
      data: {
        id,
        cig: cig(demo.n),
        cup: demo.cup ? `J4${String(demo.n).padStart(2, "0")}B25000${String(demo.n * 37).padStart(5, "0")}` : null,
        title: demo.title,
        object: demo.object,
        procedure: demo.procedure,
        buyerName: buyer.name,
        buyerTaxCode: buyer.taxCode,
        buyerKind: buyer.kind,
        baseAmount: demo.baseAmount,
        deadline,
        status: demo.status,
        notes: demo.notes ?? null,
        createdBy: "seed",
        createdAt: changedAt(0),
        lots: demo.lots ? { create: demo.lots.map((lot, i) => ({ number: i + 1, title: lot.title, baseAmount: lot.baseAmount, cig: cig(100 + demo.n * 10 + i) })) } : undefined,
        statusChanges: {
          create: path.map((to, i) => ({
            fromStatus: i === 0 ? null : path[i - 1],
            toStatus: to,
            reason: i === 0 ? "recorded" : null,
            changedBy: "seed",
            changedAt: changedAt(i),
          })),
        },
      },
    });
    if (demo.contract) {
      const startDate = addDays(today, demo.contract.startIn);
      const awardedOn = addDays(deadline, 20) < today ? addDays(deadline, 20) : addDays(today, -1);
      await db.contract.create({
        data: {
          id: demoId("contract", demo.n),
          tenderId: id,
          value: demo.contract.value,
          startDate,
          endDate: addDays(addMonths(startDate, demo.contract.months), -1),
          awardedOn,
          signedOn: path.includes("CONTRACT_SIGNED") ? addDays(awardedOn, 1) : null,
          createdBy: "seed",
          assignments: {
            create: (demo.contract.shares ?? []).map(([cooperative, sharePercent]) => ({
              id: demoId("assignment", demo.n * 100 + cooperative),
              cooperativeId: demoId("cooperative", cooperative),
              sharePercent,
              assignedOn: awardedOn,
              assignedBy: "seed",
            })),
          },
        },
      });
      contracts += 1;
      assignments += demo.contract.shares?.length ?? 0;
    }
  }

  await db.groupPurchase.create({
    data: {
      id: demoId("groupPurchase", 1),
      item: "Guanti monouso in nitrile, taglia M",
      unit: "scatola da 100",
      unitPrice: "6.90",
      closesOn: addDays(today, 20),
      createdBy: "seed",
      orders: {
        create: [
          { cooperativeId: demoId("cooperative", 2), quantity: 40, placedBy: "seed" },
          { cooperativeId: demoId("cooperative", 5), quantity: 25, placedBy: "seed" },
          { cooperativeId: demoId("cooperative", 12), quantity: 60, placedBy: "seed" },
          { cooperativeId: demoId("cooperative", 2), quantity: 10, placedBy: "seed" },
        ],
      },
    },
  });
  await db.groupPurchase.create({
    data: {
      id: demoId("groupPurchase", 2),
      item: "Detergente professionale sgrassatore",
      unit: "tanica da 5 litri",
      unitPrice: "12.35",
      closesOn: addDays(today, -10),
      createdBy: "seed",
      orders: {
        create: [
          { cooperativeId: demoId("cooperative", 1), quantity: 12, placedBy: "seed" },
          { cooperativeId: demoId("cooperative", 3), quantity: 8, placedBy: "seed" },
          { cooperativeId: demoId("cooperative", 7), quantity: 20, placedBy: "seed" },
        ],
      },
    },
  });
  return { tenders: TENDERS.length, contracts, assignments };
}
