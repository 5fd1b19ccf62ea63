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
