// Hand-curated slang, emoji codes and cues for the cyber patrol. Each entry becomes one model feature whose
// weight starts at (and is regularised towards) the weight given here, so an entry works even when the
// training corpus never shows it, and the corpus can correct an entry that misleads.
//
// Sources (see docs/patrol.md): NPA notice of 2024-10-25 on 闇バイト recruitment; Yamanashi and Iwate
// prefectural police 2024 on coded roles; Tokyo Metropolitan Police video of 2025-05 and Kyoto prefectural
// police 2022 slang "dictionary" on drug slang and emoji.
//
// Patterns are written as people type them; they are normalised with the same normalise() as the posts
// (NFKC, lower case, katakana folded to hiragana), so "アイス" also matches "ｱｲｽ" and "あいす".
// Latin-only string patterns match whole words only. RegExp patterns run on the normalised text as-is,
// so write them in lower case and hiragana.

export type LexiconLabel = "DRUG_SALE" | "RECRUITMENT" | "CONTACT" | "NONE";

export interface LexiconEntry {
  /** Shown as evidence; unique. */
  term: string;
  /** DRUG_SALE / RECRUITMENT push towards that label; CONTACT towards both; NONE marks warnings, news, benign use. */
  label: LexiconLabel;
  /** Prior weight (logit units) for the label(s). */
  weight: number;
  gloss: string;
  /** Defaults to [term]. */
  patterns?: (string | RegExp)[];
}

const drug = (term: string, weight: number, gloss: string, patterns?: (string | RegExp)[]): LexiconEntry => ({
  term, label: "DRUG_SALE", weight, gloss, ...(patterns ? { patterns } : {}),
});
const recruit = (term: string, weight: number, gloss: string, patterns?: (string | RegExp)[]): LexiconEntry => ({
  term, label: "RECRUITMENT", weight, gloss, ...(patterns ? { patterns } : {}),
});
const contact = (term: string, weight: number, gloss: string, patterns?: (string | RegExp)[]): LexiconEntry => ({
  term, label: "CONTACT", weight, gloss, ...(patterns ? { patterns } : {}),
});
const none = (term: string, weight: number, gloss: string, patterns?: (string | RegExp)[]): LexiconEntry => ({
  term, label: "NONE", weight, gloss, ...(patterns ? { patterns } : {}),
});

export const LEXICON: readonly LexiconEntry[] = [
  // --- Drug sale, Japanese slang (TMPD 2025-05, Kyoto police 2022) ---
  drug("野菜", 1.0, "'vegetables': cannabis"),
  drug("八百屋", 1.2, "'greengrocer': cannabis dealer"),
  drug("クサ", 0.6, "'grass': cannabis"),
  drug("草", 0.3, "'grass': cannabis (also net slang for 'lol')"),
  drug("葉っぱ", 0.8, "'leaves': cannabis", ["葉っぱ", "ハッパ"]),
  drug("チョコ", 0.5, "'chocolate': hashish"),
  drug("ブリ", 0.6, "cannabis buds (not 久しぶり)", [/(?<![しっ])ぶり(?!っこ)/u]),
  drug("バッズ", 1.2, "cannabis buds", ["バッズ", "バツズ"]),
  drug("スカンク", 1.0, "'skunk': strong cannabis"),
  drug("ガンジャ", 1.5, "ganja: cannabis"),
  drug("ジョイント", 0.8, "joint: cannabis cigarette"),
  drug("大麻", 0.4, "cannabis (also common in news)"),
  drug("THC", 1.2, "THC, the active compound of cannabis", ["thc", "thcリキッド"]),
  drug("リキッド", 0.4, "vape liquid (cannabis liquid)"),
  drug("はちみつ", 0.4, "'honey': cannabis liquid", ["はちみつ", "ハニー"]),
  drug("シャブ", 1.5, "methamphetamine"),
  drug("アイス", 0.6, "'ice': methamphetamine (also ice cream)"),
  drug("氷", 0.4, "'ice': methamphetamine"),
  drug("冷たいもの", 0.7, "'cold stuff': methamphetamine", ["冷たいもの", "冷たいの", "冷たいやつ", "冷たい"]),
  drug("スピード", 0.5, "'speed': methamphetamine"),
  drug("エス", 0.4, "'S': methamphetamine (not エステ, です)", [/(?<![でれけせてねめえ])えす(?![てぽかけぱとさぷ])/u]),
  drug("覚醒剤", 0.3, "methamphetamine (mostly in news)", ["覚醒剤", "覚せい剤"]),
  drug("チャリ", 0.5, "'bicycle': cocaine", ["チャリ", "チャリンコ"]),
  drug("スノー", 0.4, "'snow': cocaine"),
  drug("雪", 0.2, "'snow': cocaine"),
  drug("ホワイト", 0.3, "'white': cocaine"),
  drug("コカイン", 0.4, "cocaine", ["コカイン", "コーク", "クラック"]),
  drug("バツ", 0.7, "'X': MDMA", ["バツ"]),
  drug("キャンディ", 0.4, "'candy': MDMA"),
  drug("エクスタシー", 0.8, "ecstasy: MDMA", ["エクスタシー", "mdma"]),
  drug("アシッド", 0.9, "acid: LSD", ["アシッド", "lsd"]),
  drug("紙", 0.2, "'paper': LSD blotter"),
  drug("マッシュルーム", 0.6, "magic mushrooms", ["マジックマッシュルーム", "マッシュ", "キノコ"]),
  drug("手押し", 1.5, "hand-to-hand sale in person"),
  drug("郵送可", 0.8, "can send by post", ["郵送可", "郵送ok", "全国発送", "発送可"]),
  drug("ブツ", 0.8, "'the goods'"),
  drug("ネタ", 0.5, "'stuff': drugs"),
  drug("パケ", 0.8, "baggie (packet) of drugs"),
  drug("グラム単価", 0.5, "price per gram", [/\d+(\.\d+)?\s*(g|ぐらむ)\s*[\d¥]/u, /(^|[^a-z])[\d.]+g\b/u, "g単価"]),
  drug("入荷", 0.3, "new stock arrived"),
  drug("純度", 1.0, "'purity' of the product", ["純度", "高純度", "混ぜ物なし"]),
  drug("上物", 0.9, "'top-grade stuff'", ["上物", "極上"]),
  drug("ポンプ", 0.6, "'pump': syringe for methamphetamine"),
  drug("受け渡し", 0.5, "hand-over of the goods", ["受け渡し", "引き渡し", "手渡し"]),
  drug("売ります", 0.4, "'selling'", ["売ります", "売ってます", "売ってる", "販売中", "譲ります", "取引"]),
  drug("リピーター割", 0.6, "repeat-customer discount", ["リピーター割", "リピ割"]),
  // --- Drug sale, emoji codes (TMPD 2025-05) ---
  drug("🥦", 0.8, "broccoli emoji: cannabis"),
  drug("🌿", 0.6, "herb emoji: cannabis"),
  drug("🍁", 1.0, "maple-leaf emoji: cannabis"),
  drug("🍃", 0.8, "leaf emoji: cannabis"),
  drug("🍯", 0.5, "honey emoji: cannabis liquid"),
  drug("🧪", 0.5, "test-tube emoji: cannabis liquid"),
  drug("🧊", 0.6, "ice emoji: methamphetamine"),
  drug("❄", 0.6, "snowflake emoji: cocaine or methamphetamine"),
  drug("💎", 0.5, "gem emoji: crystal methamphetamine"),
  drug("🍦", 0.3, "ice-cream emoji: methamphetamine"),
  drug("🚲", 0.4, "bicycle emoji: cocaine"),
  drug("👃", 0.7, "nose emoji: cocaine"),
  drug("☃", 0.6, "snowman emoji: cocaine"),
  drug("❌", 0.5, "cross emoji: MDMA"),
  drug("💊", 0.7, "pill emoji: MDMA or pills"),
  drug("🍭", 0.4, "lollipop emoji: MDMA"),
  drug("🌈", 0.3, "rainbow emoji: LSD"),
  drug("📄", 0.3, "paper emoji: LSD"),
  drug("🍄", 0.5, "mushroom emoji: magic mushrooms"),
  drug("🔌", 1.0, "plug emoji: dealer"),
  drug("💨", 0.5, "smoke emoji: cannabis"),
  drug("⛽", 0.6, "fuel emoji: 'gas', strong cannabis"),
  // --- Drug sale, English slang ---
  drug("plug", 0.8, "dealer"),
  drug("gas", 0.5, "strong cannabis"),
  drug("loud", 0.5, "strong cannabis"),
  drug("zaza", 1.5, "cannabis"),
  drug("exotics", 0.6, "premium cannabis strains", ["exotic", "exotics", "exotix"]),
  drug("kush", 1.0, "cannabis", ["kush", "og kush"]),
  drug("weed", 0.6, "cannabis", ["weed", "buds"]),
  drug("carts", 0.7, "THC vape cartridges", ["carts", "dabs", "shatter", "thc carts"]),
  drug("pre-rolls", 0.6, "pre-rolled joints", ["pre-rolls", "prerolls", "pre rolls", "preroll"]),
  drug("snow", 0.3, "cocaine"),
  drug("coke", 0.8, "cocaine", ["coke", "cocaine", "yayo", "blow", "8ball", "8 ball", "eight ball"]),
  drug("white", 0.2, "cocaine"),
  drug("tina", 0.8, "methamphetamine", ["tina", "meth", "shards"]),
  drug("crystal", 0.3, "methamphetamine"),
  drug("ice", 0.2, "methamphetamine"),
  drug("bars", 0.4, "alprazolam (Xanax) tablets"),
  drug("xans", 1.0, "alprazolam (Xanax) tablets", ["xans", "xanax", "zans", "xannies", "xanny"]),
  drug("percs", 0.9, "oxycodone tablets", ["percs", "perc", "perks", "oxy", "oxys", "m30", "m30s", "roxys", "fent", "fetty"]),
  drug("molly", 1.0, "MDMA", ["molly", "x pills", "mdma"]),
  drug("addys", 0.6, "amphetamine (Adderall) tablets", ["addy", "addys", "addies"]),
  drug("tabs", 0.5, "LSD blotters", ["tabs", "acid"]),
  drug("shrooms", 0.8, "psilocybin mushrooms", ["shrooms", "boomers"]),
  drug("dm for menu", 1.5, "drug menu on request", ["dm for menu", "menu in dm", "menu on request", "ask for menu", "menu in bio", "dm for prices"]),
  drug("menu", 0.3, "price list"),
  drug("tap in", 1.0, "'contact me to buy'", ["tap in", "tapin", "tap inn"]),
  drug("pull up", 0.4, "come and collect in person", ["pull up", "pullup", "meetups", "meet ups"]),
  drug("discreet shipping", 0.9, "covert delivery", ["discreet", "stealth shipping", "stealth", "ship nationwide", "shipping nationwide"]),
  drug("quantities", 0.6, "quantity units: quarter pound, ounce, zips, eighths", ["qp", "qps", "zips", "oz", "ozs", "8th", "8ths", "eighth", "half oz", "1g", "3.5"]),
  drug("pack", 0.3, "a batch of product", ["pack", "packs", "new drop", "restock", "restocked"]),
  drug("420", 0.4, "cannabis culture code"),
  drug("top shelf", 0.6, "premium grade", ["top shelf", "fire", "quality", "strain", "strains", "just dropped", "in stock"]),
  drug("price per unit", 0.5, "per-unit price as in a menu", [/\$\s?\d+\s*(each|a gram|per gram|a pop|a pill|a tab|an? (8th|eighth|oz|ounce|zip))/u, "a gram", "per gram", "grams", "ounces", "halves", "quarters"]),
  drug("connect", 0.5, "'connect': dealer", ["connect", "party favors", "party favours", "come thru", "come through"]),
  drug("blues", 0.4, "fentanyl-pressed 'M30' pills", ["blues", "30s", "m box"]),
  drug("microdose", 0.5, "psilocybin microdosing products", ["microdose", "microdosing"]),

  // --- Recruitment, Japanese (NPA 2024-10-25; Yamanashi and Iwate prefectural police 2024) ---
  recruit("高額バイト", 1.5, "'high-paying part-time job'", ["高額バイト", "高額案件", "高額報酬"]),
  recruit("高収入", 0.7, "'high income'"),
  recruit("高額", 0.4, "'large sum'"),
  recruit("即日即金", 1.5, "'paid in cash the same day'"),
  recruit("即金", 0.8, "'instant cash'", ["即金", "即日現金", "即日払い", "即日10万", "即払い", "当日払い", "その日に払", "すぐ現金"]),
  recruit("ホワイト案件", 2.0, "'clean job' (claims not to be illegal)", ["ホワイト案件", "ホワイトバイト", "ホワイト求人", /ほわいと(な|の)?(案件|ばいと|仕事|求人)/u]),
  recruit("裏バイト", 1.5, "'underground part-time job'", ["裏バイト", "裏仕事", "裏案件"]),
  recruit("闇バイト×", 1.5, "claims 'not a dark job'", [/闇ばいと(×|x|ではない|ではありません|じゃない|じゃありません|ちゃう)/u]),
  recruit("違法性なし", 1.0, "claims 'nothing illegal'", ["違法性なし", "違法性ゼロ", "違法じゃない", "違法ではありません", "合法です", "捕まらない", "捕まることはない", "捕まりません", "逮捕されない", "逮捕されることはありません", "逮捕されることはない", "バレない", "身バレなし"]),
  recruit("日給", 0.5, "daily pay", [/日給\s*\d+(\.\d+)?\s*万/u, /1日で?\s*\d+\s*万/u, /日当\s*\d+\s*万/u]),
  recruit("報酬", 0.4, "'reward / fee'", [/報酬\s*\d+/u, "報酬"]),
  recruit("簡単", 0.4, "'easy'", ["簡単", "かんたん", "誰でもできる", "誰でも出来る", "誰でも可"]),
  recruit("受け子", 1.0, "cash/card receiver in fraud", ["受け子", "受けの仕事", "受け募集"]),
  recruit("出し子", 1.0, "ATM withdrawer in fraud", ["出し子", "出しの仕事", "出し募集"]),
  recruit("UD", 1.2, "受け子・出し子 (receiver/withdrawer)", ["ud", "ud募集"]),
  recruit("叩き", 1.0, "robbery job", ["叩き", "タタキ"]),
  recruit("運び屋", 1.0, "courier", ["運び屋", "運び", "運搬", "はこび"]),
  recruit("運びの仕事", 1.2, "'carrying job'", ["運びの仕事", "荷物を運ぶ", "荷物運び", "書類運搬", "書類を運ぶ"]),
  recruit("荷受け", 1.2, "parcel receiving", ["荷受け", "荷物の受け取り", "荷物の受取", "荷物受け取り", "荷物受取", "荷物を受け取る"]),
  recruit("打ち子", 1.0, "'typist': fraud account operator"),
  recruit("かけ子", 1.0, "'caller' in phone fraud", ["かけ子", "架け子"]),
  recruit("役募集", 1.0, "a role being recruited ('receiver role wanted')", [/(受け取り|引き出し|運び|見張り|かけ|出し|受け|回収)役/u, "役募集"]),
  recruit("〜するだけ", 1.0, "'you only have to…': the easy-job claim", [/(運ぶ|受け取る|受け取りに行く|届ける|預ける|入れる|引き出す|渡す|かける|行く|動く|契約する|貸す|置く|待つ|乗る)だけ/u]),
  recruit("口座", 0.6, "bank accounts bought or borrowed for fraud", ["口座を貸", "口座貸", "口座売買", "口座を売", "口座買", "口座を作", "携帯を契約", "携帯契約", "スマホ契約"]),
  recruit("仕事あります", 0.5, "'there is work'", ["仕事あります", "仕事紹介", "お仕事紹介", "仕事を紹介", "仕事の案内", "お仕事です"]),
  recruit("送迎", 0.3, "'driving people': driver job"),
  recruit("本日稼働", 1.0, "'can work today'", ["本日稼働", "稼働可能", "即稼働", "今日動ける", "本日動ける"]),
  recruit("都内某所", 0.8, "'somewhere in Tokyo'", ["某所"]),
  recruit("ロッカー", 0.4, "coin locker drop"),
  recruit("身分証", 0.8, "ID document (collected to threaten applicants)", ["身分証", "免許証", "マイナンバーカード", "保険証", "学生証"]),
  recruit("顔写真", 0.6, "face photo", ["顔写真", "自撮り"]),
  recruit("資格不要", 0.5, "'no qualifications needed'", ["資格不要", "経験不問", "年齢不問", "学歴不問"]),
  recruit("案件", 0.5, "'a job / deal'"),
  recruit("お金配ります", 1.0, "money giveaway used to collect candidates", ["お金配ります", "お金配り", "現金配布", "お金あげます", "現金プレゼント"]),
  recruit("稼げる", 0.6, "'you can earn'", ["稼げる", "稼げます", "稼ぎたい", "稼ぎませんか"]),
  recruit("お金に困って", 0.8, "'short of money?'", ["お金に困って", "金欠", "借金", "お金が必要"]),
  recruit("飛ばし", 1.0, "burner phone or account", ["飛ばし", "飛ばし携帯", "口座買取", "口座売って", "口座を売"]),
  recruit("リスクなし", 0.8, "'no risk'", ["リスクなし", "ノーリスク", "リスクゼロ", "安全な仕事"]),
  // --- Recruitment, English ---
  recruit("easy money", 1.5, "", ["easy money", "easy cash", "ez money", "quick money", "money fast"]),
  recruit("quick cash", 1.0, "", ["quick cash", "fast cash", "cash daily", "same day pay", "paid same day", "paid daily", "cash same day"]),
  recruit("drivers wanted", 1.0, "couriers sought", ["drivers wanted", "driver wanted", "need drivers", "need a driver"]),
  recruit("runners wanted", 1.5, "couriers sought", ["runners wanted", "runner wanted", "need runners", "looking for runners"]),
  recruit("runners", 0.4, "couriers (also joggers)", ["runners", "runner"]),
  recruit("couriers", 0.6, "", ["courier", "couriers", "pickup person", "pick up person", "mule", "mules"]),
  recruit("no questions asked", 1.2, "", ["no questions asked", "no questions", "dont ask questions", "don't ask questions"]),
  recruit("not a scam", 1.0, "claims legitimacy", ["not a scam", "legit work", "100% legit", "legit job", "no scam"]),
  recruit("pick up packages", 0.9, "parcel receiving", ["pick up packages", "pickup packages", "receive packages", "package pickup", "pick up a package", "collect packages"]),
  recruit("send ID", 1.0, "ID photo demanded", ["send id", "photo of your id", "pic of your id", "copy of your id", "send your id", "id required"]),
  recruit("bank account", 0.5, "money-mule accounts", ["bank account", "bank card", "debit card", "cash app account"]),
  recruit("per day", 0.7, "daily pay claim", [/\$\s?\d[\d,]*\+?\s*(a|per|\/)\s*(day|job|run|trip)/u, /\d[\d,]*\s*(a|per)\s*(day|run|trip)/u]),
  recruit("make money", 0.6, "", ["make money", /(make|earn|making)\s?\$\s?\d/u, "make bread", "secure the bag"]),
  recruit("side hustle", 0.4, "", ["side hustle", "cash flip"]),
  recruit("no experience", 0.3, "", ["no experience", "no experience needed", "anyone can do it", "no skills", "no skills required"]),
  recruit("big money", 0.7, "", ["big money", "good pay", "great pay", "earn big", "paid well", "start today", "start tonight"]),
  recruit("reshipping", 0.8, "receive and forward parcels (reshipping mules)", ["receive parcels", "forward them", "forward packages", "reship", "reshipping", "parcels", "errands"]),
  recruit("suitcase", 0.6, "carrying luggage across a border", ["suitcase", "luggage", "all expenses paid", "carry a bag"]),
  recruit("open bank accounts", 0.9, "money-mule accounts", ["open bank accounts", "open a bank account", "use your bank", "use your account", "your bank card"]),

  // --- Contact cues: move to high-secrecy apps (NPA 2024-10-25) ---
  contact("Telegram", 0.8, "encrypted messenger favoured by sellers and recruiters", ["telegram", "tele", "テレグラム", "テレグラ", /てれ(?![びくぱふわぽかとあ東朝])/u, "t.me", "tg"]),
  contact("Signal", 0.8, "encrypted messenger", ["signal", "シグナル", "秘匿アプリ", "秘匿性"]),
  contact("Wickr", 1.0, "encrypted messenger", ["wickr", "ウィッカー", "threema", "session app"]),
  contact("DM", 0.3, "direct message", ["dm", "dmで", "dmください", "dmまで", "dm me", "hmu", "hit me up", "hit my line", "inbox me"]),

  // --- Negative cues: warnings, news, police (NONE) ---
  none("注意", 1.0, "'caution'", ["注意", "注意喚起", "気をつけ", "気を付け"]),
  none("逮捕", 1.5, "'arrested'", ["逮捕", "検挙", "摘発", "送検", "起訴", "判決", "有罪", "実刑"]),
  none("警察", 1.0, "police", ["警察", "警視庁", "県警", "府警", "道警", "警察署", "麻薬取締部", "マトリ", "税関"]),
  none("呼びかけ", 1.0, "'public appeal'", ["呼びかけ", "呼び掛け", "応募しないで", "応募しない", "絶対に応募", "加担", "相談して", "相談を", "#9110", "9110", "通報", "危険", "勧誘"]),
  none("容疑者", 1.2, "'suspect'", ["容疑者", "容疑", "疑い", "供述", "捜査", "押収", "事件", "被告"]),
  none("「」 quoted term", 0.8, "a short term in 「」 quotes: slang being mentioned (warnings, news), not used", [/「[^」]{1,15}」/u]),
  none("ニュース", 0.6, "news", ["ニュース", "報道", "記者", "によると", "発表"]),
  none("特殊詐欺", 0.5, "'special fraud' (news/warning term)", ["特殊詐欺", "犯罪実行者募集", "詐欺"]),
  none("闇バイト", 0.5, "'dark part-time job' (police and news term)", ["闇バイト"]),
  none("warning", 1.0, "", ["warning", "beware", "be careful", "scam alert", "alert", "psa", "don't fall for", "dont fall for", "stay safe", "avoid", "scam", "scams", "scammers", "fake job", "fake jobs"]),
  none("arrested", 1.5, "", ["arrested", "arrest", "charged", "sentenced", "convicted", "indicted", "seized", "seizure", "raid", "busted"]),
  none("police", 1.0, "", ["police", "cops", "officers", "dea", "authorities", "sheriff", "prosecutors", "court", "investigation", "detectives"]),
  none("news", 0.6, "", ["news", "reported", "according to", "officials said", "said on", "reuters"]),
  none("prevention", 0.8, "", ["prevention", "awareness", "recovery", "rehab", "sober", "sobriety", "overdose", "narcan", "addiction"]),
  // --- Negative cues: benign use of the same words ---
  none("medical", 0.6, "medicine context", ["処方", "薬局", "病院", "医師", "副作用", "prescription", "prescribed", "pharmacy", "pharmacist", "doctor", "side effects", "dose"]),
  none("farm produce", 0.6, "real vegetables", ["農家", "産直", "直売", "収穫", "家庭菜園", "スーパー", "農園", "farmers market", "harvest", "garden", "grocery"]),
  none("cooking", 0.6, "food and cooking", ["レシピ", "料理", "夕飯", "晩ご飯", "お弁当", "美味しい", "おいしい", "recipe", "dinner", "baked", "delicious", "yummy"]),
  none("legit employer", 0.8, "marks of a real employer", ["株式会社", "社会保険", "正社員", "ハローワーク", "履歴書", "面接", "福利厚生", "賞与", "有限会社", "benefits", "401k", "health insurance", "equal opportunity", "resume", "apply online", "careers page", "interview", "per hour", "/hr"]),
];

/** The lexicon entry by term. */
export const LEXICON_BY_TERM: ReadonlyMap<string, LexiconEntry> = new Map(LEXICON.map((entry) => [entry.term, entry]));
