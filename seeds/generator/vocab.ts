// Word lists for the synthetic world. Every person is fictional: names are random combinations of common
// given and family names; numbers, handles and addresses are generated (see docs/seed-data.md).

/** [kanji, romaji] */
export type NamePair = readonly [string, string];

export const JP_FAMILY: readonly NamePair[] = [
  ["佐藤", "Sato"], ["鈴木", "Suzuki"], ["高橋", "Takahashi"], ["田中", "Tanaka"], ["伊藤", "Ito"],
  ["渡辺", "Watanabe"], ["山本", "Yamamoto"], ["中村", "Nakamura"], ["小林", "Kobayashi"], ["加藤", "Kato"],
  ["吉田", "Yoshida"], ["山田", "Yamada"], ["佐々木", "Sasaki"], ["山口", "Yamaguchi"], ["松本", "Matsumoto"],
  ["井上", "Inoue"], ["木村", "Kimura"], ["林", "Hayashi"], ["斎藤", "Saito"], ["清水", "Shimizu"],
  ["山崎", "Yamazaki"], ["森", "Mori"], ["池田", "Ikeda"], ["橋本", "Hashimoto"], ["阿部", "Abe"],
  ["石川", "Ishikawa"], ["山下", "Yamashita"], ["中島", "Nakajima"], ["石井", "Ishii"], ["小川", "Ogawa"],
  ["前田", "Maeda"], ["岡田", "Okada"], ["長谷川", "Hasegawa"], ["藤田", "Fujita"], ["後藤", "Goto"],
  ["近藤", "Kondo"], ["村上", "Murakami"], ["遠藤", "Endo"], ["青木", "Aoki"], ["坂本", "Sakamoto"],
  ["福田", "Fukuda"], ["太田", "Ota"], ["西村", "Nishimura"], ["藤井", "Fujii"], ["金子", "Kaneko"],
  ["岡本", "Okamoto"], ["藤原", "Fujiwara"], ["中野", "Nakano"], ["三浦", "Miura"], ["原田", "Harada"],
  ["松田", "Matsuda"], ["竹内", "Takeuchi"], ["小野", "Ono"], ["田村", "Tamura"], ["中山", "Nakayama"],
  ["和田", "Wada"], ["石田", "Ishida"], ["上田", "Ueda"], ["森田", "Morita"], ["宮崎", "Miyazaki"],
  ["酒井", "Sakai"], ["工藤", "Kudo"], ["横山", "Yokoyama"], ["宮本", "Miyamoto"], ["内田", "Uchida"],
  ["高木", "Takagi"], ["安藤", "Ando"], ["島田", "Shimada"], ["谷口", "Taniguchi"], ["丸山", "Maruyama"],
  ["今井", "Imai"], ["高田", "Takada"], ["河野", "Kono"], ["小島", "Kojima"], ["村田", "Murata"],
  ["武田", "Takeda"], ["上野", "Ueno"], ["杉山", "Sugiyama"], ["増田", "Masuda"], ["平野", "Hirano"],
  ["大塚", "Otsuka"], ["千葉", "Chiba"], ["久保", "Kubo"], ["松井", "Matsui"], ["岩崎", "Iwasaki"],
  ["木下", "Kinoshita"], ["野口", "Noguchi"], ["菅原", "Sugawara"], ["新井", "Arai"], ["桜井", "Sakurai"],
];

export const JP_GIVEN_MALE: readonly NamePair[] = [
  ["健太", "Kenta"], ["翔太", "Shota"], ["大輝", "Daiki"], ["拓也", "Takuya"], ["直樹", "Naoki"],
  ["悠斗", "Yuto"], ["蓮", "Ren"], ["陽翔", "Haruto"], ["大翔", "Hiroto"], ["颯太", "Sota"],
  ["海斗", "Kaito"], ["翼", "Tsubasa"], ["亮", "Ryo"], ["誠", "Makoto"], ["剛", "Tsuyoshi"],
  ["隆", "Takashi"], ["浩二", "Koji"], ["和也", "Kazuya"], ["達也", "Tatsuya"], ["健一", "Kenichi"],
  ["雄一", "Yuichi"], ["慎也", "Shinya"], ["光", "Hikaru"], ["優太", "Yuta"], ["一輝", "Kazuki"],
  ["大地", "Daichi"], ["勇気", "Yuki"], ["修", "Osamu"], ["純一", "Junichi"], ["哲也", "Tetsuya"],
  ["俊介", "Shunsuke"], ["圭", "Kei"], ["匠", "Takumi"], ["陸", "Riku"], ["湊", "Minato"],
  ["樹", "Itsuki"], ["蒼", "Aoi"], ["朝陽", "Asahi"], ["竜二", "Ryuji"], ["正樹", "Masaki"],
];

export const JP_GIVEN_FEMALE: readonly NamePair[] = [
  ["美咲", "Misaki"], ["陽菜", "Hina"], ["結衣", "Yui"], ["さくら", "Sakura"], ["愛", "Ai"],
  ["彩", "Aya"], ["優花", "Yuka"], ["七海", "Nanami"], ["真由", "Mayu"], ["麻衣", "Mai"],
  ["沙織", "Saori"], ["恵", "Megumi"], ["由美", "Yumi"], ["明日香", "Asuka"], ["千尋", "Chihiro"],
  ["葵", "Aoi"], ["凛", "Rin"], ["楓", "Kaede"], ["芽依", "Mei"], ["美月", "Mizuki"],
  ["莉子", "Riko"], ["花", "Hana"], ["菜々子", "Nanako"], ["香織", "Kaori"], ["智子", "Tomoko"],
  ["裕子", "Yuko"], ["恵美", "Emi"], ["理沙", "Risa"], ["彩花", "Ayaka"], ["遥", "Haruka"],
];

/** Nicknames and monikers used as aliases. */
export const MONIKERS: Readonly<Record<string, readonly string[]>> = {
  boss: ["社長", "会長", "オヤジ", "ボス", "Big K", "先生", "兄貴"],
  lieutenant: ["番頭", "部長", "マネージャー", "リーダー", "兄さん", "Manager"],
  recruiter: ["求人担当", "スカウト", "リクルーター", "窓口"],
  seller: ["八百屋", "プッシャー", "売人", "Plug", "店長", "ディーラー"],
  financier: ["会計", "経理", "金庫番", "Banker"],
  courier: ["運び", "ドライバー", "ランナー", "Runner"],
  receiver: ["受け", "受け子", "受取役"],
  supplier: ["Boss", "Uncle"],
  buyer: [],
  ordinary: [],
};

export interface ForeignNames {
  readonly given: readonly string[];
  readonly family: readonly string[];
  /** Family name first (CN, KR, VN, HK, TW). */
  readonly familyFirst?: boolean;
  /** Offset of local time from UTC, minutes (standard time). */
  readonly offset: number;
}

export const FOREIGN: Readonly<Record<string, ForeignNames>> = {
  CN: { given: ["Wei", "Lei", "Qiang", "Jie", "Yang", "Tao", "Min", "Hao", "Jun", "Bo"], family: ["Wang", "Li", "Zhang", "Liu", "Chen", "Yang", "Huang", "Zhao", "Zhou", "Wu"], familyFirst: true, offset: 8 * 60 },
  HK: { given: ["Ka-ho", "Tsz-kin", "Chun-wai", "Wing-yan", "Ho-yin"], family: ["Wong", "Chan", "Leung", "Cheung", "Lau"], familyFirst: true, offset: 8 * 60 },
  TW: { given: ["Chih-hao", "Yu-ting", "Chia-hung", "Wei-lun", "Tzu-yi"], family: ["Chen", "Lin", "Huang", "Chang", "Lee"], familyFirst: true, offset: 8 * 60 },
  KR: { given: ["Min-jun", "Ji-hoon", "Seung-woo", "Hyun-woo", "Dong-hyun"], family: ["Kim", "Park", "Lee", "Choi", "Jung"], familyFirst: true, offset: 9 * 60 },
  VN: { given: ["Van Minh", "Duc Anh", "Quoc Huy", "Thanh Tung", "Van Long"], family: ["Nguyen", "Tran", "Le", "Pham", "Hoang"], familyFirst: true, offset: 7 * 60 },
  TH: { given: ["Somchai", "Anan", "Kittisak", "Niran", "Prasert", "Chaiwat"], family: ["Wongsa", "Chaiyaporn", "Srisuk", "Boonmee", "Rattanakul", "Saelim"], offset: 7 * 60 },
  MY: { given: ["Ahmad Faizal", "Wei Jie", "Chee Keong", "Hafiz", "Kumar"], family: ["Lim", "Tan", "Ismail", "Ong", "Rajan"], offset: 8 * 60 },
  PH: { given: ["Mark", "John", "Ramon", "Jerome", "Paolo"], family: ["Reyes", "Dela Cruz", "Santos", "Garcia", "Mendoza"], offset: 8 * 60 },
  MX: { given: ["Juan Carlos", "Luis", "Miguel", "José Luis", "Alejandro", "Jesús"], family: ["Hernández", "Ramírez", "Torres", "Castillo", "Morales", "Guzmán"], offset: -6 * 60 },
  CO: { given: ["Andrés", "Julián", "Camilo", "Santiago"], family: ["Gómez", "Restrepo", "Ospina", "Vargas"], offset: -5 * 60 },
  PE: { given: ["Diego", "Renzo", "Jorge"], family: ["Quispe", "Flores", "Rojas"], offset: -5 * 60 },
  BR: { given: ["Lucas", "Rafael", "Thiago", "Bruno", "Gustavo"], family: ["Oliveira", "Souza", "Pereira", "Almeida", "Costa"], offset: -3 * 60 },
  US: { given: ["Tyler", "Jason", "Kevin", "Ryan", "Derek", "Marcus"], family: ["Brooks", "Miller", "Walsh", "Murphy", "Collins", "Reed"], offset: -8 * 60 },
  CA: { given: ["Connor", "Dylan", "Brandon", "Tyson", "Evan"], family: ["MacDonald", "Tremblay", "Campbell", "Fraser", "Leblanc"], offset: -8 * 60 },
  NL: { given: ["Daan", "Bram", "Sander", "Ruud", "Joost"], family: ["de Vries", "Jansen", "Bakker", "Visser", "Smit"], offset: 60 },
  DE: { given: ["Lukas", "Jonas", "Felix", "Tobias"], family: ["Schneider", "Becker", "Wagner", "Hoffmann"], offset: 60 },
  GB: { given: ["Callum", "Liam", "Jack", "Reece"], family: ["Hughes", "Turner", "Walker", "Clarke"], offset: 0 },
  NG: { given: ["Chinedu", "Emeka", "Tunde", "Ifeanyi"], family: ["Okafor", "Nwosu", "Adeyemi", "Eze"], offset: 60 },
  BE: { given: ["Wout", "Jens", "Arne"], family: ["Peeters", "Maes", "Claes"], offset: 60 },
};

/** Foreign residents of Japan among members and ordinary users. */
export const RESIDENT_NATIONALITIES = ["CN", "VN", "KR", "PH", "BR", "TW", "US", "NG", "TH"] as const;

export const DRUGS = ["methamphetamine", "cannabis", "cannabis liquid", "cocaine", "MDMA", "LSD"] as const;
export type Drug = (typeof DRUGS)[number];

/** Where each drug comes from (by origin country) and who ships it. */
export const DRUG_ORIGINS: Readonly<Record<Drug, readonly string[]>> = {
  methamphetamine: ["MX", "MY", "TH", "TW", "HK", "CN", "US", "CA", "PH"],
  cannabis: ["US", "CA", "TH"],
  "cannabis liquid": ["US", "CA", "TH"],
  cocaine: ["BR", "CO", "PE", "MX", "US"],
  MDMA: ["NL", "DE", "BE", "GB"],
  LSD: ["NL", "US"],
};

/** Japanese areas: [Japanese, English, prefecture, police agency]. */
export interface Area {
  readonly ja: string;
  readonly en: string;
  readonly tag: string;
  readonly stations: readonly string[];
  readonly wards: readonly string[];
  readonly police: string;
}

export const AREAS: readonly Area[] = [
  { ja: "都内", en: "Tokyo", tag: "東京", stations: ["新宿駅", "渋谷駅", "池袋駅", "上野駅", "錦糸町駅", "北千住駅", "立川駅"], wards: ["東京都新宿区", "東京都渋谷区", "東京都豊島区", "東京都足立区", "東京都江戸川区", "東京都八王子市"], police: "警視庁" },
  { ja: "横浜", en: "Yokohama", tag: "横浜", stations: ["横浜駅", "関内駅", "桜木町駅", "川崎駅"], wards: ["横浜市中区", "横浜市鶴見区", "川崎市川崎区", "相模原市中央区"], police: "神奈川県警察" },
  { ja: "大阪", en: "Osaka", tag: "大阪", stations: ["梅田駅", "なんば駅", "天王寺駅", "京橋駅"], wards: ["大阪市北区", "大阪市中央区", "大阪市西成区", "堺市堺区"], police: "大阪府警察" },
  { ja: "名古屋", en: "Nagoya", tag: "名古屋", stations: ["名古屋駅", "栄駅", "金山駅"], wards: ["名古屋市中区", "名古屋市中村区", "豊橋市"], police: "愛知県警察" },
  { ja: "福岡", en: "Fukuoka", tag: "福岡", stations: ["博多駅", "天神駅", "小倉駅"], wards: ["福岡市博多区", "福岡市中央区", "北九州市小倉北区"], police: "福岡県警察" },
  { ja: "札幌", en: "Sapporo", tag: "札幌", stations: ["札幌駅", "すすきの駅", "大通駅"], wards: ["札幌市中央区", "札幌市北区"], police: "北海道警察" },
  { ja: "仙台", en: "Sendai", tag: "仙台", stations: ["仙台駅", "長町駅"], wards: ["仙台市青葉区", "仙台市宮城野区"], police: "宮城県警察" },
  { ja: "千葉", en: "Chiba", tag: "千葉", stations: ["千葉駅", "船橋駅", "柏駅"], wards: ["千葉市中央区", "船橋市", "成田市"], police: "千葉県警察" },
  { ja: "神戸", en: "Kobe", tag: "神戸", stations: ["三宮駅", "元町駅"], wards: ["神戸市中央区", "尼崎市"], police: "兵庫県警察" },
  { ja: "那覇", en: "Naha", tag: "沖縄", stations: ["県庁前駅", "おもろまち駅"], wards: ["那覇市", "沖縄市"], police: "沖縄県警察" },
];

export type PortKind = "sea" | "air";
export interface Port {
  readonly name: string;
  readonly en: string;
  readonly kind: PortKind;
  readonly customs: string;
  /** Index into AREAS of the nearest area. */
  readonly area: number;
}

export const PORTS: readonly Port[] = [
  { name: "東京港", en: "Tokyo port", kind: "sea", customs: "東京税関", area: 0 },
  { name: "横浜港", en: "Yokohama port", kind: "sea", customs: "横浜税関", area: 1 },
  { name: "大阪港", en: "Osaka port", kind: "sea", customs: "大阪税関", area: 2 },
  { name: "神戸港", en: "Kobe port", kind: "sea", customs: "神戸税関", area: 8 },
  { name: "名古屋港", en: "Nagoya port", kind: "sea", customs: "名古屋税関", area: 3 },
  { name: "博多港", en: "Hakata port", kind: "sea", customs: "門司税関", area: 4 },
  { name: "那覇港", en: "Naha port", kind: "sea", customs: "沖縄地区税関", area: 9 },
  { name: "成田空港", en: "Narita", kind: "air", customs: "東京税関", area: 7 },
  { name: "羽田空港", en: "Haneda", kind: "air", customs: "東京税関", area: 0 },
  { name: "関西国際空港", en: "Kansai Airport", kind: "air", customs: "大阪税関", area: 2 },
  { name: "中部国際空港", en: "Chubu Centrair", kind: "air", customs: "名古屋税関", area: 3 },
  { name: "福岡空港", en: "Fukuoka Airport", kind: "air", customs: "門司税関", area: 4 },
  { name: "新千歳空港", en: "New Chitose", kind: "air", customs: "函館税関", area: 5 },
  { name: "那覇空港", en: "Naha Airport", kind: "air", customs: "沖縄地区税関", area: 9 },
];

export const SEA_PORTS = PORTS.filter((p) => p.kind === "sea");
export const AIR_PORTS = PORTS.filter((p) => p.kind === "air");

export const FOREIGN_PORTS: Readonly<Record<string, readonly string[]>> = {
  MX: ["Manzanillo", "Lázaro Cárdenas"], MY: ["Port Klang", "Kuala Lumpur"], TH: ["Laem Chabang", "Bangkok"],
  TW: ["Kaohsiung", "Taipei"], HK: ["Kwai Tsing", "Hong Kong"], CN: ["Shenzhen", "Guangzhou"],
  US: ["Los Angeles", "Long Beach"], CA: ["Vancouver", "Toronto"], PH: ["Manila"], BR: ["Santos"],
  CO: ["Buenaventura"], PE: ["Callao"], NL: ["Rotterdam", "Amsterdam"], DE: ["Hamburg", "Frankfurt"],
  BE: ["Antwerp"], GB: ["London"], NG: ["Lagos"], VN: ["Ho Chi Minh City"], KR: ["Busan"],
};

export const CUSTOMS_AGENCY = "厚生労働省麻薬取締部";

export const JP_BANKS = [
  "三菱UFJ銀行", "三井住友銀行", "みずほ銀行", "ゆうちょ銀行", "りそな銀行", "楽天銀行", "住信SBIネット銀行",
  "PayPay銀行", "auじぶん銀行", "GMOあおぞらネット銀行", "横浜銀行", "千葉銀行", "福岡銀行", "京都銀行",
] as const;
export const FOREIGN_BANKS: Readonly<Record<string, string>> = {
  MX: "Banco del Pacífico (MX)", MY: "Straits Commerce Bank", TH: "Siam Union Bank", TW: "Formosa Trust Bank",
  HK: "Harbour City Bank", CN: "Pearl River Commercial Bank", US: "Pacific Coast Savings", CA: "Dominion Harbour Bank",
  PH: "Luzon Savings Bank", BR: "Banco Atlântico Sul", CO: "Banco Andino", PE: "Banco del Callao",
  NL: "Noordzee Bank", DE: "Hansa Privatbank", BE: "Scheldt Bank", GB: "Thames Mutual", NG: "Lagoon Trust Bank",
  VN: "Mekong Commercial Bank", KR: "Hangang Savings Bank",
};
export const EXCHANGES = ["bitFlyer", "Coincheck", "Binance", "OKX", "Bybit", "self-custody"] as const;
export const PREPAID = ["Vプリカ", "Kyash", "バンドルカード", "Amazonギフトカード"] as const;

export const COVER_GOODS_JA = ["冷凍エビ", "タイル", "機械部品", "コーヒー豆", "缶詰", "家具", "健康食品", "タイヤ", "石材", "お茶"] as const;
export const COVER_GOODS_EN = ["frozen shrimp", "ceramic tiles", "machine parts", "coffee beans", "canned fruit", "furniture", "supplements", "tyres", "granite", "tea"] as const;

export const ORG_COLOURS: readonly NamePair[] = [
  ["白", "Shiro"], ["黒", "Kuro"], ["赤", "Aka"], ["青", "Ao"], ["金", "Kin"], ["銀", "Gin"], ["紫", "Murasaki"], ["緑", "Midori"],
];
export const ORG_ANIMALS: readonly NamePair[] = [
  ["狐", "Kitsune"], ["龍", "Ryu"], ["鷺", "Sagi"], ["狼", "Okami"], ["蛇", "Hebi"], ["鷹", "Taka"],
  ["虎", "Tora"], ["猫", "Neko"], ["鴉", "Karasu"], ["蜂", "Hachi"], ["鯨", "Kujira"], ["熊", "Kuma"],
];

/** Words for handles. */
export const HANDLE_STEMS = {
  recruiter: ["white_job", "job_info", "kasegu", "baito", "easymoney", "quickcash", "kyujin", "sokukin", "highpay", "ura_job", "okane", "shigoto"],
  seller: ["yasai", "veggie", "green", "ice", "snow", "choco", "candy", "plug", "kusa", "leaf", "buds", "shiro", "fresh", "tokyoplug", "osaka_g", "yaoya"],
  ordinary: ["cafe", "neko", "travel", "ramen", "camera", "music", "anime", "soccer", "game", "photo", "run", "golf", "bake", "outdoor", "fishing", "kpop", "manga", "sauna", "coffee", "bike"],
} as const;
