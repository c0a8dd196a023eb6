import { describe, it, expect } from "vitest";
import { base58CheckVersion, extractIdentifiers, isValidBech32, normalisePhone } from "../../patrol/identifiers.js";

const values = (text: string): string[] => extractIdentifiers(text).map((id) => `${id.kind}:${id.value}`);

describe("patrol identifier extraction", () => {
  it("finds Telegram ids in links and after app names, normalised", () => {
    expect(values("詳細は t.me/IceShop_88 まで")).toEqual(["telegram:iceshop_88"]);
    expect(values("テレグラム: @Yasai_Tokyo 連絡ください")).toEqual(["telegram:yasai_tokyo"]);
    expect(values("ﾃﾚｸﾞﾗﾑ＠yasai_tokyo")).toEqual(["telegram:yasai_tokyo"]);
    expect(values("tg: quick_cash77")).toEqual(["telegram:quick_cash77"]);
    expect(values("テ.レ.グ.ラ.ム @ice_tokyo")).toEqual(["telegram:ice_tokyo"]);
  });

  it("finds Signal, Wickr and LINE ids", () => {
    expect(values("シグナル: kusa.07")).toEqual(["signal:kusa.07"]);
    expect(values("wickr: pharmaguy")).toEqual(["wickr:pharmaguy"]);
    expect(values("LINE ID: yasai_123")).toEqual(["line:yasai_123"]);
    expect(values("line.me/ti/p/~shop.jp")).toEqual(["line:shop.jp"]);
  });

  it("ignores app names used as ordinary words", () => {
    expect(values("signal strength is bad today, telegram channel is great")).toEqual([]);
    expect(values("テレグラムで連絡 テレビ見てる")).toEqual([]);
  });

  it("finds Japanese and international phone numbers as E.164", () => {
    expect(values("090-1234-5678")).toEqual(["phone:+819012345678"]);
    expect(values("電話 ０９０ー１２３４ー５６７８")).toEqual(["phone:+819012345678"]);
    expect(values("0 9 0 - 1 2 3 4 - 5 6 7 8")).toEqual(["phone:+819012345678"]);
    expect(values("03-1234-5678")).toEqual(["phone:+81312345678"]);
    expect(values("call +81 90-1234-5678 or +1 (415) 555-0132")).toEqual(["phone:+819012345678", "phone:+14155550132"]);
    expect(values("シグナル: 080-1111-2222")).toEqual(["signal:+818011112222"]);
    expect(normalisePhone("12345")).toBeUndefined();
  });

  it("does not take prices or dates for phone numbers", () => {
    expect(values("日給5万 1日10万 1g 8000円 2024/10/25")).toEqual([]);
  });

  it("finds @handles but not e-mail addresses", () => {
    expect(values("follow @plug_la on IG, mail me at bob@example.com")).toEqual(["handle:plug_la"]);
  });

  it("finds wallets and checks their checksums", () => {
    expect(values("BTC 1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa")).toEqual(["btc:1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa"]);
    expect(values("3J98t1WpEZ73CNmQviecrnyiWrnqRhWNLy")).toEqual(["btc:3J98t1WpEZ73CNmQviecrnyiWrnqRhWNLy"]);
    expect(values("BC1QW508D6QEJXTDG4Y5R3ZARVARY0C5XW7KV8F3T4")).toEqual(["btc:bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4"]);
    expect(values("bc1p5d7rjq7g6rdk2yhzks9smlaqtedr4dekq08ge8ztwac72sfr9rusxg3297")).toHaveLength(1);
    expect(values("ETH 0x52908400098527886E0F7030069857D2E4169EE7")).toEqual(["eth:0x52908400098527886e0f7030069857d2e4169ee7"]);
    expect(values("USDT(TRC20) TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t")).toEqual(["tron:TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t"]);
    // One character off: checksum fails, nothing reported.
    expect(values("1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNb")).toEqual([]);
    expect(isValidBech32("bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t5")).toBe(false);
    expect(base58CheckVersion("TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t")).toBe(0x41);
  });

  it("reports each identifier once, in order of appearance", () => {
    const text = "t.me/ice_shop か @ice_shop、電話 090-1234-5678 (090-1234-5678)";
    expect(values(text)).toEqual(["telegram:ice_shop", "phone:+819012345678"]);
  });
});
