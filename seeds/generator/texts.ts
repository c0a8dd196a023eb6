// Message texts: templates with {slots}, modelled on the wording police have published (NPA notice of
// 2024-10-25 on 闇バイト recruitment, Yamanashi/Iwate police on coded roles, TMPD 2025-05 and Kyoto police 2022
// on drug slang and emoji; see /work/shared/notes/domain-japan.md and docs/seed-data.md). Ordinary chatter
// deliberately reuses the same words (vegetables, ice cream, chocolate, snow, legitimate "high pay" job ads,
// police warnings, news) so that detection has hard negatives to get right.

import type { Rng } from "./rng.js";
import type { Drug } from "./vocab.js";

export type Slot = string | (() => string);
export type Slots = Readonly<Record<string, Slot | undefined>>;

const SLOT = /\{(\w+)\}/g;

/** Fills {name} slots; a missing slot is a bug in the templates, so it throws. */
export function fill(template: string, slots: Slots): string {
  return template.replace(SLOT, (_, name: string) => {
    const v = slots[name];
    if (v === undefined) throw new Error(`template slot {${name}} has no value: ${template}`);
    return typeof v === "function" ? v() : v;
  });
}

const slotCache = new Map<string, string[]>();
/** The slot names a template uses. */
function slotNames(template: string): string[] {
  let names = slotCache.get(template);
  if (!names) {
    names = [...template.matchAll(SLOT)].map((m) => m[1] as string);
    slotCache.set(template, names);
  }
  return names;
}

/** Fills one of the templates whose slots all have values (an organisation without Signal never says "Signal"). */
export function say(rng: Rng, templates: readonly string[], slots: Slots): string {
  const usable = templates.filter((t) => slotNames(t).every((n) => slots[n] !== undefined));
  if (usable.length === 0) throw new Error(`no template can be filled with the slots given: ${templates[0]}`);
  return fill(rng.pick(usable), slots);
}

/** Small everyday variations so that ordinary posts are not all verbatim copies. */
export function vary(rng: Rng, text: string, tag: string): string {
  const r = rng.next();
  if (r < 0.15) return `${text}${rng.pick(["笑", "w", "！", "…", "😂", "✨", "🙏", "💦"])}`;
  if (r < 0.25) return `${text} #${rng.pick(["日常", tag, "今日のできごと", "休日", "ひとりごと"])}`;
  if (r < 0.32) return `${rng.pick(["やっと", "今日は", "ついに", "なんか", "さっき"])}${text}`;
  if (r < 0.36) return `${text}\n${rng.pick(["#日常", "#写真好きな人と繋がりたい", "#おうち時間"])}`;
  return text;
}

/** Slots every template may use; the caller adds the area's and the speaker's. */
export function commonSlots(rng: Rng): Record<string, Slot> {
  return {
    pay: () => rng.pick(["3万", "5万", "5万円", "7万", "8万", "10万", "10万円", "15万", "20万"]),
    bigpay: () => rng.pick(["30万", "50万", "80万", "100万"]),
    pay_en: () => rng.pick(["30,000", "50,000", "80,000", "100,000", "150,000"]),
    bigpay_en: () => rng.pick(["300,000", "500,000", "800,000", "1,000,000"]),
    giveaway: () => rng.pick(["10,000", "30,000", "50,000", "100,000"]),
    n: () => String(rng.int(2, 10)),
    time: () => (rng.chance(0.5) ? `${rng.int(9, 23)}時` : `${rng.int(9, 23)}:${rng.pick(["00", "15", "30", "45"])}`),
    time_en: () => `${rng.int(1, 11)}${rng.pick(["am", "pm"])}`,
    locker: () => String(rng.int(1, 320)),
    pin: () => rng.digits(4),
    job: () => rng.pick(["荷物の受取り", "運びの仕事", "書類運搬", "送迎ドライバー", "荷物を運ぶだけの仕事", "受け子", "簡単な配達", "荷物の受け取り代行"]),
    tracking: () => `${rng.digits(4)}-${rng.digits(4)}-${rng.digits(4)}`,
    container: () => `${rng.pick(["MSKU", "TGHU", "CMAU", "OOLU", "HLXU", "EGHU"])}${rng.digits(7)}`,
    kg: () => String(rng.pick([2, 3, 5, 8, 10, 20, 30, 50])),
    sales: () => String(rng.int(80, 900)),
    balance: () => String(rng.int(100, 3000)),
    usdt_amt: () => String(rng.pick([5, 8, 12, 20, 35, 50, 80]) * 1000),
    tx: () => rng.chars("0123456789abcdef", 64),
    shop: () => rng.pick(["まるやま", "やおきゅう", "八百福", "みどり屋", "青果たなか"]),
  };
}

// ---------------------------------------------------------------------------------------------------------
// Drug talk: slang, English street names, emoji, units and prices (yen).

export interface DrugTalk {
  readonly ja: readonly string[];
  readonly en: readonly string[];
  readonly emoji: readonly string[];
  /** [how it is asked for, grams, price in yen] */
  readonly units: readonly (readonly [string, number, number])[];
  readonly hashtags: readonly string[];
}

export const DRUG_TALK: Readonly<Record<Drug, DrugTalk>> = {
  cannabis: {
    ja: ["野菜", "葉っぱ", "クサ", "ブリ", "バッズ", "スカンク"],
    en: ["gas", "loud", "zaza", "greens", "weed"],
    emoji: ["🥦", "🌿", "🍁", "🍃", "🥬"],
    units: [["1g", 1, 6000], ["3g", 3, 15000], ["5g", 5, 23000], ["10g", 10, 40000]],
    hashtags: ["#野菜", "#手押し", "#ブリ", "#葉っぱ"],
  },
  "cannabis liquid": {
    ja: ["リキッド", "はちみつ", "THCリキッド"],
    en: ["carts", "thc carts", "wax"],
    emoji: ["🍯", "🧪", "💨"],
    units: [["1本", 1, 12000], ["2本", 2, 22000], ["5本", 5, 50000]],
    hashtags: ["#リキッド", "#はちみつ", "#手押し"],
  },
  methamphetamine: {
    ja: ["アイス", "冷たいの", "氷", "エス", "S", "シャブ"],
    en: ["ice", "tina", "crystal", "glass"],
    emoji: ["🧊", "❄️", "💎", "🍦"],
    units: [["0.3", 0.3, 15000], ["0.5", 0.5, 25000], ["1g", 1, 40000]],
    hashtags: ["#アイス", "#冷たいの", "#手押し"],
  },
  cocaine: {
    ja: ["チャリ", "スノー", "雪", "白いの", "ホワイト", "コーク"],
    en: ["snow", "white", "coke", "yayo"],
    emoji: ["❄️", "☃️", "🚲", "👃", "⛄"],
    units: [["0.5g", 0.5, 15000], ["1g", 1, 28000], ["3g", 3, 75000]],
    hashtags: ["#スノー", "#チャリ", "#手押し"],
  },
  MDMA: {
    ja: ["バツ", "キャンディ", "エクスタシー", "タマ"],
    en: ["molly", "beans", "pills", "x"],
    emoji: ["💊", "🍭", "❌", "🍬"],
    units: [["1錠", 0.3, 7000], ["3錠", 0.9, 18000], ["10錠", 3, 50000]],
    hashtags: ["#バツ", "#キャンディ", "#パーティー"],
  },
  LSD: {
    ja: ["紙", "アシッド", "ペーパー"],
    en: ["tabs", "acid", "paper"],
    emoji: ["🌈", "📄", "🍄"],
    units: [["1枚", 0.01, 7000], ["3枚", 0.03, 18000], ["5枚", 0.05, 28000]],
    hashtags: ["#紙", "#アシッド", "#フェス"],
  },
};

/** Slots for talking about one drug: {product}, {product_en}, {emoji}, {emojis}, {hashtag}, {qty}, {price}. */
export function drugSlots(rng: Rng, drug: Drug, unit?: readonly [string, number, number]): Record<string, Slot> {
  const talk = DRUG_TALK[drug];
  const u = unit ?? rng.pick(talk.units);
  return {
    product: () => rng.pick(talk.ja),
    product_en: () => rng.pick(talk.en),
    emoji: () => rng.pick(talk.emoji),
    emojis: () => rng.sample(talk.emoji, rng.int(2, 3)).join(""),
    hashtag: () => rng.sample(talk.hashtags, rng.int(1, 2)).join(" "),
    qty: u[0],
    price: u[2].toLocaleString("en-US"),
  };
}

// ---------------------------------------------------------------------------------------------------------
// Recruitment (闇バイト). Every ad carries a contact: {tg} (Telegram, "@handle"), {sig} (Signal username),
// {phone} or {line}; the organisation reuses the same ones across its posts.

export const RECRUIT_AD_JA: readonly string[] = [
  "【高額バイト】日給{pay}〜 即日即金💰\n{job}のみ、誰でもできる簡単なお仕事です。\n詳細はテレグラム {tg} までDM📩\n#高額バイト #即日即金 #ホワイト案件",
  "ホワイト案件です✨ 違法性なし、身バレなし。{area}で{job}、1日{pay}。興味ある方はDMください。連絡はシグナル（{sig}）で。",
  "【急募】本日稼働可能な方🙋 {area}某所 {pay}〜\n預けた荷物をロッカーに入れるだけ\nテレグラム→{tg}",
  "闇バイト×　ホワイト案件⭕\n{job} 報酬{pay}/日\n18歳以上 学生OK\n連絡先 {tg}（テレグラム）",
  "UD募集　日給{pay}　即日現金　資格不要　{area}\n📩{tg}",
  "運び屋募集🚗 車なしOK、交通費支給。1件{pay}。秘密厳守。Signal: {sig}",
  "即日即金💴 {job}スタッフ募集 {area}\n日給{pay}以上確約\nLINEはNG、テレグラム（{tg}）のみ対応",
  "高収入バイト 1日で{pay} 空いた時間にスマホだけでOK 詳しくは→ {tg}",
  "荷物の受取りだけで{pay}💰 自宅で受け取って指定の場所に送るだけ。\nDM or テレグラム {tg}",
  "【ホワイトバイト】海外から届く荷物の受け取り代行 1回{pay} 身分証不要\n連絡: {phone}（SMSのみ）/ {tg}",
  "今月まだ稼げる人いますか？👀 即日払い {pay}〜 {area}集合 連絡はシグナルで {sig}",
  "書類運搬の仕事 1件{pay} 飛行機代・ホテル代こちら負担✈️ 海外旅行ついでに稼げます\nDM→{tg}",
  "#闇バイトではありません #ホワイト案件\n{area}で{job}。未経験歓迎、日払い{pay}。テレグラムで「バイト希望」と送ってください {tg}",
  "【リゾバ】タイ往復 荷物を運ぶだけで報酬{bigpay} 渡航費全額負担 📩{tg}",
  "お金に困ってる人いませんか？ 簡単な{job}で{pay}。誰にもバレません。まずは {tg} に連絡を",
  "送迎ドライバー募集🚙 {area}内 1回{pay} 即日払い 詳細はテレグラムで「送迎」と送信 {tg}",
  "【高収入】{job} 時給じゃなく日給{pay}✨ 面接なし・即採用\nLINE ID: {line}",
  "借金ある人、今すぐ稼げます💸 {job}だけ。{pay}〜即日。{tg} まで",
  "高額案件あります。詳細はDMで。 {area} 即日 {pay}\n※冷やかしお断り\nテレ {tg}",
  "20万〜 都内某所 本日稼働可能な方のみ\n預けた荷物をロッカーへ\n連絡はシグナル {sig}",
  "ホワイト案件‼️ 受け取り・運搬 日給{pay} 交通費全額支給 {area} 📞{phone}",
  "学生さん歓迎🎓 週1からOK {job} 報酬{pay} 即日手渡し テレグラム {tg}",
];

export const RECRUIT_AD_EN: readonly string[] = [
  "Easy money 💸 ¥{pay_en}/day just picking up parcels in {area_en}. No experience needed. DM me on Telegram {tg}",
  "Drivers / runners wanted 🚗 {area_en}. Paid same day. Signal: {sig}",
  "Looking for travellers ✈️ Free flight to Bangkok + ¥{bigpay_en} for carrying one small bag. Telegram {tg}",
  "Side job 💼 receive packages at home, forward them, get ¥{pay_en} each. 100% legal. Hit me up on Telegram {tg}",
  "Need quick cash? Same-day pay, no questions asked. Tap in 👉 {tg}",
  "Hiring now: courier work, ¥{pay_en}/day, foreigners welcome, no Japanese needed. Text {phone} or Signal {sig}",
  "\"White job\", totally legit 😇 ¥{pay_en} per pickup in {area_en}. DM me on Telegram {tg}",
  "Students! Make ¥{pay_en} this weekend. Simple delivery job, paid in cash. Telegram: {tg}",
];

export const GIVEAWAY_JA: readonly string[] = [
  "【お金配ります】💸 フォロー&いいねした人から抽選で{n}名に{giveaway}円プレゼント！当選者にはDMします #お金配り #現金プレゼント",
  "お金配りします💰 いいね・RTで参加OK。当選者には{tg}から連絡します",
  "本日限定！{giveaway}円を{n}名様に🎁 参加条件はフォローとDM解放だけ #お金配り",
];

export const RECRUIT_REPLY: readonly string[] = ["DMしました", "興味あります！", "詳細知りたいです", "まだ募集してますか？", "DM送りました🙏", "still hiring?"];

export const RECRUIT_DM = {
  xFirst: ["ポスト見ました。まだ募集してますか？", "バイトの件でDMしました。{area}住みです", "高額バイトの件、詳しく教えてください", "日払いのバイト探してます。まだ空いてますか？", "お金配りの件で連絡しました"],
  xFirstEn: ["Saw your post, still hiring?", "Hi, is the delivery job still available?", "Interested in the side job. How does it work?"],
  xMove: ["ありがとうございます！詳細はテレグラムで送ります。{tg} を追加してください", "こちらでは詳しく話せないので、シグナル（{sig}）で連絡ください", "テレグラム入れてください。{tg} に「バイト希望」と送って", "DMありがとう。Xだと消えるのでテレグラム {tg} で話しましょう"],
  xMoveEn: ["Thanks! We talk on Telegram, add {tg}", "Can't talk here. Signal me: {sig}"],
  intro: ["テレグラムありがとうございます。仕事内容は荷物を受け取って指定の場所に持っていくだけです。報酬は1件{pay}です", "簡単な受け取りの仕事です。1回{pay}、即日払い。やりますか？", "仕事は{job}です。{area}で、報酬は{pay}。明日から動けますか？"],
  introEn: ["The job: pick up a parcel, bring it where I say. ¥{pay_en} each time, paid same day. You in?", "Simple delivery work in {area_en}. ¥{pay_en} per run."],
  accept: ["やります！", "大丈夫です、お願いします", "これって違法じゃないですよね…？", "やってみたいです。いつからですか", "お金すぐ必要なのでお願いします"],
  acceptEn: ["I'm in", "ok, is it legal though?", "yes, need the money"],
  reassure: ["大丈夫です、ホワイト案件なので。言われた通りにやれば問題ないです", "違法なことは一切ないです。安心してください", "みんなやってるから大丈夫。荷物の中身は知らなくていい"],
  reassureEn: ["100% safe bro, just do what I say", "Don't worry, you don't need to know what's inside"],
  idRequest: ["念のため身分証（免許証か保険証）の表と裏、顔写真を送ってください", "本人確認のため身分証の写真と住所、実家の住所、緊急連絡先をお願いします", "身分証と、身分証を持った自撮りを送って。決まりなので"],
  idRequestEn: ["Send a photo of your ID, front and back, and a selfie holding it", "Need your ID and home address first, standard procedure"],
  idSent: ["送りました", "今送りました。確認お願いします", "これでいいですか？"],
  idSentEn: ["sent", "done, check it"],
  quit: ["やっぱり辞めたいです…怖くなりました", "すみません、今回でもう終わりにしたいです", "家族にバレそうなので辞めます"],
  threat: ["今さら辞められないよ。身分証も住所もこっちは持ってるからね", "実家の住所わかってるけど、いいの？", "辞めるなら今までの報酬返してもらうから。逃げたら家族に連絡いくよ"],
  report: {
    receive: ["受け取りました📦", "届きました。写真送ります", "受け取って持っていきました", "終わりました。報酬いつですか？"],
    locker: ["ロッカーに入れました", "渡しました", "回収しました。向かってます", "終わりました。報酬いつですか？"],
    ship: ["発送しました", "全部出しました。控えの写真送ります", "発送完了です"],
    traveller: ["着きました", "税関通りました", "無事戻りました。荷物どこに持っていけばいいですか"],
  },
  reportEn: {
    receive: ["got it 📦", "parcel received, sending photo"],
    locker: ["done", "delivered"],
    ship: ["all sent", "shipped"],
    traveller: ["landed, all good", "through customs 👍"],
  },
  paid: ["お疲れ様。報酬{pay}、口座に振り込みました", "今回の分は手渡しで。{station}で", "報酬は明日振り込む", "お疲れ様です。次もお願いします"],
  paidEn: ["good job, ¥{pay_en} sent to your account", "cash tomorrow at {station}"],
} as const;

export const JOB_DM = {
  receive: [
    "{date}の{time}ごろ、{address}に荷物が届きます。受け取ったら写真を送ってください。中身は開けないで",
    "明日の午前中に荷物が届く。宛名は「{fakename}」。受け取ったらそのまま{station}のコインロッカーへ",
    "海外から荷物が届きます。受け取りのサインだけして、{time}に{station}で渡してください",
  ],
  locker: [
    "{station}のコインロッカー{locker}番に荷物があります。暗証番号は{pin}。{time}までに回収して",
    "{station}東口のロッカー{locker}番、番号{pin}。中のバッグを持って{area}まで",
  ],
  traveller: [
    "来週{city}に行ってもらいます。航空券とホテルはこっちで取ります。帰りにスーツケース1個持って帰るだけ",
    "{date}の便で{city}へ。現地で荷物を受け取って{port}に戻ってきて。空港で聞かれたら友達へのお土産って言って",
  ],
  ship: [
    "コンビニから{n}件発送お願い。宛先はあとで送る。差出人は適当な名前で",
    "今日中に{n}件送って。伝票は手書きで、品名は「化粧品」",
  ],
  receiveEn: ["Parcel arrives at {address} on {date}. Sign for it, don't open it, bring it to {station}.", "Go to locker {locker} at {station}, code {pin}. Take the bag to {area_en}."],
  travellerEn: ["You fly to {city} on {date}. Tickets on us. Bring back one suitcase, that's it."],
} as const;

// ---------------------------------------------------------------------------------------------------------
// Drug sales: ads and conversations with buyers.

export const SALE_AD_JA: readonly string[] = [
  "{emojis}{product}あります{emojis}\n{area}手押し可 郵送可📦\n詳しくはテレ {tg}\n{hashtag}",
  "{emoji}{product}入荷しました{emoji} {qty} {price}円〜 初回サービスあり 🔌{tg}",
  "新鮮な{product}{emojis} 品質保証 {area}で手押し、全国郵送OK 連絡はテレグラムで {tg}",
  "{product}{emoji}入りました。数量限定。DMまたは{tg}",
  "{product}{emoji} いい感じの入ってます 手押し{area} / 郵送 💬{tg}",
  "八百屋です🥦 {product}各種 {emojis} 連絡はテレ {tg} #八百屋",
  "{emojis} {product} {qty}{price}円 {area} 即日 テレ→{tg}",
  "{hashtag} {emojis} {tg} 📦郵送可",
  "{product}{emoji}入荷 好きな人DMください 🔌 {hashtag}",
  "{area}🔌 {product}{emoji} 手押し即日、郵送は中身バレない梱包で📦\nSignal {sig}",
  "週末用{emojis} {product}ラスト少し。{qty} {price}円。{tg}",
  "{product}屋さん開店中{emojis} メニューはテレグラムで → {tg}",
  "【{area}】{product}{emoji} 手渡し・郵送 どちらも対応 連絡先 {line}（LINE）",
  "{emoji}{emoji}{emoji} わかる人だけ {tg} {hashtag}",
  "{product}{emojis} 手押し・郵送 支払いは仮想通貨かPayPayで → {walletid}\n注文は {tg}",
  "{emojis} {qty} {price}円 先払いのみ（{walletid}）連絡はテレ {tg}",
];

export const SALE_AD_EN: readonly string[] = [
  "🔌 plug in {area_en}: {product_en} {emojis} DM for menu. Telegram {tg}",
  "{product_en} just landed {emojis} {area_en} delivery, nationwide post. Tap in {tg}",
  "Best {product_en} in {area_en} {emoji} discreet shipping all over Japan 📦 {tg}",
  "{product_en} {emoji} weekend special, ¥{price} for {qty}. Signal {sig}",
  "Got that {product_en} {emojis} hand-to-hand {area_en}. Telegram {tg}",
  "New menu 🔥 {product_en} {emojis} DM or Telegram {tg}",
  "{product_en} {emojis} crypto only, pay to {walletid} then DM {tg}",
];

export const SALE_REPLY: readonly string[] = ["DMしました🙏", "郵送いけますか？", "テレ送りました", "tap in", "まだありますか？", "sent you a DM"];

export const SALE_DM = {
  ask: ["{product}ありますか？", "{product} {qty}ほしいです", "メニュー見たいです", "ポスト見ました。{area}で手押しできますか？", "前回と同じのお願いします", "{emoji} {qty}お願いします"],
  askEn: ["menu?", "you got {product_en}?", "need {qty} of {product_en}", "same as last time 🙏"],
  price: ["{qty}で{price}円です。手押しなら{station}、郵送なら+1,000円", "あります。{qty} {price}円。初回なのでおまけつけます", "{qty}なら{price}円。郵送は追跡つき"],
  priceEn: ["{qty} = ¥{price}, drop or post", "¥{price} for {qty}"],
  pricePrepaid: ["{price}円、先払いでお願いします", "{qty} {price}円。先に入金確認してから動きます"],
  pricePrepaidEn: ["¥{price} for {qty}. Pay first."],
  payTo: {
    bank: ["振込先: {bank} {walletid} 名義 {holder}", "こちらに振込お願いします\n{bank}\n{walletid}\n{holder}"],
    crypto: ["BTCで: {walletid}", "USDT（TRC20）なら {walletid} まで", "仮想通貨ならこちら {walletid}"],
    other: ["PayPayなら {walletid} に送って", "PayPay ID: {walletid}"],
    cash: ["現金手渡しで。{station}で", "お金は会ったときに"],
  },
  payToEn: {
    bank: ["Bank transfer: {bank} {walletid} ({holder})"],
    crypto: ["Send to {walletid}", "BTC/USDT only: {walletid}"],
    other: ["PayPay {walletid}"],
    cash: ["cash on drop"],
  },
  paid: ["振り込みました", "送金しました。確認お願いします", "今から向かいます", "払いました🙏"],
  paidEn: ["sent 👍", "paid", "omw"],
  confirmHand: ["確認しました。明日{time}に{station}で。着いたら連絡して", "確認OK。{station}の改札出たところで", "了解、{time}に{station}で"],
  confirmHandEn: ["received. drop at {station} {time_en}", "ok, {station} {time_en}"],
  confirmCash: ["明日{time}に{station}で。現金ちょうどで", "{station}に{time}。着いたら連絡して"],
  confirmCashEn: ["{station} {time_en}, exact cash", "meet at {station} {time_en}"],
  confirmParcel: ["確認しました。本日発送します📦 追跡番号 {tracking}", "発送済みです。ポスト投函なのでサインいらないです", "確認OK。明日発送、追跡 {tracking}"],
  confirmParcelEn: ["shipped 📦 tracking {tracking}", "paid ✔ posting today"],
  thanks: ["届きました、ありがとう🙏 またお願いします", "最高でした🔥 また頼みます", "受け取りました", "ありがとうございます😊"],
  thanksEn: ["got it, thx", "🔥🔥 will order again"],
} as const;

// ---------------------------------------------------------------------------------------------------------
// Inside an organisation, with suppliers, and across organisations.

export const INTERNAL = {
  bossToLt: ["今月の売上まとめて送って", "{port}の件どうなってる？", "新しい受け子2、3人集めといて", "{date}の便、絶対ミスるなよ", "会計に回収させろ", "最近動きが多い。テレグラム以外で連絡するな"],
  ltToBoss: ["了解です。受け子{n}人手配済み", "今月の売上 {sales}万です", "{port}、{date}着予定です", "問題なしです", "売人の回収終わりました"],
  ltToFin: ["サプライヤーへの支払い USDT {usdt_amt} 今日中にお願いします", "{fakename}に報酬{pay}振り込んでください", "売上の回収お願いします", "今月の経費まとめておいて"],
  finToLt: ["送金完了。TxID {tx}", "振込済みです", "今月の残高 {balance}万", "了解、明日やります"],
  ltToSeller: ["今週の分、{n}個渡す。{station}で", "売上は会計に渡して", "新しいアカウント作っとけ。前のは凍結された", "値段は据え置きで"],
  sellerToLt: ["在庫少ないです。追加お願いします", "今週{n}件売れました", "了解です", "客から郵送の依頼多いです"],
  seized: ["税関に止められたらしい。全員テレグラムの履歴消せ", "{fakename}が捕まった。しばらく動くな", "携帯変えろ。このアカウントはもう使わない", "荷物が届かない。たぶん押さえられた"],
  recruiterToLt: ["新しく{n}人確保しました。身分証もらってます", "受け子1人飛びました。代わり探します", "今週は応募少ないです"],
} as const;

export const SUPPLIER = {
  fromSupplier: [
    "Container {container} leaves {fport} on {date}, ETA {port_en} around {eta}. Goods inside the {cover_en}.",
    "Payment received 👍 {usdt_amt} USDT",
    "Next load: {kg} kg {product_en}, same price as before",
    "Customs are hot at {port_en}, better switch to {port_en2}",
    "Send me the receiver name and address for the air box",
    "Your guy lands at {port_en} on {date}. Black suitcase, false bottom.",
    "DHL box {tracking} out of {fport}, {kg} kg inside {cover_en}",
  ],
  toSupplier: [
    "Received. All good.",
    "Sent {usdt_amt} USDT to {walletid}",
    "Can you do {kg} kg next month?",
    "We lost the last one at customs. Need a discount.",
    "Receiver: {fakename}, {address}",
    "Use {port_en} this time.",
  ],
} as const;

export const CROSS_ORG: readonly string[] = [
  "そっちの仕入れ先、まだ動いてる？",
  "{port}が厳しいから、うちの便に相乗りする？",
  "金の方、今回もそっちの会計さんに頼める？",
  "最近{area}でサツが多い。気をつけて",
  "受け子足りないなら何人か回すよ",
  "{kg}キロ回せる？ 値段は前と同じで",
  "same supplier as you, he says {port_en} is fine this month",
];

// ---------------------------------------------------------------------------------------------------------
// Ordinary life: the noise, with hard negatives on purpose.

export const ORDINARY_POSTS: Readonly<Record<string, readonly string[]>> = {
  vegetables: [
    "家庭菜園の野菜が収穫できた🥬🍅 今年はトマトが豊作",
    "実家から野菜が大量に届いた、誰か消費手伝って笑",
    "今日の晩ごはんは野菜たっぷりのカレー🍛 #自炊",
    "道の駅で新鮮な野菜を買った🥦 安すぎる",
    "野菜不足なのでスムージー🥤",
    "ベランダでハーブ🌿育て始めました",
    "今日の買い物\n・キャベツ\n・玉ねぎ\n・アイス",
    "醤油、みりん、砂糖を同量で。簡単照り焼き、野菜も一緒に焼くと美味しい",
    "紅葉🍁きれいだった、{area}おすすめ",
  ],
  "ice-cream": [
    "コンビニの新作アイス🍦めっちゃ美味しい",
    "暑すぎてアイス3個目🍨",
    "冷たいものばかり飲んでたらお腹壊した",
    "かき氷🍧食べに行きたい",
    "アイスコーヒーが美味しい季節☕🧊",
    "チョコミント派です🍫🌿",
    "バレンタインのチョコ作り🍫 今年は生チョコに挑戦",
    "限定のチョコ買えた！",
  ],
  weather: [
    "雪❄️すごい、電車止まるかな",
    "自転車🚲で通勤始めた、片道20分",
    "スノボ🏂行きたい、雪山最高",
    "今日は暑すぎる、溶ける",
    "台風来るらしいから買い出し行ってくる",
  ],
  chatter: [
    "それは草www",
    "課長のギャグ寒すぎて草",
    "今日は{station}でランチ🍜",
    "推しのライブ当たった！！",
    "明日から3連休、どこ行こう",
    "週末は{area}でキャンプ⛺",
    "電車遅延でつらい",
    "猫がかわいすぎる🐈",
    "新しいカメラ買った📷",
    "ラーメン屋の行列すごい",
    "友達に「それ絶対怪しいよ」って言われた",
    "店員さんに \"Thank you\" って言われて英語で返しちゃった",
    "テレグラム入れてみたけど使い方わからん",
    "ホワイト企業に転職したい…",
    "宅配の荷物受け取れなかった📦 再配達頼まなきゃ",
    "ロッカーに荷物預けて観光🧳 {station}便利",
    "高額当選したい🎯 宝くじ買ってきた",
    "即日入金のフリマアプリ便利すぎる",
    "新しいバイト始めた！居酒屋のホール、時給1,200円",
    "バイト先の店長が優しい",
    "今日のジム、脚の日🏋️",
    "映画おもしろかった、続編楽しみ🎬",
  ],
  chatterEn: [
    "Snow in Sapporo today ❄️ so pretty",
    "Just had the best matcha ice cream 🍦",
    "Anyone know a good bike shop 🚲 in {area_en}?",
    "Looking for a part-time English teaching job, any tips?",
    "this track is fire 🔥",
    "Got my JR pass, heading to Kyoto tomorrow",
    "The vegetables at the market here are so cheap, loving it",
    "My coworker said \"it's just a chill job\" lol, famous last words",
    "Grass is greener, they say 🌿",
    "gas prices are wild, glad I cycle",
  ],
};

export const LEGIT_JOB_ADS: readonly string[] = [
  "【スタッフ募集】{area}のカフェでホールスタッフ募集☕ 時給1,150円〜 交通費支給 応募はHPから",
  "引越しスタッフ募集🚚 日給12,000円 日払いOK 未経験歓迎 ※面接あり",
  "配送ドライバー募集 軽貨物 月収35万円以上可 要普通免許 #求人",
  "イベント設営 単発バイト 1日9,000円 即日払い可（規定あり）",
  "倉庫内軽作業 高時給1,500円 週2日〜OK 履歴書不要・面接1回 #高収入バイト",
  "【正社員】ルート配送 荷物の積み込みと配達 賞与年2回 {area}",
  "家庭教師のアルバイト募集📚 時給2,000円〜 大学生歓迎",
  "We're hiring! English-speaking staff for our {area_en} hostel, ¥1,300/hour, visa support",
];

export const SHOP_POSTS = {
  vegetables: [
    "本日の野菜🥬 キャベツ150円、玉ねぎ3個100円！ #八百屋 #{tag}",
    "八百屋{shop}です。朝採れ野菜入荷しました🥦🍅 配達もします",
    "旬の野菜セット🥕 郵送可、全国発送します！ご注文はDMで",
    "冷たいトマト🍅冷やしてます、店頭で一本どうぞ",
  ],
  "ice-cream": [
    "新作アイス🍦ピスタチオ登場！",
    "本日も冷たいアイスご用意してます🍨 #{tag}グルメ",
    "チョコアイス🍫半額デー、本日限り",
    "かき氷🧊始めました。いちごミルクが人気です",
  ],
} as const;

export const POLICE_WARNINGS: readonly string[] = [
  "【注意】「高額バイト」「即日即金」「ホワイト案件」などの募集は闇バイトの可能性があります。応募しないで！ #闇バイト",
  "闇バイトの募集に応じると、犯罪の実行役として使い捨てにされます。身分証を送ってしまった人も、まずは警察に相談を",
  "「荷物を受け取るだけ」「運ぶだけ」で高額報酬はありえません。それは犯罪です。 #闇バイト #受け子",
  "SNSで「野菜」「アイス」などの隠語で薬物を売る投稿が確認されています。絶対に手を出さないでください",
  "テレグラムやシグナルに誘導する求人は要注意。脅されて辞められなくなるケースが多発しています",
  "Warning: job ads promising \"easy money\" for carrying parcels are recruiting for crime. Don't reply, report.",
];

export const NEWS: readonly string[] = [
  "【ニュース】SNSで募集された「運び役」の男を覚醒剤密輸の疑いで逮捕 {port}",
  "大麻リキッドを郵送で販売した疑いで20代の男を逮捕 {area}",
  "闇バイトで集められた受け子ら{n}人を逮捕",
  "{port}で覚醒剤{kg}キロ押収 コンテナの{cover}に隠す",
  "SNSで「野菜」と称し大麻を販売、容疑者を逮捕",
];

export const WARNING_REPLIES: readonly string[] = [
  "これ闇バイトでしょ、通報しました",
  "ホワイト案件って書いてる時点で真っ黒",
  "みんな絶対応募しちゃダメ",
  "this is a scam, reported",
  "身分証送ったら終わりだよ",
];

export const FRIENDLY_REPLIES: readonly string[] = ["わかる〜", "いいね！", "美味しそう😋", "行きたい！", "それな", "おつかれ！", "nice 👍", "same lol", "草", "うらやましい"];

export const FRIEND_DMS: readonly string[] = [
  "今日何時に帰る？", "明日のランチどこ行く？", "了解👍", "駅に着いたよ", "スーパーで野菜買ってきて", "アイス買ってきて🍨",
  "飲み会代振り込んだよー", "写真送るね📷", "ごめん、ちょっと遅れる🙏", "明日、10時、駅前で", "ありがとう！", "おやすみ〜",
  "週末ひま？", "今度{station}のカフェ行こう", "see you at 7, usual place", "ok 👌",
];

// ---------------------------------------------------------------------------------------------------------
// Obfuscation sellers and recruiters use to dodge keyword filters (folded back by patrol/normalise.ts).

export function obfuscate(rng: Rng, text: string): string {
  const r = rng.next();
  if (r < 0.3) return text.replace("テレグラム", rng.pick(["テ レ グ ラ ム", "ﾃﾚｸﾞﾗﾑ", "テレ", "TG"]));
  if (r < 0.5) return text.replace("高額", "高\u200b額").replace("即日", "即\u200b日");
  if (r < 0.7) return text.replace("シグナル", rng.pick(["ｼｸﾞﾅﾙ", "シ.グ.ナ.ル"])).replace("ホワイト", "ﾎﾜｲﾄ");
  if (r < 0.85) return text.replace("バイト", "ﾊﾞｲﾄ").replace("手押し", "手 押 し");
  return text.replace(/野菜/, "ヤサイ").replace(/アイス/, "ｱｲｽ");
}
