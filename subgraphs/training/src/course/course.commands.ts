import type { TrainingCommand } from "../context";
import type { CourseRow } from "../db";
import type { ValidCourse } from "./course.rules";

/** Records a course and its sessions (validated by validateCourse). */
export const createCourse: TrainingCommand<ValidCourse, CourseRow> = (tx, caller, course) => {
  const { sessions, ...fields } = course;
  return tx.course.create({ data: { ...fields, createdBy: caller.sub, sessions: { create: sessions } } });
};
