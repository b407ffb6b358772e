import type { CalendarDate } from '../calendarDate.ts';
import { finding, type Finding } from '../rules/findings.ts';
import type { RuleParams } from '../rules/profile.ts';
import { checkDaysBefore } from './dates.ts';
import { underAmendedLaw } from './lawOfDay.ts';

/** 唱票人、计票人、监票人 (vote-caller, counter, scrutineer). */
export type TellerRole = 'caller' | 'counter' | 'scrutineer';

const ROLE = {
  caller: { zh: '唱票人', en: 'vote-caller' },
  counter: { zh: '计票人', en: 'counter' },
  scrutineer: { zh: '监票人', en: 'scrutineer' },
} as const;

/** The relations ZJ Art. 22 names: spouse, parents, children, siblings (not grandparents). */
export type RecusalRelation = 'spouse' | 'parent' | 'child' | 'sibling';

const RELATION = {
  spouse: { zh: '配偶', en: 'spouse' },
  parent: { zh: '父母', en: 'parent' },
  child: { zh: '子女', en: 'child' },
  sibling: { zh: '兄弟姐妹', en: 'sibling' },
} as const;

/**
 * ZJ-22-TELLER-RECUSAL: candidates (or self-nominees) and their spouses,
 * parents, children and siblings never call, count or scrutinise.
 * `relation(teller, candidate)` says how the teller is related, if at all
 * (registry/kinship.ts closeRelation answers it).
 */
export function tellerFindings(
  on: CalendarDate,
  tellers: ReadonlyArray<{ personId: string; name: string; role: TellerRole }>,
  candidates: ReadonlyArray<{ personId: string; name: string }>,
  relation: (tellerId: string, candidateId: string) => string | null,
): Finding[] {
  const out: Finding[] = [];
  for (const t of tellers) {
    const role = { role: ROLE[t.role].zh, roleEn: ROLE[t.role].en };
    if (candidates.some((c) => c.personId === t.personId)) {
      out.push(finding(on, 'ZJ-22-TELLER-RECUSAL', 'teller_candidate', { name: t.name, ...role }));
      continue;
    }
    for (const c of candidates) {
      const r = relation(t.personId, c.personId);
      if (r === null || !(r in RELATION)) continue;
      const rel = RELATION[r as RecusalRelation];
      out.push(
        finding(on, 'ZJ-22-TELLER-RECUSAL', 'teller_relative', {
          name: t.name,
          candidate: c.name,
          relation: rel.zh,
          relationEn: rel.en,
          ...role,
        }),
      );
    }
  }
  return out;
}

/** The polling notice (time, place, method, tellers) is published five days ahead (ZJ Art. 22). */
export function checkPollingNotice(
  on: CalendarDate,
  pollingOn: CalendarDate,
  p: RuleParams,
): Finding[] {
  const days = p['ZJ-22-TELLER-RECUSAL'].noticeDaysBefore;
  return checkDaysBefore('ZJ-22-TELLER-RECUSAL', 'publishPollingNotice', on, pollingOn, days);
}

export interface MobileBox {
  townshipApproved: boolean;
  /** The voters it visits and its scrutineers were published. */
  listsPublished: boolean;
  scrutineers: number;
}

/** ZJ-24-MOBILE-BOX: township approval, published lists, at least three scrutineers. */
export function mobileBoxFindings(on: CalendarDate, box: MobileBox, p: RuleParams): Finding[] {
  const out: Finding[] = [];
  const min = p['ZJ-24-MOBILE-BOX'].minScrutineers;
  if (!box.townshipApproved) out.push(finding(on, 'ZJ-24-MOBILE-BOX', 'mobile_box_unapproved'));
  if (!box.listsPublished) out.push(finding(on, 'ZJ-24-MOBILE-BOX', 'mobile_box_unpublished'));
  if (box.scrutineers < min)
    out.push(
      finding(on, 'ZJ-24-MOBILE-BOX', 'mobile_box_scrutineers', { min, count: box.scrutineers }),
    );
  return out;
}

/** VCOL-15-SECRET: no polling without a recorded secret writing booth (秘密写票处). */
export function secretBoothFindings(on: CalendarDate, boothRecorded: boolean): Finding[] {
  return boothRecorded ? [] : [finding(on, 'VCOL-15-SECRET', 'secret_booth_missing')];
}

/** A proxy request as the election committee reviews it. */
export interface ElectionProxy {
  lodgedOn: CalendarDate;
  pollingOn: CalendarDate;
  written: boolean;
  holderName: string;
  /** The holder is on this election's roll (voting here). */
  holderOnRoll: boolean;
  holderIsNearRelative: boolean;
  holderIsCandidate: boolean;
  /** The holder has given their own vote by proxy (a proxy cannot be passed on). */
  holderIsPrincipal: boolean;
  /** Principals the holder already holds for. */
  holderPrincipals: number;
}

/**
 * VCOL-15-PROXY for an election, by the law of the day it is lodged: written;
 * the holder votes here; a near relative (2018 text; 浙江 Art. 25 also after
 * 2026) or any villager (2025 text); never a candidate (2025 text, 浙江); at most
 * the profile's principals per holder (three; a province may set two); lodged
 * the profile's days ahead; no sub-delegation. A proxy counts at polling only
 * once approved and published (`proxyCountsAtPolling`).
 */
export function electionProxyFindings(f: ElectionProxy, p: RuleParams): Finding[] {
  const on = f.lodgedOn;
  const rule = 'VCOL-15-PROXY';
  const q = p['VCOL-15-PROXY'];
  const zj = p['ZJ-25-PROXY'];
  const out: Finding[] = [];
  if (!f.written) out.push(finding(on, rule, 'proxy_not_written'));
  if (!f.holderOnRoll) out.push(finding(on, rule, 'voter_not_registered', { name: f.holderName }));
  if ((q.closeRelativesOnly || zj.nearRelativesOnly) && !f.holderIsNearRelative)
    out.push(finding(on, zj.nearRelativesOnly ? 'ZJ-25-PROXY' : rule, 'election_proxy_relative'));
  if ((underAmendedLaw(on) || zj.nearRelativesOnly) && f.holderIsCandidate)
    out.push(finding(on, rule, 'proxy_holder_candidate', { name: f.holderName }));
  if (f.holderIsPrincipal)
    out.push(finding(on, rule, 'proxy_holder_principal', { name: f.holderName }));
  if (f.holderPrincipals + 1 > q.maxPrincipalsPerHolder)
    out.push(
      finding(on, rule, 'proxy_limit', {
        max: q.maxPrincipalsPerHolder,
        name: f.holderName,
        count: f.holderPrincipals,
      }),
    );
  out.push(...checkDaysBefore(rule, 'lodgeProxy', on, f.pollingOn, q.requestDaysBefore));
  return out;
}

/** 未经审核公告的委托无效: at polling a proxy counts only if approved and published. */
export function proxyCountsAtPolling(
  on: CalendarDate,
  proxy: { approved: boolean; published: boolean },
): Finding[] {
  return proxy.approved && proxy.published
    ? []
    : [finding(on, 'VCOL-15-PROXY', 'proxy_unapproved')];
}
