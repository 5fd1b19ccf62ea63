import { createVerifier, identityConfigFromEnv } from "@coopgraph/identity";
import { defaultSavedOperations, EXPLORER_CONTENT_SECURITY_POLICY, HEADERS_EXAMPLE, type SavedOperation } from "../src/explorer";
import type { RunningGateway } from "../src/gateway";
import http from "node:http";
import { gatewayOver } from "./support/gateway";
import { startSubgraphs, type TestSubgraphs } from "./support/subgraphs";

const BROWSER_ACCEPT = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";

let subgraphs: TestSubgraphs;
let gateway: RunningGateway;

beforeAll(async () => {
  subgraphs = await startSubgraphs();
  gateway = await gatewayOver(subgraphs, { publicSupergraphSdl: subgraphs.supergraphSdl });
});

afterAll(async () => {
  await gateway?.stop();
  await subgraphs?.stop();
});

async function page(path: string): Promise<{ status: number; headers: Headers; html: string }> {
  const response = await fetch(`${gateway.url}${path}`, { headers: { accept: BROWSER_ACCEPT } });
  return { status: response.status, headers: response.headers, html: await response.text() };
}

const LOCAL_HOSTS = new Set(["localhost", "127.0.0.1", "[::1]"]);

/**
 * Everything in the page that makes a browser load something: attributes of tags outside the
 * inline script (src, href, srcset, poster, data), url() and @import in styles, and, inside the
 * script, anything that loads code or styles by URL. Documentation links inside the bundled code
 * (strings the browser never fetches) are not loads.
 */
function externalLoads(html: string): string[] {
  const found: string[] = [];
  const external = (url: string) => {
    const match = /^(?:https?:)?\/\/([^/:?#]+|\[[^\]]+\])/i.exec(url.trim());
    if (match && !LOCAL_HOSTS.has(match[1].toLowerCase())) found.push(url);
  };
  const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)];
  const styles = [...html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/gi)];
  let markup = html;
  for (const [whole] of [...scripts, ...styles]) markup = markup.replace(whole, "");

  for (const [, attributes] of scripts) {
    const src = /\bsrc\s*=\s*["']?([^"'\s>]+)/i.exec(attributes);
    if (src) found.push(`<script src=${src[1]}>`); // Nothing is loaded by reference, local or not.
  }
  for (const [, url] of markup.matchAll(/<[a-z]+\b[^>]*?\b(?:src|href|srcset|poster|data|action)\s*=\s*["']?([^"'\s>]+)/gi)) external(url);
  const inlineStyles = [...markup.matchAll(/\bstyle\s*=\s*"([^"]*)"/gi)].map(([, body]) => body);
  const css = [...styles.map(([, body]) => body), ...inlineStyles].join("\n");
  for (const [, url] of css.matchAll(/url\(\s*["']?([^"')]+)/gi)) external(url);
  for (const [, url] of css.matchAll(/@import\s+(?:url\()?\s*["']?([^"');\s]+)/gi)) external(url);
  for (const [, , code] of scripts) {
    const loaders = [
      /importScripts\(\s*["'`]([^"'`]+)/g,
      /\bimport\(\s*["'`]([^"'`]+)/g,
      /\bfrom\s*["'`](https?:\/\/[^"'`]+)/g,
      /<(?:script|link|img|iframe)\b[^>]*?\b(?:src|href)\s*=\s*\\?["'](https?:\/\/[^"'\\]+)/gi,
      /url\(\s*\\?["']?(https?:\/\/[^"')\\]+)/gi,
      /@import\s+(?:url\()?\s*\\?["']?(https?:\/\/[^"')\\;\s]+)/gi,
      /\.(?:src|href)\s*=\s*["'`](https?:\/\/[^"'`]+)/g,
      /new\s+(?:Worker|SharedWorker|EventSource|WebSocket)\(\s*["'`]([^"'`]+)/g,
      /fetch\(\s*["'`](https?:\/\/[^"'`]+)/g,
    ];
    for (const pattern of loaders) for (const [, url] of code.matchAll(pattern)) external(url);
  }
  return found;
}

describe("the explorer", () => {
  it("is GraphiQL, served at / to a browser, talking to /graphql", async () => {
    const { status, headers, html } = await page("/");

    expect(status).toBe(200);
    expect(headers.get("content-type")).toBe("text/html; charset=utf-8");
    expect(html).toContain("<title>coopgraph</title>");
    expect(html).toContain('"endpoint":"/graphql"');
  });

  it("loads nothing from the internet: no external URL in its tags, styles or loaders", async () => {
    const { html } = await page("/");

    expect(html.length).toBeGreaterThan(1_000_000); // The whole of GraphiQL is inline.
    expect(externalLoads(html)).toEqual([]);
    const markup = html.replace(/(<script\b[^>]*>)[\s\S]*?<\/script>/gi, "$1</script>");
    expect([...markup.matchAll(/<script\b[^>]*>/gi)].map(([tag]) => tag)).toEqual(["<script>"]);
    expect([...markup.matchAll(/<link\b[^>]*>/gi)].map(([tag]) => tag.slice(0, 40))).toEqual(['<link rel="icon" href="data:image/x-icon']);
  });

  it("the static check would catch a CDN script, stylesheet or font", () => {
    expect(externalLoads('<script src="https://unpkg.com/graphiql"></script>')).toEqual(["<script src=https://unpkg.com/graphiql>"]);
    expect(externalLoads('<link rel="stylesheet" href="https://cdn.example/x.css">')).toEqual(["https://cdn.example/x.css"]);
    expect(externalLoads("<style>@font-face { src: url(https://fonts.gstatic.com/a.woff2) }</style>")).toEqual(["https://fonts.gstatic.com/a.woff2"]);
    expect(externalLoads('<script>importScripts("https://cdn.example/w.js")</script>')).toEqual(["https://cdn.example/w.js"]);
    expect(externalLoads('<img src="http://127.0.0.1:4000/logo.png">')).toEqual([]);
  });

  it("tells the browser to load nothing from elsewhere (Content-Security-Policy)", async () => {
    const { headers } = await page("/");

    expect(headers.get("content-security-policy")).toBe(EXPLORER_CONTENT_SECURITY_POLICY);
    expect(EXPLORER_CONTENT_SECURITY_POLICY).toMatch(/default-src 'none'/);
    expect(EXPLORER_CONTENT_SECURITY_POLICY).toMatch(/connect-src 'self'/);
    expect(EXPLORER_CONTENT_SECURITY_POLICY).not.toMatch(/https?:/);
  });

  it("starts with a headers example to paste a token into, and a sample query", async () => {
    const { html } = await page("/");

    expect(HEADERS_EXAMPLE).toBe('{\n  "Authorization": ""\n}');
    expect(html).toContain(JSON.stringify(HEADERS_EXAMPLE));
    expect(html).toContain("npm run -s token -- --role ADMIN");
    expect(html).toContain("query Cooperatives");
  });

  it("sends its queries by POST, which CSRF prevention lets through", async () => {
    const { html } = await page("/");

    expect(html).toContain('"method":"POST"');
    expect(html).toContain('"useGETForQueries":false');
  });

  it("is served at /graphql too when a browser opens it", async () => {
    const { status, html } = await page("/graphql");

    expect(status).toBe(200);
    expect(html).toContain('"endpoint":"/graphql"');
  });

  it("answers 304 to a browser that has the page already", async () => {
    const first = await page("/");
    // Node's http, not fetch: fetch adds "Cache-Control: no-cache" to a conditional request.
    const status = await new Promise<number | undefined>((resolve, reject) => {
      http
        .get(`${gateway.url}/`, { headers: { accept: BROWSER_ACCEPT, "if-none-match": first.headers.get("etag")! } }, (response) => {
          response.resume();
          resolve(response.statusCode);
        })
        .on("error", reject);
    });

    expect(status).toBe(304);
  });

  it("is replaced by a map of the gateway for clients that want JSON", async () => {
    const response = await fetch(`${gateway.url}/`, { headers: { accept: "application/json" } });

    expect(await response.json()).toEqual({
      graphql: "/graphql",
      explorer: "/ (open it in a browser)",
      publicGraphql: "/public/graphql",
      publicExplorer: "/public",
      health: "/health",
      ready: "/ready",
      metrics: "/metrics",
    });
  });
});

/** GraphiQL's options, as the page hands them to it. */
function graphiqlOptions(html: string): { defaultTabs: Array<{ query: string; variables: string | null; headers: string }>; headers: string } {
  const json = /YogaGraphiQL\.renderYogaGraphiQL\(\s*window\.document\.querySelector\('#root'\),\s*(\{[\s\S]*?\}),\s*\);\s*<\/script>/.exec(html)?.[1];
  return JSON.parse(json!);
}

describe("the saved operations", () => {
  const SAVED: SavedOperation[] = [
    {
      name: "Everything",
      domain: "across",
      file: "operations/across/Everything.graphql",
      kind: "query",
      description: "",
      hash: "a",
      public: false,
      query: "# All of it\nquery Everything { items { id name stock } }\n",
    },
    {
      name: "Names",
      domain: "items",
      file: "operations/items/Names.graphql",
      kind: "query",
      description: "",
      hash: "b",
      public: true,
      query: "query Names($id: ID!) { item(id: $id) { name } }\n",
      variables: { id: "1" },
    },
  ];

  it("are @coopgraph/client's, by default", () => {
    expect(defaultSavedOperations().map((operation) => operation.name)).toEqual(expect.arrayContaining(["CooperativePage", "ConsortiumCompliance", "TendersByStatus"]));
  });

  it("open in a tab each after the first, with their text and example variables; the public explorer has those partners can run", async () => {
    const started = await gatewayOver(subgraphs, { publicSupergraphSdl: subgraphs.supergraphSdl, savedOperations: SAVED });
    try {
      const get = async (path: string) => graphiqlOptions(await (await fetch(`${started.url}${path}`, { headers: { accept: BROWSER_ACCEPT } })).text());

      const main = await get("/");
      expect(main.defaultTabs.map((tab) => [tab.query.split("\n")[0], tab.variables])).toEqual([
        ["# coopgraph explorer", undefined],
        ["# All of it", null],
        ["query Names($id: ID!) { item(id: $id) { name } }", '{\n  "id": "1"\n}'],
      ]);
      expect(main.defaultTabs.every((tab) => tab.headers === HEADERS_EXAMPLE)).toBe(true);
      const contract = await get("/public");
      expect(contract.defaultTabs.map((tab) => tab.query.split("\n")[0])).toEqual(["# coopgraph public contract (read-only)", "query Names($id: ID!) { item(id: $id) { name } }"]);
    } finally {
      await started.stop();
    }
  });

  it("start with a development token only where the gateway verifies with the development secret, never in production", async () => {
    const development = identityConfigFromEnv({});
    for (const [production, expected] of [
      [false, true],
      [true, false],
    ] as const) {
      const started = await gatewayOver(subgraphs, { publicSupergraphSdl: subgraphs.supergraphSdl, identity: development, production, savedOperations: SAVED });
      try {
        for (const [path, role] of [
          ["/", "ADMIN"],
          ["/public", "PARTNER"],
        ]) {
          const options = graphiqlOptions(await (await fetch(`${started.url}${path}`, { headers: { accept: BROWSER_ACCEPT } })).text());
          const authorization = JSON.parse(options.headers).Authorization as string;
          if (!expected) {
            expect(options.headers).toBe(HEADERS_EXAMPLE);
            continue;
          }
          expect(await createVerifier(development)(authorization.replace(/^Bearer /, ""))).toEqual({ sub: `explorer-${role.toLowerCase()}`, role });
          expect(options.defaultTabs.every((tab) => tab.headers === options.headers)).toBe(true);
        }
      } finally {
        await started.stop();
      }
    }
  });
});

describe("the public contract's explorer", () => {
  it("is served at /public, talking to /public/graphql, and loads nothing from the internet", async () => {
    const { status, html } = await page("/public");

    expect(status).toBe(200);
    expect(html).toContain("<title>coopgraph public contract</title>");
    expect(html).toContain('"endpoint":"/public/graphql"');
    expect(html).toContain("npm run -s token -- --role PARTNER");
    expect(externalLoads(html)).toEqual([]);
  });

  it("keeps its tabs apart from the main explorer's in the browser's storage", async () => {
    const { html } = await page("/public");

    expect(html).toContain('var prefix = "coopgraph-public:"');
    expect((await page("/")).html).not.toContain("var prefix =");
  });
});
