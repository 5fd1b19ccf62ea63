import { freshDatabase } from "@coopgraph/db/testing";
import { demoId, today, toCents } from "@coopgraph/kit";
import { seedMembership } from "@coopgraph/membership";
import { builtSubgraph } from "@coopgraph/testing";
import path from "node:path";
import type { PrismaClient } from "../src/db";
import { instalmentStatus } from "../src/loan/loan.rules";
import { DEMO_MEMBERS, seedFinance } from "../src/seed";
import { freshFinance } from "./support/database";

describe("the demo data", () => {
  let close: () => Promise<void>;
  let db: PrismaClient;
  let summary: Record<string, number> | null;
  beforeAll(async () => {
    const database = await freshFinance();
    close = database.close;
    db = database.prisma;
    summary = await db.$transaction((tx) => seedFinance(tx as unknown as PrismaClient), { timeout: 120_000, maxWait: 30_000 });
  });
  afterAll(() => close?.());

  it("is seeded once", async () => {
    expect(summary).toMatchObject({ loans: 5, creditNotes: 1 });
    expect(await seedFinance(db)).toBeNull();
  });

  it("numbers a year of invoices and this year's without gaps", async () => {
    const year = today().getUTCFullYear();
    for (const y of [year - 1, year]) {
      const numbers = (await db.invoice.findMany({ where: { year: y }, orderBy: { number: "asc" }, select: { number: true } })).map((i) => i.number);
      expect(numbers).toEqual(Array.from({ length: numbers.length }, (_, i) => i + 1));
    }
    expect(await db.invoice.count({ where: { year: year - 1 } })).toBe(37);
    expect(await db.invoice.count({ where: { publicAdministration: true, cig: null } })).toBe(0);
    expect(await db.invoice.count({ where: { stampDuty: { gt: 0 } } })).toBeGreaterThan(0);
  });

  it("has loans in good standing, overdue and repaid", async () => {
    const day = today();
    const loans = await db.loan.findMany({ include: { instalments: true }, orderBy: { principal: "asc" } });
    const statusOf = (rows: (typeof loans)[number]["instalments"]) => {
      const statuses = rows.map((row) => instalmentStatus(row, day));
      if (statuses.every((s) => s === "PAID")) return "REPAID";
      return statuses.includes("OVERDUE") ? "OVERDUE" : "GOOD_STANDING";
    };
    expect(Object.fromEntries(loans.map((loan) => [loan.cooperativeId, statusOf(loan.instalments)]))).toEqual({
      [demoId("cooperative", 10)]: "REPAID",
      [demoId("cooperative", 13)]: "OVERDUE",
      [demoId("cooperative", 5)]: "OVERDUE",
      [demoId("cooperative", 2)]: "GOOD_STANDING",
      [demoId("cooperative", 12)]: "GOOD_STANDING",
    });
  });

  it("keeps the fund's balance equal to the sum of its movements", async () => {
    const fund = await db.fund.findUniqueOrThrow({ where: { id: 1 } });
    const sum = await db.fundMovement.aggregate({ _sum: { amount: true } });
    expect(toCents(fund.balance)).toBe(toCents(sum._sum.amount!));
  });

  it("names the member cooperatives as membership's demo data does", async () => {
    const membership = builtSubgraph("membership");
    const dir = membership.dir;
    const other = await freshDatabase(membership.PrismaClient, { schemaPath: path.join(dir, "prisma", "schema.prisma"), migrationsDir: path.join(dir, "prisma", "migrations") });
    try {
      await seedMembership(other.prisma as never);
      const coops = await (other.prisma as any).cooperative.findMany({ where: { id: { in: DEMO_MEMBERS.map((m) => demoId("cooperative", m.n)) } } });
      const facts = new Map(coops.map((c: any) => [c.id, { name: c.name, taxCode: c.taxCode, municipality: c.municipality, province: c.province, status: c.status }]));
      for (const member of DEMO_MEMBERS) {
        expect(facts.get(demoId("cooperative", member.n))).toEqual({
          name: member.name,
          taxCode: member.taxCode,
          municipality: member.municipality,
          province: member.province,
          status: "ACTIVE",
        });
      }
    } finally {
      await other.close();
    }
  });
});
