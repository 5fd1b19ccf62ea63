import { readRegistry } from "@coopgraph/kit";
import { builtSubgraph, startPlatform, type Platform } from "@coopgraph/testing";
import { execFile } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import puppeteer, { type Browser, type Page } from "puppeteer-core";

/**
 * The explorer in a real browser (Debian's headless Chromium), on the real platform with its demo
 * data: it renders, lists the saved operations of @coopgraph/client as tabs, runs one with the
 * development token it starts with and shows the answer, and nothing the page asks for leaves the
 * machine. Chromium's own background services (updates, accounts) are not the page's: they carry
 * no page origin and are told apart by it.
 */
const CHROMIUM = ["/usr/bin/chromium", "/usr/bin/chromium-browser"].find((file) => fs.existsSync(file));
const root = path.join(__dirname, "..");
const saved = JSON.parse(fs.readFileSync(path.join(root, "packages", "client", "saved-operations.json"), "utf8")) as Array<{ name: string; public: boolean }>;
const CHROMIUM_FLAGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-sync",
  "--disable-background-networking",
  "--disable-component-update",
];

(CHROMIUM ? describe : describe.skip)("the explorer in headless Chromium", () => {
  let platform: Platform;
  const work = fs.mkdtempSync(path.join(os.tmpdir(), "coopgraph-browser-"));

  beforeAll(async () => {
    // Every subgraph there is, each with its demo data: the saved operations are written against it.
    const names = readRegistry().map((subgraph) => subgraph.name);
    platform = await startPlatform(names);
    for (const name of names) await builtSubgraph(name).seed?.(platform.db[name]);
  }, 180_000);
  afterAll(async () => {
    await platform?.stop();
    fs.rmSync(work, { recursive: true, force: true });
  });

  /** Chromium's network log of one page load: every request the page itself made. */
  async function load(page: string): Promise<{ dom: string; pageRequests: string[] }> {
    const netLog = path.join(work, `${page.replace(/\W/g, "_")}.net.json`);
    const dom = await new Promise<string>((resolve, reject) =>
      execFile(
        CHROMIUM!,
        [...CHROMIUM_FLAGS, `--user-data-dir=${path.join(work, "profile")}`, `--log-net-log=${netLog}`, "--virtual-time-budget=10000", "--dump-dom", `${platform.url}${page}`],
        { maxBuffer: 64 * 1024 * 1024, timeout: 60_000 },
        (error, stdout) => (error ? reject(error) : resolve(stdout)),
      ),
    );
    const log = JSON.parse(fs.readFileSync(netLog, "utf8"));
    const startJob = log.constants.logEventTypes.URL_REQUEST_START_JOB;
    const origin = new URL(platform.url).origin;
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
      const origin = new URL(platform.url).origin;
      expect(pageRequests.filter((url) => new URL(url).origin !== origin)).toEqual([]);
      expect(pageRequests).toContain(`${origin}${page === "/" ? "/graphql" : "/public/graphql"}`);
    },
    90_000,
  );

  describe("driven like a person", () => {
    let browser: Browser;
    /** Every URL any page of this browser asked for, workers' included. */
    const requested: string[] = [];

    beforeAll(async () => {
      browser = await puppeteer.launch({
        executablePath: CHROMIUM,
        pipe: true,
        headless: true,
        args: CHROMIUM_FLAGS.filter((flag) => flag !== "--headless"),
        userDataDir: path.join(work, "puppeteer-profile"),
      });
    }, 60_000);
    afterAll(async () => {
      await browser?.close();
    });

    async function open(pathname: string): Promise<Page> {
      const page = await browser.newPage();
      page.on("request", (request) => requested.push(request.url()));
      await page.goto(`${platform.url}${pathname}`, { waitUntil: "networkidle0", timeout: 60_000 });
      await page.waitForSelector(".graphiql-tab", { timeout: 30_000 });
      return page;
    }

    const tabTitles = (page: Page) => page.$$eval(".graphiql-tab button[title]", (buttons) => buttons.map((button) => button.getAttribute("title")));

    it("lists the saved operations as tabs, after the one that says how to ask", async () => {
      const page = await open("/");

      expect(await tabTitles(page)).toEqual(["Cooperatives", ...saved.map((operation) => operation.name)]);
      await page.close();
    }, 90_000);

    it("lists at /public the saved operations the partner contract can run", async () => {
      const page = await open("/public");

      expect(await tabTitles(page)).toEqual(["Cooperatives", ...saved.filter((operation) => operation.public).map((operation) => operation.name)]);
      await page.close();
    }, 90_000);

    it("runs a saved operation with its example variables and the development token, and shows the answer", async () => {
      const page = await open("/");
      // A DOM click: the tabs can be dragged to reorder them, and a synthetic mouse press starts a drag.
      // Clicked until GraphiQL shows the tab active: a click before it has restored its tabs is lost.
      await page.waitForFunction(
        () => {
          const tab = document.querySelector('.graphiql-tab button[title="CooperativePage"]');
          if (tab?.closest(".graphiql-tab-active")) return true;
          (tab as HTMLElement | null)?.click();
          return false;
        },
        { timeout: 30_000, polling: 500 },
      );
      const answered = page.waitForResponse(
        (response) => response.url().endsWith("/graphql") && (response.request().postData() ?? "").includes('"operationName":"CooperativePage"'),
        { timeout: 30_000 },
      );
      await page.click(".graphiql-execute-button");
      const response = await answered;

      expect(response.request().headers().authorization).toMatch(/^Bearer ey/);
      const body = (await response.json()) as { data?: { cooperative?: Record<string, any> }; errors?: unknown[] };
      expect(body.errors).toBeUndefined();
      expect(body.data?.cooperative).toMatchObject({
        name: "La Rondine Società Cooperativa Sociale",
        type: "B",
        status: "ACTIVE",
        hasValidDurc: true,
        assignments: { totalCount: expect.any(Number) },
      });
      expect(body.data!.cooperative!.people.totalCount).toBeGreaterThan(0);
      expect(body.data!.cooperative!.assignments.totalCount).toBeGreaterThan(0);
      // The answer pane is a Monaco editor: it lays text out with non-breaking spaces.
      await page.waitForFunction(() => document.querySelector(".result-window")?.textContent?.replace(/\s/g, " ").includes('"name": "La Rondine'), {
        timeout: 30_000,
        polling: 250,
      });
      await page.close();
    }, 90_000);

    it("asked nothing of anyone but this gateway (blob: and data: URLs are the page's own)", () => {
      const origin = new URL(platform.url).origin;

      expect(requested.length).toBeGreaterThan(0);
      expect(requested.filter((url) => !url.startsWith("data:") && !url.startsWith(`blob:${origin}/`) && new URL(url).origin !== origin)).toEqual([]);
    });
  });
});
