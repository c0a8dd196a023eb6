// Browser tests of the investigation workspace against the real app and its demo data: search (keyboard), expand
// ("+N more"), the entity panel (properties, provenance, degree), notes with roles, the timeline, and "how are
// these two connected". Entities are chosen through the API at the start, so the tests follow the demo data
// rather than hard-coding it. Screenshots in English and Japanese land in test-results/.
import { randomBytes } from "node:crypto";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  APP_URL,
  POLL,
  apiLogin,
  clearNode,
  gql,
  launchBrowser,
  logInWithForm,
  newContext,
  requireEnvironment,
  screenshot,
  settle,
  startLoggedIn,
  waitForGraph,
  watchConsole,
} from "./browser";
import type { StoredSession } from "./browser";

interface Ref {
  id: string;
  kind: string;
  caption: string;
}
interface SampleNode extends Ref {
  placeholder: boolean;
}

const EXPAND_LIMIT = 50; // web/src/features/expand/neighbourhood.query.ts

/** Whether the app's search finds this entity by its caption among the results it lists (12). */
async function findable(token: string, ref: Ref): Promise<boolean> {
  const r = await gql<{ search: Ref[] }>(token, "query($t: String!) { search(text: $t, first: 12) { id kind caption } }", { t: ref.caption });
  return r.data?.search.some((h) => h.id === ref.id) ?? false;
}

/** A hub with more relationships than one expansion brings, that the search finds: for "+N more". */
async function findHub(token: string): Promise<Ref & { degree: number }> {
  const r = await gql<{ centrality: Array<Ref & { score: number }> }>(token, "{ centrality(measure: DEGREE, first: 30) { id kind caption score } }");
  for (const c of r.data?.centrality ?? []) {
    if (c.score > EXPAND_LIMIT + 5 && c.score < 400 && (await findable(token, c))) return { ...c, degree: c.score };
  }
  throw new Error(`no hub with more than ${EXPAND_LIMIT} relationships that search finds: ${JSON.stringify(r)}`);
}

/** Two persons two steps apart (a shared neighbour, no direct tie), both findable, the first with events. */
async function findPair(token: string): Promise<{ a: Ref; b: Ref; via: Ref }> {
  const r = await gql<{ graphSample: { nodes: SampleNode[]; edges: Array<{ source: string; target: string }> } }>(
    token,
    "{ graphSample(limit: 400) { nodes { id kind caption placeholder } edges { source target } } }",
  );
  const nodes = new Map((r.data?.graphSample.nodes ?? []).map((n) => [n.id, n]));
  const adjacent = new Map<string, Set<string>>();
  for (const e of r.data?.graphSample.edges ?? []) {
    if (!adjacent.has(e.source)) adjacent.set(e.source, new Set());
    if (!adjacent.has(e.target)) adjacent.set(e.target, new Set());
    adjacent.get(e.source)!.add(e.target);
    adjacent.get(e.target)!.add(e.source);
  }
  const person = (id: string) => {
    const n = nodes.get(id);
    // Synthetic persons (Japanese names) rather than the numbered nodes of the real networks.
    return n && n.kind === "Person" && !n.placeholder && /[\u3040-\u30ff\u4e00-\u9fff]/.test(n.caption) ? n : null;
  };
  let tries = 0;
  for (const [via, around] of adjacent) {
    const persons = [...around].map(person).filter((p): p is SampleNode => p !== null);
    for (let i = 0; i < persons.length; i++) {
      for (let j = i + 1; j < persons.length; j++) {
        const a = persons[i]!;
        const b = persons[j]!;
        if (adjacent.get(a.id)?.has(b.id)) continue;
        if (++tries > 40) throw new Error("no suitable pair of persons in the demo data");
        const paths = await gql<{ shortestPaths: Array<{ length: number }> }>(token, "query($a: ID!, $b: ID!) { shortestPaths(from: $a, to: $b) { length } }", { a: a.id, b: b.id });
        if (paths.data?.shortestPaths[0]?.length !== 2) continue;
        const events = await gql<{ timeline: unknown[] }>(token, "query($a: ID!) { timeline(ids: [$a], first: 1) { id } }", { a: a.id });
        if (!events.data?.timeline.length) continue;
        if ((await findable(token, a)) && (await findable(token, b))) return { a, b, via: nodes.get(via)! };
      }
    }
  }
  throw new Error("no suitable pair of persons in the demo data");
}

/** Types in the search box and chooses `ref` with the arrow keys and Enter (Shift+Enter to extend the selection). */
async function searchAndChoose(page: Page, ref: Ref, { extend = false, slash = false } = {}): Promise<void> {
  const input = page.getByTestId("search-input");
  if (slash) await page.keyboard.press("/");
  else await input.focus();
  expect(await page.evaluate(() => document.activeElement?.id)).toBe("search-input");
  await page.keyboard.press("Control+A");
  await page.keyboard.type(ref.caption);
  const list = page.locator(`[data-testid=search-results][data-query="${ref.caption}"][aria-busy=false]`);
  await list.locator(`[data-id="${ref.id}"]`).waitFor({ timeout: 15_000 });
  const ids = await list.locator("[role=option]").evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.id));
  for (let i = 0; i < ids.indexOf(ref.id); i++) await page.keyboard.press("ArrowDown");
  expect(await list.locator(`[data-id="${ref.id}"]`).getAttribute("aria-selected")).toBe("true");
  await page.keyboard.press(extend ? "Shift+Enter" : "Enter");
}

const hook = <T>(page: Page, fn: () => T) => page.evaluate(fn);

describe("investigation workspace", () => {
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let session: StoredSession;
  let hub: Ref & { degree: number };
  let pair: { a: Ref; b: Ref; via: Ref };
  const consoleErrors: string[] = [];

  beforeAll(async () => {
    requireEnvironment();
    session = await apiLogin();
    [hub, pair] = await Promise.all([findHub(session.token), findPair(session.token)]);
    browser = await launchBrowser();
    context = await newContext(browser);
    await startLoggedIn(context, session);
    page = await context.newPage();
    watchConsole(page, consoleErrors);
    await page.goto(APP_URL!, { waitUntil: "load" });
    await waitForGraph(page);
  });

  afterAll(async () => {
    await browser?.close();
  });

  it("finds an entity from the keyboard and puts it on the canvas (/ then Enter)", async () => {
    await page.getByTestId("clear-canvas").click();
    await page.getByTestId("canvas-empty").waitFor();
    await page.getByTestId("graph-canvas").focus();
    await searchAndChoose(page, hub, { slash: true });
    await expect.poll(() => hook(page, () => window.__ariadne!.selection), POLL).toEqual([hub.id]);
    // Focus is back on the canvas, so the next key is a shortcut, not typing.
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("graph-stage");
    expect(await page.evaluate(() => window.__ariadne!.sigma!.nodes().map((n) => n.id))).toEqual([hub.id]);
    const panel = page.getByTestId("node-panel");
    await expect.poll(() => panel.getByTestId("panel-id").textContent(), POLL).toBe(hub.id);
    // Its details say how many relationships it has; none are drawn yet.
    await expect.poll(() => page.getByTestId("hidden-note").textContent(), { timeout: 15_000 }).toContain(String(hub.degree));
  });

  it("shows search results with kind colours and captions", async () => {
    const input = page.getByTestId("search-input");
    await input.focus();
    await page.keyboard.press("Control+A");
    await page.keyboard.type(hub.caption);
    const results = page.locator("[data-testid=search-results][aria-busy=false] [role=option]");
    await results.first().waitFor({ timeout: 15_000 });
    expect(await input.getAttribute("aria-expanded")).toBe("true");
    const first = results.first();
    expect(await first.getAttribute("aria-selected")).toBe("true");
    expect((await first.locator(".search-caption").textContent())?.trim()).not.toBe("");
    expect(await first.locator(".swatch").evaluate((el) => getComputedStyle(el).backgroundColor)).toMatch(/^rgb\(/);
    await screenshot(page, "workspace-search");
    // Esc closes the list, then clears the text.
    await page.keyboard.press("Escape");
    expect(await input.getAttribute("aria-expanded")).toBe("false");
    await page.keyboard.press("Escape");
    expect(await input.inputValue()).toBe("");
    await page.keyboard.press("Escape");
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("graph-stage");
  });

  it("expands with E, respecting the limit, and pages further with '+N more'", async () => {
    await page.keyboard.press("e");
    await expect.poll(() => hook(page, () => window.__ariadne!.expanding), { timeout: 30_000 }).toBe(false);
    const notice = page.getByTestId("notice");
    await expect.poll(() => notice.getAttribute("data-kind"), { timeout: 30_000 }).toBe("expanded");
    const drawn = await hook(page, () => window.__ariadne!.sigma!.nodes().length);
    expect(drawn).toBeGreaterThan(1);
    expect(drawn).toBeLessThanOrEqual(EXPAND_LIMIT + 1);
    // The hub has more than one expansion brings: the notice, the panel and its label say how many are left.
    expect(await notice.textContent()).toMatch(/still hidden/);
    const expand = page.getByTestId("expand");
    const before = await expand.textContent();
    expect(before).toMatch(/Show more \(\+\d+\)/);
    const remaining = Number(/\+(\d+)/.exec(before!)![1]);
    // "X of Y relationships shown": Y is everything the hub has, and X + remaining = Y.
    const [shown, total] = /([\d,]+) of ([\d,]+)/.exec((await page.getByTestId("panel-in-view").textContent())!)!.slice(1).map((n) => Number(n.replace(/,/g, "")));
    expect(total).toBe(hub.degree);
    expect(shown! + remaining).toBe(total);
    await settle(page);
    await screenshot(page, "workspace-expanded");

    await page.getByTestId("notice-more").click();
    await expect.poll(() => hook(page, () => window.__ariadne!.sigma!.nodes().length), { timeout: 30_000 }).toBeGreaterThan(drawn);
    await expect.poll(() => expand.textContent(), POLL).not.toBe(before);
    const after = await expand.textContent();
    const left = /\+(\d+)/.exec(after ?? "");
    expect(left === null || Number(left[1]) < remaining).toBe(true);
  });

  it("expands a node on double-click", async () => {
    const ids = await hook(page, () => window.__ariadne!.sigma!.nodes().map((n) => n.id));
    const target = await clearNode(page, ids.filter((id) => id !== ids[0]));
    expect(target).not.toBeNull();
    await page.mouse.dblclick(target!.x, target!.y);
    await expect.poll(() => hook(page, () => window.__ariadne!.selection), POLL).toEqual([target!.id]);
    const caption = (await page.getByTestId("panel-caption").textContent())!.replace(/^Caption: /, "").trim();
    // The notice now speaks of the node double-clicked: what its expansion added, or that all is shown.
    const notice = page.getByTestId("notice");
    await expect.poll(() => notice.textContent(), { timeout: 30_000 }).toContain(caption);
    expect(await notice.getAttribute("data-kind")).toMatch(/^(expanded|allShown)$/);
  });

  it("details an entity: properties, provenance, placeholder flag and degree by type (Japanese too)", async () => {
    await page.getByTestId("clear-canvas").click();
    await searchAndChoose(page, pair.a);
    const panel = page.getByTestId("node-panel");
    await panel.getByTestId("entity-properties").waitFor({ timeout: 15_000 });
    expect(await panel.getByTestId("property-name").textContent()).toBe(pair.a.caption);
    expect(await panel.getByTestId("provenance-file").textContent()).toMatch(/\S/);
    const degreeRows = panel.getByTestId("entity-degree").locator("tbody tr");
    expect(await degreeRows.count()).toBeGreaterThan(0);
    expect(await panel.getByTestId("entity-degree").locator("h3").textContent()).toMatch(/relationships? in the database/);
    await screenshot(page, "workspace-entity");

    await page.getByTestId("language-ja").click();
    await expect.poll(() => panel.getByTestId("entity-provenance").locator("h3").textContent(), POLL).toBe("出所");
    expect(await panel.getByTestId("panel-kind").textContent()).toContain("人物");
    await screenshot(page, "workspace-entity-ja");
    await page.getByTestId("language-en").click();
  });

  it("marks a placeholder (referred to by a file, never declared) and says which rows referred to it", async () => {
    // The demo data declares everything it refers to, so the answer for this entity is altered in flight.
    const other = await context.newPage();
    watchConsole(other, consoleErrors);
    try {
      await other.route("**/graphql", async (route) => {
        const body = route.request().postDataJSON() as { operationName?: string } | null;
        if (body?.operationName !== "Entity") return route.continue();
        const response = await route.fetch();
        const json = (await response.json()) as { data?: { entity?: { placeholder: boolean; provenance: { referencedBy: string[] } } } };
        if (json.data?.entity) {
          json.data.entity.placeholder = true;
          json.data.entity.provenance.referencedBy = ["payments:12.payer", "accounts:3.owner"];
        }
        return route.fulfill({ response, json });
      });
      await other.goto(APP_URL!, { waitUntil: "load" });
      await waitForGraph(other);
      await searchAndChoose(other, pair.b);
      const panel = other.getByTestId("node-panel");
      await panel.getByTestId("entity-placeholder").waitFor({ timeout: 15_000 });
      expect(await panel.getByTestId("panel-kind").textContent()).toContain("Placeholder");
      expect(await panel.getByTestId("provenance-references").locator("li").allTextContents()).toEqual(["payments:12.payer", "accounts:3.owner"]);
      await screenshot(other, "workspace-placeholder");
    } finally {
      await other.close();
    }
  });

  it("lists the timeline of the selected entity, oldest first", async () => {
    await page.getByTestId("tab-timeline").click();
    const events = page.getByTestId("timeline-event");
    await events.first().waitFor({ timeout: 15_000 });
    const times = await events.evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.at!));
    expect(times.length).toBeGreaterThan(0);
    expect([...times].sort()).toEqual(times);
    await screenshot(page, "workspace-timeline");
  });

  it("shows how two entities are connected and highlights the path", async () => {
    await searchAndChoose(page, pair.b, { extend: true });
    const panel = page.getByTestId("selection-panel");
    await panel.waitFor({ timeout: 10_000 });
    expect(await hook(page, () => window.__ariadne!.selection)).toEqual([pair.a.id, pair.b.id]);
    await panel.getByTestId("tab-connection").click();
    await panel.getByTestId("connection-found").waitFor({ timeout: 20_000 });
    expect(await panel.getByTestId("path").first().getAttribute("data-length")).toBe("2");
    await expect.poll(() => hook(page, () => window.__ariadne!.highlight?.nodes ?? []), POLL).toContain(pair.a.id);
    const highlight = (await hook(page, () => window.__ariadne!.highlight))!;
    expect(highlight.nodes).toHaveLength(3);
    expect(highlight.nodes).toEqual(expect.arrayContaining([pair.a.id, pair.b.id]));
    expect(highlight.edges).toHaveLength(2);
    // The path's middle entity is now drawn too.
    const drawn = await hook(page, () => window.__ariadne!.sigma!.nodes().map((n) => n.id));
    expect(drawn).toEqual(expect.arrayContaining(highlight.nodes));
    await page.waitForTimeout(500); // the camera moves to the path
    await settle(page);
    await screenshot(page, "workspace-path");
    await page.getByTestId("language-ja").click();
    await expect.poll(() => panel.getByTestId("connection-found").textContent(), POLL).toMatch(/経路/);
    await screenshot(page, "workspace-path-ja");
    await page.getByTestId("language-en").click();

    // Time order: only paths whose events follow one another (may be none); the answer is shown either way.
    await panel.getByTestId("connection-mode-timeOrdered").check();
    await expect.poll(async () => (await panel.getByTestId("connection-found").count()) + (await panel.getByTestId("connection-none").count()), { timeout: 20_000 }).toBe(1);

    // The joint timeline of the two, in time order.
    await panel.getByTestId("tab-timeline").click();
    const events = panel.getByTestId("timeline-event");
    await events.first().waitFor({ timeout: 15_000 });
    const times = await events.evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.at!));
    expect([...times].sort()).toEqual(times);

    await page.getByTestId("clear-highlight").click();
    expect(await hook(page, () => window.__ariadne!.highlight)).toBeNull();
    await page.keyboard.press("Escape");
    await panel.waitFor({ state: "detached" });
  });

  it("adds, edits and deletes a note", async () => {
    await searchAndChoose(page, pair.a);
    const panel = page.getByTestId("node-panel");
    await panel.getByTestId("tab-notes").click();
    const form = panel.getByTestId("note-new");
    await form.waitFor({ timeout: 15_000 });
    const body = `受け子の可能性 ${randomBytes(3).toString("hex")}`;
    await form.getByTestId("note-body-input").fill(body);
    await form.getByTestId("note-tags-input").fill("courier, 東京");
    await form.getByTestId("note-body-input").press("Control+Enter");
    const note = panel.getByTestId("note").filter({ hasText: body });
    await note.waitFor({ timeout: 15_000 });
    expect(await note.getByTestId("note-author").textContent()).toBe(session.user.username);
    expect(await note.locator(".tag").allTextContents()).toEqual(["courier", "東京"]);
    await screenshot(page, "workspace-notes");

    await note.getByTestId("note-edit").click();
    const editor = panel.getByTestId("note-editor");
    const edited = `${body} (確認済み)`;
    await editor.getByTestId("note-body-input").fill(edited);
    await editor.getByTestId("note-submit").click();
    await editor.waitFor({ state: "detached", timeout: 15_000 });
    const editedNote = panel.getByTestId("note").filter({ hasText: edited });
    await editedNote.waitFor({ timeout: 15_000 });
    expect(await editedNote.textContent()).toContain("edited by");

    await editedNote.getByTestId("note-delete").click();
    await panel.getByTestId("note-delete-confirm").click();
    await panel.getByTestId("note").filter({ hasText: body }).waitFor({ state: "detached", timeout: 15_000 });
  });

  it("lets an investigator write notes but not change someone else's", async () => {
    // Admin writes a note; an investigator sees it without edit or delete, and can add and edit their own.
    const mine = `admin note ${randomBytes(3).toString("hex")}`;
    const written = await gql<{ annotate: { id: string } }>(session.token, "mutation($t: ID!, $b: String!) { annotate(targetId: $t, body: $b) { id } }", { t: pair.a.id, b: mine });
    expect(written.errors).toBeUndefined();
    const username = `inv-${randomBytes(3).toString("hex")}`;
    const password = randomBytes(12).toString("hex");
    const created = await gql(session.token, "mutation($u: String!, $p: String!) { createUser(username: $u, password: $p, role: INVESTIGATOR) { username } }", { u: username, p: password });
    expect(created.errors).toBeUndefined();

    const other = await (await newContext(browser)).newPage();
    watchConsole(other, consoleErrors);
    try {
      await other.goto(APP_URL!, { waitUntil: "load" });
      await logInWithForm(other, username, password);
      expect(await other.getByTestId("user-role").textContent()).toBe("Investigator");
      await searchAndChoose(other, pair.a);
      const panel = other.getByTestId("node-panel");
      await panel.getByTestId("tab-notes").click();
      const adminNote = panel.getByTestId("note").filter({ hasText: mine });
      await adminNote.waitFor({ timeout: 15_000 });
      expect(await adminNote.getByTestId("note-edit").count()).toBe(0);
      expect(await adminNote.getByTestId("note-delete").count()).toBe(0);

      const own = `investigator note ${randomBytes(3).toString("hex")}`;
      await panel.getByTestId("note-new").getByTestId("note-body-input").fill(own);
      await panel.getByTestId("note-new").getByTestId("note-submit").click();
      const ownNote = panel.getByTestId("note").filter({ hasText: own });
      await ownNote.waitFor({ timeout: 15_000 });
      expect(await ownNote.getByTestId("note-edit").count()).toBe(1);
      expect(await ownNote.getByTestId("note-delete").count()).toBe(1);
      await screenshot(other, "workspace-notes-investigator");
    } finally {
      await other.context().close();
      // Leave the entity as it was: delete both notes (an admin may delete anyone's).
      const notes = await gql<{ entity: { annotations: Array<{ id: string; body: string }> } }>(session.token, "query($id: ID!) { entity(id: $id) { annotations { id body } } }", { id: pair.a.id });
      for (const n of notes.data?.entity.annotations ?? []) {
        if (n.body.startsWith("investigator note") || n.id === written.data!.annotate.id) await gql(session.token, "mutation($id: ID!) { deleteAnnotation(id: $id) { id } }", { id: n.id });
      }
    }
  });

  it("removes the selection from the canvas with Delete and lists the shortcuts with ?", async () => {
    await page.getByTestId("graph-canvas").focus();
    const before = await hook(page, () => window.__ariadne!.sigma!.nodes().length);
    expect(await hook(page, () => window.__ariadne!.selection)).toEqual([pair.a.id]);
    await page.keyboard.press("Delete");
    await expect.poll(() => hook(page, () => window.__ariadne!.sigma!.nodes().length), POLL).toBe(before - 1);
    await expect.poll(() => hook(page, () => window.__ariadne!.selection), POLL).toEqual([]);
    await page.keyboard.press("?");
    const dialog = page.getByTestId("shortcuts-dialog");
    await expect.poll(() => dialog.evaluate((d) => (d as HTMLDialogElement).open), POLL).toBe(true);
    expect(await dialog.textContent()).toContain("Expand the selected entity");
    await screenshot(page, "workspace-shortcuts");
    await page.keyboard.press("Escape");
    await expect.poll(() => dialog.evaluate((d) => (d as HTMLDialogElement).open), POLL).toBe(false);
  });

  it("logged no errors in the browser console", () => {
    expect(consoleErrors).toEqual([]);
  });
});
