// Browser tests of the cyber-patrol panel against the real app and its demo data: watchlist alerts (newest first,
// the shared identifier highlighted, putting the post, its sender and the known account on the canvas), flagged
// posts with their evidence, and scanning a post by hand. Screenshots in English and Japanese land in test-results/.
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { POLL, apiLogin, gql, launchBrowser, newContext, requireEnvironment, screenshot, settle, startLoggedIn, waitForGraph, watchConsole } from "./browser";
import type { StoredSession } from "./browser";

const RECRUITMENT_POST = "受け子募集！日給10万 即日即金 テレグラムで連絡";

interface Alert {
  id: string;
  createdAt: string;
  identifier: string;
  message: { id: string; sender: { id: string } | null };
  linkedAccount: { id: string };
}

describe("cyber patrol", () => {
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let session: StoredSession;
  let alerts: Alert[];
  const errors: string[] = [];

  beforeAll(async () => {
    const { url } = requireEnvironment();
    session = await apiLogin();
    const r = await gql<{ alerts: Alert[] }>(session.token, "{ alerts(first: 5) { id createdAt identifier message { id sender { id } } linkedAccount { id } } }");
    alerts = r.data?.alerts ?? [];
    if (alerts.length === 0) throw new Error(`the demo data has no watchlist alerts: ${JSON.stringify(r)}`);
    browser = await launchBrowser();
    context = await newContext(browser);
    await startLoggedIn(context, session);
    page = await context.newPage();
    watchConsole(page, errors);
    await page.goto(url);
    await waitForGraph(page);
  }, 120_000);

  afterAll(async () => {
    await context?.close();
    await browser?.close();
  });

  it("opens from the header with the keyboard and lists alerts, newest first, the identifier highlighted", async () => {
    const button = page.getByTestId("patrol-button");
    await button.focus();
    await page.keyboard.press("Enter");
    expect(await button.getAttribute("aria-pressed")).toBe("true");
    await page.getByTestId("patrol-panel").waitFor();
    await page.getByTestId("patrol-alerts-item").first().waitFor({ timeout: 30_000 });
    const items = page.getByTestId("patrol-alerts-item");
    expect(await items.count()).toBeGreaterThan(0);
    const first = items.first();
    expect(await first.getByTestId("patrol-label").first().getAttribute("data-label")).toMatch(/^(DRUG_SALE|RECRUITMENT)$/);
    expect((await first.locator("mark.patrol-identifier").first().textContent())?.toLowerCase()).toBe(alerts[0]!.identifier.toLowerCase());
    const times = alerts.map((a) => Date.parse(a.createdAt));
    expect([...times].sort((a, b) => b - a)).toEqual(times);
    expect(await first.getByTestId("patrol-evidence").count()).toBe(1);
  });

  it("pages alerts with load more", async () => {
    const more = page.getByTestId("patrol-alerts-more");
    if ((await more.count()) === 0) return; // fewer alerts than one page
    const before = await page.getByTestId("patrol-alerts-item").count();
    await more.click();
    await expect.poll(() => page.getByTestId("patrol-alerts-item").count(), POLL).toBeGreaterThan(before);
  });

  it("puts an alert's post, its sender and the known account on the canvas", async () => {
    await page.getByTestId("clear-canvas").click();
    const alert = alerts[0]!;
    await page.getByTestId("patrol-alert-show").first().click();
    const wanted = [alert.message.id, alert.linkedAccount.id, ...(alert.message.sender ? [alert.message.sender.id] : [])];
    await expect
      .poll(async () => {
        const drawn = await page.evaluate(() => window.__ariadne?.sigma?.nodes().map((n) => n.id) ?? []);
        return wanted.every((id) => drawn.includes(id));
      }, POLL)
      .toBe(true);
    await expect.poll(() => page.evaluate(() => window.__ariadne?.selection ?? []), POLL).toContain(alert.message.id);
    await settle(page);
  });

  it("lists flagged posts filtered by label, with their evidence", async () => {
    await page.getByTestId("tab-flagged").click();
    await page.getByTestId("patrol-flagged-item").first().waitFor({ timeout: 30_000 });
    await page.getByTestId("patrol-filter-label").selectOption("DRUG_SALE");
    await expect
      .poll(async () => {
        const labels = await page.getByTestId("patrol-flagged-item").getByTestId("patrol-label").evaluateAll((els) => els.map((e) => e.getAttribute("data-label")));
        return labels.length > 0 && labels.every((l) => l === "DRUG_SALE");
      }, POLL)
      .toBe(true);
    expect(await page.getByTestId("patrol-flagged-item").first().getByTestId("patrol-evidence").locator("li").count()).toBeGreaterThan(0);
  });

  it("scans a post: RECRUITMENT, three score bars and the evidence", async () => {
    await page.getByTestId("tab-scan").click();
    await page.getByTestId("patrol-scan-text").fill(RECRUITMENT_POST);
    await page.getByTestId("patrol-scan-button").click();
    const result = page.getByTestId("patrol-scan-result");
    await result.waitFor({ timeout: 30_000 });
    expect(await result.getAttribute("data-label")).toBe("RECRUITMENT");
    expect(await result.getByRole("meter").count()).toBe(3);
    expect(await page.getByTestId("patrol-scan-evidence").locator("li").count()).toBeGreaterThan(0);
    await screenshot(page, "patrol-scan");
    await page.getByTestId("tab-alerts").click();
    await page.getByTestId("patrol-alerts-item").first().waitFor({ timeout: 30_000 });
    await settle(page);
    await screenshot(page, "patrol");
  });

  it("speaks Japanese", async () => {
    await page.getByTestId("language-ja").click();
    await expect.poll(() => page.getByTestId("patrol-button").textContent(), POLL).toBe("パトロール");
    expect(await page.getByTestId("tab-alerts").textContent()).toBe("警告");
    await page.getByTestId("tab-scan").click();
    await page.getByTestId("patrol-scan-text").fill(RECRUITMENT_POST);
    await page.getByTestId("patrol-scan-button").click();
    await page.getByTestId("patrol-scan-result").waitFor({ timeout: 30_000 });
    expect(await page.getByTestId("patrol-scan-result").getByTestId("patrol-label").textContent()).toBe("闇バイト募集");
    await page.getByTestId("tab-alerts").click();
    await page.getByTestId("patrol-alerts-item").first().waitFor({ timeout: 30_000 });
    await settle(page);
    await screenshot(page, "patrol-ja");
    await page.getByTestId("language-en").click();
  });

  it("closes from its close button and logs no errors", async () => {
    await page.getByTestId("patrol-close").click();
    await expect.poll(() => page.getByTestId("patrol-panel").count(), POLL).toBe(0);
    expect(await page.getByTestId("patrol-button").getAttribute("aria-pressed")).toBe("false");
    expect(errors).toEqual([]);
  });
});
