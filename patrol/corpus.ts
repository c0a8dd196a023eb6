// Writes seeds/patrol/corpus.jsonl: posts generated from templates (seeded, so the file is reproducible)
// followed by the hand-written posts of seeds/patrol/handwritten.jsonl. Run: npx tsx patrol/corpus.ts
//
// The wording follows the police sources in docs/patrol.md (NPA notice 2024-10-25, prefectural police
// 2024, TMPD 2025-05, Kyoto police 2022). Obfuscation (half-width katakana, spaced-out keywords,
// full-width letters, emoji variation selectors) is applied to positives and hard negatives alike, so the
// model cannot learn "obfuscated means bad".

import { writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { CORPUS_URL, HANDWRITTEN_URL, readCorpus, splitOf, toJsonl, type CorpusPost } from "./dataset.js";
import { seededRandom, type PatrolLabel } from "./model.js";

type Random = () => number;
type Generated = [text: string, keywords: string[]];
type Template = (r: Random) => Generated;

const pick = <T>(r: Random, items: readonly T[]): T => items[Math.floor(r() * items.length)]!;
const int = (r: Random, min: number, max: number): number => min + Math.floor(r() * (max - min + 1));

// ---- Obfuscation -----------------------------------------------------------------------------------

const HALF_WIDTH = buildHalfWidthTable();
function buildHalfWidthTable(): Map<string, string> {
  const table = new Map<string, string>();
  for (let cp = 0xff66; cp <= 0xff9d; cp++) {
    const half = String.fromCodePoint(cp);
    table.set(half.normalize("NFKC"), half);
    for (const mark of ["\uff9e", "\uff9f"]) {
      const composed = (half + mark).normalize("NFKC");
      if ([...composed].length === 1) table.set(composed, half + mark);
    }
  }
  table.set("ー", "ｰ");
  return table;
}
const toHalfWidthKatakana = (text: string): string => [...text].map((ch) => HALF_WIDTH.get(ch) ?? ch).join("");
const toFullWidthAscii = (text: string): string =>
  text.replace(/[!-~]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) + 0xfee0));
const toHiragana = (text: string): string =>
  [...text].map((ch) => {
    const cp = ch.codePointAt(0)!;
    return cp >= 0x30a1 && cp <= 0x30f6 ? String.fromCodePoint(cp - 0x60) : ch;
  }).join("");
const spacedOut = (word: string, separator: string): string => [...word].join(separator);

function obfuscate(r: Random, text: string, keywords: string[]): string {
  let out = text;
  const keyword = keywords.length > 0 ? pick(r, keywords) : undefined;
  if (keyword && out.includes(keyword) && r() < 0.3) {
    const separator = pick(r, [" ", " ", ".", "・", "_", "-", "　"]);
    out = out.replace(keyword, spacedOut(keyword, separator));
  }
  if (r() < 0.12) out = toHalfWidthKatakana(out);
  else if (r() < 0.08) out = toHiragana(out);
  if (r() < 0.08) out = toFullWidthAscii(out);
  if (r() < 0.3) out = out.replace(/([\u2600-\u27bf])/gu, "$1\ufe0f");
  return out;
}

// ---- Shared vocabulary ------------------------------------------------------------------------------

const HANDLE_PARTS = ["yasai", "green", "tokyo", "kanto", "shibuya", "ice", "snow", "white", "work", "job", "baito",
  "money", "quick", "cash", "nice", "happy", "vip", "shop", "777", "88", "24", "osaka", "lucky", "boss", "dragon",
  "kaze", "hana", "neko", "star", "zero", "king", "plug", "gas", "fresh", "night", "tokyo_", "mr", "777x", "kk"];
const handle = (r: Random): string => `${pick(r, HANDLE_PARTS)}${pick(r, ["_", "", "."])}${pick(r, HANDLE_PARTS)}${int(r, 0, 9) > 5 ? int(r, 1, 99) : ""}`.replace(/\.+$/, "").replace(/^\./, "");
const tgHandle = (r: Random): string => handle(r).replace(/\./g, "_").replace(/_+$/, "");

const JA_AREAS = ["渋谷", "新宿", "池袋", "六本木", "大阪ミナミ", "難波", "梅田", "名古屋栄", "福岡天神", "札幌すすきの",
  "横浜", "川崎", "京都", "神戸三宮", "仙台", "都内", "関東", "埼玉", "千葉", "上野", "錦糸町", "博多", "町田", "立川"];
const JA_PREFS = ["警視庁", "大阪府警", "愛知県警", "福岡県警", "神奈川県警", "埼玉県警", "千葉県警", "京都府警", "山梨県警", "岩手県警", "北海道警"];

function jaContact(r: Random, forDrugs: boolean): string {
  const h = tgHandle(r);
  const options = [
    `テレグラム@${h}`, "詳細はDMで", `シグナル: ${h}.${int(r, 10, 99)}`, `t.me/${h}`, `tg: ${h}`,
    "テレグラムで連絡ください", "Signalで詳細送ります", "連絡はテレグラムのみ", "興味ある方DMまで", "LINE不可 テレグラム限定",
    `ID: ${h}(テレグラム)`, "DMください", `連絡先→ テレグラム ${h}`, "まずはDMへ", "シグナル登録してDM",
    `Telegram: @${h}`, `tele @${h}`,
  ];
  if (forDrugs) options.push("DMまで🔌", "🔌DM", `Wickr: ${h}`);
  return pick(r, options);
}

// ---- Japanese drug-sale posts ------------------------------------------------------------------------

const JA_DRUGS: readonly { w: string; e: string }[] = [
  { w: "野菜", e: "🥦" }, { w: "野菜", e: "🍁" }, { w: "葉っぱ", e: "🌿" }, { w: "クサ", e: "🍃" }, { w: "チョコ", e: "🍫" },
  { w: "ブリ", e: "🍁" }, { w: "バッズ", e: "🌿" }, { w: "ガンジャ", e: "🍃" }, { w: "ジョイント", e: "💨" },
  { w: "アイス", e: "🧊" }, { w: "冷たいの", e: "❄" }, { w: "氷", e: "🧊" }, { w: "エス", e: "💎" }, { w: "スピード", e: "⚡" },
  { w: "チャリ", e: "🚲" }, { w: "スノー", e: "☃" }, { w: "雪", e: "❄" }, { w: "バツ", e: "💊" }, { w: "キャンディ", e: "🍭" },
  { w: "紙", e: "🌈" }, { w: "アシッド", e: "📄" }, { w: "リキッド", e: "🧪" }, { w: "はちみつ", e: "🍯" },
  { w: "マッシュ", e: "🍄" }, { w: "THCリキッド", e: "🍯" }, { w: "スカンク", e: "🥦" }, { w: "ハッパ", e: "🍀" },
];
const JA_DELIVERY = ["手押し", "手押しのみ", "郵送可", "全国郵送可", "置き配OK", "都内手押し", "即日手渡し", "最寄り駅まで行きます",
  "配達可", "レターパックで発送", "手押し・郵送どちらも可"];
const JA_PAY = ["現金", "仮想通貨", "BTC", "USDT", "現金手渡し", "ビットコイン"];
const jaPrice = (r: Random): string => pick(r, [
  `${int(r, 1, 5)}g ${int(r, 6, 15)}000円`, `1p ${int(r, 8, 15)}000`, `0.5/${int(r, 4, 9)}k`, `${int(r, 1, 3)}g¥${int(r, 7, 30)}000`,
  `1本${int(r, 5, 12)}000円`, `${int(r, 1, 10)}錠${int(r, 3, 9)}000円`, `1g=${int(r, 1, 2)}.${int(r, 0, 9)}万`, `${int(r, 1, 3)}万〜`,
]);

const jaDrugTemplates: Template[] = [
  (r) => { const d = pick(r, JA_DRUGS); return [`${pick(r, JA_AREAS)}で${d.w}あります${d.e} ${pick(r, JA_DELIVERY)} ${jaContact(r, true)}`, [d.w]]; },
  (r) => { const d = pick(r, JA_DRUGS); const a = pick(r, JA_AREAS); return [`#${d.w} #${a} ${d.e}${d.e} 本日${pick(r, JA_DELIVERY)} ${jaContact(r, true)}`, [d.w]]; },
  (r) => { const d = pick(r, JA_DRUGS); return [`【${pick(r, JA_AREAS)}】${d.w}入荷しました${d.e} ${jaPrice(r)} リピーター割あり ${jaContact(r, true)}`, [d.w]]; },
  (r) => { const d = pick(r, JA_DRUGS); return [`${d.e}${d.e}${d.e} 質のいい${d.w}あります。${pick(r, JA_DELIVERY)}。詳しくは${jaContact(r, true)}`, [d.w]]; },
  (r) => { const d = pick(r, JA_DRUGS); return [`${d.w}欲しい人いる?${pick(r, JA_AREAS)}周辺なら${pick(r, JA_DELIVERY)}で対応します ${jaContact(r, true)}`, [d.w]]; },
  (r) => { const d = pick(r, JA_DRUGS); return [`本日${pick(r, JA_AREAS)}エリア稼働中 ${d.w}${d.e} ${jaPrice(r)} ${pick(r, JA_PAY)}可 ${jaContact(r, true)}`, [d.w]]; },
  (r) => { const d = pick(r, JA_DRUGS); return [`${pick(r, JA_AREAS)}の八百屋です${d.e} 新鮮な${d.w}入りました ${pick(r, JA_DELIVERY)} ${jaContact(r, true)}`, [d.w, "八百屋"]]; },
  (r) => { const d = pick(r, JA_DRUGS); return [`在庫あり ${d.e}${d.w} ${jaPrice(r)} 支払いは${pick(r, JA_PAY)} ${jaContact(r, true)}`, [d.w]]; },
  (r) => { const d = pick(r, JA_DRUGS); const e = pick(r, JA_DRUGS); return [`${d.w}${d.e}と${e.w}${e.e}あります ${pick(r, JA_AREAS)} ${pick(r, JA_DELIVERY)} まとめ買い割引 ${jaContact(r, true)}`, [d.w, e.w]]; },
  (r) => { const d = pick(r, JA_DRUGS); return [`${pick(r, JA_AREAS)} ${d.e}${d.e} ${jaPrice(r)} ${pick(r, JA_DELIVERY)} 初回おまけ付き ${jaContact(r, true)}`, []]; },
  (r) => { const d = pick(r, JA_DRUGS); return [`極上の${d.w}${d.e}入荷 量り売りOK ${jaPrice(r)} ${jaContact(r, true)}`, [d.w]]; },
  (r) => { const d = pick(r, JA_DRUGS); return [`${int(r, 18, 23)}時まで${pick(r, JA_AREAS)}で${pick(r, JA_DELIVERY)}できます ${d.w}${d.e}必要な方 ${jaContact(r, true)}`, [d.w]]; },
  (r) => { const d = pick(r, JA_DRUGS); return [`${d.e}${d.w}${d.e} パケ${int(r, 1, 5)}つから 匿名配送 ${pick(r, JA_PAY)}払い ${jaContact(r, true)}`, [d.w]]; },
];

// ---- Japanese recruitment posts ----------------------------------------------------------------------

const JA_JOBS = ["運び", "荷受け", "荷物の受け取り", "書類運搬", "送迎ドライバー", "受け子", "出し子", "受け", "荷物を運ぶ仕事", "集金",
  "打ち子", "カードの回収", "運搬", "荷物の受取り", "UD", "ドライバー", "荷物の配達"];
const JA_HOOKS = ["高額バイト", "ホワイト案件", "即日即金", "高収入", "裏バイト", "ホワイトバイト", "高額案件", "日払いバイト", "高額報酬"];
const JA_FEATS = ["簡単", "誰でもできる", "未経験OK", "短時間", "即日即金", "身バレなし", "違法性なし", "リスクゼロ", "顔出しなし",
  "年齢不問", "身分証のみでOK", "交通費支給", "1日だけでもOK", "スマホ1台でOK", "秘密厳守", "学生歓迎"];
const jaPay = (r: Random): string => pick(r, [
  `日給${int(r, 3, 10)}万円`, `日給${int(r, 3, 10)}万〜`, `1件${int(r, 3, 20)}万円`, `報酬${int(r, 5, 30)}万`, `1日${int(r, 3, 10)}万円以上`,
  `即日${int(r, 5, 15)}万`, `最低${int(r, 3, 10)}万保証`, `1回${int(r, 5, 20)}万円`,
]);

const jaRecruitTemplates: Template[] = [
  (r) => { const h = pick(r, JA_HOOKS); const j = pick(r, JA_JOBS); return [`【${h}】${j}のお仕事 ${jaPay(r)} ${pick(r, JA_FEATS)} 詳細は${jaContact(r, false)}`, [h, j]]; },
  (r) => { const h = pick(r, JA_HOOKS); return [`${h}🔥 ${jaPay(r)}! ${pick(r, JA_FEATS)} ${pick(r, JA_FEATS)} 興味ある方は${jaContact(r, false)}`, [h]]; },
  (r) => { const j = pick(r, JA_JOBS); return [`急募 ${j} ${jaPay(r)} ${pick(r, JA_AREAS)}集合 本日稼働可能な方 ${jaContact(r, false)}`, [j]]; },
  (r) => [`お金に困ってる人いませんか?${jaPay(r)}稼げる案件あります。${pick(r, JA_FEATS)}。${jaContact(r, false)}`, ["案件"]],
  (r) => { const j = pick(r, JA_JOBS); return [`${j}できる方募集 1日で${int(r, 5, 15)}万円 即日現金 資格不要 ${jaContact(r, false)}`, [j]]; },
  (r) => [`荷物を受け取るだけの簡単なお仕事です ${jaPay(r)} ${pick(r, JA_FEATS)} 闇バイトではありません ${jaContact(r, false)}`, ["簡単"]],
  (r) => { const h = pick(r, JA_HOOKS); const j = pick(r, JA_JOBS); return [`#高額バイト #${h} #即日即金 ${j} ${jaPay(r)} ${jaContact(r, false)}`, [j]]; },
  (r) => [`UD募集 ${pick(r, JA_AREAS)} ${jaPay(r)} 身分証の写真を送れる方のみ ${jaContact(r, false)}`, ["身分証"]],
  (r) => [`お金配ります💰 フォローとDMで${int(r, 1, 10)}万円当たる 先着${int(r, 5, 50)}名 ${jaContact(r, false)}`, ["お金配ります"]],
  (r) => [`預けた荷物をロッカーに入れるだけ ${int(r, 10, 30)}万〜 ${pick(r, JA_AREAS)}某所 本日稼働可能 ${jaContact(r, false)}`, ["ロッカー"]],
  (r) => { const h = pick(r, JA_HOOKS); const j = pick(r, JA_JOBS); return [`${h}あります ${j} ${pick(r, JA_FEATS)} ${jaPay(r)} 身分証確認あり 秘密厳守 ${jaContact(r, false)}`, [h, j]]; },
  (r) => { const j = pick(r, JA_JOBS); return [`車持ってる人 ${j} ${jaPay(r)} ${pick(r, JA_AREAS)}→${pick(r, JA_AREAS)} 1回${int(r, 3, 10)}万 ${jaContact(r, false)}`, [j]]; },
  (r) => { const h = pick(r, JA_HOOKS); return [`学生・フリーターOK ${h} ${pick(r, JA_FEATS)} 報酬${int(r, 5, 30)}万 ${jaContact(r, false)}`, [h]]; },
  (r) => [`今日動ける人いますか? ${pick(r, JA_JOBS)} ${jaPay(r)} 終わったらすぐ現金渡します ${jaContact(r, false)}`, []],
];

// ---- Japanese hard negatives -------------------------------------------------------------------------

const VEGETABLES = ["ブロッコリー", "キャベツ", "トマト", "ほうれん草", "にんじん", "玉ねぎ", "白菜", "大根", "ピーマン", "かぼちゃ", "レタス", "小松菜"];
const FARMS = ["山田農園", "佐藤さん", "実家", "道の駅", "JA", "近所の農家", "祖母"];
const SHOPS = ["楽天市場", "公式オンラインショップ", "道の駅", "マルシェ", "直売所", "Amazon", "ふるさと納税"];
const DISHES = ["鍋", "カレー", "サラダ", "スープ", "炒め物", "ポトフ", "味噌汁"];
const STORES = ["セブン", "ローソン", "ファミマ", "スーパー", "コンビニ", "サーティワン"];
const FLAVOURS = ["抹茶", "チョコミント", "バニラ", "いちご", "ほうじ茶", "塩キャラメル", "ラムレーズン"];
const BRANDS = ["明治", "ロッテ", "ゴディバ", "ロイズ", "森永", "ブルボン"];
const PLACES = ["札幌", "新潟", "長野", "白馬", "蔵王", "ニセコ", "金沢", "青森", "湯沢"];
const COMPANIES = ["株式会社ミライ物流", "東京ケア株式会社", "有限会社さくら運送", "株式会社ひかり建設", "株式会社ネクストIT",
  "丸山運輸株式会社", "株式会社グリーンフーズ", "ABCホールディングス"];
const LEGIT_JOBS = ["介護スタッフ", "看護師", "倉庫内作業", "配送ドライバー", "施工管理", "調理スタッフ", "営業職", "事務職", "警備員"];

const jaNoneTemplates: Template[] = [
  (r) => { const v = pick(r, VEGETABLES); return [`${pick(r, FARMS)}から${v}が届きました🥦 甘くて美味しい! #野菜 #産直`, ["野菜"]]; },
  (r) => [`農家直送 ${pick(r, VEGETABLES)} 1箱${int(r, 15, 40)}00円 送料無料 ${pick(r, SHOPS)}で販売中`, []],
  (r) => [`今日の夕飯は${pick(r, VEGETABLES)}たっぷりの${pick(r, DISHES)}🍲 #野菜 #おうちごはん`, ["野菜"]],
  (r) => [`家庭菜園の${pick(r, VEGETABLES)}を収穫しました🌿 今年は豊作`, []],
  (r) => [`${pick(r, JA_AREAS)}駅前の八百屋さん、${pick(r, VEGETABLES)}が安くて助かる🥬`, ["八百屋"]],
  (r) => [`野菜不足なので${pick(r, VEGETABLES)}のスムージー🥤 毎朝続けてます`, ["野菜"]],
  (r) => [`暑いから${pick(r, STORES)}でアイス買った🍦 ${pick(r, FLAVOURS)}味最高`, ["アイス"]],
  (r) => [`新作アイス🍨 ${pick(r, FLAVOURS)} 期間限定 全国の${pick(r, STORES)}で発売`, ["アイス"]],
  (r) => [`冷たいものばっかり食べてお腹こわした… ${pick(r, ["アイス", "かき氷", "冷たい麺"])}食べすぎ`, []],
  (r) => [`氷🧊たっぷりのアイスコーヒーが美味しい季節 ${pick(r, ["☕", "☀", "🌞"])}`, ["アイス"]],
  (r) => [`バレンタインのチョコ🍫 ${pick(r, ["手作りしました", "友達に配った", "自分用に買った"])} #手作りチョコ`, ["チョコ"]],
  (r) => [`${pick(r, BRANDS)}の新作チョコ 1箱${int(r, 3, 20)}00円 ${pick(r, STORES)}で買える🍫`, ["チョコ"]],
  (r) => [`${pick(r, PLACES)}は雪❄ 積雪${int(r, 1, 9)}0cm 路面凍結に気をつけて`, []],
  (r) => [`スノーボード行ってきた🏂 ${pick(r, PLACES)}の雪質最高 パウダースノー`, ["スノー"]],
  (r) => [`雪だるま☃作った 子どもが大喜び ${pick(r, PLACES)}は今日も雪`, []],
  (r) => [`チャリで${pick(r, JA_AREAS)}まで行ってきた🚲 いい運動になった`, ["チャリ"]],
  (r) => [`中古自転車(チャリ) ${int(r, 3, 15)}000円で譲ります 手渡し可 ${pick(r, JA_AREAS)}駅周辺 DMください`, ["チャリ"]],
  (r) => [`【正社員募集】${pick(r, COMPANIES)} ${pick(r, LEGIT_JOBS)} 月給${int(r, 22, 40)}万円〜 社会保険完備 交通費支給 応募は当社HPから`, []],
  (r) => [`引越しスタッフ急募 日給1万${int(r, 1, 8)}000円 日払いOK 未経験歓迎 ${pick(r, COMPANIES)}`, []],
  (r) => [`配送ドライバー募集🚚 月収${int(r, 3, 5)}0万円可 普通免許必須 ${pick(r, COMPANIES)} 履歴書不要・面接1回`, []],
  (r) => [`期間工 月収${int(r, 30, 45)}万円 寮完備 入社祝い金あり ${pick(r, COMPANIES)}`, []],
  (r) => [`${pick(r, JA_AREAS)}のカフェでアルバイト募集☕ 時給1${int(r, 1, 5)}00円 学生歓迎 面接は随時`, []],
  (r) => [`ITエンジニア募集 年収${int(r, 5, 12)}00万円〜 リモート可 ${pick(r, COMPANIES)}`, []],
  (r) => [`${pick(r, JA_AREAS)}で特殊詐欺の受け子の男(${int(r, 17, 45)})を逮捕 SNSの闇バイトに応募か ${pick(r, JA_PREFS)}`, ["受け子"]],
  (r) => [`大麻を所持した疑いで${int(r, 18, 50)}歳の男を逮捕 ${pick(r, JA_PREFS)}によると容疑を認めている`, ["大麻"]],
  (r) => [`覚醒剤約${int(r, 1, 9)}キロを密輸しようとした疑いで男を逮捕 税関が押収`, []],
  (r) => [`SNSで「野菜」などの隠語を使い大麻を売った疑いで${int(r, 20, 40)}歳の男を逮捕 ${pick(r, JA_PREFS)}`, ["野菜"]],
  (r) => [`闇バイトで集められた実行役${int(r, 2, 6)}人を送検 強盗事件 ${pick(r, JA_PREFS)}`, ["闇バイト"]],
  (r) => [`【注意】SNSで「高額バイト」「ホワイト案件」とうたう投稿は闇バイトです。応募しないで! #${pick(r, JA_PREFS)}`, ["高額バイト", "ホワイト案件"]],
  (r) => [`闇バイトに応募してしまった方は警察に相談してください #9110 ${pick(r, JA_PREFS)}`, []],
  (r) => [`「荷物を受け取るだけ」は特殊詐欺の受け子です。絶対に応募しないでください ${pick(r, JA_PREFS)}`, ["受け子"]],
  (r) => [`身分証の写真を送ると脅されて抜けられなくなります。闇バイトに注意 ${pick(r, JA_PREFS)}`, ["身分証"]],
  (r) => [`「アイス」「野菜」などの隠語で薬物が売られています。見かけたら通報を ${pick(r, JA_PREFS)}`, ["アイス"]],
  (r) => [`テレグラムのグループで${pick(r, ["ゲームの攻略", "仮想通貨の勉強会", "英会話", "推しの情報"])}の情報交換してる`, ["テレグラム"]],
  (r) => [`Signalって暗号化されてるから安心って聞いたけど本当?${pick(r, ["LINEと何が違うの", "使ってる人いる?"])}`, []],
  (r) => [`テレグラムのチャンネル登録者${int(r, 2, 9)}00人突破 ありがとうございます!`, ["テレグラム"]],
  (r) => [`仕事の連絡はSlack、家族はLINE、海外の友達とはテレグラム${pick(r, ["", " 使い分け大事", " アプリ多すぎ"])}`, []],
  (r) => [`花粉症の薬もらってきた💊 ${pick(r, ["眠くなるやつ", "今年は早めに", "病院混んでた"])}`, []],
  (r) => [`病院で処方された${pick(r, ["睡眠薬", "抗生物質", "痛み止め"])}、飲み忘れないように💊`, []],
  (r) => [`フォロー&リポストで抽選${int(r, 3, 50)}名様にギフト券プレゼント🎁 ${pick(r, COMPANIES)}公式`, []],
  (r) => [`今日は草むしり🌿 庭がすっきりした ${pick(r, ["疲れた", "腰が痛い", "夏は大変"])}`, []],
  (r) => [`${pick(r, ["この動画", "その発想", "タイトル"])}面白すぎて草 ${pick(r, ["www", "😂", ""])}`, []],
  (r) => [`エステサロン${pick(r, JA_AREAS)}店オープン 初回${int(r, 3, 5)}0%オフ ご予約はDMで`, []],
];

// ---- English drug-sale posts ---------------------------------------------------------------------------

const EN_DRUGS: readonly { w: string; e: string }[] = [
  { w: "gas", e: "⛽" }, { w: "loud", e: "🔊" }, { w: "zaza", e: "💨" }, { w: "exotics", e: "🌿" }, { w: "kush", e: "🍃" },
  { w: "carts", e: "🍯" }, { w: "snow", e: "❄" }, { w: "white", e: "☃" }, { w: "coke", e: "👃" }, { w: "tina", e: "💎" },
  { w: "crystal", e: "🧊" }, { w: "bars", e: "💊" }, { w: "xans", e: "💊" }, { w: "percs", e: "💊" }, { w: "molly", e: "💊" },
  { w: "tabs", e: "🌈" }, { w: "shrooms", e: "🍄" }, { w: "oxy", e: "💊" }, { w: "addys", e: "💊" }, { w: "pre rolls", e: "🍁" },
];
const EN_AREAS = ["LA", "Bay Area", "ATL", "Houston", "Chicago", "NYC", "Bronx", "London", "Manchester", "Sydney", "Toronto",
  "Roppongi", "Brooklyn", "Dallas", "Miami", "Birmingham", "Leeds", "Melbourne", "Vegas"];
const EN_QTY = ["1g", "3.5", "an 8th", "a zip", "a QP", "10 pills", "an ounce", "half oz", "a gram", "5 tabs"];
const EN_DELIVERY = ["delivery only", "pull up", "meetups", "shipping nationwide", "same day drop", "stealth shipping",
  "contactless drop", "can deliver", "drops all day"];
function enContact(r: Random, forDrugs: boolean): string {
  const h = tgHandle(r);
  const options = [`telegram @${h}`, `signal: ${h}.${int(r, 10, 99)}`, "DM me", `t.me/${h}`, "hmu on tele", `tg @${h}`,
    "DM for details", `text ${h} on signal`, "message me on telegram", "inbox me"];
  if (forDrugs) options.push(`wickr ${h}`, `snap ${h}`, "DM for menu", "hit my line");
  return pick(r, options);
}

const enDrugTemplates: Template[] = [
  (r) => { const d = pick(r, EN_DRUGS); return [`${pick(r, ["plug", "your plug", "the plug"])} ${pick(r, EN_AREAS)} got that ${d.w} ${d.e} ${pick(r, EN_QTY)} $${int(r, 2, 30)}0 DM for menu`, [d.w]]; },
  (r) => { const d = pick(r, EN_DRUGS); const e = pick(r, EN_DRUGS); return [`tap in 🔌 ${d.w} and ${e.w} available now, ${pick(r, EN_DELIVERY)}. ${enContact(r, true)}`, [d.w]]; },
  (r) => { const d = pick(r, EN_DRUGS); return [`new drop 🔥 ${d.w} ${d.e}${d.e} ${pick(r, EN_DELIVERY)}, ${enContact(r, true)}`, [d.w]]; },
  (r) => { const d = pick(r, EN_DRUGS); return [`${d.e} ${d.w} | ${pick(r, EN_QTY)} $${int(r, 2, 30)}0 | ${pick(r, EN_DELIVERY)} | ${enContact(r, true)}`, [d.w]]; },
  (r) => { const d = pick(r, EN_DRUGS); return [`who need ${d.w}? ${pick(r, EN_AREAS)} ${pick(r, EN_DELIVERY)} only. ${enContact(r, true)}`, [d.w]]; },
  (r) => { const d = pick(r, EN_DRUGS); const e = pick(r, EN_DRUGS); const f = pick(r, EN_DRUGS); return [`menu updated 📋 ${d.w}, ${e.w}, ${f.w} 💨 discreet shipping nationwide, ${enContact(r, true)}`, [d.w]]; },
  (r) => { const d = pick(r, EN_DRUGS); return [`${pick(r, EN_AREAS)} plug 🔌 ${d.w} ${d.e} prices in bio, ${pick(r, EN_DELIVERY)}`, [d.w, "plug"]]; },
  (r) => { const d = pick(r, EN_DRUGS); return [`got ${d.w} ${d.e} ${pick(r, EN_QTY)} for $${int(r, 2, 30)}0, ${pick(r, EN_DELIVERY)}. no lowballers. ${enContact(r, true)}`, [d.w]]; },
  (r) => { const d = pick(r, EN_DRUGS); const e = pick(r, EN_DRUGS); return [`restocked ${d.w} ${d.e} + ${e.w} ${e.e} ${pick(r, EN_DELIVERY)} ${enContact(r, true)}`, [d.w]]; },
  (r) => { const d = pick(r, EN_DRUGS); return [`${d.e}${d.e}${d.e} ${pick(r, EN_AREAS)} ${pick(r, ["quality", "top shelf", "fire", "best prices"])} ${d.w} ${enContact(r, true)}`, [d.w]]; },
];

// ---- English recruitment posts ------------------------------------------------------------------------

const EN_ROLES = ["drivers", "runners", "couriers", "pickup people", "delivery drivers", "people to receive packages", "a driver"];
const EN_FEATS = ["no experience needed", "flexible hours", "same day pay", "no questions asked", "easy work", "18+ only",
  "must have ID", "discreet", "paid in cash", "work from your phone"];
const EN_HOOKS = ["Easy money", "Quick cash", "Fast cash", "Side hustle", "Cash flip", "Need money?"];

const enRecruitTemplates: Template[] = [
  (r) => [`${pick(r, EN_HOOKS)} 💰 need ${pick(r, EN_ROLES)} in ${pick(r, EN_AREAS)}, $${int(r, 3, 15)}00 a day, ${pick(r, EN_FEATS)}. ${enContact(r, false)}`, []],
  (r) => [`Looking for ${pick(r, EN_ROLES)}. ${pick(r, EN_FEATS)}. Paid same day. DM me on ${pick(r, ["telegram", "signal", "tele"])}`, []],
  (r) => [`Easy money 💸 just pick up packages and drop them off. $${int(r, 3, 15)}00/day. No experience needed. ${enContact(r, false)}`, []],
  (r) => [`${pick(r, ["Drivers", "Runners", "Couriers"])} wanted ASAP ${pick(r, EN_AREAS)}, cash daily, no questions asked, must send ID. ${enContact(r, false)}`, []],
  (r) => [`who wants to make $${int(r, 1, 5)},000 this week? legit work, not a scam. ${enContact(r, false)}`, []],
  (r) => [`Need ${int(r, 2, 6)} people with a bank account for a quick job, $${int(r, 5, 20)}00 each, ${enContact(r, false)}`, []],
  (r) => [`hiring ${pick(r, EN_ROLES)} 🚗 ${pick(r, EN_AREAS)} to ${pick(r, EN_AREAS)}, $${int(r, 3, 20)}00 per run, ${pick(r, EN_FEATS)}, ${enContact(r, false)}`, []],
  (r) => [`${pick(r, EN_HOOKS)}!! $${int(r, 5, 20)}00 in one day, all you need is a car and your ID. ${enContact(r, false)}`, []],
  (r) => [`anyone tryna make some quick money this weekend?? ${pick(r, EN_FEATS)}, ${enContact(r, false)}`, []],
  (r) => [`Work with us 💯 ${pick(r, EN_FEATS)}, ${pick(r, EN_FEATS)}, up to $${int(r, 1, 9)},000 a week. Serious only ${enContact(r, false)}`, []],
];

// ---- English hard negatives -----------------------------------------------------------------------------

const EN_VEG = ["broccoli", "kale", "tomatoes", "spinach", "carrots", "zucchini", "lettuce", "peppers"];
const EN_COMPANIES = ["FreshMart", "Riverside Logistics", "City Hospital", "Acme Foods", "Northwind Warehousing", "Metro Transit"];
const EN_STORES = ["Costco", "Target", "Walmart", "Trader Joe's", "Tesco", "Aldi"];
const MEDS = ["Xanax", "sertraline", "propranolol", "Adderall", "oxycodone after surgery"];

const enNoneTemplates: Template[] = [
  (r) => [`Picked up fresh ${pick(r, EN_VEG)} 🥦 at the farmers market today`, []],
  (r) => [`Homemade ${pick(r, ["mint chocolate chip", "vanilla", "strawberry", "matcha"])} ice cream 🍦 recipe in bio`, []],
  (r) => [`Snow ❄ day! schools closed, building a snowman ☃ with the kids`, ["snow"]],
  (r) => [`We're hiring delivery drivers at ${pick(r, EN_COMPANIES)}! $${int(r, 18, 28)}/hr + benefits, apply on our careers page`, []],
  (r) => [`Warehouse associate, $${int(r, 17, 24)}/hr, full-time, health insurance, 401k. Apply online at ${pick(r, EN_COMPANIES)}`, []],
  (r) => [`Nurses wanted at ${pick(r, EN_COMPANIES)}, sign-on bonus $${int(r, 5, 15)},000, equal opportunity employer`, []],
  (r) => [`Police arrested ${int(r, 2, 9)} people in ${pick(r, EN_AREAS)} after seizing ${int(r, 2, 40)}kg of cocaine, officials said`, []],
  (r) => [`Man sentenced to ${int(r, 3, 12)} years for running a drug delivery ring on Telegram`, []],
  (r) => [`Warning: scammers are recruiting "money mules" with easy money offers. Don't reply, report them.`, []],
  (r) => [`Switched our ${pick(r, ["family", "book club", "team"])} group chat to Signal for better privacy`, []],
  (r) => [`Join our Telegram channel for ${pick(r, ["tour updates 🎸", "match schedules ⚽", "daily Japanese lessons 📚"])} link in bio`, []],
  (r) => [`Pharmacist says take ibuprofen with food 💊 ${pick(r, ["good to know", "learned that today"])}`, []],
  (r) => [`Gas prices are insane ⛽ $${int(r, 4, 6)}.${int(r, 10, 99)} a gallon here in ${pick(r, EN_AREAS)}`, ["gas"]],
  (r) => [`This album is so loud 🔊 in the best way, ${pick(r, ["on repeat", "10/10", "go listen"])}`, []],
  (r) => [`Remember to plug in 🔌 your phone before the storm ${pick(r, ["⛈", "🌀", ""])}`, []],
  (r) => [`Protein bars on sale at ${pick(r, EN_STORES)}, grab them while they last`, []],
  (r) => [`Happy birthday Molly! 🎉 ${pick(r, ["love you", "have the best day", "cake time"])}`, []],
  (r) => [`My doctor prescribed ${pick(r, MEDS)} for ${pick(r, ["anxiety", "pain", "ADHD", "panic attacks"])}, side effects are rough`, []],
  (r) => [`PSA: if someone DMs you offering $${int(r, 3, 9)}00 a day to pick up packages, it's a scam. Stay safe.`, []],
  (r) => [`Ski trip ⛷ fresh snow ❄ all weekend in ${pick(r, ["Niseko", "Whistler", "Aspen", "Hakuba"])}`, []],
  (r) => [`DEA warns about fake pills 💊 sold on social media, ${pick(r, ["carry naloxone", "talk to your kids"])}`, []],
  (r) => [`${pick(r, ["Uber Eats", "DoorDash"])} drivers in ${pick(r, EN_AREAS)} can earn $${int(r, 2, 5)}00 this weekend with the surge bonus`, []],
  (r) => [`Our bakery is hiring! Early shifts, free coffee, apply in store ☕`, []],
  (r) => [`Crystal clear water at the beach today 🏖 ${pick(r, ["", "paradise", "no filter"])}`, []],
  (r) => [`Icy roads ❄ in ${pick(r, EN_AREAS)} this morning, drive carefully`, []],
];

// ---- Assembly --------------------------------------------------------------------------------------------

interface Family {
  prefix: string;
  lang: "ja" | "en";
  label: PatrolLabel;
  count: number;
  templates: Template[];
}

const FAMILIES: Family[] = [
  { prefix: "gen-ja-drug", lang: "ja", label: "DRUG_SALE", count: 110, templates: jaDrugTemplates },
  { prefix: "gen-ja-recruit", lang: "ja", label: "RECRUITMENT", count: 110, templates: jaRecruitTemplates },
  { prefix: "gen-ja-none", lang: "ja", label: "NONE", count: 150, templates: jaNoneTemplates },
  { prefix: "gen-en-drug", lang: "en", label: "DRUG_SALE", count: 60, templates: enDrugTemplates },
  { prefix: "gen-en-recruit", lang: "en", label: "RECRUITMENT", count: 60, templates: enRecruitTemplates },
  { prefix: "gen-en-none", lang: "en", label: "NONE", count: 80, templates: enNoneTemplates },
];

export function generatePosts(seed = 5): CorpusPost[] {
  const r = seededRandom(seed);
  const posts: CorpusPost[] = [];
  const seen = new Set<string>();
  for (const family of FAMILIES) {
    let made = 0;
    for (let attempt = 0; made < family.count && attempt < family.count * 5; attempt++) {
      const template = family.templates[attempt % family.templates.length]!;
      const [text, keywords] = template(r);
      const final = obfuscate(r, text, keywords);
      if (seen.has(final)) continue;
      seen.add(final);
      made++;
      const id = `${family.prefix}-${String(made).padStart(3, "0")}`;
      posts.push({ id, text: final, lang: family.lang, label: family.label, split: splitOf(id) });
    }
  }
  return posts;
}

function main(): void {
  const handwritten = readCorpus(HANDWRITTEN_URL).map((post) => ({ ...post, split: splitOf(post.id) }));
  const posts = [...generatePosts(), ...handwritten];
  const ids = new Set<string>();
  for (const post of posts) {
    if (ids.has(post.id)) throw new Error(`duplicate id ${post.id}`);
    ids.add(post.id);
  }
  writeFileSync(CORPUS_URL, toJsonl(posts));
  const count = (split: string): number => posts.filter((p) => p.split === split).length;
  console.log(`wrote ${posts.length} posts (${count("train")} train, ${count("test")} test) to ${fileURLToPath(CORPUS_URL)}`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) main();
