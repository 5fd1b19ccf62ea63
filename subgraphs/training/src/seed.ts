import { regionOfProvince } from "@coopgraph/ids";
import { addDays, demoId, today as todayOf } from "@coopgraph/kit";
import { demoPersonId } from "@coopgraph/membership";
import { certificateNumber } from "./certificate/certificate.rules";
import { requiredHours } from "./course/course.rules";
import type { CourseMode, EnrolmentStatus, FundingSource, Prisma, PrismaClient, SafetyRiskLevel, SafetyTrainingKind, TrainingArea } from "./db";
import { seatFor } from "./enrolment/enrolment.rules";
import { formatHours, hundredths } from "./hours";
import { defaultAttendanceThreshold, safetyTrainingRules } from "./settings";

/**
 * Demo data for the embedded start: courses of every funding source and area, past, running and
 * to come; two full courses with waiting lists (one seat freed by a cancellation went to the
 * first waiting); attendance and certificates; safety training falling due. People are
 * membership's demo people: person k (from 0) of cooperative n is demoPersonId(n, k), cooperative n
 * has 4 + (n % 6) people, and cooperatives 1-25 are ACTIVE.
 */

/** Provinces of membership's demo cooperatives, in its order (cooperative n sits in the ((n - 1) % 18)-th). */
const PROVINCES = ["MI", "TO", "BO", "RM", "NA", "FI", "BA", "PA", "GE", "VR", "PD", "BS", "BG", "TN", "PG", "AN", "PE", "CA"];
const regionOf = (n: number) => regionOfProvince(PROVINCES[(n - 1) % PROVINCES.length])!;

type Attend = "full" | "half" | "none";

interface DemoCourse {
  n: number;
  title: string;
  area: TrainingArea;
  mode: CourseMode;
  venue?: string;
  fundingSource: FundingSource;
  fundingNotice?: string;
  fundingAmount?: string;
  safetyTraining?: SafetyTrainingKind;
  seats: number;
  /** Each session: days from today, hours. */
  sessions: [number, string][];
  /** People asking for a seat, in the order they asked: [cooperative n, person k]. */
  requests: [number, number][];
  /** Requests (by index) cancelled before the course started. */
  cancelled?: number[];
  /** How request i attended session s (default: in full). */
  attends?: (i: number, s: number) => Attend;
}

/** People k of cooperative n, for k from `from` up to (not including) `to`. */
const people = (n: number, from: number, to: number): [number, number][] => Array.from({ length: to - from }, (_, i) => [n, from + i]);

const COURSES: DemoCourse[] = [
  {
    n: 1,
    title: "Sicurezza sul lavoro: formazione generale dei lavoratori",
    area: "SAFETY",
    mode: "IN_PERSON",
    venue: "Sala corsi del consorzio, Milano",
    fundingSource: "FONCOOP",
    fundingNotice: "Foncoop Avviso 50 - Formazione a catalogo",
    fundingAmount: "3200.00",
    safetyTraining: "GENERAL",
    seats: 20,
    sessions: [[-1805, "4.00"]],
    requests: [...people(1, 0, 5), ...people(2, 0, 6), ...people(3, 0, 4)],
  },
  {
    n: 2,
    title: "Formazione specifica dei lavoratori, rischio medio",
    area: "SAFETY",
    mode: "IN_PERSON",
    venue: "Sala corsi del consorzio, Milano",
    fundingSource: "FONCOOP",
    fundingNotice: "Foncoop Avviso 50 - Formazione a catalogo",
    fundingAmount: "5600.00",
    safetyTraining: "SPECIFIC_MEDIUM_RISK",
    seats: 20,
    sessions: [
      [-1800, "4.00"],
      [-1799, "4.00"],
    ],
    requests: [...people(1, 0, 5), ...people(2, 0, 6), ...people(3, 0, 4)],
    // Person 3 of cooperative 2 missed the second day: 4 hours, below the 90% safety training needs.
    attends: (i, s) => (i === 8 && s === 1 ? "none" : "full"),
  },
  {
    n: 3,
    title: "Primo soccorso aziendale, gruppi B e C",
    area: "SAFETY",
    mode: "IN_PERSON",
    venue: "Croce Verde, via Padova 12, Milano",
    fundingSource: "REGION",
    fundingNotice: "Regione Lombardia - Formazione continua, fase VI",
    fundingAmount: "2400.00",
    safetyTraining: "FIRST_AID",
    seats: 12,
    sessions: [
      [-1062, "4.00"],
      [-1061, "4.00"],
      [-1060, "4.00"],
    ],
    requests: [
      [1, 0],
      [2, 0],
      [3, 1],
      [4, 0],
      [5, 2],
    ],
  },
  {
    n: 4,
    title: "Addetti antincendio, livello 2",
    area: "SAFETY",
    mode: "IN_PERSON",
    venue: "Comando provinciale dei Vigili del Fuoco, Torino",
    fundingSource: "SELF_FUNDED",
    safetyTraining: "FIRE_WARDEN",
    seats: 10,
    sessions: [
      [-400, "4.00"],
      [-399, "4.00"],
    ],
    requests: [
      [4, 0],
      [4, 1],
      [5, 0],
      [1, 1],
    ],
  },
  {
    n: 5,
    title: "Il lavoro di cura: relazione e assistenza alla persona anziana",
    area: "SOCIAL_CARE",
    mode: "IN_PERSON",
    venue: "Casa della Solidarietà, Bologna",
    fundingSource: "FSE_PLUS",
    fundingNotice: "PR FSE+ Emilia-Romagna 2021-2027 - Invito competenze per l'assistenza",
    fundingAmount: "14800.00",
    seats: 15,
    sessions: [
      [-14, "4.00"],
      [-7, "4.00"],
      [0, "4.00"],
      [7, "4.00"],
      [14, "4.00"],
      [21, "4.00"],
    ],
    requests: [...people(3, 0, 7), ...people(7, 0, 4)],
    attends: (i, s) => (i === 2 && s === 1 ? "half" : i === 9 ? "none" : "full"),
  },
  {
    n: 6,
    title: "Inclusione lavorativa: il tutor aziendale",
    area: "WORK_INCLUSION",
    mode: "BLENDED",
    venue: "Consorzio, sede di Bergamo",
    fundingSource: "FSE_PLUS",
    fundingNotice: "PR FSE+ Lombardia 2021-2027 - Avviso inclusione attiva",
    fundingAmount: "9600.00",
    seats: 8,
    sessions: [
      [20, "4.00"],
      [27, "4.00"],
      [34, "4.00"],
      [41, "4.00"],
    ],
    requests: [...people(2, 0, 3), ...people(4, 0, 4), ...people(6, 0, 3), ...people(8, 0, 2)],
    // The third to ask withdrew; the first on the waiting list took the seat.
    cancelled: [2],
  },
  {
    n: 7,
    title: "Competenze digitali di base per il lavoro",
    area: "DIGITAL",
    mode: "ONLINE",
    fundingSource: "REGION",
    fundingNotice: "Regione Piemonte - Avviso competenze digitali 2026",
    fundingAmount: "6000.00",
    seats: 25,
    sessions: [
      [30, "4.00"],
      [32, "4.00"],
      [37, "4.00"],
      [39, "4.00"],
      [44, "4.00"],
    ],
    requests: [...people(5, 0, 5), ...people(9, 0, 4)],
  },
  {
    n: 8,
    title: "Governare la cooperativa sociale: bilancio, mutualità e assemblea",
    area: "MANAGEMENT",
    mode: "BLENDED",
    venue: "Legacoop, sala riunioni, Firenze",
    fundingSource: "FONCOOP",
    fundingNotice: "Foncoop Avviso 58 - Piani formativi aziendali",
    fundingAmount: "4500.00",
    seats: 12,
    sessions: [
      [-200, "4.00"],
      [-193, "4.00"],
      [-186, "4.00"],
    ],
    requests: [
      [1, 0],
      [2, 0],
      [3, 0],
      [4, 0],
      [5, 0],
      [6, 0],
      [7, 0],
      [8, 0],
    ],
    // Two did not reach 70% of the 12 hours (8.40): one came to half of each session, one missed the last.
    attends: (i, s) => (i === 6 ? "half" : i === 7 && s === 2 ? "none" : "full"),
  },
  {
    n: 9,
    title: "Italiano per il lavoro, livello A2",
    area: "LANGUAGES",
    mode: "IN_PERSON",
    venue: "Cooperativa Il Ponte, Verona",
    fundingSource: "SELF_FUNDED",
    seats: 6,
    sessions: Array.from({ length: 10 }, (_, s): [number, string] => [10 + s * 3, "3.00"]),
    requests: [...people(10, 0, 8), [11, 0]],
  },
  {
    n: 10,
    title: "Aggiornamento quinquennale della formazione specifica",
    area: "SAFETY",
    mode: "IN_PERSON",
    venue: "Sala corsi del consorzio, Milano",
    fundingSource: "SELF_FUNDED",
    safetyTraining: "SPECIFIC_REFRESHER",
    seats: 20,
    sessions: [[45, "6.00"]],
    requests: people(1, 0, 4),
  },
  {
    n: 11,
    title: "Manutenzione del verde: uso sicuro di decespugliatori e motoseghe",
    area: "TECHNICAL",
    mode: "IN_PERSON",
    venue: "Vivaio sociale Ortinsieme, Bergamo",
    fundingSource: "FONCOOP",
    fundingNotice: "Foncoop Avviso 58 - Piani formativi aziendali",
    fundingAmount: "3800.00",
    seats: 10,
    sessions: [
      [-60, "8.00"],
      [-59, "8.00"],
    ],
    requests: [...people(2, 0, 4), ...people(4, 0, 4)],
  },
  {
    n: 12,
    title: "Educare nella prima infanzia: osservazione e documentazione",
    area: "EDUCATION",
    mode: "IN_PERSON",
    venue: "Nido Arcobaleno, Bologna",
    fundingSource: "REGION",
    fundingNotice: "Regione Emilia-Romagna - Formazione educatori 0-6",
    fundingAmount: "7200.00",
    seats: 16,
    sessions: [
      [-300, "5.00"],
      [-293, "5.00"],
      [-286, "5.00"],
      [-279, "5.00"],
    ],
    requests: [...people(3, 0, 6), ...people(7, 0, 5)],
  },
];

/** Risk classes recorded for some cooperatives (from their risk assessment). */
const RISK_LEVELS: [number, SafetyRiskLevel][] = [
  [1, "MEDIUM"],
  [2, "MEDIUM"],
  [3, "MEDIUM"],
  [4, "HIGH"],
  [5, "LOW"],
  [6, "HIGH"],
];

const FRACTION: Record<Attend, bigint> = { full: 100n, half: 50n, none: 0n };

export async function seedTraining(db: PrismaClient, now = new Date()): Promise<{ courses: number; enrolments: number; certificates: number } | null> {
  if ((await db.course.count()) > 0) return null;
  const today = todayOf(now);
  const enrolmentRows: Prisma.EnrolmentCreateManyInput[] = [];
  const changeRows: Prisma.EnrolmentStatusChangeCreateManyInput[] = [];
  const attendanceRows: Prisma.AttendanceCreateManyInput[] = [];
  const attendanceChangeRows: Prisma.AttendanceChangeCreateManyInput[] = [];
  const certificates: {
    enrolmentId: string;
    courseId: string;
    personId: string;
    cooperativeId: string;
    issuedOn: Date;
    hours: string;
    safetyTraining: SafetyTrainingKind | null;
    order: number;
  }[] = [];

  for (const demo of COURSES) {
    const courseId = demoId("course", demo.n);
    const sessions = demo.sessions.map(([offset, hours], s) => ({ id: demoId("course-session", demo.n * 100 + s), number: s + 1, date: addDays(today, offset), hours }));
    const startDate = sessions[0].date;
    const hours = formatHours(sessions.reduce((sum, s) => sum + hundredths(s.hours), 0n));
    const attendanceThreshold = demo.safetyTraining ? safetyTrainingRules.at(startDate).minimumAttendance : defaultAttendanceThreshold.at(startDate);
    const required = requiredHours({ hours, attendanceThreshold });

    // The same rules as enrol and cancelEnrolment, in request order.
    const statuses: EnrolmentStatus[] = [];
    let seatsTaken = 0;
    demo.requests.forEach((_, i) => {
      const status = seatFor({ seats: demo.seats, seatsTaken });
      statuses[i] = status;
      if (status === "ENROLLED") seatsTaken += 1;
    });
    const promotions = new Map<number, number>();
    for (const i of demo.cancelled ?? []) {
      const wasEnrolled = statuses[i] === "ENROLLED";
      statuses[i] = "CANCELLED";
      const next = wasEnrolled ? statuses.indexOf("WAITLISTED") : -1;
      if (next >= 0) {
        statuses[next] = "ENROLLED";
        promotions.set(next, i);
      } else if (wasEnrolled) seatsTaken -= 1;
    }

    await db.course.create({
      data: {
        id: courseId,
        title: demo.title,
        area: demo.area,
        hours,
        seats: demo.seats,
        seatsTaken,
        requestSequence: demo.requests.length,
        startDate,
        endDate: sessions[sessions.length - 1].date,
        mode: demo.mode,
        venue: demo.venue ?? null,
        fundingSource: demo.fundingSource,
        fundingNotice: demo.fundingNotice ?? null,
        fundingAmount: demo.fundingAmount ?? null,
        attendanceThreshold,
        safetyTraining: demo.safetyTraining ?? null,
        createdBy: "seed",
        createdAt: addDays(startDate, -60),
        sessions: { create: sessions },
      },
    });

    demo.requests.forEach(([n, k], i) => {
      const id = demoId("enrolment", demo.n * 1000 + i);
      const requestedAt = new Date(addDays(startDate, -40).getTime() + i * 3_600_000);
      const firstStatus = i < demo.seats ? "ENROLLED" : "WAITLISTED";
      const status = statuses[i];
      enrolmentRows.push({
        id,
        courseId,
        personId: demoPersonId(n, k),
        cooperativeId: demoId("cooperative", n),
        region: regionOf(n),
        status,
        live: status === "CANCELLED" ? null : true,
        requestNumber: i + 1,
        requestedAt,
        requestedBy: "seed",
      });
      changeRows.push({
        enrolmentId: id,
        fromStatus: null,
        toStatus: firstStatus,
        reason: firstStatus === "ENROLLED" ? "a seat was free" : "every seat was taken",
        changedBy: "seed",
        changedAt: requestedAt,
      });
      const later = addDays(startDate, -10);
      if (status === "CANCELLED")
        changeRows.push({ enrolmentId: id, fromStatus: firstStatus, toStatus: "CANCELLED", reason: "withdrew before the start", changedBy: "seed", changedAt: later });
      if (promotions.has(i)) {
        const freed = demoId("enrolment", demo.n * 1000 + promotions.get(i)!);
        changeRows.push({
          enrolmentId: id,
          fromStatus: "WAITLISTED",
          toStatus: "ENROLLED",
          reason: `took the seat freed by enrolment ${freed}`,
          changedBy: "seed",
          changedAt: later,
        });
      }
      if (status !== "ENROLLED") return;

      let attended = 0n;
      let issuedOn: Date | null = null;
      sessions.forEach((session, s) => {
        if (session.date.getTime() > today.getTime()) return;
        const part = (hundredths(session.hours) * FRACTION[demo.attends?.(i, s) ?? "full"]) / 100n;
        const attendanceId = demoId("attendance", (demo.n * 1000 + i) * 100 + s);
        const recordedAt = new Date(session.date.getTime() + 18 * 3_600_000);
        attendanceRows.push({ id: attendanceId, enrolmentId: id, sessionId: session.id, hours: formatHours(part), recordedBy: "seed", recordedAt });
        attendanceChangeRows.push({ attendanceId, previousHours: null, hours: formatHours(part), changedBy: "seed", changedAt: recordedAt });
        attended += part;
        if (!issuedOn && attended >= required) issuedOn = session.date;
      });
      if (issuedOn) {
        certificates.push({
          enrolmentId: id,
          courseId,
          personId: demoPersonId(n, k),
          cooperativeId: demoId("cooperative", n),
          issuedOn,
          hours: formatHours(attended),
          safetyTraining: demo.safetyTraining ?? null,
          order: demo.n * 1000 + i,
        });
      }
    });
  }

  await db.enrolment.createMany({ data: enrolmentRows });
  await db.enrolmentStatusChange.createMany({ data: changeRows });
  await db.attendance.createMany({ data: attendanceRows });
  await db.attendanceChange.createMany({ data: attendanceChangeRows });

  // Numbered per year in the order they were issued, as issueCertificate numbers them.
  certificates.sort((a, b) => a.issuedOn.getTime() - b.issuedOn.getTime() || a.order - b.order);
  const lastOfYear = new Map<number, number>();
  const certificateRows = certificates.map(({ order: _order, ...c }) => {
    const year = c.issuedOn.getUTCFullYear();
    const sequence = (lastOfYear.get(year) ?? 0) + 1;
    lastOfYear.set(year, sequence);
    return {
      ...c,
      id: demoId("certificate", _order),
      number: certificateNumber(year, sequence),
      year,
      sequence,
      issuedBy: "seed",
      issuedAt: new Date(c.issuedOn.getTime() + 18 * 3_600_000),
    };
  });
  await db.certificate.createMany({ data: certificateRows });
  await db.certificateCounter.createMany({ data: [...lastOfYear].map(([year, last]) => ({ year, last })) });

  await db.safetyRiskAssessment.createMany({
    data: RISK_LEVELS.map(([n, riskLevel]) => ({ cooperativeId: demoId("cooperative", n), riskLevel, effectiveFrom: addDays(today, -2000), recordedBy: "seed" })),
  });
  return { courses: COURSES.length, enrolments: enrolmentRows.length, certificates: certificateRows.length };
}
