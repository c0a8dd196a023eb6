import { describe, it, expect } from "vitest";
import { readFileSync } from "node:fs";
import { CORPUS_URL, readCorpus, splitOf } from "../../patrol/dataset.js";
import {
  SHIPPED_MODEL_URL,
  lexiconSha256,
  loadShippedModel,
  scorePost,
  scoreWithModel,
  serialiseModel,
  trainModel,
  trainingDataSha256,
  type TrainingExample,
} from "../../patrol/model.js";

const SMALL: TrainingExample[] = [
  { text: "野菜あります🥦 手押し 渋谷", label: "DRUG_SALE" },
  { text: "アイス🧊 0.5 郵送可 テレグラム", label: "DRUG_SALE" },
  { text: "plug 🔌 gas and carts, DM for menu", label: "DRUG_SALE" },
  { text: "高額バイト 日給5万 受け子 即日即金", label: "RECRUITMENT" },
  { text: "ホワイト案件 荷物を運ぶだけ 身分証", label: "RECRUITMENT" },
  { text: "easy money, drivers wanted, cash daily", label: "RECRUITMENT" },
  { text: "農家直送の野菜セット 美味しい", label: "NONE" },
  { text: "コンビニでアイス買った🍦", label: "NONE" },
  { text: "受け子の男を逮捕 警察が注意を呼びかけ", label: "NONE" },
  { text: "Police arrested two men, warning to parents", label: "NONE" },
];

describe("patrol model training", () => {
  it("is deterministic: the same corpus gives the same weights", () => {
    const a = trainModel(SMALL, { epochs: 10 });
    const b = trainModel(SMALL, { epochs: 10 });
    expect(serialiseModel(a)).toBe(serialiseModel(b));
    expect(a.version).toBe(b.version);
  });

  it("depends on the seed and the data", () => {
    const base = trainModel(SMALL, { epochs: 10 });
    expect(trainModel(SMALL, { epochs: 10, seed: 7 }).version).not.toBe(base.version);
    expect(trainModel(SMALL.slice(1), { epochs: 10 }).trainingDataSha256).not.toBe(base.trainingDataSha256);
  });

  it("learns its training data", () => {
    const model = trainModel(SMALL);
    for (const example of SMALL) expect(scoreWithModel(model, example.text).label).toBe(example.label);
  });

  it("reproduces the shipped model file byte for byte from the corpus (npm run patrol:train)", () => {
    const training = readCorpus(CORPUS_URL).filter((post) => splitOf(post.id) === "train");
    const retrained = serialiseModel(trainModel(training.map(({ text, label }) => ({ text, label }))));
    expect(retrained === readFileSync(SHIPPED_MODEL_URL, "utf8")).toBe(true);
  }, 60_000);

  it("ships a model trained on the current corpus and lexicon", () => {
    const model = loadShippedModel();
    const training = readCorpus(CORPUS_URL).filter((post) => splitOf(post.id) === "train");
    expect(model.trainingDataSha256).toBe(trainingDataSha256(training));
    expect(model.lexiconSha256).toBe(lexiconSha256());
    expect(loadShippedModel()).toBe(model);
  });
});

describe("patrol scorePost with the shipped model", () => {
  it.each([
    ["野菜🥦あります 渋谷で手押し テレグラム@yasai_tokyo", "DRUG_SALE"],
    ["ｱｲｽ🧊 0.5 郵送可 DMまで", "DRUG_SALE"],
    ["plug 🔌 zaza and carts, DM for menu, pull up", "DRUG_SALE"],
    ["【高額バイト】荷物を受け取るだけ 日給5万 即日即金 テレグラムで連絡", "RECRUITMENT"],
    ["ホ ワ イ ト 案 件 受け子募集 身分証の写真送れる方", "RECRUITMENT"],
    ["Easy money 💸 drivers wanted, $500 a day, no questions asked, telegram me", "RECRUITMENT"],
  ] as const)("flags %s as %s", (text, label) => {
    expect(scorePost(text).label).toBe(label);
  });

  it.each([
    "農家直送の新鮮な野菜🥦 1箱2000円 送料無料",
    "暑いからコンビニでアイス買った🍦 抹茶味最高",
    "特殊詐欺の受け子の男を逮捕 SNSの闇バイトに応募か 警視庁",
    "【注意】「高額バイト」「ホワイト案件」とうたう投稿は闇バイトです。応募しないで!",
    "We're hiring delivery drivers! $22/hr + benefits, apply on our careers page",
    "Snow ❄️ day! schools closed, building a snowman ☃️",
  ])("does not flag the hard negative %s", (text) => {
    expect(scorePost(text).label).toBe("NONE");
  });

  it("returns probabilities for all labels, highest first", () => {
    const result = scorePost("野菜あります🥦 手押し", "ja");
    expect(result.scores.map((s) => s.label).sort()).toEqual(["DRUG_SALE", "NONE", "RECRUITMENT"]);
    expect(result.scores[0]!.label).toBe(result.label);
    expect(result.scores.reduce((sum, s) => sum + s.score, 0)).toBeCloseTo(1, 3);
    for (let i = 1; i < result.scores.length; i++) expect(result.scores[i - 1]!.score).toBeGreaterThanOrEqual(result.scores[i]!.score);
  });

  it("explains a flag with evidence that names the lexicon entries, strongest first", () => {
    const result = scorePost("都内手押し🥦 野菜あります テレグラムで連絡");
    expect(result.label).toBe("DRUG_SALE");
    expect(result.evidence.length).toBeGreaterThan(0);
    const lexicon = result.evidence.filter((e) => e.kind === "lexicon");
    expect(lexicon.map((e) => e.feature)).toContain("手押し");
    expect(lexicon.find((e) => e.feature === "手押し")?.gloss).toMatch(/hand-to-hand/);
    for (let i = 1; i < result.evidence.length; i++) expect(result.evidence[i - 1]!.weight).toBeGreaterThanOrEqual(result.evidence[i]!.weight);
    expect(result.evidence.every((e) => e.weight > 0)).toBe(true);
  });

  it("explains a recruitment flag with the recruitment terms", () => {
    const result = scorePost("ホワイト案件 受け子募集 日給5万");
    expect(result.label).toBe("RECRUITMENT");
    expect(result.evidence.map((e) => e.feature)).toEqual(expect.arrayContaining(["ホワイト案件", "受け子"]));
  });

  it("handles empty and emoji-only text", () => {
    expect(scorePost("").label).toBe("NONE");
    expect(scorePost("🙂").label).toBe("NONE");
  });
});
