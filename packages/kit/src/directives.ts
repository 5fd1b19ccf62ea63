import { Directive } from "type-graphql";

/**
 * Tags a type, field or query for the partner contract: the compose step hides every
 * element no subgraph tags, and serves what is left read-only to partners.
 */
export const Public = () => Directive('@tag(name: "public")');

/** A Federation entity, referenced by id from other subgraphs. */
export const Entity = () => Directive('@key(fields: "id")');
