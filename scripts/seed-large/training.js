const { certificateNumber } = require("@coopgraph/training/dist/certificate/certificate.rules");
const { requiredHours, validateCourse } = require("@coopgraph/training/dist/course/course.rules");
const { safetyTrainingRules } = require("@coopgraph/training/dist/settings");
const { Table } = require("./copy");
const { at, iso, toDate, yearOf } = require("./days");
const { presentOn } = require("./membership");
const { Random } = require("./random");

const TITLES = {
  SOCIAL_CARE: ["Relazione di aiuto nei servizi domiciliari", "La cura della persona non autosufficiente", "Gestire l'aggressività nei servizi", "Lavorare con le famiglie"],
  EDUCATION: ["Progettazione educativa nei servizi 0-6", "Educazione all'aperto", "Disturbi dell'apprendimento a scuola", "Il lavoro educativo di strada"],
  WORK_INCLUSION: ["Il tutor dell'inserimento lavorativo", "Progetti personalizzati e bilancio di competenze", "Lavorare con i servizi invianti"],
  MANAGEMENT: ["Bilancio sociale della cooperativa", "Controllo di gestione per le cooperative", "Partecipare alle gare pubbliche", "Rendicontazione dei progetti finanziati"],
  DIGITAL: ["Competenze digitali di base", "Fogli di calcolo per l'ufficio", "Sicurezza informatica e privacy", "Comunicare sui social"],
  LANGUAGES: ["Italiano per stranieri, livello A2", "Inglese per i servizi, livello B1", "Italiano per stranieri, livello B1"],
  TECHNICAL: ["Manutenzione del verde: potature", "Uso in sicurezza della motosega", "Tecniche di pulizia professionale", "HACCP per la ristorazione collettiva"],
};
const SAFETY_TITLES = {
  GENERAL: "Formazione generale dei lavoratori",
  SPECIFIC_LOW_RISK: "Formazione specifica, rischio basso",
  SPECIFIC_MEDIUM_RISK: "Formazione specifica, rischio medio",
  SPECIFIC_HIGH_RISK: "Formazione specifica, rischio alto",
  SPECIFIC_REFRESHER: "Aggiornamento della formazione specifica",
  FIRST_AID: "Addetti al primo soccorso",
  FIRST_AID_REFRESHER: "Aggiornamento primo soccorso",
  FIRE_WARDEN: "Addetti antincendio, livello 2",
  FIRE_WARDEN_REFRESHER: "Aggiornamento addetti antincendio",
};

/** `total` hundredths of an hour in `n` sessions of whole or half hours, as evenly as that allows. */
function split(total, n) {
  const halves = total / 50;
  const each = Math.floor(halves / n);
  return Array.from({ length: n }, (_, i) => (each + (i < halves % n ? 1 : 0)) * 50);
}

/**
 * Courses of every area and funding source over the last three years and the next six months, each
 * with weekly sessions whose hours add up to the course's; enrolments in request order (a seat while
 * there is one, else the waiting list; cancellations before the start give the seat to the first
 * waiting); attendance of past sessions (each recording kept, a few corrected); a certificate where
 * attended hours reached the threshold, numbered per year without gaps in order of issue; and each
 * ACTIVE member's risk class for safety training.
 *
 * @param {{ today: number, counts: Record<string, number>, world: any }} options
 */
function generateTraining({ today, counts, world }) {
  const random = new Random("coopgraph-large:training");
  const tables = {
    course: new Table("Course", [
      "id",
      "title",
      "description",
      "area",
      "hours",
      "seats",
      "seatsTaken",
      "requestSequence",
      "startDate",
      "endDate",
      "mode",
      "venue",
      "fundingSource",
      "fundingNotice",
      "fundingAmount",
      "attendanceThreshold",
      "safetyTraining",
      "createdBy",
      "createdAt",
    ]),
    session: new Table("CourseSession", ["id", "courseId", "number", "date", "hours"]),
    enrolment: new Table("Enrolment", ["id", "courseId", "personId", "cooperativeId", "region", "status", "live", "requestNumber", "requestedAt", "requestedBy"]),
    enrolmentChange: new Table("EnrolmentStatusChange", ["id", "enrolmentId", "fromStatus", "toStatus", "reason", "changedBy", "changedAt"]),
    attendance: new Table("Attendance", ["id", "enrolmentId", "sessionId", "hours", "recordedBy", "recordedAt"]),
    attendanceChange: new Table("AttendanceChange", ["id", "attendanceId", "previousHours", "hours", "reason", "changedBy", "changedAt"]),
    certificate: new Table("Certificate", [
      "id",
      "enrolmentId",
      "number",
      "year",
      "sequence",
      "issuedOn",
      "hours",
      "courseId",
      "personId",
      "cooperativeId",
      "safetyTraining",
      "issuedBy",
      "issuedAt",
    ]),
    counter: new Table("CertificateCounter", ["year", "last"]),
    risk: new Table("SafetyRiskAssessment", ["id", "cooperativeId", "riskLevel", "effectiveFrom", "recordedBy", "recordedAt"]),
  };
  const active = world.coops.filter((c) => c.status === "ACTIVE");
  const pool = active.flatMap((c) => c.people);
  const large = world.coops[0];
  const certificates = [];
  const hours = (h) => (h / 100).toFixed(2);
  let enrolments = 0;

  while (enrolments < counts.enrolments) {
    const id = random.uuid();
    const safety = random.chance(0.15);
    const kind = safety ? random.pick(Object.keys(SAFETY_TITLES)) : null;
    const area = safety ? "SAFETY" : random.pick(Object.keys(TITLES));
    const start = today - 3 * 365 + random.int(0, 3 * 365 + 180);
    const total = kind ? Math.round(Number(safetyTrainingRules.at(toDate(start)).kinds[kind].minimumHours) * 100) : random.pick([8, 12, 16, 20, 24, 32, 40]) * 100;
    const n = Math.max(1, Math.min(8, Math.round(total / random.pick([300, 400, 600]))));
    const sessionHours = split(total, n);
    const sessions = sessionHours.map((h, i) => ({ id: random.uuid(), number: i + 1, day: start + 7 * i, hours: h }));
    const end = sessions[sessions.length - 1].day;
    const seats = random.int(12, 40);
    const mode = random.weighted({ IN_PERSON: 60, ONLINE: 25, BLENDED: 15 });
    const seat = random.pick(world.coops).seat;
    const fundingSource = random.weighted({ FONCOOP: 35, FSE_PLUS: 25, REGION: 15, SELF_FUNDED: 25 });
    const year = yearOf(start);
    const notice =
      fundingSource === "FONCOOP"
        ? `Foncoop Avviso ${random.int(40, 70)}/${year}`
        : fundingSource === "FSE_PLUS"
          ? `PR FSE+ ${seat.region} 2021-2027, Avviso ${random.int(1, 30)}/${year}`
          : fundingSource === "REGION"
            ? `Regione ${seat.region}, bando formazione ${year}`
            : null;
    const valid = validateCourse({
      title: kind ? SAFETY_TITLES[kind] : random.pick(TITLES[area]),
      description: null,
      area: /** @type {any} */ (area),
      hours: hours(total),
      seats,
      startDate: toDate(start),
      endDate: toDate(end),
      mode,
      venue: mode === "ONLINE" ? null : `Sala formazione, ${seat.municipality}`,
      fundingSource,
      fundingNotice: notice,
      fundingAmount: notice ? `${random.int(20, 400) * 100}.00` : null,
      attendanceThreshold: kind ? null : random.chance(0.8) ? null : 80,
      safetyTraining: /** @type {any} */ (kind),
      sessions: sessions.map((s) => ({ date: toDate(s.day), hours: hours(s.hours) })),
    });
    const required = Number(requiredHours({ hours: valid.hours, attendanceThreshold: valid.attendanceThreshold }));

    // Requests, in the order they took the course's lock; the large member's people ask more often.
    const wanted = Math.max(1, Math.round(seats * (0.5 + random.next() * 0.9)));
    const lastRequest = Math.min(today, start - 1);
    const requests = [];
    const taken = new Set();
    for (let tries = 0; requests.length < wanted && tries < wanted * 6; tries++) {
      const day = lastRequest - random.int(0, 60);
      const index = random.chance(0.04) ? random.pick(large.people) : random.pick(pool);
      const person = world.people[index];
      if (taken.has(index) || !presentOn(person, day)) continue;
      taken.add(index);
      requests.push({ person, day, minute: random.int(480, 1080) });
    }
    requests.sort((a, b) => a.day - b.day || a.minute - b.minute);
    let seatsTaken = 0;
    const rows = requests.map((r, i) => {
      const status = seatsTaken < seats ? "ENROLLED" : "WAITLISTED";
      if (status === "ENROLLED") seatsTaken += 1;
      const row = {
        id: random.uuid(),
        person: r.person,
        number: i + 1,
        status,
        requestedAt: at(r.day, r.minute),
        changes: /** @type {[string | null, string, string, Date][]} */ ([]),
      };
      row.changes.push([null, status, status === "ENROLLED" ? "a seat was free" : "every seat was taken", row.requestedAt]);
      return row;
    });
    // Cancellations, after the last request and before the start: a freed seat goes to the first waiting.
    const lastDay = requests.length ? requests[requests.length - 1].day : lastRequest;
    if (lastDay < lastRequest) {
      for (const row of rows) {
        if (!random.chance(0.06)) continue;
        const when = at(random.int(lastDay + 1, lastRequest), 1100);
        const was = row.status;
        row.status = "CANCELLED";
        row.changes.push([was, "CANCELLED", "cancelled at the person's request", when]);
        if (was !== "ENROLLED") continue;
        seatsTaken -= 1;
        const next = rows.find((r) => r.status === "WAITLISTED");
        if (next) {
          next.status = "ENROLLED";
          seatsTaken += 1;
          next.changes.push(["WAITLISTED", "ENROLLED", `took the seat freed by enrolment ${row.id}`, new Date(when.getTime() + 1000)]);
        }
      }
    }
    tables.course.add(
      id,
      valid.title,
      valid.description,
      valid.area,
      valid.hours,
      valid.seats,
      seatsTaken,
      rows.length,
      iso(start),
      iso(end),
      valid.mode,
      valid.venue,
      valid.fundingSource,
      valid.fundingNotice,
      valid.fundingAmount,
      valid.attendanceThreshold,
      valid.safetyTraining,
      "seed-large",
      at(Math.min(today, start - 75), 540),
    );
    for (const s of sessions) tables.session.add(s.id, id, s.number, iso(s.day), hours(s.hours));
    for (const row of rows) {
      const coop = world.coops[row.person.coop];
      tables.enrolment.add(row.id, id, row.person.id, coop.id, coop.seat.region, row.status, row.status === "CANCELLED" ? null : true, row.number, row.requestedAt, "seed-large");
      for (const [from, to, reason, when] of row.changes) tables.enrolmentChange.add(random.uuid(), row.id, from, to, reason, "seed-large", when);
      if (row.status !== "ENROLLED") continue;
      // Attendance of the sessions held before today: most attend nearly everything, some drop off.
      const steady = random.chance(0.8);
      let attended = 0;
      let certified = false;
      for (const s of sessions) {
        if (s.day >= today) break;
        const present = random.chance(steady ? 0.95 : 0.55);
        const h = present ? (random.chance(0.1) ? Math.floor(s.hours / 100) * 50 : s.hours) : 0;
        const attendanceId = random.uuid();
        const recorded = at(s.day, 1080);
        tables.attendance.add(attendanceId, row.id, s.id, hours(h), "seed-large", recorded);
        if (h > 0 && random.chance(0.01)) {
          tables.attendanceChange.add(random.uuid(), attendanceId, null, "0.00", null, "seed-large", recorded);
          tables.attendanceChange.add(random.uuid(), attendanceId, "0.00", hours(h), "recorded as absent by mistake", "seed-large", new Date(recorded.getTime() + 3_600_000));
        } else {
          tables.attendanceChange.add(random.uuid(), attendanceId, null, hours(h), null, "seed-large", recorded);
        }
        attended += h;
        if (!certified && attended >= required) {
          certified = true;
          certificates.push({ enrolment: row, courseId: id, day: s.day, hours: attended, safety: valid.safetyTraining, coop });
        }
      }
    }
    enrolments += rows.length;
  }

  // Certificates numbered per year in the order they were issued.
  certificates.sort((a, b) => a.day - b.day);
  const last = new Map();
  for (const c of certificates) {
    const year = yearOf(c.day);
    const sequence = (last.get(year) ?? 0) + 1;
    last.set(year, sequence);
    tables.certificate.add(
      random.uuid(),
      c.enrolment.id,
      certificateNumber(year, sequence),
      year,
      sequence,
      iso(c.day),
      hours(c.hours),
      c.courseId,
      c.enrolment.person.id,
      c.coop.id,
      c.safety,
      "seed-large",
      at(c.day, 1081),
    );
  }
  for (const [year, sequence] of [...last.entries()].sort((a, b) => a[0] - b[0])) tables.counter.add(year, sequence);

  for (const coop of active) {
    const from = Math.max(/** @type {number} */ (coop.admitted), today - 8 * 365) + random.int(0, 200);
    const level = coop.type === "B" ? random.weighted({ LOW: 20, MEDIUM: 50, HIGH: 30 }) : random.weighted({ LOW: 60, MEDIUM: 35, HIGH: 5 });
    tables.risk.add(random.uuid(), coop.id, level, iso(Math.min(from, today)), "seed-large", at(Math.min(from, today), 600));
    if (random.chance(0.2) && from + 400 < today) {
      const later = random.int(from + 365, today);
      tables.risk.add(random.uuid(), coop.id, level === "HIGH" ? "MEDIUM" : "HIGH", iso(later), "seed-large", at(later, 600));
    }
  }
  return { tables: Object.values(tables) };
}

module.exports = { generateTraining };
