import type { Locale } from '@cunzhi/core/errors';
import { findingWithCitation } from '@cunzhi/core/rules/findings';
import { diffClauses, type Clause } from '@cunzhi/core/villageRules/clauses';
import { topicFinding } from '@cunzhi/core/villageRules/content';
import { checkFiling } from '@cunzhi/core/villageRules/procedure';
import type { RuleParams } from '@cunzhi/core/rules/profile';
import type { FlagRow, OpinionRow, VersionRow } from './repository.ts';

export function presentSummary(v: VersionRow, clauseCount: number, openFlags: number) {
  return {
    id: v.id,
    number: v.number,
    title: v.title,
    state: v.state,
    openedOn: v.opinions_from,
    adoptedOn: v.adopted_on,
    publishedOn: v.published_on,
    supersededOn: v.superseded_on,
    clauseCount,
    openFlags,
  };
}

/** A flag as the reader reads it: the check's finding with its law in words, or the township's note. */
export function presentFlag(f: FlagRow, locale: Locale) {
  const message =
    f.origin === 'check' && f.topic
      ? findingWithCitation(topicFinding(f.topic, f.excerpt, f.raised_on), locale)
      : f.note;
  return {
    id: f.id,
    clauseNumber: f.clause_number,
    origin: f.origin,
    message,
    raisedOn: f.raised_on,
    closedOn: f.closed_on,
    closing: f.closing,
    closingNote: f.closing_note,
  };
}

export function presentOpinion(o: OpinionRow) {
  return {
    id: o.id,
    receivedOn: o.received_on,
    channel: o.channel as 'meeting' | 'paper' | 'phone' | 'visit' | 'box',
    fromName: o.from_name,
    content: o.content,
  };
}

/** A late filing in words (the warning recorded when it was filed). */
export function filingNote(
  v: VersionRow,
  params: RuleParams['CGMY-STEPS'],
  locale: Locale,
): string | null {
  if (!v.filing_late || !v.filed_on || !v.adopted_on || !v.filing_due_on) return null;
  const [f] = checkFiling(v.filed_on, v.adopted_on, v.filing_due_on, params);
  return f ? findingWithCitation(f, locale) : null;
}

export function presentDiff(before: readonly Clause[], after: readonly Clause[]) {
  return diffClauses(before, after).map((c) => ({
    change: c.change,
    before: 'before' in c ? c.before : null,
    after: 'after' in c ? c.after : null,
  }));
}
