-- CreateTable
CREATE TABLE "CooperativeTrainingYear" (
    "cooperativeId" UUID NOT NULL,
    "year" INTEGER NOT NULL,
    "hours" DECIMAL(14,2) NOT NULL,

    CONSTRAINT "CooperativeTrainingYear_pkey" PRIMARY KEY ("cooperativeId","year")
);

-- Kept in step with Attendance by statement triggers, in the writer's transaction: each insert,
-- update or delete adds the hours it brings and takes away the hours it removes, per
-- cooperative (of the enrolment) and year (of the session). Concurrent writers serialise on the
-- row they change (ON CONFLICT DO UPDATE re-reads it), rows are locked in key order.
CREATE FUNCTION "training_year_apply"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'TRUNCATE' THEN
    DELETE FROM "CooperativeTrainingYear";
  ELSIF TG_OP = 'INSERT' THEN
    INSERT INTO "CooperativeTrainingYear" ("cooperativeId", "year", "hours")
    SELECT e."cooperativeId", extract(year FROM s."date")::int, sum(d."hours")
    FROM new_rows d JOIN "Enrolment" e ON e."id" = d."enrolmentId" JOIN "CourseSession" s ON s."id" = d."sessionId"
    GROUP BY 1, 2 ORDER BY 1, 2
    ON CONFLICT ("cooperativeId", "year") DO UPDATE SET "hours" = "CooperativeTrainingYear"."hours" + EXCLUDED."hours";
  ELSIF TG_OP = 'UPDATE' THEN
    INSERT INTO "CooperativeTrainingYear" ("cooperativeId", "year", "hours")
    SELECT e."cooperativeId", extract(year FROM s."date")::int, sum(d."hours")
    FROM (SELECT "enrolmentId", "sessionId", "hours" FROM new_rows UNION ALL SELECT "enrolmentId", "sessionId", -"hours" FROM old_rows) d
    JOIN "Enrolment" e ON e."id" = d."enrolmentId" JOIN "CourseSession" s ON s."id" = d."sessionId"
    GROUP BY 1, 2 ORDER BY 1, 2
    ON CONFLICT ("cooperativeId", "year") DO UPDATE SET "hours" = "CooperativeTrainingYear"."hours" + EXCLUDED."hours";
  ELSE
    INSERT INTO "CooperativeTrainingYear" ("cooperativeId", "year", "hours")
    SELECT e."cooperativeId", extract(year FROM s."date")::int, -sum(d."hours")
    FROM old_rows d JOIN "Enrolment" e ON e."id" = d."enrolmentId" JOIN "CourseSession" s ON s."id" = d."sessionId"
    GROUP BY 1, 2 ORDER BY 1, 2
    ON CONFLICT ("cooperativeId", "year") DO UPDATE SET "hours" = "CooperativeTrainingYear"."hours" + EXCLUDED."hours";
  END IF;
  RETURN NULL;
END;
$$;
CREATE TRIGGER "Attendance_year_insert" AFTER INSERT ON "Attendance" REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "training_year_apply"();
CREATE TRIGGER "Attendance_year_update" AFTER UPDATE ON "Attendance" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "training_year_apply"();
CREATE TRIGGER "Attendance_year_delete" AFTER DELETE ON "Attendance" REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION "training_year_apply"();
CREATE TRIGGER "Attendance_year_truncate" AFTER TRUNCATE ON "Attendance" FOR EACH STATEMENT EXECUTE FUNCTION "training_year_apply"();

-- The attendance already recorded.
INSERT INTO "CooperativeTrainingYear" ("cooperativeId", "year", "hours")
SELECT e."cooperativeId", extract(year FROM s."date")::int, sum(a."hours")
FROM "Attendance" a JOIN "Enrolment" e ON e."id" = a."enrolmentId" JOIN "CourseSession" s ON s."id" = a."sessionId"
GROUP BY 1, 2;
