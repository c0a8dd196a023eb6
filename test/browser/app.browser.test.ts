// Browser smoke test of the web client against the real app (API + web on one port, real Neo4j with demo data).
// scripts/test.ts starts the app and sets ARIADNE_TEST_URL; to run it by hand:
//   ARIADNE_TEST_URL=http://127.0.0.1:4000 npx vitest run --project browser
// Drives Debian's chromium (/usr/bin/chromium) through playwright-core; WebGL via SwiftShader.
// Screenshots for people to look at land in test-results/.
import fs from "node:fs";
import path from "node:path";
import { chromium } from "playwright-core";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { labels } from "../../graph/schema";
import type { AriadneHook } from "../../web/src/testing/hook";

const APP_URL = process.env.ARIADNE_TEST_URL;
const RESULTS = path.resolve(import.meta.dirname, "..", "..", "test-results");
const CHROMIUM = "/usr/bin/chromium";
const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--use-gl=angle",
  "--use-angle=swiftshader",
  "--enable-unsafe-swiftshader",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
  "--disable-quic",
];

declare global {
  interface Window {
    __ariadne?: AriadneHook;
  }
}

/** Distinct colours and how many pixels differ from the most common one (the background), decoded in the page. */
async function pixelStats(page: Page, png: Buffer, targets: string[]): Promise<{ distinct: number; foreground: number; total: number; found: string[] }> {
  return page.evaluate(
    async ({ dataUrl, targets }) => {
      const img = new Image();
      img.src = dataUrl;
      await img.decode();
      const canvas = document.createElement("canvas");
      canvas.width = img.width;
      canvas.height = img.height;
      const ctx = canvas.getContext("2d")!;
      ctx.drawImage(img, 0, 0);
      const { data } = ctx.getImageData(0, 0, img.width, img.height);
      const counts = new Map<number, number>();
      for (let i = 0; i < data.length; i += 4) {
        const key = (data[i]! << 16) | (data[i + 1]! << 8) | data[i + 2]!;
        counts.set(key, (counts.get(key) ?? 0) + 1);
      }
      const total = data.length / 4;
      const background = Math.max(...counts.values());
      const rgb = targets.map((hex) => [1, 3, 5].map((o) => parseInt(hex.slice(o, o + 2), 16)));
      const found = targets.filter((_, t) => {
        const [r, g, b] = rgb[t]!;
        let hits = 0;
        for (const [key, n] of counts) {
          if (Math.abs(((key >> 16) & 255) - r!) <= 6 && Math.abs(((key >> 8) & 255) - g!) <= 6 && Math.abs((key & 255) - b!) <= 6) hits += n;
        }
        return hits >= 4;
      });
      return { distinct: counts.size, foreground: total - background, total, found };
    },
    { dataUrl: `data:image/png;base64,${png.toString("base64")}`, targets },
  );
}

describe("web client", () => {
  let browser: Browser;
  let page: Page;
  const consoleErrors: string[] = [];

  beforeAll(async () => {
    if (!APP_URL) throw new Error("ARIADNE_TEST_URL is not set: run `npm test` (it starts the app), or start the app and set it.");
    if (!fs.existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing: apt-get install -y chromium`);
    fs.mkdirSync(RESULTS, { recursive: true });
    browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: "en-US" });
    page = await context.newPage();
    page.on("console", (m) => {
      if (m.type() === "error") consoleErrors.push(m.text());
    });
    page.on("pageerror", (e) => consoleErrors.push(e.message));
  });

  afterAll(async () => {
    await browser?.close();
  });

  it("loads and shows the health of a Neo4j 5.26 with data", async () => {
    await page.goto(APP_URL!, { waitUntil: "load" });
    await expect.poll(() => page.locator("h1").textContent()).toBe("Ariadne");
    const version = page.getByTestId("health-version");
    await version.waitFor({ timeout: 30_000 });
    expect(await version.textContent()).toMatch(/Neo4j 5\.26\.\d+/);
    expect(await page.getByTestId("health").getAttribute("data-status")).toBe("connected");
    expect(await page.getByTestId("health-counts").textContent()).toMatch(/[1-9][\d,]* nodes/);
  });

  it("draws the graph sample in the sigma canvas with the schema's colours", async () => {
    await page.waitForFunction(() => window.__ariadne?.graph === "ready" && window.__ariadne.layout !== "running" && window.__ariadne.renders > 0, null, {
      timeout: 60_000,
    });
    // Let sigma finish the frame it scheduled (labels are drawn on the next animation frame).
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    await page.screenshot({ path: path.join(RESULTS, "app.png") });
    const canvasPng = await page.getByTestId("graph-canvas").screenshot({ path: path.join(RESULTS, "app-canvas.png") });

    const nodes = await page.evaluate(() => window.__ariadne!.sigma!.nodes());
    expect(nodes.length).toBeGreaterThan(0);
    const kinds = [...new Set(nodes.map((n) => n.kind))].filter((k): k is keyof typeof labels => k in labels);
    const stats = await pixelStats(page, canvasPng, kinds.map((k) => labels[k].colour));
    expect(stats.distinct).toBeGreaterThan(10);
    expect(stats.foreground / stats.total).toBeGreaterThan(0.002);
    // Most kinds in view show up in their schema colour (a few may hide under others).
    expect(stats.found.length).toBeGreaterThanOrEqual(Math.ceil(kinds.length / 2));
    // The legend names the kinds in view.
    expect(await page.getByTestId("legend").locator("li").count()).toBe(new Set(nodes.map((n) => n.kind)).size);
  });

  it("opens the side panel on a node click and closes it with Esc", async () => {
    // The biggest node whose disc no other node overlaps (so the click cannot land on a neighbour);
    // failing that, the node farthest from all others.
    const target = await page.evaluate(() => {
      const hook = window.__ariadne!.sigma!;
      const drawn = hook
        .nodes()
        .map((n) => ({ id: n.id, p: hook.nodePosition(n.id) }))
        .filter((n): n is { id: string; p: { x: number; y: number; radius: number } } => n.p !== null)
        .filter((n) => n.p.x > 0 && n.p.y > 0 && n.p.x < innerWidth && n.p.y < innerHeight);
      const clear = drawn.map((a) => {
        let gap = Infinity;
        for (const b of drawn) if (a !== b) gap = Math.min(gap, Math.hypot(a.p.x - b.p.x, a.p.y - b.p.y) - b.p.radius - a.p.radius);
        return { id: a.id, x: a.p.x, y: a.p.y, radius: a.p.radius, gap };
      });
      const safe = clear.filter((n) => n.gap > 3).sort((a, b) => b.radius - a.radius);
      return safe[0] ?? clear.sort((a, b) => b.gap - a.gap)[0] ?? null;
    });
    expect(target).not.toBeNull();
    await page.mouse.move(target!.x, target!.y);
    await page.mouse.click(target!.x, target!.y);
    const panel = page.getByTestId("node-panel");
    await panel.waitFor({ timeout: 10_000 });
    expect(await page.getByTestId("panel-id").textContent()).toBe(target!.id);
    expect((await page.getByTestId("panel-kind").textContent())?.trim()).not.toBe("");
    expect((await page.getByTestId("panel-caption").textContent())?.trim()).not.toBe("");
    await page.screenshot({ path: path.join(RESULTS, "app-panel.png") });

    await page.keyboard.press("Escape");
    await panel.waitFor({ state: "detached", timeout: 5_000 });
  });

  it("switches the interface to Japanese", async () => {
    const header = page.getByTestId("app-header");
    const before = await header.textContent();
    await page.getByTestId("language-ja").click();
    await expect.poll(() => page.getByTestId("app-tagline").textContent()).toBe("捜査グラフ");
    const after = await header.textContent();
    expect(after).not.toBe(before);
    expect(after).toMatch(/[\u3040-\u30ff\u4e00-\u9fff]/);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe("ja");
    await page.screenshot({ path: path.join(RESULTS, "app-ja.png") });
    // Back to English for whoever uses this profile next.
    await page.getByTestId("language-en").click();
    await expect.poll(() => page.getByTestId("app-tagline").textContent()).toBe("Investigation graph");
  });

  it("shows an error state with a retry button when the API cannot be reached", async () => {
    const other = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    try {
      await other.route("**/graphql", (route) => route.abort("connectionrefused"));
      await other.goto(APP_URL!, { waitUntil: "load" });
      const error = other.getByTestId("graph-error");
      await error.waitFor({ timeout: 30_000 });
      expect(await error.getAttribute("data-reason")).toBe("unreachable");
      expect(await error.getByRole("button").count()).toBe(1);
      await expect.poll(() => other.getByTestId("health").getAttribute("data-status")).toBe("unreachable");
      await other.screenshot({ path: path.join(RESULTS, "app-error.png") });
    } finally {
      await other.close();
    }
  });

  it("shows the empty state when the sample has no nodes", async () => {
    const other = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    try {
      // Only the sample is replaced (by an empty one); health still comes from the real API.
      await other.route("**/graphql", async (route) => {
        const body = route.request().postDataJSON() as { operationName?: string } | null;
        if (body?.operationName !== "GraphSample") return route.continue();
        return route.fulfill({ json: { data: { graphSample: { __typename: "Subgraph", truncated: false, nodes: [], edges: [] } } } });
      });
      await other.goto(APP_URL!, { waitUntil: "load" });
      const empty = other.getByTestId("graph-empty");
      await empty.waitFor({ timeout: 30_000 });
      expect(await empty.textContent()).toContain("No data yet");
    } finally {
      await other.close();
    }
  });

  it("logged no errors in the browser console", () => {
    expect(consoleErrors).toEqual([]);
  });
});
