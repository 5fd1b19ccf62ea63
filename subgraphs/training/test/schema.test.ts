import { localSubgraphUrl, registryEntry } from "@coopgraph/kit";
import { composeServices } from "@apollo/composition";
import { subgraph as membership } from "@coopgraph/membership";
import { buildSchema, isObjectType, parse, printSchema, type GraphQLNamedType } from "graphql";
import { subgraph as training } from "../src/app";
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { contractTypeDefs } = require("../../../schema/contract");

async function subgraphs() {
  const [m, t] = await Promise.all([membership.schema(), training.schema()]);
  return [
    { name: "membership", url: localSubgraphUrl(registryEntry("membership")), typeDefs: parse(m.sdl) },
    { name: "training", url: localSubgraphUrl(registryEntry("training")), typeDefs: parse(t.sdl) },
  ];
}

describe("the training subgraph schema", () => {
  it("composes with membership, extending its Person and Cooperative, with the names clients rely on", async () => {
    const result = composeServices(await subgraphs());
    expect(result.errors ?? []).toEqual([]);
    const api = printSchema(result.schema!.toAPISchema().toGraphQLJSSchema());
    for (const line of [
      "courses(filter: CourseFilter, after: String, first: Int = 20): CourseConnection!",
      "course(id: ID!): Course",
      "safetyTrainingDue(cooperativeId: ID!, withinDays: Int!): [SafetyTrainingDue!]!",
      "createCourse(input: CreateCourseInput!): Course!",
      "enrol(input: EnrolInput!): Enrolment!",
      "cancelEnrolment(input: CancelEnrolmentInput!): Enrolment!",
      "recordAttendance(input: RecordAttendanceInput!): Attendance!",
      "enrolments(filter: EnrolmentFilter, after: String, first: Int = 20): EnrolmentConnection",
      "certificates(after: String, first: Int = 20): CertificateConnection",
      "trainingHours(year: Int!): Decimal",
    ]) {
      expect(api).toContain(line);
    }
    const schema = buildSchema(api);
    const fields = (name: string) => Object.keys((schema.getType(name) as { getFields(): object }).getFields());
    expect(fields("Course")).toEqual(expect.arrayContaining(["id", "title", "hours", "seats", "seatsTaken", "fundingSource"]));
    expect(fields("Enrolment")).toEqual(expect.arrayContaining(["id", "status", "course", "person", "certificate"]));
    expect(fields("Person")).toEqual(expect.arrayContaining(["firstName", "cooperative", "enrolments", "certificates"]));
  });

  it("shows partners the course catalogue, described, and nothing of people, enrolments, aggregates or writes", async () => {
    const services = await subgraphs();
    const contract = composeServices(services.map((s, i) => ({ ...s, typeDefs: contractTypeDefs(services)[i] })));
    expect(contract.errors ?? []).toEqual([]);
    const schema = contract.schema!.toAPISchema().toGraphQLJSSchema();
    const api = printSchema(schema);
    for (const visible of ["courses(", "course(id: ID!): Course", "fundingSource: FundingSource!", "fundingNotice: String", "sessions: [CourseSession!]!", "seatsTaken: Int!"]) {
      expect(api).toContain(visible);
    }
    for (const hidden of ["Enrolment", "Certificate", "Attendance", "Person", "SafetyTrainingDue", "TrainingStats", "Mutation"]) expect(schema.getType(hidden)).toBeUndefined();
    expect(Object.keys(schema.getQueryType()!.getFields()).filter((f) => ["enrolment", "safetyTrainingDue", "trainingStats"].includes(f))).toEqual([]);
    expect(Object.keys((schema.getType("Course") as { getFields(): object }).getFields())).not.toContain("enrolments");
    expect(Object.keys((schema.getType("Cooperative") as { getFields(): object }).getFields()).filter((f) => ["trainingHours", "safetyRiskLevel"].includes(f))).toEqual([]);
    // Every type and field training shows partners says what it is.
    const own = ["Course", "CourseSession"].map((name) => schema.getType(name) as GraphQLNamedType);
    for (const type of own) {
      expect(type.description).toBeTruthy();
      if (isObjectType(type))
        for (const field of Object.values(type.getFields())) expect([type.name, field.name, field.description]).toEqual([type.name, field.name, expect.any(String)]);
    }
  });
});
