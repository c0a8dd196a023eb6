// Text normalisation for the cyber-patrol classifier. Sellers and recruiters dodge keyword filters with
// full-width or half-width forms, katakana/hiragana swaps, letters spaced out ("受 け 子", "テ.レ.グ.ラ.ム"),
// leetspeak ("c0ke") and emoji variants; every one of these is folded here so the lexicon and the n-grams
// see one canonical form. Pure functions, no state.

export interface NormaliseOptions {
  /** Lower-case Latin letters (default true). Off for identifiers, where base58 wallets are case-sensitive. */
  foldCase?: boolean;
  /** Fold katakana to hiragana (default true). */
  foldKana?: boolean;
  /** Undo leetspeak digits inside Latin words, "w33d" → "weed" (default true). */
  foldLeet?: boolean;
}

// Variation selectors (text/emoji presentation) and emoji skin-tone modifiers: "❄️" and "❄" must be one token.
const EMOJI_VARIANTS = /[\uFE00-\uFE0F]|[\u{E0100}-\u{E01EF}]|[\u{1F3FB}-\u{1F3FF}]/gu;
// Zero-width characters are a classic way to break a keyword without changing how it looks.
const INVISIBLES = /[\u00AD\u180E\u200B-\u200F\u2060-\u2064\uFEFF]/gu;
const CJK = "\\p{Script=Han}\\p{Script=Hiragana}\\p{Script=Katakana}ー々〆";
// Whitespace between two Japanese characters carries no meaning in Japanese text, so it is always dropped.
const SPACE_BETWEEN_CJK = new RegExp(`(?<=[${CJK}])[ \\t\\u3000]+(?=[${CJK}])`, "gu");
// Separators used to space out a word one character at a time.
const SEPARATOR_RUN = /([\s.・_\-*|/,、•·~+'"=]+)/u;
const LEET: Readonly<Record<string, string>> = { "0": "o", "1": "i", "3": "e", "4": "a", "5": "s", "7": "t" };

/** Canonical form used by features and the lexicon. */
export function normalise(text: string, options: NormaliseOptions = {}): string {
  const { foldCase = true, foldKana = true, foldLeet = true } = options;
  let out = text.normalize("NFKC").replace(INVISIBLES, "").replace(EMOJI_VARIANTS, "");
  if (foldCase) out = out.toLowerCase();
  if (foldKana) out = katakanaToHiragana(out);
  out = joinSpacedCharacters(out);
  out = out.replace(SPACE_BETWEEN_CJK, "");
  if (foldLeet && foldCase) out = foldLeetspeak(out);
  return out.replace(/\s+/gu, " ").trim();
}

/** ァ..ヶ → ぁ..ゖ and the katakana iteration marks; ー and the rare ヷ..ヺ have no hiragana form and stay. */
export function katakanaToHiragana(text: string): string {
  let out = "";
  for (const ch of text) {
    const cp = ch.codePointAt(0)!;
    if ((cp >= 0x30a1 && cp <= 0x30f6) || cp === 0x30fd || cp === 0x30fe) out += String.fromCodePoint(cp - 0x60);
    else out += ch;
  }
  return out;
}

/**
 * Joins runs of three or more single characters separated by spacing or punctuation: "t e l e g r a m",
 * "テ.レ.グ.ラ.ム", "受-け-子". A run of one-character pieces is what spacing obfuscation looks like; ordinary
 * prose rarely has three single-character words in a row.
 */
export function joinSpacedCharacters(text: string): string {
  const parts = text.split(SEPARATOR_RUN); // even indices: pieces, odd: separators
  const isSingle = (i: number): boolean => {
    const piece = parts[i];
    // Emoji stand on their own; only letters, kana, kanji and digits get spaced out.
    return piece !== undefined && [...piece].length === 1 && !/\p{Extended_Pictographic}/u.test(piece);
  };
  const isJoinableSeparator = (i: number): boolean => {
    const sep = parts[i];
    return sep !== undefined && sep.length <= 3 && !sep.includes("\n");
  };
  let out = "";
  let i = 0;
  while (i < parts.length) {
    let end = i; // last piece index of a run of singles
    if (isSingle(i)) {
      while (isJoinableSeparator(end + 1) && isSingle(end + 2)) end += 2;
    }
    const runLength = (end - i) / 2 + 1;
    if (runLength >= 3) {
      for (let k = i; k <= end; k += 2) out += parts[k];
    } else {
      for (let k = i; k <= end; k++) out += parts[k];
    }
    if (end + 1 < parts.length) out += parts[end + 1];
    i = end + 2;
  }
  return out;
}

/** "c0ke" → "coke", "w33d" → "weed": only digits enclosed by letters within one word, so prices stay intact. */
export function foldLeetspeak(text: string): string {
  return text.replace(/[a-z0-9]+/g, (word) => {
    const first = word.search(/[a-z]/);
    if (first < 0) return word;
    let last = -1;
    for (let k = word.length - 1; k >= 0; k--) {
      if (/[a-z]/.test(word[k]!)) {
        last = k;
        break;
      }
    }
    if (last - first < 2) return word;
    let folded = word.slice(0, first + 1);
    for (let k = first + 1; k < last; k++) folded += LEET[word[k]!] ?? word[k]!;
    return folded + word.slice(last);
  });
}

const EMOJI = /\p{Extended_Pictographic}/gu;

/** Emoji in the text, one token each (after normalisation, so variation selectors are already gone). */
export function emojiTokens(normalised: string): string[] {
  return normalised.match(EMOJI) ?? [];
}
