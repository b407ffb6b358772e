import type { CalendarDate } from '../calendarDate.ts';
import { checkContent, type ContentTopic } from './content.ts';
import type { RuleId } from '../rules/citations.ts';

/** A numbered clause (第N条) of a version of the village rules. */
export interface Clause {
  number: number;
  body: string;
}

export const MAX_CLAUSES = 200;
export const MAX_CLAUSE_LENGTH = 2000;

/** Clauses as typed: trimmed, empty ones dropped, numbered 1… in order. */
export function numberClauses(bodies: readonly string[]): Clause[] {
  return bodies
    .map((b) => b.trim())
    .filter((b) => b !== '')
    .map((body, i) => ({ number: i + 1, body }));
}

/** What the content check finds in one clause: the flags a review opens. */
export interface ClauseFlag {
  clauseNumber: number;
  topic: ContentTopic;
  ruleId: RuleId;
  excerpt: string;
}

export function flagClauses(clauses: readonly Clause[], on: CalendarDate): ClauseFlag[] {
  return clauses.flatMap((c) =>
    checkContent(c.body, on).map((f) => ({
      clauseNumber: c.number,
      topic: f.params['topic'] as ContentTopic,
      ruleId: f.ruleId,
      excerpt: String(f.params['excerpt']),
    })),
  );
}

/** One line of a diff by clause: numbers in the older and the newer version (null: absent there). */
export type ClauseChange =
  | { change: 'same'; before: Clause; after: Clause }
  | { change: 'changed'; before: Clause; after: Clause }
  | { change: 'added'; after: Clause }
  | { change: 'removed'; before: Clause };

/**
 * Two versions compared clause by clause. Clauses are matched by their text (the longest common
 * subsequence), not their numbers, so a clause inserted in the middle reads as one addition and
 * the renumbered clauses after it as unchanged; a removal followed by an addition at the same
 * place reads as the clause changed.
 */
export function diffClauses(before: readonly Clause[], after: readonly Clause[]): ClauseChange[] {
  const n = before.length;
  const m = after.length;
  // lcs[i][j]: common clauses of before[i..] and after[j..]
  const lcs = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(0));
  for (let i = n - 1; i >= 0; i--)
    for (let j = m - 1; j >= 0; j--)
      lcs[i]![j] =
        before[i]!.body === after[j]!.body
          ? lcs[i + 1]![j + 1]! + 1
          : Math.max(lcs[i + 1]![j]!, lcs[i]![j + 1]!);
  const out: ClauseChange[] = [];
  let i = 0;
  let j = 0;
  const removed: Clause[] = [];
  const added: Clause[] = [];
  // a run of removals and additions between two common clauses pairs up as changes
  const flush = () => {
    const paired = Math.min(removed.length, added.length);
    for (let k = 0; k < paired; k++)
      out.push({ change: 'changed', before: removed[k]!, after: added[k]! });
    for (const c of removed.slice(paired)) out.push({ change: 'removed', before: c });
    for (const c of added.slice(paired)) out.push({ change: 'added', after: c });
    removed.length = 0;
    added.length = 0;
  };
  while (i < n || j < m) {
    if (i < n && j < m && before[i]!.body === after[j]!.body) {
      flush();
      out.push({ change: 'same', before: before[i]!, after: after[j]! });
      i++;
      j++;
    } else if (j < m && (i === n || lcs[i]![j + 1]! >= lcs[i + 1]![j]!)) {
      added.push(after[j]!);
      j++;
    } else {
      removed.push(before[i]!);
      i++;
    }
  }
  flush();
  return out;
}

const DIGITS = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'] as const;
const digit = (d: number) => DIGITS[d] ?? '';

/** A clause's number as the printed rules write it: 第一条, 第十条, 第二十一条, 第一百零五条 (up to 999). */
export function clauseLabel(n: number): string {
  const h = Math.floor(n / 100);
  const t = Math.floor((n % 100) / 10);
  const u = n % 10;
  let s = h ? `${digit(h)}百` : '';
  if (t) s += `${h || t > 1 ? digit(t) : ''}十`;
  else if (h && u) s += '零';
  if (u) s += digit(u);
  return `第${s}条`;
}
