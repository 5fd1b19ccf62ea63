import type { PersonRole } from "../db";

export interface MemberCounts {
  workerMembers: number;
  volunteerMembers: number;
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
