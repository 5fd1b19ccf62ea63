import { printExecutableGraphQLDocument } from "@graphql-tools/documents";
import type express from "express";
import { parse } from "graphql";
import { createHash } from "node:crypto";
import { readClientFile } from "./clientPackage";

/** sha256 of the normalised document → the normalised document: @coopgraph/client's persisted-operations.json. */
export type PersistedOperationManifest = Record<string, string>;

/**
 * The operations the gateway knows by hash: the front-end's (@coopgraph/client, generated from its
 * .graphql files) and those the subgraphs send each other (@coopgraph/clients). Both are written
 * by the client package's build, which CI checks is fresh.
 */
export function defaultPersistedOperations(): PersistedOperationManifest {
  return readClientFile<PersistedOperationManifest>("persisted-operations.json");
}

/** The canonical text of a document, as @coopgraph/client hashes it: whitespace, comments and field order do not count. */
export function operationHash(query: string): string {
  return createHash("sha256")
    .update(printExecutableGraphQLDocument(parse(query)))
    .digest("hex");
}

interface OperationRequest {
  query?: unknown;
  documentId?: unknown;
  extensions?: { persistedQuery?: { version?: unknown; sha256Hash?: unknown } } & Record<string, unknown>;
}

type Outcome = { ok: true } | { ok: false; code: string; message: string };

/**
 * Persisted operations on `/graphql`, before Apollo Server sees the request:
 * - a registered hash, sent as Apollo's persisted-query extension
 *   (`extensions.persistedQuery.sha256Hash`) or as `documentId`, is replaced by its operation;
 * - with `only` (PERSISTED_OPERATIONS_ONLY, for production), nothing else runs: an operation sent
 *   as text runs only if it is a registered one (compared by hash of its normalised text), and an
 *   unknown hash is refused, both with HTTP 400 before any subgraph is called;
 * - otherwise, an unknown hash goes on to Apollo Server's automatic persisted queries (the
 *   client is told PERSISTED_QUERY_NOT_FOUND and sends the text once), and text runs as usual.
 */
export function persistedOperations({ manifest, only }: { manifest: PersistedOperationManifest; only: boolean }): express.RequestHandler {
  const registered = new Map(Object.entries(manifest));

  function resolve(operation: OperationRequest): Outcome {
    if (typeof operation.query === "string" && operation.query.trim() !== "") {
      if (!only) return { ok: true };
      let hash: string | undefined;
      try {
        hash = operationHash(operation.query);
      } catch {
        hash = undefined; // Not even GraphQL: not a registered operation either.
      }
      return hash && registered.has(hash) ? { ok: true } : notInList();
    }
    const persisted = operation.extensions?.persistedQuery;
    const hash = typeof persisted?.sha256Hash === "string" ? persisted.sha256Hash : typeof operation.documentId === "string" ? operation.documentId : undefined;
    if (hash === undefined) return { ok: true }; // Apollo Server says what is missing.
    const query = registered.get(hash);
    if (query !== undefined) {
      operation.query = query;
      delete operation.documentId;
      operation.extensions = { ...operation.extensions, persistedQuery: { version: 1, sha256Hash: hash } };
      return { ok: true };
    }
    if (only) return notInList(hash);
    if (persisted) return { ok: true };
    return { ok: false, code: "PERSISTED_QUERY_NOT_FOUND", message: `No operation is registered under the documentId ${hash}.` };
  }

  return (req, res, next) => {
    const outcomes: Outcome[] = [];
    if (req.method === "GET") {
      const url = new URL(req.url, "http://gateway.invalid");
      const operation: OperationRequest = { query: url.searchParams.get("query") ?? undefined, extensions: jsonParameter(url.searchParams.get("extensions")) };
      const before = operation.query;
      outcomes.push(resolve(operation));
      if (operation.query !== before && typeof operation.query === "string") {
        url.searchParams.set("query", operation.query);
        req.url = `${url.pathname}${url.search}`;
      }
    } else if (req.body && typeof req.body === "object") {
      for (const operation of Array.isArray(req.body) ? req.body : [req.body]) {
        outcomes.push(operation && typeof operation === "object" ? resolve(operation as OperationRequest) : { ok: true });
      }
    }
    const refused = outcomes.find((outcome): outcome is Extract<Outcome, { ok: false }> => !outcome.ok);
    if (!refused) return next();
    res.status(400).json({ errors: [{ message: refused.message, extensions: { code: refused.code } }] });
  };
}

function notInList(hash?: string): Outcome {
  return {
    ok: false,
    code: "PERSISTED_QUERY_NOT_IN_LIST",
    message: `This endpoint runs registered operations only (PERSISTED_OPERATIONS_ONLY), and ${
      hash ? `no operation is registered under the hash ${hash}` : "this operation is not one of them"
    }: send the hash of an operation of @coopgraph/client (extensions.persistedQuery.sha256Hash).`,
  };
}

function jsonParameter(value: string | null): OperationRequest["extensions"] {
  if (!value) return undefined;
  try {
    const parsed: unknown = JSON.parse(value);
    return parsed && typeof parsed === "object" ? (parsed as OperationRequest["extensions"]) : undefined;
  } catch {
    return undefined;
  }
}
