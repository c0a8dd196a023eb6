// Shared set-up of the browser tests: Debian's chromium through playwright-core (WebGL via SwiftShader), the app
// URL and test login from scripts/test.ts, logging in through the form or by handing a page a session, and
// pixel checks of screenshots. Screenshots for people to look at land in test-results/.
import fs from "node:fs";
import path from "node:path";
import { chromium } from "playwright-core";
import type { Browser, BrowserContext, Page } from "playwright-core";
import type { AriadneHook } from "../../web/src/testing/hook";

export const APP_URL = process.env.ARIADNE_TEST_URL;
export const TEST_USER = process.env.ARIADNE_TEST_USER ?? "admin";
export const TEST_PASSWORD = process.env.ARIADNE_TEST_PASSWORD;
export const RESULTS = path.resolve(import.meta.dirname, "..", "..", "test-results");
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

/** expect.poll's wait for the tests (its default, one second, is short for a loaded two-core machine). */
export const POLL = { timeout: 15_000 } as const;

export function requireEnvironment(): { url: string; password: string } {
  if (!APP_URL) throw new Error("ARIADNE_TEST_URL is not set: run `npm test` (it starts the app), or start the app and set it.");
  if (!TEST_PASSWORD) throw new Error("ARIADNE_TEST_PASSWORD is not set: run `npm test`, or set it to the password of ARIADNE_TEST_USER (default admin).");
  if (!fs.existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing: apt-get install -y chromium`);
  fs.mkdirSync(RESULTS, { recursive: true });
  return { url: APP_URL, password: TEST_PASSWORD };
}

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
}

export async function newContext(browser: Browser, locale = "en-US"): Promise<BrowserContext> {
  return browser.newContext({ viewport: { width: 1280, height: 800 }, locale });
}

/** Collects console errors and uncaught exceptions of a page. */
export function watchConsole(page: Page, into: string[], ignore: RegExp[] = []): void {
  page.on("console", (m) => {
    if (m.type() === "error" && !ignore.some((r) => r.test(m.text()))) into.push(m.text());
  });
  page.on("pageerror", (e) => into.push(e.message));
}

/** Logs in through the form, as a person would: type, Tab, type, Enter. */
export async function logInWithForm(page: Page, username = TEST_USER, password = TEST_PASSWORD!): Promise<void> {
  await page.getByTestId("login-username").waitFor({ timeout: 30_000 });
  await page.getByTestId("login-username").fill(username);
  await page.getByTestId("login-password").fill(password);
  await page.getByTestId("login-password").press("Enter");
  await page.getByTestId("user-menu").waitFor({ timeout: 30_000 });
}

export interface StoredSession {
  token: string;
  expiresAt: string;
  user: { username: string; role: string };
}

/** Logs in over HTTP (no page), for tests that need a session but are about something else. */
export async function apiLogin(username = TEST_USER, password = TEST_PASSWORD!): Promise<StoredSession> {
  const response = await fetch(`${APP_URL}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({
      query: "mutation Login($u: String!, $p: String!) { login(username: $u, password: $p) { token expiresAt user { username role } } }",
      variables: { u: username, p: password },
    }),
  });
  const body = (await response.json()) as { data?: { login: StoredSession }; errors?: unknown };
  if (!body.data) throw new Error(`login as ${username} failed: ${JSON.stringify(body.errors)}`);
  return body.data.login;
}

/** Makes every page of the context start logged in with `session` (what the app keeps in sessionStorage). */
export async function startLoggedIn(context: BrowserContext, session: StoredSession): Promise<void> {
  await context.addInitScript((s) => {
    if (!sessionStorage.getItem("ariadne.session")) sessionStorage.setItem("ariadne.session", s);
  }, JSON.stringify(session));
}

/** GraphQL over HTTP with a token (to set up or check data behind the page's back). */
export async function gql<T>(token: string, query: string, variables: Record<string, unknown> = {}): Promise<{ data?: T; errors?: Array<{ message: string; extensions?: { code?: string } }> }> {
  const response = await fetch(`${APP_URL}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
    body: JSON.stringify({ query, variables }),
  });
  return (await response.json()) as { data?: T; errors?: Array<{ message: string; extensions?: { code?: string } }> };
}

/** Waits until the graph is drawn and laid out, and sigma has finished the frame it scheduled. */
export async function waitForGraph(page: Page, timeout = 60_000): Promise<void> {
  await page.waitForFunction(() => window.__ariadne?.graph === "ready" && window.__ariadne.layout !== "running" && window.__ariadne.renders > 0, null, { timeout });
  await settle(page);
}

/** Two animation frames: sigma draws labels on the frame after the one it was asked for. */
export async function settle(page: Page): Promise<void> {
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
}

export async function screenshot(page: Page, name: string): Promise<Buffer> {
  return page.screenshot({ path: path.join(RESULTS, `${name}.png`) });
}

/** Distinct colours and how many pixels differ from the most common one (the background), decoded in the page. */
export async function pixelStats(page: Page, png: Buffer, targets: string[]): Promise<{ distinct: number; foreground: number; total: number; found: string[] }> {
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

/**
 * The biggest drawn node whose disc no other node overlaps (so a click cannot land on a neighbour); failing that,
 * the node farthest from all others. `among` limits the candidates.
 */
export async function clearNode(page: Page, among?: string[]): Promise<{ id: string; x: number; y: number; radius: number } | null> {
  return page.evaluate((among) => {
    const hook = window.__ariadne!.sigma!;
    const drawn = hook
      .nodes()
      .map((n) => ({ id: n.id, p: hook.nodePosition(n.id) }))
      .filter((n): n is { id: string; p: { x: number; y: number; radius: number } } => n.p !== null)
      .filter((n) => n.p.x > 0 && n.p.y > 0 && n.p.x < innerWidth && n.p.y < innerHeight);
    const candidates = among ? drawn.filter((n) => among.includes(n.id)) : drawn;
    const clear = candidates.map((a) => {
      let gap = Infinity;
      for (const b of drawn) if (a.id !== b.id) gap = Math.min(gap, Math.hypot(a.p.x - b.p.x, a.p.y - b.p.y) - b.p.radius - a.p.radius);
      return { id: a.id, x: a.p.x, y: a.p.y, radius: a.p.radius, gap };
    });
    const safe = clear.filter((n) => n.gap > 3).sort((a, b) => b.radius - a.radius);
    return safe[0] ?? clear.sort((a, b) => b.gap - a.gap)[0] ?? null;
  }, among);
}
