import { badInput, isoDate, optionalText, positiveAmount, requiredText, type DecimalValue } from "@coopgraph/kit";
import type { CourseMode, FundingSource, SafetyTrainingKind, TrainingArea } from "../db";
import { formatHours, hoursInput, hundredths, percentOf } from "../hours";
import { defaultAttendanceThreshold, safetyTrainingRules } from "../settings";

export const MAX_SEATS = 500;
export const MAX_SESSIONS = 200;
/** 9999.99 hours: what a course's column holds. */
const MAX_COURSE_HOURS = 999_999n;
/** A session is one day. */
const MAX_SESSION_HOURS = 2_400n;

export interface CourseInput {
  title: string;
  description?: string | null;
  area: TrainingArea;
  hours: string;
  seats: number;
  startDate: Date;
  endDate: Date;
  mode: CourseMode;
  venue?: string | null;
  fundingSource: FundingSource;
  fundingNotice?: string | null;
  fundingAmount?: string | null;
  attendanceThreshold?: number | null;
  safetyTraining?: SafetyTrainingKind | null;
  sessions: { date: Date; hours: string }[];
}

export interface ValidCourse {
  title: string;
  description: string | null;
  area: TrainingArea;
  hours: string;
  seats: number;
  startDate: Date;
  endDate: Date;
  mode: CourseMode;
  venue: string | null;
  fundingSource: FundingSource;
  fundingNotice: string | null;
  fundingAmount: string | null;
  attendanceThreshold: number;
  safetyTraining: SafetyTrainingKind | null;
  /** In date order, numbered from 1. */
  sessions: { number: number; date: Date; hours: string }[];
}

/**
 * A course as the consortium may offer it: a title; seats; a period that ends after it starts;
 * a venue unless online; a funded course names its notice (avviso) and amount, a self-funded one
 * neither; sessions within the period whose hours add up to the course's exactly; a threshold in
 * percent (by default the consortium's rule). A safety course is in the area SAFETY, lasts at
 * least the hours its kind needs and asks at least the legal attendance.
 */
export function validateCourse(input: CourseInput): ValidCourse {
  const title = requiredText("input.title", input.title, 200);
  const description = optionalText("input.description", input.description, 4_000);
  const hours = hoursInput("input.hours", input.hours, { positive: true, max: MAX_COURSE_HOURS });
  if (!Number.isInteger(input.seats) || input.seats < 1) throw badInput("input.seats", "a course has at least one seat");
  if (input.seats > MAX_SEATS) throw badInput("input.seats", `a course can have at most ${MAX_SEATS} seats`);
  if (input.endDate.getTime() < input.startDate.getTime()) {
    throw badInput("input.endDate", `the course cannot end (${isoDate(input.endDate)}) before it starts (${isoDate(input.startDate)})`);
  }

  const venue = optionalText("input.venue", input.venue, 300);
  if (input.mode === "ONLINE" && venue) throw badInput("input.venue", "an ONLINE course has no venue");
  if (input.mode !== "ONLINE" && !venue) throw badInput("input.venue", `an ${input.mode} course needs a venue`);

  const funding = validFunding(input);

  if (input.sessions.length === 0) throw badInput("input.sessions", "a course has at least one session");
  if (input.sessions.length > MAX_SESSIONS) throw badInput("input.sessions", `a course can have at most ${MAX_SESSIONS} sessions`);
  const sessions = input.sessions.map((session, i) => {
    const field = `input.sessions.${i}`;
    if (session.date.getTime() < input.startDate.getTime() || session.date.getTime() > input.endDate.getTime()) {
      throw badInput(`${field}.date`, `a session must fall within the course, ${isoDate(input.startDate)} to ${isoDate(input.endDate)}`);
    }
    return { index: i, date: session.date, hours: hoursInput(`${field}.hours`, session.hours, { positive: true, max: MAX_SESSION_HOURS }) };
  });
  const sessionHours = sessions.reduce((sum, s) => sum + s.hours, 0n);
  if (sessionHours !== hours) {
    throw badInput("input.sessions", `the sessions add up to ${formatHours(sessionHours)} hours, the course has ${formatHours(hours)}: they must be equal`);
  }

  const safety = input.safetyTraining ?? null;
  if (safety) {
    if (input.area !== "SAFETY") throw badInput("input.area", "a course giving mandatory safety training is in the area SAFETY");
    if (!safetyTrainingRules.covers(input.startDate)) {
      throw badInput("input.startDate", `no safety training rules are configured before ${safetyTrainingRules.firstDay}`);
    }
    const minimum = hundredths(safetyTrainingRules.at(input.startDate).kinds[safety].minimumHours);
    if (hours < minimum) throw badInput("input.hours", `${safety} training lasts at least ${formatHours(minimum)} hours`);
  }

  const attendanceThreshold = validThreshold(input.attendanceThreshold, safety, input.startDate);

  return {
    title,
    description,
    area: input.area,
    hours: formatHours(hours),
    seats: input.seats,
    startDate: input.startDate,
    endDate: input.endDate,
    mode: input.mode,
    venue,
    ...funding,
    attendanceThreshold,
    safetyTraining: safety,
    sessions: [...sessions].sort((a, b) => a.date.getTime() - b.date.getTime() || a.index - b.index).map((s, i) => ({ number: i + 1, date: s.date, hours: formatHours(s.hours) })),
  };
}

function validFunding(input: CourseInput): { fundingSource: FundingSource; fundingNotice: string | null; fundingAmount: string | null } {
  const notice = optionalText("input.fundingNotice", input.fundingNotice, 300);
  const amount = input.fundingAmount == null || input.fundingAmount.trim() === "" ? null : input.fundingAmount;
  if (input.fundingSource === "SELF_FUNDED") {
    if (notice) throw badInput("input.fundingNotice", "a SELF_FUNDED course has no funding notice");
    if (amount) throw badInput("input.fundingAmount", "a SELF_FUNDED course has no funding amount");
    return { fundingSource: input.fundingSource, fundingNotice: null, fundingAmount: null };
  }
  if (!notice) throw badInput("input.fundingNotice", `a course funded by ${input.fundingSource} names its funding notice (avviso)`);
  if (!amount) throw badInput("input.fundingAmount", `a course funded by ${input.fundingSource} has the amount granted`);
  return { fundingSource: input.fundingSource, fundingNotice: notice, fundingAmount: positiveAmount("input.fundingAmount", amount) };
}

function validThreshold(given: number | null | undefined, safety: SafetyTrainingKind | null, startDate: Date): number {
  const field = "input.attendanceThreshold";
  if (given != null && (!Number.isInteger(given) || given < 1 || given > 100)) throw badInput(field, "the threshold is a whole percent from 1 to 100");
  if (safety) {
    const minimum = safetyTrainingRules.at(startDate).minimumAttendance;
    if (given != null && given < minimum) throw badInput(field, `safety training needs at least ${minimum}% attendance`);
    return given ?? minimum;
  }
  if (given != null) return given;
  if (!defaultAttendanceThreshold.covers(startDate)) throw badInput(field, `no default threshold is configured before ${defaultAttendanceThreshold.firstDay}: give one`);
  return defaultAttendanceThreshold.at(startDate);
}

/** Hours to attend for the certificate: the threshold's share of the course hours, rounded up to the hundredth. */
export function requiredHours(course: { hours: DecimalValue; attendanceThreshold: number }): bigint {
  return percentOf(hundredths(course.hours), course.attendanceThreshold);
}

/** Why a course takes no more enrolments or cancellations on `today`, or null. */
export function courseEndedRefusal(course: { endDate: Date }, today: Date): string | null {
  if (course.endDate.getTime() >= today.getTime()) return null;
  return `the course ended on ${isoDate(course.endDate)}: its enrolments can no longer change`;
}
