import { describe, it, expect } from "vitest";
import { emojiTokens, foldLeetspeak, joinSpacedCharacters, katakanaToHiragana, normalise } from "../../patrol/normalise.js";

describe("patrol normalise", () => {
  it("folds full-width and half-width forms (NFKC) and lower-cases", () => {
    expect(normalise("ＤＭ　ください")).toBe("dm ください");
    expect(normalise("ﾃﾚｸﾞﾗﾑ")).toBe("てれぐらむ");
    expect(normalise("１ｇ ８０００円")).toBe("1g 8000円");
  });

  it("folds katakana to hiragana so both spellings meet", () => {
    expect(katakanaToHiragana("アイス")).toBe("あいす");
    expect(normalise("アイス")).toBe(normalise("あいす"));
    expect(normalise("ｱｲｽ")).toBe(normalise("アイス"));
    expect(normalise("ヴ")).toBe("ゔ");
    // The long-vowel mark has no hiragana form and stays.
    expect(normalise("スノー")).toBe("すのー");
  });

  it("removes spacing and separators inserted between characters", () => {
    expect(normalise("受 け 子")).toBe("受け子");
    expect(normalise("テ.レ.グ.ラ.ム")).toBe("てれぐらむ");
    expect(normalise("テ・レ・グ・ラ・ム")).toBe("てれぐらむ");
    expect(normalise("高 額 バ イ ト 募集")).toBe("高額ばいと募集");
    expect(normalise("t e l e g r a m me")).toBe("telegram me");
    expect(normalise("z-a-z-a 💨")).toBe("zaza 💨");
    // Ideographic spaces between Japanese words are dropped too.
    expect(normalise("冷たい　もの")).toBe("冷たいもの");
  });

  it("leaves ordinary text, prices and links alone", () => {
    expect(joinSpacedCharacters("easy money for you")).toBe("easy money for you");
    expect(normalise("t.me/ice_shop")).toBe("t.me/ice_shop");
    expect(normalise("受け子・出し子")).toBe("受け子・出し子");
    expect(normalise("1.5万 2024/10/25")).toBe("1.5万 2024/10/25");
  });

  it("undoes leetspeak inside words only", () => {
    expect(foldLeetspeak("c0ke w33d m0lly")).toBe("coke weed molly");
    expect(foldLeetspeak("mp3 4k 1g 8000 covid19")).toBe("mp3 4k 1g 8000 covid19");
  });

  it("keeps emoji as tokens and strips variation selectors, skin tones and zero-width characters", () => {
    expect(normalise("❄️")).toBe("❄");
    expect(normalise("❄︎")).toBe("❄");
    expect(normalise("🔌🏽")).toBe("🔌");
    expect(normalise("野\u200b菜")).toBe("野菜");
    expect(emojiTokens(normalise("🍁野菜🍁 ❄️🧊"))).toEqual(["🍁", "🍁", "❄", "🧊"]);
  });

  it("is idempotent", () => {
    for (const text of ["ﾃﾚｸﾞﾗﾑ 受 け 子 ❄️ ＤＭ", "Easy M0NEY 💸", "ホワイト案件 日給５万"]) {
      expect(normalise(normalise(text))).toBe(normalise(text));
    }
  });
});
