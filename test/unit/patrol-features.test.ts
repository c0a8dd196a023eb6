import { describe, it, expect } from "vitest";
import { charNgrams, extractFeatures, featureKind, featureName, matchLexicon, wordTokens } from "../../patrol/features.js";
import { LEXICON } from "../../patrol/lexicon.js";
import { normalise } from "../../patrol/normalise.js";

const terms = (text: string): string[] => matchLexicon(normalise(text)).map((entry) => entry.term);

describe("patrol features", () => {
  it("makes character n-grams of 1 to 4, single characters only for kanji and emoji", () => {
    const grams = charNgrams("野菜あり🍁");
    expect(grams).toContain("野");
    expect(grams).toContain("🍁");
    expect(grams).not.toContain("あ");
    expect(grams).toContain("野菜");
    expect(grams).toContain("野菜あり");
    expect([...grams].every((g) => [...g].length <= 4)).toBe(true);
  });

  it("folds digits in n-grams so prices generalise", () => {
    expect(charNgrams("日給5万")).toEqual(charNgrams("日給8万"));
  });

  it("makes English word tokens, bigrams and emoji tokens", () => {
    const tokens = wordTokens(normalise("Easy money 💸, DM me"));
    expect(tokens).toContain("easy");
    expect(tokens).toContain("easy money");
    expect(tokens).toContain("dm me");
    expect(tokens).toContain("💸");
    // No bigram across punctuation.
    expect(tokens).not.toContain("money dm");
  });

  it("matches lexicon entries through obfuscation", () => {
    expect(terms("ﾎﾜｲﾄ案件")).toContain("ホワイト案件");
    expect(terms("受 け 子 募集")).toContain("受け子");
    expect(terms("🍁🍁")).toContain("🍁");
    expect(terms("❄️")).toContain("❄");
    expect(terms("ＴＥＬＥＧＲＡＭ")).toContain("Telegram");
    expect(terms("DM for menu")).toContain("dm for menu");
    expect(terms("日給５万円")).toContain("日給");
  });

  it("matches Latin terms as whole words only", () => {
    expect(terms("gas prices")).toContain("gas");
    expect(terms("gasket")).not.toContain("gas");
    expect(terms("price list")).not.toContain("ice");
    expect(terms("久しぶり")).not.toContain("ブリ");
    expect(terms("テレビを見た")).not.toContain("Telegram");
  });

  it("has negative cues for warnings and news", () => {
    expect(terms("警察が注意を呼びかけ 容疑者を逮捕")).toEqual(expect.arrayContaining(["注意", "逮捕", "警察", "呼びかけ", "容疑者"]));
    expect(terms("Police arrested two men, warning issued")).toEqual(expect.arrayContaining(["police", "arrested", "warning"]));
  });

  it("gives every lexicon entry a unique term, a gloss-able label and a sane weight", () => {
    const seen = new Set<string>();
    for (const entry of LEXICON) {
      expect(seen.has(entry.term), entry.term).toBe(false);
      seen.add(entry.term);
      expect(entry.weight).toBeGreaterThan(0);
      expect(entry.weight).toBeLessThanOrEqual(3);
    }
  });

  it("scales surface features to unit length and gives lexicon features the value 1", () => {
    const features = extractFeatures("野菜あります🥦 手押し テレグラム");
    const surface = [...features].filter(([f]) => featureKind(f) !== "lexicon");
    const norm = Math.sqrt(surface.reduce((sum, [, v]) => sum + v * v, 0));
    expect(norm).toBeCloseTo(1, 6);
    expect(features.get("l:野菜")).toBe(1);
    expect(features.get("l:手押し")).toBe(1);
    expect(featureKind("l:野菜")).toBe("lexicon");
    expect(featureKind("n:野菜")).toBe("ngram");
    expect(featureKind("t:easy")).toBe("token");
    expect(featureName("l:野菜")).toBe("野菜");
  });
});
