import { createGateway, silentLogger, type RunningGateway } from "@coopgraph/gateway";
import { identityConfigFromEnv } from "@coopgraph/identity";
import { execFile } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

/**
 * The explorer in a real browser (Debian's headless Chromium): it renders, talks to this gateway
 * only, and nothing the page asks for leaves the machine. Chromium's own background services
 * (updates, accounts) are not the page's: they carry no page origin and are told apart by it.
 */
const CHROMIUM = ["/usr/bin/chromium", "/usr/bin/chromium-browser"].find((file) => fs.existsSync(file));
const root = path.join(__dirname, "..");

(CHROMIUM ? describe : describe.skip)("the explorer in headless Chromium", () => {
  let gateway: RunningGateway;
  const work = fs.mkdtempSync(path.join(os.tmpdir(), "coopgraph-browser-"));

  beforeAll(async () => {
    gateway = await createGateway({
      supergraphSdl: fs.readFileSync(path.join(root, "schema", "supergraph.graphql"), "utf8"),
      publicSupergraphSdl: fs.readFileSync(path.join(root, "schema", "public-supergraph.graphql"), "utf8"),
      identity: identityConfigFromEnv({}),
      port: 0,
      host: "127.0.0.1",
      logger: silentLogger,
    });
  });
  afterAll(async () => {
    await gateway?.stop();
    fs.rmSync(work, { recursive: true, force: true });
  });

  async function load(page: string): Promise<{ dom: string; pageRequests: string[] }> {
    const netLog = path.join(work, `${page.replace(/\W/g, "_")}.net.json`);
    const dom = await new Promise<string>((resolve, reject) =>
      execFile(
        CHROMIUM!,
        [
          "--headless",
          "--no-sandbox",
          "--disable-gpu",
          "--disable-quic",
          "--no-first-run",
          "--disable-sync",
          "--disable-background-networking",
          "--disable-component-update",
          `--user-data-dir=${path.join(work, "profile")}`,
          `--log-net-log=${netLog}`,
          "--virtual-time-budget=10000",
          "--dump-dom",
          `${gateway.url}${page}`,
        ],
        { maxBuffer: 64 * 1024 * 1024, timeout: 60_000 },
        (error, stdout) => (error ? reject(error) : resolve(stdout)),
      ),
    );
    const log = JSON.parse(fs.readFileSync(netLog, "utf8"));
    const startJob = log.constants.logEventTypes.URL_REQUEST_START_JOB;
    const origin = new URL(gateway.url).origin;
    const pageRequests = (log.events as { type: number; params?: { url?: string; initiator?: string } }[])
      .filter((event) => event.type === startJob && event.params?.url && event.params.initiator === origin)
      .map((event) => event.params!.url!);
    return { dom, pageRequests };
  }

  it.each(["/", "/public"])(
    "renders GraphiQL at %s and asks nothing of anyone but this gateway",
    async (page) => {
      const { dom, pageRequests } = await load(page);
      expect(dom).toContain("graphiql-container");
      expect(pageRequests.length).toBeGreaterThan(0); // the schema introspection, at least
      const origin = new URL(gateway.url).origin;
      expect(pageRequests.filter((url) => new URL(url).origin !== origin)).toEqual([]);
      expect(pageRequests).toContain(`${origin}${page === "/" ? "/graphql" : "/public/graphql"}`);
    },
    90_000,
  );
});
