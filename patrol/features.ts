// Sparse features for the patrol classifier. Three kinds, told apart by a prefix so evidence can say what
// each one is: "n:" character n-grams (1–4) of the normalised text, "t:" Latin word tokens, word bigrams and
// emoji, "l:" lexicon entries, "s:" the summed lexicon weight per lexicon label (so that slang the corpus
// never shows still counts through the weight its label group learned). N-grams and tokens are scaled together to unit length so a long post does not
// outvote a short one; a lexicon entry is worth 1 whatever the post's length, so its weight reads directly
// as logit units.

import { emojiTokens, normalise } from "./normalise.js";
import { LEXICON, type LexiconEntry, type LexiconLabel } from "./lexicon.js";

export type FeatureKind = "ngram" | "token" | "lexicon";
export type SparseFeatures = Map<string, number>;

export const NGRAM_MIN = 1;
export const NGRAM_MAX = 4;
const PREFIX_KIND: Readonly<Record<string, FeatureKind>> = { n: "ngram", t: "token", l: "lexicon", s: "lexicon" };

export function featureKind(feature: string): FeatureKind {
  const kind = PREFIX_KIND[feature.slice(0, 1)];
  if (!kind) throw new Error(`unknown feature kind: ${feature}`);
  return kind;
}

/** The feature without its kind prefix, as shown to investigators. */
export function featureName(feature: string): string {
  return feature.slice(2);
}

export const lexiconFeature = (entry: LexiconEntry): string => `l:${entry.term}`;
export const lexiconTotalFeature = (label: LexiconLabel): string => `s:${label} lexicon total`;
export const LEXICON_LABELS: readonly LexiconLabel[] = ["DRUG_SALE", "RECRUITMENT", "CONTACT", "NONE"];

interface CompiledEntry {
  entry: LexiconEntry;
  matchers: ((normalised: string) => boolean)[];
}

const WORDLIKE = /^[a-z0-9 .'$/&%-]+$/;
const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");

function compilePattern(pattern: string | RegExp): (normalised: string) => boolean {
  if (pattern instanceof RegExp) {
    const re = new RegExp(pattern.source, pattern.flags.replace("g", ""));
    return (text) => re.test(text);
  }
  const canonical = normalise(pattern);
  if (WORDLIKE.test(canonical)) {
    // Latin words match whole words only: "gas" must not fire on "gasket" nor "ice" on "price".
    const re = new RegExp(`(?<![a-z0-9])${escapeRegExp(canonical)}(?![a-z0-9])`, "u");
    return (text) => re.test(text);
  }
  return (text) => text.includes(canonical);
}

let compiledLexicon: CompiledEntry[] | undefined;
function lexiconMatchers(): CompiledEntry[] {
  compiledLexicon ??= LEXICON.map((entry) => ({
    entry,
    matchers: (entry.patterns ?? [entry.term]).map(compilePattern),
  }));
  return compiledLexicon;
}

/** Lexicon entries whose patterns occur in the already-normalised text. */
export function matchLexicon(normalised: string): LexiconEntry[] {
  return lexiconMatchers()
    .filter(({ matchers }) => matchers.some((matches) => matches(normalised)))
    .map(({ entry }) => entry);
}

const MEANINGFUL_SINGLE = /[\p{Script=Han}\p{Extended_Pictographic}]/u;

/** Character n-grams of the normalised text (single characters only for kanji and emoji); digits fold to 0 so "日給5万" and "日給8万" share n-grams. */
export function charNgrams(normalised: string, min = NGRAM_MIN, max = NGRAM_MAX): Set<string> {
  const chars = [...normalised.replace(/\d/g, "0")];
  const grams = new Set<string>();
  for (let n = min; n <= max; n++) {
    for (let i = 0; i + n <= chars.length; i++) {
      const gram = chars.slice(i, i + n).join("");
      if (gram.trim() === "") continue;
      // A lone kana, letter or digit says nothing about the topic, only about writing style.
      if (n === 1 && !MEANINGFUL_SINGLE.test(gram)) continue;
      grams.add(gram);
    }
  }
  return grams;
}

const LATIN_WORD = /[a-z][a-z0-9']*|\d+[a-z]+[a-z0-9]*/g;

/** Latin word tokens, adjacent word bigrams and emoji, for English and romanised text. */
export function wordTokens(normalised: string): Set<string> {
  const tokens = new Set<string>();
  // Bigrams only across plain spaces, not across punctuation or Japanese text.
  for (const chunk of normalised.split(/[^a-z0-9' ]+/)) {
    const words = chunk.match(LATIN_WORD) ?? [];
    words.forEach((word, i) => {
      tokens.add(word);
      const next = words[i + 1];
      if (next !== undefined) tokens.add(`${word} ${next}`);
    });
  }
  for (const emoji of emojiTokens(normalised)) tokens.add(emoji);
  return tokens;
}

/** All features of one post; the text is normalised here. */
export function extractFeatures(text: string): SparseFeatures {
  const normalised = normalise(text);
  const features: SparseFeatures = new Map();
  const surface = [
    ...[...charNgrams(normalised)].map((gram) => `n:${gram}`),
    ...[...wordTokens(normalised)].map((token) => `t:${token}`),
  ];
  const scale = surface.length > 0 ? 1 / Math.sqrt(surface.length) : 0;
  for (const feature of surface) features.set(feature, scale);
  const totals = new Map<LexiconLabel, number>();
  for (const entry of matchLexicon(normalised)) {
    features.set(lexiconFeature(entry), 1);
    totals.set(entry.label, (totals.get(entry.label) ?? 0) + entry.weight);
  }
  // Square root: the third drug term adds less certainty than the first.
  for (const [label, total] of totals) features.set(lexiconTotalFeature(label), Math.sqrt(total));
  return features;
}
