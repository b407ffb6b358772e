import type { CalendarDate } from '../calendarDate.ts';
import type { FieldProblem } from '../errors.ts';
import { MAX_FEN, type Fen } from '../money.ts';
import { atLeast, atLeastAsStrict, type Threshold } from '../rules/threshold.ts';
import { art18Ground } from './membership.ts';

/**
 * The charter (章程) of a collective economic organisation: the values its rules read. The law
 * leaves these to the charter (Arts. 17(五), 27, 42): the reserve's rate, what goes to the
 * villagers' committee, the share classes, whether shares are static or dynamic and what a
 * newborn gets, and whether an important matter without the Party organisation's study first is
 * refused or only warned. A version is adopted whole by a members' assembly resolution and never
 * edited; a change is a new version.
 */

/** Basis points: 1/10000 (公积公益金比例 1000 = 10%). */
export const BASIS_POINTS = 10_000;

/** 人口股 (per person), 农龄股 (per year of farming age), 土地股 (per land unit contributed). */
export const SHARE_CLASSES = ['population', 'farmingYears', 'land'] as const;
export type ShareClass = (typeof SHARE_CLASSES)[number];

/** 静态管理（生不增、死不减）or 动态管理 (adjusted as members come and go). */
export const SHARE_MODES = ['static', 'dynamic'] as const;
export type ShareMode = (typeof SHARE_MODES)[number];

/**
 * What a confirmed newborn gets: nothing (static shares), shares from the day its membership is
 * confirmed, or shares at the organisation's next periodic adjustment.
 */
export const NEWBORN_RULES = ['none', 'onConfirmation', 'atAdjustment'] as const;
export type NewbornRule = (typeof NEWBORN_RULES)[number];

/** Art. 26's last paragraph: skipping the Party organisation's study first refuses or warns. */
export const PARTY_STUDY_ENFORCEMENTS = ['warn', 'refuse'] as const;
export type PartyStudyEnforcement = (typeof PARTY_STUDY_ENFORCEMENTS)[number];

/** The charter's payment to the villagers' committee (公益建设资金, seed 002): none, a rate or fixed. */
export type CommitteePayment =
  { kind: 'none' } | { kind: 'rate'; rateBp: number } | { kind: 'fixed'; fen: Fen };

export interface ShareClassTerm {
  shareClass: ShareClass;
  /** Share units one unit of the class counts for (per person, per year, per land unit). */
  weight: number;
}

export interface CharterTerms {
  /** 公积公益金: the rate taken first from the year's distributable income (Art. 42). */
  reserveRateBp: number;
  committeePayment: CommitteePayment;
  shareClasses: ShareClassTerm[];
  shareMode: ShareMode;
  newborn: NewbornRule;
  /** Years between two adjustments of dynamic shares (null for static shares). */
  adjustEveryYears: number | null;
  partyStudy: PartyStudyEnforcement;
  /**
   * The members' assembly's decision threshold of ALL members (Art. 27: 三分之二以上; the charter
   * may ask more, never less).
   */
  assemblyDecision: Threshold;
  /** Art. 17(五): other reasons the charter gives for losing membership (never Art. 18's). */
  otherLossReasons: string[];
}

/** Art. 27's statutory decision threshold of the members' assembly. */
export const STATUTORY_ASSEMBLY_DECISION = atLeast(2, 3);
export const MAX_WEIGHT = 1_000_000;
export const MAX_ADJUST_YEARS = 30;
export const MAX_OTHER_REASONS = 20;
export const MAX_REASON_LENGTH = 200;

const inRange = (n: number, min: number, max: number): boolean =>
  Number.isSafeInteger(n) && n >= min && n <= max;

/**
 * Every problem with a charter's terms, by field (400 with each field named). The reserve may not
 * be zero (Art. 42: 应当…提取公积公益金 — a charter that takes nothing defeats the article), the
 * reserve and a committee rate together may not take the whole income, each share class appears
 * once with a positive whole weight, static shares give a newborn nothing, dynamic ones say how
 * often they are adjusted, the decision threshold is at least Art. 27's, and no "other" loss
 * reason is one Art. 18 forbids.
 */
export function charterProblems(terms: CharterTerms): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const bad = (field: string, error: FieldProblem['error'], params?: FieldProblem['params']) =>
    problems.push(params ? { field, error, params } : { field, error });

  if (!inRange(terms.reserveRateBp, 1, BASIS_POINTS - 1))
    bad('reserveRateBp', 'collective_reserve_rate');
  const payment = terms.committeePayment;
  if (payment.kind === 'rate') {
    if (!inRange(payment.rateBp, 1, BASIS_POINTS - 1))
      bad('committeePayment.rateBp', 'collective_rate_invalid');
    else if (terms.reserveRateBp + payment.rateBp >= BASIS_POINTS)
      bad('committeePayment.rateBp', 'collective_rates_exceed');
  }
  if (payment.kind === 'fixed' && (payment.fen <= 0n || payment.fen > MAX_FEN))
    bad('committeePayment.fen', 'collective_fixed_payment');

  if (terms.shareClasses.length === 0) bad('shareClasses', 'collective_share_classes_empty');
  const seen = new Set<ShareClass>();
  terms.shareClasses.forEach((c, i) => {
    if (seen.has(c.shareClass)) bad(`shareClasses.${i}.shareClass`, 'collective_share_class_twice');
    seen.add(c.shareClass);
    if (!inRange(c.weight, 1, MAX_WEIGHT))
      bad(`shareClasses.${i}.weight`, 'collective_share_weight', { max: MAX_WEIGHT });
  });

  if (terms.shareMode === 'static') {
    if (terms.newborn !== 'none') bad('newborn', 'collective_static_newborn');
    if (terms.adjustEveryYears !== null) bad('adjustEveryYears', 'collective_static_adjustment');
  } else if (
    terms.adjustEveryYears === null ||
    !inRange(terms.adjustEveryYears, 1, MAX_ADJUST_YEARS)
  ) {
    bad('adjustEveryYears', 'collective_adjust_years', { max: MAX_ADJUST_YEARS });
  }

  if (!atLeastAsStrict(terms.assemblyDecision, STATUTORY_ASSEMBLY_DECISION))
    bad('assemblyDecision', 'collective_decision_looser');

  if (terms.otherLossReasons.length > MAX_OTHER_REASONS)
    bad('otherLossReasons', 'collective_too_many_reasons', { max: MAX_OTHER_REASONS });
  terms.otherLossReasons.forEach((reason, i) => {
    const field = `otherLossReasons.${i}`;
    if (reason.trim() === '') bad(field, 'field_required');
    else if (reason.length > MAX_REASON_LENGTH)
      bad(field, 'field_too_long', { max: MAX_REASON_LENGTH });
    else if (art18Ground(reason)) bad(field, 'collective_reason_art18', { reason });
  });
  return problems;
}

/** The terms as stored (jsonb): fen as a decimal string, since JSON has no bigint. */
export interface StoredTerms extends Omit<CharterTerms, 'committeePayment'> {
  committeePayment:
    { kind: 'none' } | { kind: 'rate'; rateBp: number } | { kind: 'fixed'; fen: string };
}

export function storeTerms(terms: CharterTerms): StoredTerms {
  const p = terms.committeePayment;
  return {
    ...terms,
    committeePayment: p.kind === 'fixed' ? { kind: 'fixed', fen: p.fen.toString() } : p,
  };
}

export function readTerms(stored: StoredTerms): CharterTerms {
  const p = stored.committeePayment;
  return {
    ...stored,
    committeePayment: p.kind === 'fixed' ? { kind: 'fixed', fen: BigInt(p.fen) as Fen } : p,
  };
}

/** A version of the charter as the rules read it. */
export interface CharterVersion {
  id: string;
  version: number;
  effectiveFrom: CalendarDate;
  terms: CharterTerms;
}
