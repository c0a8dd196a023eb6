// Rendering a cell's plan into messages and payments. Each has its own random stream (seed, kind, cell), and
// ids are numbered from a base the caller passes, so messages can be generated without payments and vice versa.

import { makeId } from "./ids.js";
import type { Account, Cell, Job, Person, Purchase, Wallet } from "./model.js";
import { Rng } from "./rng.js";
import type { MessageLabelRow, MessageRow, PatrolLabel, PaymentRow, Platform } from "./schema.js";
import {
  CROSS_ORG, DRUG_TALK, FRIEND_DMS, FRIENDLY_REPLIES, GIVEAWAY_JA, INTERNAL, JOB_DM, LEGIT_JOB_ADS, NEWS, ORDINARY_POSTS,
  POLICE_WARNINGS, RECRUIT_AD_EN, RECRUIT_AD_JA, RECRUIT_DM, RECRUIT_REPLY, SALE_AD_EN, SALE_AD_JA, SALE_DM, SALE_REPLY,
  SHOP_POSTS, SUPPLIER, WARNING_REPLIES, commonSlots, drugSlots, fill, obfuscate, say, vary, type Slots,
} from "./texts.js";
import { DAY, HOUR, JST, WORLD_END, WORLD_START, isoAt } from "./time.js";
import type { WorldParams } from "./core.js";
import {
  COVER_GOODS_EN, COVER_GOODS_JA, FOREIGN_PORTS, JP_FAMILY, JP_GIVEN_FEMALE, JP_GIVEN_MALE, PORTS, type Drug,
} from "./vocab.js";

export interface MessageOut {
  row: MessageRow;
  label: MessageLabelRow;
}

interface Meta {
  label: PatrolLabel;
  topic: string;
  org: string;
  criminal: boolean;
}

const MIN = 60_000;

const md = (ms: number): string => {
  const d = new Date(ms + JST * MIN);
  return `${d.getUTCMonth() + 1}/${d.getUTCDate()}`;
};

function accountOn(p: Person | null | undefined, platforms: readonly Platform[], use?: Account["use"]): Account | undefined {
  if (!p) return undefined;
  for (const platform of platforms) {
    const a = p.accounts.find((x) => x.platform === platform && (use === undefined || x.use === use));
    if (a) return a;
  }
  return undefined;
}

const publicAccounts = (p: Person): Account[] => p.accounts.filter((a) => (a.platform === "X" || a.platform === "Instagram") && a.use === "personal");

export function renderMessages(p: WorldParams, cell: Cell, base: number): MessageOut[] {
  const rng = Rng.stream(p.seed, "messages", cell.index);
  const out: MessageOut[] = [];
  const org = cell.org;
  const area = org.area;
  const common = commonSlots(rng);
  const fakename = (): string => `${rng.pick(JP_FAMILY)[0]} ${rng.pick(rng.chance(0.5) ? JP_GIVEN_MALE : JP_GIVEN_FEMALE)[0]}`;
  const baseSlots: Record<string, Slots[string]> = {
    ...common,
    area: area.ja,
    area_en: area.en,
    tag: area.tag,
    station: () => rng.pick(area.stations),
    address: () => `${rng.pick(area.wards)}${rng.int(1, 5)}丁目${rng.int(1, 30)}-${rng.int(1, 20)}`,
    fakename,
    date: () => md(org.start + Math.floor(rng.next() * (org.end - org.start))),
    port: () => rng.pick(PORTS).name,
    port_en: () => rng.pick(PORTS).en,
    port_en2: () => rng.pick(PORTS).en,
    cover: () => rng.pick(COVER_GOODS_JA),
    cover_en: () => rng.pick(COVER_GOODS_EN),
    city: "バンコク",
    fport: "Bangkok",
    eta: () => md(org.end),
    product_en: () => rng.pick(DRUG_TALK[org.drugs[0] ?? "methamphetamine"].en),
    tg: `@${cell.recruiting.telegram.handle}`,
    ...(cell.recruiting.signal ? { sig: cell.recruiting.signal.handle } : {}),
    ...(cell.recruiting.line ? { line: cell.recruiting.line.handle } : {}),
    phone: cell.recruiting.phone,
  };
  const slots = (over: Record<string, Slots[string]> = {}): Slots => ({ ...baseSlots, ...over });

  const clampTime = (t: number, from: Account, to: Account | null): number => {
    let at = t;
    const floor = Math.max(from.createdAt, to?.createdAt ?? 0) + 5 * MIN;
    if (at < floor) at = floor + rng.int(0, 120) * MIN;
    return at;
  };

  /** Emits one message; returns its id and the time actually used. */
  const emit = (from: Account, to: Account | string | null, at: number, text: string, lang: string, meta: Meta, replyTo = ""): { id: string; at: number } | null => {
    const toAccount = typeof to === "string" ? null : to;
    const t = clampTime(at, from, toAccount);
    const arrested = from.operator?.arrestedAt ?? null;
    if (arrested !== null && t > arrested) return null;
    const id = makeId("message", base + out.length + 1);
    out.push({
      row: {
        id,
        platform: from.platform,
        from_account: from.id,
        to_account: typeof to === "string" ? to : to?.id ?? "",
        sent_at: isoAt(t, from.operator?.offset ?? JST),
        text,
        lang,
        reply_to: replyTo,
      },
      label: { id, label: meta.label, topic: meta.topic, organisation: meta.org, criminal: meta.criminal },
    });
    return { id, at: t };
  };

  /** A DM thread: [speaker (0 = a, 1 = b), text, lang][]; some messages reply to the one before. */
  const thread = (a: Account, b: Account, start: number, lines: readonly (readonly [0 | 1, string, string])[], meta: Meta, gap: readonly [number, number] = [2 * MIN, 90 * MIN]): number => {
    let t = start;
    let last = "";
    for (const [who, text, lang] of lines) {
      const [from, to] = who === 0 ? [a, b] : [b, a];
      const r = emit(from, to, t, text, lang, meta, last && rng.chance(0.25) ? last : "");
      if (r) last = r.id;
      t = (r?.at ?? t) + gap[0] + Math.floor(rng.next() * (gap[1] - gap[0]));
    }
    return t;
  };

  const RECRUIT: Meta = { label: "RECRUITMENT", topic: "recruit-dm", org: org.id, criminal: true };
  const within = (from: number, to: number): number => from + Math.floor(rng.next() * Math.max(HOUR, to - from));
  /** Moves a time into waking hours most of the time (people post little between 2 and 7 am). */
  const daytime = (t: number): number => {
    const h = new Date(t + JST * MIN).getUTCHours();
    return h >= 2 && h < 7 && rng.chance(0.85) ? t + rng.int(5, 12) * HOUR : t;
  };
  const en = (p2: Person | null | undefined): boolean => p2?.lang === "en";

  // ---- Recruitment ads, giveaway bait and the replies they draw. ----
  const ads: { id: string; at: number; account: Account }[] = [];
  for (const r of cell.recruiters) {
    const ownTg = accountOn(r, ["Telegram"], "personal");
    const ownSig = accountOn(r, ["Signal"], "personal");
    for (const acc of r.accounts.filter((a) => a.use === "ads" || a.use === "giveaway")) {
      const giveaway = acc.use === "giveaway";
      const n = giveaway ? rng.int(2, 5) : rng.int(6, 14);
      for (let i = 0; i < n; i++) {
        const at = daytime(within(Math.max(org.start, acc.createdAt), Math.min(org.end, r.activeUntil)));
        const useOwn = !giveaway && rng.chance(0.2);
        const s = slots({
          ...(useOwn && ownTg ? { tg: `@${ownTg.handle}` } : {}),
          ...(useOwn && ownSig ? { sig: ownSig.handle } : {}),
        });
        const english = !giveaway && (rng.chance(0.12) || (en(r) && rng.chance(0.5)));
        let text = giveaway ? say(rng, GIVEAWAY_JA, s) : say(rng, english ? RECRUIT_AD_EN : RECRUIT_AD_JA, s);
        if (!english && rng.chance(0.15)) text = obfuscate(rng, text);
        const post = emit(acc, null, at, text, english ? "en" : "ja", { label: "RECRUITMENT", topic: giveaway ? "giveaway" : "recruit-ad", org: org.id, criminal: true });
        if (!post) continue;
        ads.push({ id: post.id, at: post.at, account: acc });
        if (rng.chance(0.2)) {
          const critic = rng.pick(cell.anonymous.filter((a) => a.platform === acc.platform).concat(cell.anonymous.slice(0, 1)));
          emit(critic, null, post.at + rng.int(10, 2880) * MIN, rng.pick(WARNING_REPLIES), "ja", { label: "NONE", topic: "warning-reply", org: "", criminal: false }, post.id);
        }
      }
    }
  }

  // ---- Recruitment threads: X DM, then Telegram or Signal; ID demanded; job instructions; pay; threats. ----
  const recruiterX = cell.recruiters.flatMap((r) => r.accounts.filter((a) => a.use === "ads" && a.platform === "X"));
  const jobsOf = new Map<Person, Job[]>();
  for (const j of cell.jobs) {
    const list = jobsOf.get(j.worker) ?? [];
    list.push(j);
    jobsOf.set(j.worker, list);
  }
  for (const recruit of [...cell.couriers, ...cell.receivers]) {
    const english = en(recruit);
    const L = (ja: string, e: string): string => (english ? e : ja);
    const lang = english ? "en" : "ja";
    const messenger = recruit.accounts.find((a) => (a.platform === "Telegram" || a.platform === "Signal") && a.createdAt >= recruit.activeFrom - 6 * DAY);
    const x = accountOn(recruit, ["X"]);
    if (!messenger) continue;
    const recruitedAt = messenger.createdAt - rng.int(1, 3) * HOUR;
    const rx = recruiterX.length > 0 ? rng.pick(recruiterX) : null;
    const orgMessenger =
      messenger.platform === "Signal"
        ? cell.recruiting.signal ?? accountOn(rx?.operator, ["Signal"]) ?? null
        : rng.chance(0.7) ? cell.recruiting.telegram : accountOn(rx?.operator, ["Telegram"]) ?? cell.recruiting.telegram;
    if (!orgMessenger) continue;
    const s = slots({
      ...(orgMessenger.platform === "Telegram" ? { tg: `@${orgMessenger.handle}` } : {}),
      ...(orgMessenger.platform === "Signal" ? { sig: orgMessenger.handle } : {}),
    });
    if (x && rx) {
      const seen = ads.filter((a) => a.at < recruitedAt && a.account.platform === "X");
      if (seen.length > 0 && rng.chance(0.3)) {
        const ad = rng.pick(seen);
        emit(x, null, Math.max(ad.at + rng.int(5, 120) * MIN, recruitedAt - rng.int(20, 300) * MIN), rng.pick(RECRUIT_REPLY), "ja", RECRUIT, ad.id);
      }
      thread(x, rx, recruitedAt - 40 * MIN, [
        [0, say(rng, english ? RECRUIT_DM.xFirstEn : RECRUIT_DM.xFirst, s), lang],
        [1, say(rng, english ? RECRUIT_DM.xMoveEn : RECRUIT_DM.xMove, s), lang],
      ], RECRUIT, [5 * MIN, 30 * MIN]);
    }
    const pick = (ja: readonly string[], e: readonly string[]): string => fill(english ? rng.pick(e) : rng.pick(ja), s);
    const opening: [0 | 1, string, string][] = [
      [1, pick(RECRUIT_DM.intro, RECRUIT_DM.introEn), lang],
      [0, pick(RECRUIT_DM.accept, RECRUIT_DM.acceptEn), lang],
    ];
    if (rng.chance(0.5)) opening.push([1, pick(RECRUIT_DM.reassure, RECRUIT_DM.reassureEn), lang]);
    opening.push([1, pick(RECRUIT_DM.idRequest, RECRUIT_DM.idRequestEn), lang], [0, pick(RECRUIT_DM.idSent, RECRUIT_DM.idSentEn), lang]);
    thread(messenger, orgMessenger, messenger.createdAt + rng.int(10, 90) * MIN, opening, RECRUIT);

    const jobs = (jobsOf.get(recruit) ?? []).sort((a, b) => a.at - b.at);
    for (const job of jobs) {
      if (job.at >= recruit.activeUntil) break;
      const js = slots({ ...s, date: md(job.at), city: job.city || "バンコク", port: job.port || "成田空港", pay: `${job.pay / 10_000}万`, pay_en: job.pay.toLocaleString("en-US") });
      const list =
        job.kind === "traveller" ? (english ? JOB_DM.travellerEn : JOB_DM.traveller)
        : job.kind === "ship" ? JOB_DM.ship
        : job.kind === "locker" ? (english ? JOB_DM.receiveEn : JOB_DM.locker)
        : english ? JOB_DM.receiveEn : JOB_DM.receive;
      const lines: [0 | 1, string, string][] = [[1, fill(rng.pick(list), js), lang]];
      if (rng.chance(0.4)) lines.push([0, L("了解です", "ok"), lang]);
      const started = thread(messenger, orgMessenger, job.at - rng.int(2, 20) * HOUR, lines, RECRUIT);
      const report = Math.max(started, job.at + rng.int(1, 5) * HOUR);
      if (report < recruit.activeUntil) {
        thread(messenger, orgMessenger, report, [
          [0, fill(english ? rng.pick(RECRUIT_DM.reportEn[job.kind]) : rng.pick(RECRUIT_DM.report[job.kind]), js), lang],
          [1, fill(english ? rng.pick(RECRUIT_DM.paidEn) : rng.pick(RECRUIT_DM.paid), js), lang],
        ], RECRUIT, [30 * MIN, 20 * HOUR]);
      }
    }
    const lastJob = jobs[jobs.length - 1];
    if ((jobs.length === 0 && rng.chance(0.5)) || (jobs.length > 1 && rng.chance(0.2))) {
      const at = (lastJob?.at ?? messenger.createdAt) + rng.int(1, 10) * DAY;
      if (at < recruit.activeUntil) {
        thread(messenger, orgMessenger, at, [
          [0, english ? "I want to quit, this is too risky" : rng.pick(RECRUIT_DM.quit), lang],
          [1, english ? "You can't quit now. We have your ID and your family's address." : rng.pick(RECRUIT_DM.threat), lang],
        ], RECRUIT, [10 * MIN, 3 * HOUR]);
      }
    }
  }
  // Candidates who backed out, and approaches to accounts the platforms did not disclose.
  for (const d of cell.declined) {
    const x = accountOn(d, ["X"]);
    if (!x || recruiterX.length === 0) continue;
    const rx = rng.pick(recruiterX);
    thread(x, rx, within(org.start, org.end), [
      [0, fill(rng.pick(RECRUIT_DM.xFirst), baseSlots), "ja"],
      [1, say(rng, RECRUIT_DM.xMove, baseSlots), "ja"],
      [0, rng.pick(["やっぱりやめておきます", "ちょっと怖いのでやめます", "親に止められたのでやめます"]), "ja"],
    ], RECRUIT, [10 * MIN, 6 * HOUR]);
  }
  for (const ext of cell.external.accounts) {
    let t = within(org.start, org.end);
    for (let i = 0, n = rng.int(1, 3); i < n; i++) {
      t = (emit(cell.recruiting.telegram, ext, t, fill(rng.pick(RECRUIT_DM.intro), baseSlots), "ja", RECRUIT)?.at ?? t) + rng.int(1, 48) * HOUR;
    }
  }

  // ---- Sellers' ads and the buyers they draw. ----
  /** A crypto address or PayPay id the seller (or the organisation's financier) takes payment on. */
  const payId = (seller: Person): string | undefined =>
    [...seller.wallets, ...(cell.financiers[0]?.wallets ?? [])].find((w) => w.kind === "crypto" || w.kind === "other")?.identifier;
  const buyerPublic = cell.buyers.flatMap(publicAccounts);
  for (const seller of cell.sellers) {
    const tg = accountOn(seller, ["Telegram"]);
    const sig = accountOn(seller, ["Signal"]);
    const line = accountOn(seller, ["LINE"]);
    const drugs = seller.drugs.length > 0 ? seller.drugs : org.drugs;
    for (const acc of seller.accounts.filter((a) => a.use === "ads")) {
      for (let i = 0, n = rng.int(8, 16); i < n; i++) {
        const at = daytime(within(Math.max(org.start, acc.createdAt), Math.min(org.end, seller.activeUntil)));
        const drug: Drug = rng.pick(drugs);
        const s = slots({
          ...drugSlots(rng, drug),
          tg: tg ? `@${tg.handle}` : (baseSlots.tg as string),
          sig: sig?.handle,
          line: line?.handle,
          walletid: payId(seller),
        });
        const english = rng.chance(en(seller) ? 0.7 : 0.15);
        let text = say(rng, english ? SALE_AD_EN : SALE_AD_JA, s);
        if (!english && rng.chance(0.2)) text = obfuscate(rng, text);
        const post = emit(acc, null, at, text, english ? "en" : "ja", { label: "DRUG_SALE", topic: "sale-ad", org: org.id, criminal: true });
        if (!post) continue;
        const fans = buyerPublic.filter((a) => a.platform === acc.platform);
        if (fans.length > 0 && rng.chance(0.3)) {
          emit(rng.pick(fans), null, post.at + rng.int(5, 600) * MIN, rng.pick(SALE_REPLY), "ja", { label: "DRUG_SALE", topic: "sale-reply", org: org.id, criminal: true }, post.id);
        }
        if (rng.chance(0.08)) {
          const critic = rng.pick(cell.anonymous);
          if (critic.platform === acc.platform) emit(critic, null, post.at + rng.int(30, 3000) * MIN, rng.pick(WARNING_REPLIES), "ja", { label: "NONE", topic: "warning-reply", org: "", criminal: false }, post.id);
        }
      }
    }
  }

  // ---- Sales: DM threads with price, where to pay (the organisation's wallet identifiers), delivery. ----
  for (const pu of cell.purchases) {
    if (!rng.chance(0.55)) continue;
    renderPurchase(pu);
  }
  function renderPurchase(pu: Purchase): void {
    const buyerTg = accountOn(pu.buyer, ["Telegram"]);
    const sellerTg = accountOn(pu.seller, ["Telegram"]);
    let a: Account | undefined;
    let b: Account | undefined;
    if (buyerTg && sellerTg) [a, b] = [buyerTg, sellerTg];
    else {
      for (const pa of publicAccounts(pu.buyer)) {
        const sa = pu.seller.accounts.find((x) => x.platform === pa.platform && x.use === "ads");
        if (sa) [a, b] = [pa, sa];
      }
    }
    if (!a || !b) return;
    const english = en(pu.buyer) || en(pu.seller);
    const lang = english ? "en" : "ja";
    const meta: Meta = { label: "DRUG_SALE", topic: "sale-dm", org: pu.org, criminal: true };
    const s = slots({
      ...drugSlots(rng, pu.drug, pu.unit),
      station: pu.station,
      walletid: pu.payTo?.identifier ?? "",
      bank: pu.payTo?.institution ?? "",
      holder: pu.payTo?.holder ?? "",
    });
    const f = (ja: readonly string[], e: readonly string[]): string => fill(rng.pick(english ? e : ja), s);
    const kind = pu.payTo === null ? "cash" : pu.payTo.kind === "bank" ? "bank" : pu.payTo.kind === "crypto" ? "crypto" : "other";
    const payLine = f(SALE_DM.payTo[kind], SALE_DM.payToEn[kind]);
    thread(a, b, pu.at - rng.int(60, 240) * MIN, [
      [0, f(SALE_DM.ask, SALE_DM.askEn), lang],
      [1, pu.payTo && rng.chance(0.4) ? f(SALE_DM.pricePrepaid, SALE_DM.pricePrepaidEn) : f(SALE_DM.price, SALE_DM.priceEn), lang],
      [1, payLine, lang],
    ], meta, [2 * MIN, 25 * MIN]);
    const after: [0 | 1, string, string][] = [];
    if (pu.payTo) after.push([0, f(SALE_DM.paid, SALE_DM.paidEn), lang]);
    after.push([
      1,
      pu.delivery === "parcel" ? f(SALE_DM.confirmParcel, SALE_DM.confirmParcelEn)
      : pu.payTo ? f(SALE_DM.confirmHand, SALE_DM.confirmHandEn)
      : f(SALE_DM.confirmCash, SALE_DM.confirmCashEn),
      lang,
    ]);
    if (rng.chance(0.6)) after.push([0, f(SALE_DM.thanks, SALE_DM.thanksEn), lang]);
    thread(a, b, pu.at + 25 * MIN, after, meta, [5 * MIN, 12 * HOUR]);
  }

  // ---- Inside the organisation: imports, money, seizures; suppliers abroad; the neighbouring organisation. ----
  const INTERNAL_META: Meta = { label: "DRUG_SALE", topic: "org-internal", org: org.id, criminal: true };
  const tgOf = (x: Person | null | undefined): Account | undefined => accountOn(x, ["Telegram", "Signal"]);
  const bossTg = tgOf(cell.boss);
  const finTg = tgOf(cell.financiers[0]);
  for (const sup of cell.supplies) {
    const lt = rng.pick(cell.lieutenants);
    const ltTg = tgOf(lt);
    const supTg = accountOn(sup.supplier, ["Telegram", "Signal"]);
    if (!ltTg) continue;
    const fport = FOREIGN_PORTS[sup.supplier.origin]?.[0] ?? "abroad";
    const s = slots({
      port: sup.port, port_en: sup.portEn, date: md(sup.at), eta: md(sup.at + 20 * DAY), fport, kg: String(Math.max(1, Math.round(sup.grams / 1000))),
      product_en: rng.pick(DRUG_TALK[sup.drug].en), usdt_amt: String(sup.usdt),
      walletid: sup.supplier.wallets.find((w) => w.kind === "crypto")?.identifier ?? "the usual address",
    });
    if (supTg) {
      const lines: [0 | 1, string, string][] = [];
      for (let i = 0, n = rng.int(2, 4); i < n; i++) lines.push(rng.chance(0.5) ? [0, fill(rng.pick(SUPPLIER.fromSupplier), s), "en"] : [1, fill(rng.pick(SUPPLIER.toSupplier), s), "en"]);
      thread(supTg, ltTg, sup.at - rng.int(5, 20) * DAY, lines, { label: "DRUG_SALE", topic: "supplier", org: org.id, criminal: true }, [30 * MIN, 2 * DAY]);
    }
    if (finTg) thread(ltTg, finTg, sup.at - rng.int(3, 15) * DAY, [[0, fill(rng.pick(INTERNAL.ltToFin), s), "ja"], [1, fill(rng.pick(INTERNAL.finToLt), s), "ja"]], INTERNAL_META, [10 * MIN, 8 * HOUR]);
    if (bossTg && rng.chance(0.7)) thread(ltTg, bossTg, sup.at - rng.int(1, 10) * DAY, [[0, fill(rng.pick(INTERNAL.ltToBoss), s), "ja"]], INTERNAL_META);
    if (sup.seized) {
      const t = sup.at + rng.int(2, 30) * DAY;
      const members = [...cell.sellers, ...cell.couriers, ...cell.receivers, ...cell.recruiters].filter((m) => m.activeUntil > t);
      for (const m of rng.sample(members, rng.int(1, 4))) {
        const to = tgOf(m);
        if (to) emit(ltTg, to, t + rng.int(0, 180) * MIN, fill(rng.pick(INTERNAL.seized), s), "ja", INTERNAL_META);
      }
      if (bossTg) emit(bossTg, ltTg, t + rng.int(1, 12) * HOUR, rng.pick(["しばらく輸入は止める", "誰が喋った？調べろ", "弁護士はこっちで手配する。余計なこと言わせるな"]), "ja", INTERNAL_META);
    }
  }
  const months = Math.max(1, Math.round((org.end - org.start) / (30 * DAY)));
  for (const lt of cell.lieutenants) {
    const ltTg = tgOf(lt);
    if (!ltTg) continue;
    for (let i = 0, n = Math.ceil(months / 4); i < n; i++) {
      const t = within(org.start, org.end);
      if (bossTg) thread(bossTg, ltTg, t, [[0, fill(rng.pick(INTERNAL.bossToLt), baseSlots), "ja"], [1, fill(rng.pick(INTERNAL.ltToBoss), baseSlots), "ja"]], INTERNAL_META, [5 * MIN, 6 * HOUR]);
    }
    for (const seller of cell.sellers) {
      const sTg = tgOf(seller);
      // Each seller answers to one lieutenant.
      if (!sTg || cell.lieutenants[cell.sellers.indexOf(seller) % cell.lieutenants.length] !== lt) continue;
      for (let i = 0, n = Math.ceil(months / 3); i < n; i++) {
        const t = within(org.start, Math.min(org.end, seller.activeUntil));
        thread(ltTg, sTg, t, [[0, fill(rng.pick(INTERNAL.ltToSeller), baseSlots), "ja"], [1, fill(rng.pick(INTERNAL.sellerToLt), baseSlots), "ja"]], INTERNAL_META, [5 * MIN, 4 * HOUR]);
      }
    }
    for (const r of cell.recruiters) {
      const rTg = tgOf(r);
      if (rTg && rng.chance(0.7)) emit(rTg, ltTg, within(org.start, org.end), fill(rng.pick(INTERNAL.recruiterToLt), baseSlots), "ja", INTERNAL_META);
    }
  }
  const CROSS: Meta = { label: "DRUG_SALE", topic: "cross-org", org: org.id, criminal: true };
  if (cell.sharedFinancier) {
    const shared = tgOf(cell.sharedFinancier);
    const lt = tgOf(cell.lieutenants[0]);
    if (shared && lt) {
      for (let i = 0, n = rng.int(2, 5); i < n; i++) {
        thread(lt, shared, within(org.start, org.end), [[0, fill(rng.pick(INTERNAL.ltToFin), baseSlots), "ja"], [1, fill(rng.pick(INTERNAL.finToLt), baseSlots), "ja"]], CROSS, [10 * MIN, 6 * HOUR]);
      }
    }
  }
  if (cell.partner) {
    const mine = tgOf(rng.pick(cell.lieutenants));
    const theirs = tgOf(rng.pick(cell.partner.lieutenants));
    if (mine && theirs) {
      const lines: [0 | 1, string, string][] = [];
      for (let i = 0, n = rng.int(3, 8); i < n; i++) lines.push([rng.chance(0.5) ? 0 : 1, fill(rng.pick(CROSS_ORG), baseSlots), "ja"]);
      thread(mine, theirs, within(Math.max(org.start, cell.partner.org.start), Math.min(org.end, cell.partner.org.end)), lines, CROSS, [20 * MIN, 3 * DAY]);
    }
  }

  // ---- Ordinary life: the majority, with hard negatives. ----
  const NONE = (topic: string): Meta => ({ label: "NONE", topic, org: "", criminal: false });
  const posts: { id: string; at: number; account: Account }[] = [];
  const topicFor = (lang: "ja" | "en"): string =>
    lang === "en" ? "chatterEn" : rng.weighted([["chatter", 50], ["vegetables", 14], ["ice-cream", 14], ["weather", 10]] as const);
  const ordinaryPost = (acc: Account, lang: "ja" | "en"): void => {
    const topic = topicFor(lang);
    const raw = say(rng, ORDINARY_POSTS[topic] ?? [], baseSlots);
    const text = lang === "ja" ? vary(rng, raw, area.tag) : raw;
    const post = emit(acc, null, daytime(within(WORLD_START, WORLD_END)), text, lang, NONE(topic === "chatterEn" ? "chatter" : topic));
    if (post) posts.push({ id: post.id, at: post.at, account: acc });
  };
  for (const acc of cell.anonymous) for (let i = 0, n = rng.int(1, 3); i < n; i++) ordinaryPost(acc, acc.lang);
  for (const o of cell.ordinary) for (const acc of publicAccounts(o)) for (let i = 0, n = rng.int(1, 3); i < n; i++) ordinaryPost(acc, o.lang);
  for (const x of [...cell.buyers, ...cell.couriers, ...cell.receivers]) for (const acc of publicAccounts(x)) for (let i = 0, n = rng.int(0, 2); i < n; i++) ordinaryPost(acc, x.lang);
  const repliers = [...cell.anonymous, ...cell.ordinary.flatMap(publicAccounts)];
  for (const post of posts.slice()) {
    if (!rng.chance(0.25)) continue;
    const same = repliers.filter((r) => r.platform === post.account.platform && r !== post.account);
    if (same.length === 0) continue;
    let parent = post.id;
    let t = post.at;
    for (let i = 0, n = rng.int(1, 3); i < n; i++) {
      const r = emit(rng.pick(same), null, t + rng.int(2, 600) * MIN, rng.pick(FRIENDLY_REPLIES), "ja", NONE("chatter"), parent);
      if (!r) continue;
      t = r.at;
      if (rng.chance(0.4)) parent = r.id;
    }
  }
  for (const acc of cell.special) {
    const [list, topic] =
      acc.use === "shop-vegetables" ? [SHOP_POSTS.vegetables, "vegetables"] as const
      : acc.use === "shop-ice-cream" ? [SHOP_POSTS["ice-cream"], "ice-cream"] as const
      : acc.use === "staffing" ? [LEGIT_JOB_ADS, "legit-job"] as const
      : acc.use === "police" ? [POLICE_WARNINGS, "police-warning"] as const
      : [NEWS, "news"] as const;
    for (let i = 0, n = rng.int(4, 10); i < n; i++) {
      const text = say(rng, list, baseSlots);
      emit(acc, null, daytime(within(WORLD_START, WORLD_END)), text, /^[\x20-\x7e"]/.test(text) && !/[ぁ-ん]/.test(text) ? "en" : "ja", NONE(topic));
    }
  }
  const lineUsers = [...cell.ordinary, ...cell.buyers, ...cell.couriers, ...cell.receivers].map((x) => accountOn(x, ["LINE"])).filter((a): a is Account => a !== undefined && a.use === "personal");
  for (let i = 0, n = rng.int(8, 12); i < n && lineUsers.length > 1; i++) {
    const [a, b] = rng.sample(lineUsers, 2) as [Account, Account];
    const lines: [0 | 1, string, string][] = [];
    for (let j = 0, m = rng.int(2, 6); j < m; j++) lines.push([j % 2 === 0 ? 0 : 1, fill(rng.pick(FRIEND_DMS), baseSlots), "ja"]);
    thread(a, b, daytime(within(WORLD_START, WORLD_END)), lines, NONE("friends-dm"), [1 * MIN, 3 * HOUR]);
  }
  return out;
}

// ---------------------------------------------------------------------------------------------------------

/** Yen per coin, rising over the world's two years (rough 2023–2025 levels). */
function jpyPer(currency: string, at: number): number {
  const f = (at - WORLD_START) / (WORLD_END - WORLD_START);
  if (currency === "BTC") return 4_500_000 + f * 10_000_000;
  if (currency === "ETH") return 250_000 + f * 250_000;
  if (currency === "USD") return 145 + f * 10;
  return 150;
}

function convert(jpy: number, currency: string, at: number): number {
  if (currency === "JPY") return Math.round(jpy);
  const v = jpy / jpyPer(currency, at);
  const places = currency === "BTC" ? 8 : currency === "ETH" ? 6 : 2;
  const m = 10 ** places;
  return Math.max(1 / m, Math.round(v * m) / m);
}

const METHOD: Readonly<Record<Wallet["kind"], string>> = {
  bank: "bank-transfer", crypto: "crypto", prepaid: "prepaid", other: "qr-code", cash: "cash",
};

export function renderPayments(p: WorldParams, cell: Cell, base: number): PaymentRow[] {
  const rng = Rng.stream(p.seed, "payments", cell.index);
  const out: PaymentRow[] = [];
  const pay = (from: Wallet | Person | string, to: Wallet | Person | string, jpy: number, at: number, reference: string, opts: { currency?: string; method?: string; offset?: number } = {}): void => {
    const toWallet = typeof to === "object" && "kind" in to ? to : null;
    const fromWallet = typeof from === "object" && "kind" in from ? from : null;
    const currency = opts.currency ?? toWallet?.currency ?? fromWallet?.currency ?? "JPY";
    const method = opts.method ?? (toWallet ? METHOD[toWallet.kind] : fromWallet ? METHOD[fromWallet.kind] : "cash");
    const ref = (x: Wallet | Person | string): string => (typeof x === "string" ? x : x.id);
    const payer: Person | null = fromWallet ? fromWallet.owner : typeof from === "object" ? (from as Person) : null;
    if (payer?.arrestedAt != null && at > payer.arrestedAt) return;
    out.push({
      id: makeId("payment", base + out.length + 1),
      from_id: ref(from),
      to_id: ref(to),
      amount: currency === "JPY" ? Math.round(jpy) : convert(jpy, currency, at),
      currency,
      method,
      paid_at: isoAt(at, opts.offset ?? JST),
      reference,
    });
  };
  const org = cell.org;
  const bank = (x: Person | null | undefined): Wallet | undefined => x?.wallets.find((w) => w.kind === "bank");
  const crypto = (x: Person | null | undefined, currency?: string): Wallet | undefined =>
    x?.wallets.find((w) => w.kind === "crypto" && (currency === undefined || w.currency === currency)) ?? x?.wallets.find((w) => w.kind === "crypto");
  const financiers = cell.sharedFinancier ? [...cell.financiers, cell.sharedFinancier] : cell.financiers;
  const within = (from: number, to: number): number => from + Math.floor(rng.next() * Math.max(HOUR, to - from));

  // Buyers pay for what they bought.
  for (const pu of cell.purchases) {
    const at = pu.at + 20 * MIN;
    if (!pu.payTo) {
      pay(pu.buyer, pu.seller, pu.unit[2], at, "", { method: "cash", currency: "JPY" });
      continue;
    }
    const ref = pu.payTo.kind === "bank" ? rng.pick(["", "", "ｼｮｳﾋﾝﾀﾞｲ", "ヤサイダイ", "立替金", "ﾌﾘｺﾐ", "goods"]) : pu.payTo.kind === "crypto" ? (rng.chance(0.5) ? rng.chars("0123456789abcdef", 64) : "") : "";
    pay(pu.payFrom ?? pu.buyer, pu.payTo, pu.unit[2] + (pu.delivery === "parcel" ? 1000 : 0), at, ref);
  }
  // Couriers and receivers are paid per job, if still free.
  for (const job of cell.jobs) {
    const at = job.at + rng.int(10, 48) * HOUR;
    if (at >= job.worker.activeUntil) continue;
    const fin = rng.pick(financiers);
    const to = bank(job.worker);
    const from = bank(fin);
    if (to && from && rng.chance(0.7)) pay(from, to, job.pay, at, rng.pick(["バイト代", "謝礼", "立替金", "ｺｳﾂｳﾋ", "", "ｹｲﾋ"]));
    else pay(fin, job.worker, job.pay, at, "", { method: "cash", currency: "JPY" });
  }
  // Suppliers are paid in crypto, in one or two tranches, before shipping.
  for (const sup of cell.supplies) {
    const fin = rng.pick(financiers);
    const from = crypto(fin, "USDT");
    const to = crypto(sup.supplier, "USDT") ?? sup.supplier.wallets.find((w) => w.kind === "bank");
    if (!from || !to) continue;
    const tranches = rng.int(1, 2);
    for (let i = 0; i < tranches; i++) {
      const at = sup.at - rng.int(3, 20) * DAY;
      const jpy = Math.round(sup.usdt / tranches) * 150;
      if (to.kind === "crypto") pay(crypto(fin, to.currency) ?? from, to, jpy, at, "", { currency: to.currency, method: "crypto" });
      else pay(bank(fin) ?? from, to, jpy, at, rng.pick(["INVOICE " + rng.digits(6), "trade goods", "consulting"]), { currency: to.currency, method: "wire" });
    }
  }
  // Sellers hand takings to the financier; the financier converts, layers and pays the boss.
  const months = Math.max(1, Math.round((org.end - org.start) / (30 * DAY)));
  for (const seller of cell.sellers) {
    const from = seller.wallets.find((w) => w.kind === "bank" || w.kind === "other");
    for (let i = 0; i < months; i++) {
      const at = org.start + i * 30 * DAY + rng.int(0, 29) * DAY;
      if (at >= seller.activeUntil || !rng.chance(0.55)) continue;
      const fin = rng.pick(financiers);
      const to = bank(fin);
      if (from && to) pay(from, to, rng.int(10, 200) * 10_000, at, rng.pick(["売上", "ｶｲﾋ", "goods", "ﾃｽｳﾘｮｳ", ""]));
      else pay(seller, fin, rng.int(10, 200) * 10_000, at, "", { method: "cash", currency: "JPY" });
    }
  }
  for (const fin of cell.financiers) {
    const fbank = bank(fin);
    const fcrypto = crypto(fin, "BTC") ?? crypto(fin);
    const bossBank = bank(cell.boss);
    for (let i = 0; i < months; i++) {
      const at = org.start + i * 30 * DAY + rng.int(0, 29) * DAY;
      if (fbank && fcrypto && rng.chance(0.5)) pay(fbank, fcrypto, rng.int(50, 500) * 10_000, at, "", { currency: fcrypto.currency, method: "exchange" });
      if (fbank && bossBank && rng.chance(0.5)) pay(fbank, bossBank, rng.int(50, 300) * 10_000, at + 2 * DAY, rng.pick(["役員報酬", "コンサル料", "業務委託費", "ﾔｸｲﾝﾎｳｼｭｳ"]));
    }
    for (const ext of cell.external.wallets) {
      for (let i = 0, n = rng.int(1, 3); i < n; i++) {
        if (fcrypto) pay(fcrypto, ext, rng.int(100, 1000) * 10_000, within(org.start, org.end), "", { currency: fcrypto.currency, method: "crypto" });
      }
    }
  }
  // Ordinary money: split bills, rent, allowances, flea-market sales. Criminals have ordinary lives too.
  const people = [...cell.ordinary, ...cell.ordinary, ...cell.buyers, ...cell.couriers, ...cell.receivers];
  const spendable = (x: Person): Wallet | undefined => x.wallets.find((w) => w.kind === "bank" || w.kind === "other" || w.kind === "prepaid");
  for (let i = 0, n = rng.int(55, 72); i < n; i++) {
    const a = rng.pick(people);
    const b2 = rng.pick(people);
    const from = spendable(a);
    const to = spendable(b2);
    if (a === b2 || !from || !to) continue;
    const [lo, hi, refs] = rng.weighted<readonly [number, number, readonly string[]]>([
      [[1_000, 20_000, ["ワリカン", "ノミカイダイ", "ランチ代", "立替金", ""]], 5],
      [[30_000, 100_000, ["シオクリ", "仕送り", "お祝い"]], 2],
      [[50_000, 120_000, ["ヤチン", "家賃"]], 1],
      [[500, 15_000, ["メルカリ", "チケットダイ", "フリマ", ""]], 3],
    ]);
    const jpy = Math.round(rng.between(lo, hi) / 100) * 100;
    pay(from, to, jpy, within(WORLD_START, WORLD_END), rng.pick(refs), { currency: "JPY", method: to.kind === "bank" && from.kind === "bank" ? "bank-transfer" : METHOD[to.kind] });
  }
  return out;
}
