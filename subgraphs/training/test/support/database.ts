import type { PersonFacts } from "@coopgraph/clients";
import type { FreshDatabase } from "@coopgraph/db/testing";
import { freshDatabase } from "@coopgraph/db/testing";
import type { Identity } from "@coopgraph/identity";
import { demoId } from "@coopgraph/kit";
import path from "node:path";
import type { Tx, TrainingCommand } from "../../src/context";
import { createCourse } from "../../src/course/course.commands";
import { validateCourse, type CourseInput } from "../../src/course/course.rules";
import { PrismaClient } from "../../src/db";
import { inDays, isoInDays } from "@coopgraph/testing";

const dir = path.join(__dirname, "..", "..");

/** A fresh, migrated training database (PostgreSQL with TEST_DATABASE_URL, else PGlite). */
export function freshTraining(): Promise<FreshDatabase<PrismaClient>> {
  return freshDatabase(PrismaClient, { schemaPath: path.join(dir, "prisma", "schema.prisma"), migrationsDir: path.join(dir, "prisma", "migrations") });
}

export const admin: Identity = { sub: "staff-1", role: "ADMIN" };
export const managerOf = (n: number): Identity => ({ sub: `manager-${n}`, role: "COOP_MANAGER", coopId: demoId("cooperative", n) });

/** Runs a command in one transaction, as `execute` does for a resolver. */
export function run<I, O>(db: PrismaClient, command: TrainingCommand<I, O>, caller: Identity, input: I): Promise<O> {
  return db.$transaction((tx: Tx) => command(tx, caller, input), { timeout: 20_000, maxWait: 20_000 });
}

/** A course input: 16 hours in four sessions of 4, from 10 to 31 days from today, 20 seats, Foncoop. */
export function courseInput(overrides: Partial<CourseInput> = {}): CourseInput {
  return {
    title: "Lavoro di cura e relazione",
    area: "SOCIAL_CARE",
    hours: "16.00",
    seats: 20,
    startDate: inDays(10),
    endDate: inDays(31),
    mode: "IN_PERSON",
    venue: "Sala corsi, Bergamo",
    fundingSource: "FONCOOP",
    fundingNotice: "Foncoop Avviso 58",
    fundingAmount: "4800.00",
    sessions: [10, 17, 24, 31].map((d) => ({ date: inDays(d), hours: "4.00" })),
    ...overrides,
  };
}

/** A course recorded through the command, its sessions in the past unless told otherwise. */
export async function courseWith(db: PrismaClient, overrides: Partial<CourseInput> = {}) {
  return run(db, createCourse, admin, validateCourse(courseInput(overrides)));
}

/** A course whose four 4-hour sessions were 31, 24, 17 and 10 days ago and that ends in 5 days (it still takes attendance and changes). */
export function runningCourse(db: PrismaClient, overrides: Partial<CourseInput> = {}) {
  return courseWith(db, {
    startDate: inDays(-31),
    endDate: inDays(5),
    sessions: [-31, -24, -17, -10].map((d) => ({ date: inDays(d), hours: "4.00" })),
    ...overrides,
  });
}

/** What membership says of person k of cooperative n: a current person of an ACTIVE cooperative unless told otherwise. */
export function personFacts(n: number, k: number, facts: { status?: PersonFacts["cooperative"]["status"]; endDate?: string | null; name?: string } = {}): PersonFacts {
  return {
    id: demoId("person", n * 100 + k),
    firstName: `Nome${k}`,
    lastName: `Cognome${n}`,
    role: "WORKER_MEMBER",
    startDate: isoInDays(-1000),
    endDate: facts.endDate ?? null,
    cooperative: { id: demoId("cooperative", n), name: facts.name ?? `Cooperativa ${n}`, type: "A", status: facts.status ?? "ACTIVE" },
  };
}
