import { freshDatabase, type FreshDatabase } from "@coopgraph/db/testing";
import type { Identity } from "@coopgraph/identity";
import type { Command } from "@coopgraph/kit";
import path from "node:path";
import { PrismaClient } from "../../src/db";

export const ADMIN = { sub: "test-admin", role: "ADMIN" } as Identity;

/** A fresh, migrated, empty finance database (PostgreSQL with TEST_DATABASE_URL, else PGlite). */
export function freshFinance(): Promise<FreshDatabase<PrismaClient>> {
  const dir = path.join(__dirname, "..", "..");
  return freshDatabase(PrismaClient, { schemaPath: path.join(dir, "prisma", "schema.prisma"), migrationsDir: path.join(dir, "prisma", "migrations") });
}

/** Runs a command as a resolver's `execute` does: in one transaction, as `caller`. */
export function run<I, O>(db: PrismaClient, command: Command<PrismaClient, I, O>, input: I, caller: Identity = ADMIN): Promise<O> {
  return db.$transaction((tx) => command(tx, caller, input), { maxWait: 60_000, timeout: 60_000 });
}

/** Every row count of the database, to show that a refused write wrote nothing. */
export async function rowCounts(db: PrismaClient) {
  const [invoices, lines, counters, loans, instalments, payments, movements, fees, periods, billing] = await Promise.all([
    db.invoice.count(),
    db.invoiceLine.count(),
    db.invoiceCounter.findMany({ orderBy: { year: "asc" } }),
    db.loan.count(),
    db.loanInstalment.aggregate({ _sum: { paid: true }, _count: { _all: true } }),
    db.loanPayment.count(),
    db.fundMovement.count(),
    db.membershipFee.count(),
    db.feePeriod.count(),
    db.billingDetails.count(),
  ]);
  const fund = await db.fund.findUniqueOrThrow({ where: { id: 1 } });
  return {
    invoices,
    lines,
    counters: counters.map((c) => `${c.year}:${c.last}`),
    loans,
    instalments: instalments._count._all,
    paidOnInstalments: instalments._sum.paid?.toFixed(2) ?? "0.00",
    payments,
    movements,
    fund: fund.balance.toFixed(2),
    fees,
    periods,
    billing,
  };
}
