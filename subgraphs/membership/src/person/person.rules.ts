import type { PersonRole } from "../db";

export interface MemberCounts {
  workerMembers: number;
  volunteerMembers: number;
}

/**
 * Law 381/1991 art. 2, when a person leaves: a worker member leaving must not leave volunteers
 * more than half of the members. `remaining` counts the members without the leaver. Returns why, or null.
 */
export function leavingRefusal(remaining: MemberCounts, role: PersonRole): string | null {
  if (role !== "WORKER_MEMBER") return null;
  const members = remaining.workerMembers + remaining.volunteerMembers;
  if (remaining.volunteerMembers * 2 <= members) return null;
  return `volunteer members can be at most half of the members (Law 381/1991 art. 2): without this worker member they would be ${remaining.volunteerMembers} of ${members}`;
}

/**
 * Law 381/1991 art. 2: volunteer members may be at most half of all members (employees are not
 * members). Returns why adding a person of `role` would break it, or null.
 */
export function volunteerCapRefusal(current: MemberCounts, role: PersonRole): string | null {
  if (role !== "VOLUNTEER_MEMBER") return null;
  const volunteers = current.volunteerMembers + 1;
  const members = current.workerMembers + volunteers;
  if (volunteers * 2 <= members) return null;
  return `volunteer members can be at most half of the members (Law 381/1991 art. 2): with this one they would be ${volunteers} of ${members}`;
}

/** The first and last day of a month written YYYY-MM (UTC dates), or null when it is not one. */
export function monthRange(month: string): { first: Date; last: Date } | null {
  const match = /^(\d{4})-(\d{2})$/.exec(month);
  if (!match) return null;
  const year = Number(match[1]);
  const m = Number(match[2]);
  if (m < 1 || m > 12 || year < 1900 || year > 2200) return null;
  return { first: new Date(Date.UTC(year, m - 1, 1)), last: new Date(Date.UTC(year, m, 0)) };
}
