import type { CalendarDate } from '../calendarDate.ts';
import { finding, type Finding } from '../rules/findings.ts';
import { atLeast, meets, required } from '../rules/threshold.ts';

/**
 * Membership of a collective economic organisation (Arts. 12, 15–18, 66): who is confirmed, on
 * what grounds membership is lost, how a member leaves, and what a non-member may be granted.
 * Each act is an event of a day; whether a person is a member on a day is the last event by then.
 */

/** Art. 12: birth to a member (must be confirmed); marriage, adoption, policy migration (normally). */
export const CONFIRM_GROUNDS = [
  'birth',
  'marriage',
  'adoption',
  'policyMigration',
  /** Art. 66: confirmed in the earlier property-rights reform, imported as confirmed. */
  'reform',
  'other',
] as const;
export type ConfirmGround = (typeof CONFIRM_GROUNDS)[number];

/** Art. 17's reasons (一)–(五): death, nationality, membership elsewhere, civil servant, charter's other. */
export const LOSS_GROUNDS = ['death', 'nationality', 'elsewhere', 'civilServant', 'other'] as const;
export type LossGround = (typeof LOSS_GROUNDS)[number];

/** Art. 18's facts that never end membership (and marrying out without membership elsewhere). */
export const ART18_GROUNDS = [
  'study',
  'service',
  'migrantWork',
  'business',
  'divorce',
  'widowhood',
  'prison',
  'marriedOut',
] as const;
export type Art18Ground = (typeof ART18_GROUNDS)[number];

/** Art. 18's facts in words, for the refusal's sentence. */
export const ART18_WORDING: Record<Art18Ground, { zh: string; en: string }> = {
  study: { zh: '就学', en: 'study' },
  service: { zh: '服役', en: 'military service' },
  migrantWork: { zh: '务工', en: 'migrant work' },
  business: { zh: '经商', en: 'doing business' },
  divorce: { zh: '离婚', en: 'divorce' },
  widowhood: { zh: '丧偶', en: 'widowhood' },
  prison: { zh: '服刑', en: 'serving a sentence' },
  marriedOut: {
    zh: '结婚后未取得其他农村集体经济组织成员身份',
    en: 'marrying out without membership elsewhere',
  },
};

const art18Params = (ground: Art18Ground) => ({
  ground: ART18_WORDING[ground].zh,
  groundEn: ART18_WORDING[ground].en,
});

/** What a clerk may choose as the reason of a removal: Art. 18's facts are listed to be refused. */
export type RemovalGround = LossGround | Art18Ground;

export const EVENT_KINDS = ['confirm', 'refuse', 'lose', 'exit', 'restore'] as const;
export type MemberEventKind = (typeof EVENT_KINDS)[number];

/** Words that say an Art. 18 fact, so a charter's "other" cannot dress one up. */
const ART18_WORDS: readonly (readonly [Art18Ground, RegExp])[] = [
  ['study', /就学|上学|求学|读书|就读|升学|考入|大学|学生/],
  ['service', /服役|服兵役|参军|入伍|当兵|军人/],
  ['migrantWork', /务工|打工|外出工作|外出就业/],
  ['business', /经商|做生意|做买卖|开店|办厂|个体经营|个体户/],
  ['divorce', /离婚|离异/],
  ['widowhood', /丧偶|守寡|亡夫|亡妻/],
  ['prison', /服刑|坐牢|判刑|监禁|劳改|刑满/],
  ['marriedOut', /外嫁|出嫁|嫁出|嫁到|入赘|婚出|结婚迁出|嫁给/],
];

/** The Art. 18 fact a reason's text names, if any (null for a lawful "other"). */
export function art18Ground(text: string): Art18Ground | null {
  for (const [ground, words] of ART18_WORDS) if (words.test(text)) return ground;
  return null;
}

export function isArt18Ground(ground: string): ground is Art18Ground {
  return (ART18_GROUNDS as readonly string[]).includes(ground);
}

// ------------------------------------------------------------------ NJJ-12-CONFIRM

export interface ConfirmationDecision {
  ground: ConfirmGround;
  confirmed: boolean;
  /** The assembly's reason, required for a refusal. */
  reason: string;
}

/**
 * NJJ-12-CONFIRM: a person born to a member must be confirmed; one who came by marriage,
 * adoption or policy migration is normally confirmed, so a refusal states its reason.
 */
export function checkConfirmation(d: ConfirmationDecision, on: CalendarDate): Finding | null {
  if (d.confirmed) return null;
  if (d.ground === 'birth') return finding(on, 'NJJ-12-CONFIRM', 'collective_birth_refused');
  if (d.ground === 'reform') return finding(on, 'NJJ-66-REFORM', 'collective_reform_refused');
  if (d.reason.trim() === '') return finding(on, 'NJJ-12-CONFIRM', 'collective_refusal_reason');
  return null;
}

// ------------------------------------------------------------------ NJJ-17-18-LOSS

export interface Removal {
  ground: RemovalGround;
  /** For 'other': the charter's reason chosen; for the rest: the facts as written. */
  reason: string;
  /** For 'civilServant': a contracted (聘任制) civil servant keeps membership. */
  contracted?: boolean;
  /** For 'marriedOut': whether the person holds membership of another organisation. */
  memberElsewhere?: boolean;
}

/**
 * NJJ-17-18-LOSS: membership ends only for Art. 17's reasons. Art. 18's facts are refused citing
 * Art. 18, even when typed as the charter's "other"; an "other" must be a reason the charter in
 * force lists; marrying out with membership elsewhere is Art. 17(三), without it Art. 18 forbids.
 */
export function checkRemoval(
  r: Removal,
  charterOtherReasons: readonly string[],
  on: CalendarDate,
): Finding | null {
  if (r.ground === 'marriedOut' && r.memberElsewhere) return null;
  if (isArt18Ground(r.ground))
    return finding(on, 'NJJ-18-NOT-LOST', 'collective_loss_art18', art18Params(r.ground));
  if (r.ground === 'civilServant' && r.contracted)
    return finding(on, 'NJJ-17-18-LOSS', 'collective_loss_contracted');
  if (r.ground !== 'other') return null;
  const dressed = art18Ground(r.reason);
  if (dressed)
    return finding(on, 'NJJ-18-NOT-LOST', 'collective_loss_other_art18', {
      reason: r.reason,
      ...art18Params(dressed),
    });
  if (!charterOtherReasons.includes(r.reason.trim()))
    return finding(on, 'NJJ-17-18-LOSS', 'collective_loss_other_unlisted', { reason: r.reason });
  return null;
}

// ------------------------------------------------------------------ NJJ-16-EXIT

export interface ExitRequest {
  writtenApplication: boolean;
  /** The organisation's consent, by the body its charter names. */
  consented: boolean;
  demandsPartition: boolean;
}

/** NJJ-16-EXIT: a written application and the organisation's consent; never a partition. */
export function checkExit(e: ExitRequest, on: CalendarDate): Finding | null {
  if (e.demandsPartition) return finding(on, 'NJJ-16-EXIT', 'collective_exit_partition');
  if (!e.writtenApplication) return finding(on, 'NJJ-16-EXIT', 'collective_exit_unwritten');
  if (!e.consented) return finding(on, 'NJJ-16-EXIT', 'collective_exit_unconsented');
  return null;
}

// ------------------------------------------------------------------ NJJ-15-NONMEMBER

/** Art. 15: 全体成员四分之三以上 — the base is ALL members, not those present. */
export const NONMEMBER_RIGHTS = atLeast(3, 4);

/** NJJ-15-NONMEMBER: whether a grant of rights to a non-member carries (the assembly's count). */
export function checkNonMemberGrant(
  allMembers: number,
  yes: number,
  on: CalendarDate,
): Finding | null {
  if (meets(yes, allMembers, NONMEMBER_RIGHTS)) return null;
  return finding(on, 'NJJ-15-NONMEMBER', 'collective_nonmember_votes', {
    members: allMembers,
    required: required(allMembers, NONMEMBER_RIGHTS),
    yes,
  });
}

// ------------------------------------------------------------------ membership on a day

/** Full civil capacity (完全民事行为能力) by age: 18 on the day (minors are members, not counted). */
export const FULL_CAPACITY_AGE = 18;

export interface DatedEvent {
  kind: MemberEventKind;
  on: CalendarDate;
}

/** Whether the last membership event by a day (events in the order recorded) makes a member. */
export function isMemberOn(events: readonly DatedEvent[], on: CalendarDate): boolean {
  const last = events
    .filter((e) => e.on <= on && e.kind !== 'refuse')
    // stable: events of one day stay in the order recorded
    .sort((a, b) => (a.on < b.on ? -1 : a.on > b.on ? 1 : 0))
    .at(-1);
  return last?.kind === 'confirm' || last?.kind === 'restore';
}
