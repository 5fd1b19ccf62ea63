import { renderGraphiQL } from "@graphql-yoga/render-graphiql";
import type express from "express";
import { createHash } from "node:crypto";

export interface ExplorerOptions {
  title: string;
  /** The GraphQL path the explorer talks to, e.g. `/graphql`. */
  endpoint: string;
  /** The query shown on first visit. */
  defaultQuery: string;
}

/**
 * The headers pane starts with an empty Authorization header, which counts as anonymous: the
 * schema (docs, completion) loads at once, and a person pastes `Bearer <token>` into it to query.
 */
export const HEADERS_EXAMPLE = JSON.stringify({ Authorization: "" }, null, 2);

/**
 * The browser may load nothing from anywhere but this gateway. Everything the explorer needs is
 * inline (GraphiQL, Monaco, styles, the favicon as a data: URL; Monaco's workers start from blob:
 * URLs), so this costs nothing and guarantees that no request leaves for a CDN.
 */
export const EXPLORER_CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self' 'unsafe-inline' blob:",
  "worker-src 'self' blob:",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'self'",
].join("; ");

/**
 * GraphiQL from npm (@graphql-yoga/render-graphiql): one self-contained page, about 9 MB,
 * rendered on first use and kept. Apollo's own landing page loads Apollo Sandbox from a CDN and
 * shows only an error offline.
 */
export function explorerPage(options: ExplorerOptions): { html(): string; etag(): string } {
  let html: string | undefined;
  let etag: string | undefined;
  const render = () =>
    (html ??= renderGraphiQL({
      title: options.title,
      endpoint: options.endpoint,
      defaultQuery: options.defaultQuery,
      headers: HEADERS_EXAMPLE,
      shouldPersistHeaders: false,
      isHeadersEditorEnabled: true,
      defaultEditorToolsVisibility: "headers",
      // POST with a JSON body passes Apollo's CSRF prevention; a GET would be refused.
      method: "POST",
      useGETForQueries: false,
    }));
  return {
    html: render,
    etag: () => (etag ??= `"${createHash("sha256").update(render()).digest("base64url").slice(0, 27)}"`),
  };
}

/** True for a browser navigating to the page (GET, HTML preferred over JSON). */
export function wantsHtml(req: express.Request): boolean {
  return req.method === "GET" && req.accepts(["application/json", "text/html"]) === "text/html";
}

/** Serves the explorer to browsers and passes every other request on. */
export function serveExplorer(page: ReturnType<typeof explorerPage>): express.RequestHandler {
  return (req, res, next) => {
    if (!wantsHtml(req)) return next();
    res.setHeader("Content-Security-Policy", EXPLORER_CONTENT_SECURITY_POLICY);
    res.setHeader("Cache-Control", "no-cache");
    // Set before send() so Express does not hash 9 MB on every request; it still answers 304.
    res.setHeader("ETag", page.etag());
    res.type("html").send(page.html());
  };
}

export function sampleQuery(audience: "main" | "public"): string {
  const role = audience === "public" ? "PARTNER" : "ADMIN";
  return `# coopgraph ${audience === "public" ? "public contract (read-only)" : "explorer"}
#
# Headers (below): set Authorization to "Bearer <token>" with a token
# that npm start printed, or one from
#   npm run -s token -- --role ${role}
# Left empty, you ask as an anonymous caller (the docs work; data needs a token).
# A token that does not verify is refused: UNAUTHENTICATED.

query Cooperatives {
  cooperatives(first: 5) {
    totalCount
    nodes {
      id
      name
      status
    }
  }
}
`;
}
