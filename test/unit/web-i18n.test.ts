import { describe, expect, it } from "vitest";
import { checkI18n, placeholdersOf, baseKey } from "../../web/scripts/i18n-check";
import { initialLanguage } from "../../web/src/i18n/languages";

describe("i18n", () => {
  it("has no missing, unused, empty or mismatched keys in web/src/locales", () => {
    const report = checkI18n();
    expect(report.locales).toEqual(["en", "ja"]);
    expect(report.problems).toEqual([]);
  });

  it("reads placeholders and plural keys", () => {
    expect(placeholdersOf("Run <code>{{command}}</code> for {{count, number}}")).toEqual(["<code>", "{{command}}", "{{count}}"]);
    expect(baseKey("health.nodes_other")).toBe("health.nodes");
  });

  it("picks the stored language, else the browser's, else English", () => {
    expect(initialLanguage("ja", ["en-US"])).toBe("ja");
    expect(initialLanguage(null, ["fr-FR", "ja-JP"])).toBe("ja");
    expect(initialLanguage("xx", ["de"])).toBe("en");
  });
});
