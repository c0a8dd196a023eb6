// Browser tests of the app shell against the real app (API + web on one port, real Neo4j with demo data): login,
// the drawn graph, the side panel, Japanese, the error and empty states, session expiry and logout.
// scripts/test.ts starts the app and sets ARIADNE_TEST_URL / ARIADNE_TEST_USER / ARIADNE_TEST_PASSWORD; by hand:
//   ARIADNE_TEST_URL=http://127.0.0.1:4000 ARIADNE_TEST_PASSWORD=… npx vitest run --project browser
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { labels } from "../../graph/schema";
import {
  APP_URL,
  POLL,
  TEST_USER,
  apiLogin,
  clearNode,
  launchBrowser,
  logInWithForm,
  newContext,
  pixelStats,
  requireEnvironment,
  screenshot,
  startLoggedIn,
  waitForGraph,
  watchConsole,
} from "./browser";

describe("web client", () => {
  let browser: Browser;
  let page: Page;
  const consoleErrors: string[] = [];

  beforeAll(async () => {
    requireEnvironment();
    browser = await launchBrowser();
    page = await (await newContext(browser)).newPage();
    // A wrong password is answered with an error the page shows; chromium logs nothing for a 200 answer.
    watchConsole(page, consoleErrors);
  });

  afterAll(async () => {
    await browser?.close();
  });

  it("starts at the login screen and shows the health of a Neo4j 5.26 with data", async () => {
    await page.goto(APP_URL!, { waitUntil: "load" });
    await expect.poll(() => page.locator("h1").textContent(), POLL).toBe("Ariadne");
    await page.getByTestId("login-screen").waitFor({ timeout: 30_000 });
    // Keyboard first: the username field has focus.
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("login-username");
    expect(await page.getByTestId("graph-canvas").count()).toBe(0);
    const version = page.getByTestId("health-version");
    await version.waitFor({ timeout: 30_000 });
    expect(await version.textContent()).toMatch(/Neo4j 5\.26\.\d+/);
    expect(await page.getByTestId("health").getAttribute("data-status")).toBe("connected");
    expect(await page.getByTestId("health-counts").textContent()).toMatch(/[1-9][\d,]* nodes/);
    await screenshot(page, "login");
  });

  it("says what is missing when a field is empty", async () => {
    await page.getByTestId("login-submit").click();
    const error = page.getByTestId("login-error");
    await error.waitFor();
    expect(await error.getAttribute("data-kind")).toBe("missingUsername");
    expect(await error.textContent()).toBe("Enter your username.");
    expect(await page.getByTestId("login-username").getAttribute("aria-invalid")).toBe("true");
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("login-username");
  });

  it("refuses a wrong password with a helpful message and keeps the username", async () => {
    await page.getByTestId("login-username").fill(TEST_USER);
    await page.keyboard.press("Tab");
    await page.keyboard.type("not-the-password");
    await page.keyboard.press("Enter");
    const error = page.getByTestId("login-error");
    await expect.poll(() => error.getAttribute("data-kind"), { timeout: 15_000 }).toBe("wrongCredentials");
    expect(await error.getAttribute("role")).toBe("alert");
    expect(await error.textContent()).toMatch(/^Wrong username or password\./);
    // The password is cleared and focused for another try; the username stays.
    expect(await page.getByTestId("login-password").inputValue()).toBe("");
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("login-password");
    expect(await page.getByTestId("login-username").inputValue()).toBe(TEST_USER);
    expect(await page.evaluate(() => sessionStorage.getItem("ariadne.session"))).toBeNull();
    await screenshot(page, "login-wrong-password");
  });

  it("logs in and shows the user, role and a logout button in the header", async () => {
    await logInWithForm(page);
    expect(await page.getByTestId("user-name").textContent()).toContain(TEST_USER);
    expect(await page.getByTestId("user-role").textContent()).toBe("Administrator");
    expect(await page.getByTestId("logout").textContent()).toBe("Log out");
    const stored = await page.evaluate(() => JSON.parse(sessionStorage.getItem("ariadne.session") ?? "null") as { token?: string; user?: { role?: string } } | null);
    expect(stored?.token).toMatch(/^ey/);
    expect(stored?.user?.role).toBe("ADMIN");
    // Only sessionStorage: nothing about the session in localStorage.
    expect(await page.evaluate(() => Object.keys(localStorage).filter((k) => k.includes("session")))).toEqual([]);
  });

  it("draws the graph sample in the sigma canvas with the schema's colours", async () => {
    await waitForGraph(page);
    await screenshot(page, "app");
    const canvasPng = await page.getByTestId("graph-canvas").screenshot();

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
    const target = await clearNode(page);
    expect(target).not.toBeNull();
    await page.mouse.move(target!.x, target!.y);
    await page.mouse.click(target!.x, target!.y);
    const panel = page.getByTestId("node-panel");
    await panel.waitFor({ timeout: 10_000 });
    expect(await page.getByTestId("panel-id").textContent()).toBe(target!.id);
    expect((await page.getByTestId("panel-kind").textContent())?.trim()).not.toBe("");
    expect((await page.getByTestId("panel-caption").textContent())?.trim()).not.toBe("");
    await screenshot(page, "app-panel");

    await page.keyboard.press("Escape");
    await panel.waitFor({ state: "detached", timeout: 5_000 });
  });

  it("switches the interface to Japanese", async () => {
    const header = page.getByTestId("app-header");
    const before = await header.textContent();
    await page.getByTestId("language-ja").click();
    await expect.poll(() => page.getByTestId("app-tagline").textContent(), POLL).toBe("捜査グラフ");
    const after = await header.textContent();
    expect(after).not.toBe(before);
    expect(after).toMatch(/[\u3040-\u30ff\u4e00-\u9fff]/);
    expect(await page.getByTestId("user-role").textContent()).toBe("管理者");
    expect(await page.evaluate(() => document.documentElement.lang)).toBe("ja");
    await screenshot(page, "app-ja");
  });

  it("logs out to the login screen, in the language chosen, with the username kept", async () => {
    await page.getByTestId("logout").click();
    const notice = page.getByTestId("login-notice");
    await notice.waitFor({ timeout: 10_000 });
    expect(await notice.getAttribute("data-reason")).toBe("loggedOut");
    expect(await notice.textContent()).toBe("ログアウトしました。");
    expect(await page.getByTestId("login-username").inputValue()).toBe(TEST_USER);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("login-password");
    expect(await page.evaluate(() => sessionStorage.getItem("ariadne.session"))).toBeNull();
    expect(await page.getByTestId("user-menu").count()).toBe(0);

    // A wrong password, in Japanese.
    await page.getByTestId("login-password").fill("まちがい-password");
    await page.keyboard.press("Enter");
    await expect.poll(() => page.getByTestId("login-error").textContent(), { timeout: 15_000 }).toMatch(/^ユーザー名またはパスワードが違います。/);
    await screenshot(page, "login-wrong-password-ja");

    // Back to English for whoever uses this profile next, logged in again.
    await page.getByTestId("language-en").click();
    await expect.poll(() => page.getByTestId("app-tagline").textContent(), POLL).toBe("Investigation graph");
    await logInWithForm(page);
  });

  it("returns to the login screen with 'session expired' when the API refuses the token", async () => {
    const context = await newContext(browser);
    const other = await context.newPage();
    try {
      const session = await apiLogin();
      // A session whose token the server no longer accepts (as after a key change or revocation).
      await startLoggedIn(context, { ...session, token: `${session.token.slice(0, -4)}AAAA` });
      await other.goto(APP_URL!, { waitUntil: "load" });
      const notice = other.getByTestId("login-notice");
      await notice.waitFor({ timeout: 30_000 });
      expect(await notice.getAttribute("data-reason")).toBe("expired");
      expect(await notice.textContent()).toBe("Your session has expired. Log in again to continue.");
      expect(await other.getByTestId("login-username").inputValue()).toBe(session.user.username);
      expect(await other.evaluate(() => sessionStorage.getItem("ariadne.session"))).toBeNull();
      await screenshot(other, "login-session-expired");
    } finally {
      await context.close();
    }
  });

  it("returns to the login screen when the token's time runs out", async () => {
    const context = await newContext(browser);
    const other = await context.newPage();
    try {
      const session = await apiLogin();
      await startLoggedIn(context, { ...session, expiresAt: new Date(Date.now() + 4_000).toISOString() });
      await other.goto(APP_URL!, { waitUntil: "load" });
      await other.getByTestId("user-menu").waitFor({ timeout: 30_000 });
      const notice = other.getByTestId("login-notice");
      await notice.waitFor({ timeout: 15_000 });
      expect(await notice.getAttribute("data-reason")).toBe("expired");
    } finally {
      await context.close();
    }
  });

  it("shows an error state with a retry button when the API cannot be reached", async () => {
    const context = await newContext(browser);
    await startLoggedIn(context, await apiLogin());
    const other = await context.newPage();
    try {
      await other.route("**/graphql", (route) => route.abort("connectionrefused"));
      await other.goto(APP_URL!, { waitUntil: "load" });
      const error = other.getByTestId("graph-error");
      await error.waitFor({ timeout: 30_000 });
      expect(await error.getAttribute("data-reason")).toBe("unreachable");
      expect(await error.getByRole("button").count()).toBe(1);
      await expect.poll(() => other.getByTestId("health").getAttribute("data-status"), POLL).toBe("unreachable");
      await screenshot(other, "app-error");
    } finally {
      await context.close();
    }
  });

  it("says the server cannot be reached when logging in is impossible", async () => {
    const context = await newContext(browser);
    const other = await context.newPage();
    try {
      await other.route("**/graphql", (route) => route.abort("connectionrefused"));
      await other.goto(APP_URL!, { waitUntil: "load" });
      await other.getByTestId("login-username").fill(TEST_USER);
      await other.getByTestId("login-password").fill("whatever-it-is");
      await other.getByTestId("login-password").press("Enter");
      await expect.poll(() => other.getByTestId("login-error").getAttribute("data-kind"), { timeout: 15_000 }).toBe("unreachable");
    } finally {
      await context.close();
    }
  });

  it("shows the empty state when the sample has no nodes", async () => {
    const context = await newContext(browser);
    await startLoggedIn(context, await apiLogin());
    const other = await context.newPage();
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
      await context.close();
    }
  });

  it("logged no errors in the browser console", () => {
    expect(consoleErrors).toEqual([]);
  });
});
