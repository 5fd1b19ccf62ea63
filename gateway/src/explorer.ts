import { signToken, type IdentityConfig, type Role } from "@coopgraph/identity";
import { renderGraphiQL } from "@graphql-yoga/render-graphiql";
import type express from "express";
import { createHash } from "node:crypto";
import { readClientFile } from "./clientPackage";

/** An example operation of @coopgraph/client (operations/<domain>/<Name>.graphql), as its build lists them. */
export interface SavedOperation {
  name: string;
  /** The folder it lives in: the subgraph whose data it shows, or `across` for several. */
  domain: string;
  file: string;
  kind: "query" | "mutation" | "subscription";
  description: string;
  /** Its registered (persisted) hash. */
  hash: string;
  /** Valid against the partner contract: listed in the public explorer too. */
  public: boolean;
  /** The file's text, comments included. */
  query: string;
  /** Example variables that work against the demo data. */
  variables?: Record<string, unknown>;
}

/** The saved operations that @coopgraph/client's build lists in saved-operations.json. */
export function defaultSavedOperations(): SavedOperation[] {
  return readClientFile<SavedOperation[]>("saved-operations.json");
}

export interface ExplorerOptions {
  title: string;
  /** The GraphQL path the explorer talks to, e.g. `/graphql`. */
  endpoint: string;
  /** The first tab: how to use the explorer. */
  defaultQuery: string;
  /** Opened as one tab each, after the first. */
  savedOperations?: SavedOperation[];
  /** The Authorization header every tab starts with (development only); without it, an empty one to paste a token into. */
  authorization?: () => Promise<string>;
  /**
   * GraphiQL keeps its tabs in the browser's localStorage under fixed keys, so two explorers on one
   * origin would share them; this prefix keeps this one's apart.
   */
  storageNamespace?: string;
}

/**
 * Without a development token, the headers pane starts with an empty Authorization header, which
 * counts as anonymous: the schema (docs, completion) loads at once, and a person pastes
 * `Bearer <token>` into it to query.
 */
export const HEADERS_EXAMPLE = JSON.stringify({ Authorization: "" }, null, 2);

const DEVELOPMENT_TOKEN_LIFETIME = "12h";
const DEVELOPMENT_TOKEN_RENEWAL_MS = 60 * 60 * 1000;

/**
 * A token for `role`, signed with the development secret, for the explorer's headers: only where
 * the gateway itself verifies with the built-in development secret, which anyone can read in this
 * repository (and which production refuses), so it gives away nothing. Renewed every hour.
 */
export function developmentAuthorization(identity: IdentityConfig, role: Role): (() => Promise<string>) | undefined {
  if (!identity.usingDevSecret) return undefined;
  let current: { header: Promise<string>; signedAt: number } | undefined;
  return () => {
    if (!current || Date.now() - current.signedAt > DEVELOPMENT_TOKEN_RENEWAL_MS) {
      const header = signToken({ sub: `explorer-${role.toLowerCase()}`, role }, identity, { expiresIn: DEVELOPMENT_TOKEN_LIFETIME }).then((token) => `Bearer ${token}`);
      current = { header, signedAt: Date.now() };
    }
    return current.header;
  };
}

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

export interface ExplorerPage {
  html(): Promise<string>;
  etag(): Promise<string>;
}

/**
 * GraphiQL from npm (@graphql-yoga/render-graphiql): one self-contained page, about 9 MB,
 * rendered on first use and kept (again when the development token is renewed). Apollo's own
 * landing page loads Apollo Sandbox from a CDN and shows only an error offline.
 *
 * The first tab says how to use it; each saved operation opens in a tab of its own, with its
 * example variables. GraphiQL keeps a visitor's tabs in the browser's storage: these are the
 * tabs of a first visit.
 */
export function explorerPage(options: ExplorerOptions): ExplorerPage {
  let rendered: { authorization: string | undefined; html: string; etag: string } | undefined;
  const render = async () => {
    const authorization = options.authorization ? await options.authorization() : undefined;
    if (rendered && rendered.authorization === authorization) return rendered;
    const headers = authorization ? JSON.stringify({ Authorization: authorization }, null, 2) : HEADERS_EXAMPLE;
    const html = renderGraphiQL({
      title: options.title,
      endpoint: options.endpoint,
      defaultQuery: options.defaultQuery,
      defaultTabs: [
        { query: options.defaultQuery, headers },
        ...(options.savedOperations ?? []).map((operation) => ({
          query: operation.query,
          variables: operation.variables ? JSON.stringify(operation.variables, null, 2) : null,
          headers,
        })),
      ],
      headers,
      shouldPersistHeaders: false,
      isHeadersEditorEnabled: true,
      defaultEditorToolsVisibility: "headers",
      // POST with a JSON body passes Apollo's CSRF prevention; a GET would be refused.
      method: "POST",
      useGETForQueries: false,
    });
    const page = options.storageNamespace ? html.replace("<script>", `<script>${namespacedStorage(options.storageNamespace)}`) : html;
    rendered = { authorization, html: page, etag: `"${createHash("sha256").update(page).digest("base64url").slice(0, 27)}"` };
    return rendered;
  };
  return {
    html: async () => (await render()).html,
    etag: async () => (await render()).etag,
  };
}

/** Runs before GraphiQL: its localStorage keys (`graphiql:…`) get `namespace` in front. */
function namespacedStorage(namespace: string): string {
  return `(function () {
  var prefix = ${JSON.stringify(`${namespace}:`)};
  ["getItem", "setItem", "removeItem"].forEach(function (name) {
    var original = Storage.prototype[name];
    Storage.prototype[name] = function (key) {
      var args = Array.prototype.slice.call(arguments);
      if (typeof key === "string" && key.indexOf("graphiql") === 0) args[0] = prefix + key;
      return original.apply(this, args);
    };
  });
})();
`;
}

/** True for a browser navigating to the page (GET, HTML preferred over JSON). */
export function wantsHtml(req: express.Request): boolean {
  return req.method === "GET" && req.accepts(["application/json", "text/html"]) === "text/html";
}

/** Serves the explorer to browsers and passes every other request on. */
export function serveExplorer(page: ExplorerPage): express.RequestHandler {
  return async (req, res, next) => {
    if (!wantsHtml(req)) return next();
    const [html, etag] = await Promise.all([page.html(), page.etag()]);
    res.setHeader("Content-Security-Policy", EXPLORER_CONTENT_SECURITY_POLICY);
    res.setHeader("Cache-Control", "no-cache");
    // Set before send() so Express does not hash 9 MB on every request; it still answers 304.
    res.setHeader("ETag", etag);
    res.type("html").send(html);
  };
}

/** The first tab: how to ask, with which token. `development`: the tabs carry a development token already. */
export function sampleQuery(audience: "main" | "public", development = false): string {
  const role = audience === "public" ? "PARTNER" : "ADMIN";
  const headers = development
    ? `# Headers (below): every tab starts with a development ${role} token, signed
# with the built-in development secret (never in production). To ask as
# another role, replace it with one from
#   npm run -s token -- --role ANALYST`
    : `# Headers (below): set Authorization to "Bearer <token>" with your token${audience === "public" ? "" : ",\n# or in development one that npm start printed, or one from"}
${audience === "public" ? "# (in development: npm run -s token -- --role PARTNER)" : `#   npm run -s token -- --role ${role}`}
# Left empty, you ask as an anonymous caller (the docs work; data needs a token).`;
  return `# coopgraph ${audience === "public" ? "public contract (read-only)" : "explorer"}
#
${headers}
# A token that does not verify is refused: UNAUTHENTICATED.
#
# The other tabs are saved example operations: run one with the play button.
# The Docs pane (book icon) describes every type and field.

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
