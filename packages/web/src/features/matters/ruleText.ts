import { thresholdWording, type Threshold } from '@cunzhi/core/rules/threshold';
import { RULE_PROFILES } from '@cunzhi/core/rules/profile';
import { formatYuan, type Fen } from '@cunzhi/core/money';
import { hasMessage, type Translator, type MessageKey } from '../../i18n/index.tsx';

export function isThreshold(value: unknown): value is Threshold {
  return typeof value === 'object' && value !== null && 'kind' in value;
}

/**
 * A key of the dictionary, if it exists (labels that exist only for some rules).
 * Each capability labels its own rules in its own dictionary, so look in all of them.
 */
export function maybeKey(key: string): MessageKey | null {
  return hasMessage(key) ? key : null;
}

/** Threshold ↔ form value ("strict", "2/3"). */
export function thresholdToCode(t: Threshold): string {
  return t.kind === 'strictMajority' ? 'strict' : `${t.num}/${t.den}`;
}

export function codeToThreshold(code: string): Threshold {
  if (code === 'strict') return { kind: 'strictMajority' };
  const [num, den] = code.split('/').map(Number);
  return { kind: 'atLeast', num: num ?? 1, den: den ?? 2 };
}

/** The fractions the statutes and local rules use. */
export const THRESHOLD_CODES = [
  '1/10',
  '1/5',
  '1/4',
  '1/3',
  '1/2',
  'strict',
  '3/5',
  '2/3',
  '3/4',
  '4/5',
] as const;

/** The number a code stands for, to sort and compare (过半数 sits just above 1/2). */
export function codeWeight(code: string): number {
  if (code === 'strict') return 0.5000001;
  const [num, den] = code.split('/').map(Number);
  return (num ?? 0) / (den ?? 1);
}

export function thresholdLabel(t: Translator, code: string): string {
  return t.pick(thresholdWording(codeToThreshold(code)));
}

/** A parameter's value in plain words: 过半数, 三分之二以上, 提前 10 天, 3 至 7 人 … */
export function paramValueText(t: Translator, name: string, value: unknown): string {
  if (isThreshold(value)) return t.pick(thresholdWording(value));
  if (typeof value === 'boolean') {
    // a sentence where one is written ("近亲属或者其他村民"), else 是 / 否
    const said = maybeKey(`rules.value.${name}.${value}`);
    return said ? t(said) : value ? t('app.yes') : t('app.no');
  }
  if (name === 'enforcement')
    return value === 'warn' ? t('rules.enforcement.warn') : t('rules.enforcement.refuse');
  // money parameters are integer fen (XWQL-TIER's oneSignatureUpToFen): show yuan
  if (typeof value === 'number' && name.endsWith('Fen')) return formatYuan(BigInt(value) as Fen);
  // rates in basis points (PARTY-DUES's salariedRate1Bp: 50): show a percentage
  if (typeof value === 'number' && name.endsWith('Bp')) return `${value / 100}%`;
  if (typeof value === 'number') {
    // "提前通知 0 天" is not how anyone says it: "无须提前，可当日通知"
    const zero = value === 0 ? maybeKey(`rules.unit.${name}.zero`) : null;
    if (zero) return t(zero);
    const unit = maybeKey(`rules.unit.${name}`);
    return unit ? t(unit, { n: value }) : String(value);
  }
  // a choice among words (SEED004-LIAISON's unit: working or calendar days)
  const said = typeof value === 'string' ? maybeKey(`rules.value.${name}.${value}`) : null;
  return said ? t(said) : String(value);
}

/** What a parameter measures, for this rule ("到会的十八周岁以上村民占全体十八周岁以上村民"). */
export function paramLabel(t: Translator, ruleId: string, name: string): string {
  const specific = maybeKey(`rules.param.${ruleId}.${name}`);
  if (specific) return t(specific);
  const generic = maybeKey(`rules.param.${name}`);
  return generic ? t(generic) : name;
}

export function ruleSubject(t: Translator, ruleId: string): string {
  const key = maybeKey(`rules.subject.${ruleId}`);
  return key ? t(key) : ruleId;
}

/**
 * A rule profile as people read it: "国家法律（默认）2018-12-29，本村章程：村民代表会议的法定人数和表决
 * （2026年11月21日通过）" for `national` / `2018-12-29+charter(VCOL-26-QUORUM@2026-11-21)`.
 */
export function profileText(t: Translator, profile: { id: string; version: string }): string {
  const base = RULE_PROFILES[profile.id];
  const [version = '', clauses = ''] = profile.version.split(/\+charter\(|\)$/);
  const name = base ? `${t.pick(base.name)} ${version}` : `${profile.id} ${version}`;
  if (!clauses) return name;
  const adopted = clauses.split(',').map((c) => {
    const [ruleId = c, on = ''] = c.split('@');
    return t('rules.profile.clause', { rule: ruleSubject(t, ruleId), date: on ? t.date(on) : '' });
  });
  return t('rules.profile.withCharter', {
    profile: name,
    clauses: adopted.join(t('matters.listSep')),
  });
}
