import { Field, ID, ObjectType, type ClassType } from "type-graphql";
import { Entity, Public } from "./directives";

/**
 * Another subgraph's entity, known here by its key only (`@key(fields: "id")`): the class a
 * subgraph extends with its own fields, e.g. `export const Cooperative = entityStub("Cooperative", …)`.
 * Its other fields are resolved by the owner. One class per subgraph, made by this function, so
 * that the field resolvers of one subgraph never appear in another's schema.
 */
export function entityStub(name: string, options: { description?: string; isPublic?: boolean } = {}): ClassType<{ id: string }> {
  const tag: PropertyDecorator & ClassDecorator = options.isPublic ? Public() : () => undefined;

  @ObjectType(name, { description: options.description })
  @Entity()
  class Stub {
    @Field(() => ID, { description: "Opaque identifier." })
    @tag
    id!: string;
  }
  tag(Stub);
  return Stub;
}

/** Resolves a stub entity by its key alone: the owner says whether it exists. */
export function stubReference(ref: { id: string }): { id: string } {
  return { id: ref.id };
}
