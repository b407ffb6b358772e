import type { CalendarDate } from '../calendarDate.ts';
import { finding, type Finding } from '../rules/findings.ts';
import { atLeast, meets, required, thresholdWording, type Threshold } from '../rules/threshold.ts';
import type { AuditKind } from './items.ts';

/**
 * VCOL-35-AUDIT (2018 Art. 35, 2025 Art. 40): 本村五分之一以上的村民要求审计的其他事项.
 * "村民" is read as the villagers aged 18 or over, the base the product counts every
 * villagers' demand on (the assembly's members, Art. 21/25), and "以上" includes the
 * number (RULES.md §0.2): 1/5 of 100 is 20. The statute fixes it; no charter changes it.
 */
export const AUDIT_DEMAND_THRESHOLD: Threshold = atLeast(1, 5);

export interface AuditDemandCheck {
  met: boolean;
  required: number;
  base: number;
  count: number;
  wording: { zh: string; en: string };
}

/** Whether the signatures reach one fifth of the villagers (aged 18+) on the day. */
export function auditDemandCheck(signers: number, base: number): AuditDemandCheck {
  const t = AUDIT_DEMAND_THRESHOLD;
  return {
    met: base > 0 && meets(signers, base, t),
    required: Math.max(1, required(base, t)),
    base,
    count: signers,
    wording: thresholdWording(t),
  };
}

/** A term of the villagers' committee with the members who served in it. */
export interface CommitteeTerm {
  id: string;
  startsOn: CalendarDate;
  endsOn: CalendarDate;
  members: ReadonlyArray<{ personId: string; name: string }>;
}

/** An audit as the rules need it. */
export interface AuditFacts {
  kind: AuditKind;
  termId: string | null;
  publishedOn: CalendarDate | null;
}

/**
 * 离任经济责任审计结果应当在下一届村民委员会选举之前公布. The product knows the next
 * election by the successor term's first day (the new committee takes office when it is
 * elected), so a term whose successor has started needs, for the members who did not
 * continue, a departure audit published strictly before that day. Judged on that day's law.
 */
export function departureAuditFindings(
  terms: readonly CommitteeTerm[],
  audits: readonly AuditFacts[],
  today: CalendarDate,
  /** Successions before this day (the village's records began here) are not judged. */
  since: CalendarDate | null = null,
): Finding[] {
  const sorted = [...terms].sort((a, b) => (a.startsOn < b.startsOn ? -1 : 1));
  const out: Finding[] = [];
  sorted.forEach((term, i) => {
    const next = sorted[i + 1];
    if (!next || next.startsOn > today || (since !== null && next.startsOn < since)) return;
    const staying = new Set(next.members.map((m) => m.personId));
    const leaving = term.members.filter((m) => !staying.has(m.personId));
    if (leaving.length === 0) return;
    const electedOn = next.startsOn;
    const base = { startsOn: term.startsOn, electedOn };
    const mine = audits.filter((a) => a.kind === 'departure' && a.termId === term.id);
    const published = mine
      .map((a) => a.publishedOn)
      .filter((d): d is CalendarDate => d !== null)
      .sort()[0];
    if (mine.length === 0) {
      const names = [...new Set(leaving.map((m) => m.name))].join('、');
      out.push(finding(electedOn, 'VCOL-35-AUDIT', 'departure_audit_missing', { ...base, names }));
    } else if (!published) {
      out.push(finding(electedOn, 'VCOL-35-AUDIT', 'departure_audit_unpublished', base));
    } else if (published >= electedOn) {
      out.push(
        finding(electedOn, 'VCOL-35-AUDIT', 'departure_audit_late', {
          ...base,
          publishedOn: published,
        }),
      );
    }
  });
  return out;
}

/**
 * 村民委员会成员实行任期…经济责任审计: a term that has ended (its last day passed, or its
 * successor took office) with no term audit recorded. A warning: the statute sets no day.
 */
export function termAuditFindings(
  terms: readonly CommitteeTerm[],
  audits: readonly AuditFacts[],
  today: CalendarDate,
  since: CalendarDate | null = null,
): Finding[] {
  const starts = terms.map((t) => t.startsOn);
  return terms.flatMap((term) => {
    const successor = starts.filter((s) => s > term.startsOn).sort()[0];
    const ended = term.endsOn < today || (successor !== undefined && successor <= today);
    if (!ended) return [];
    if (audits.some((a) => a.kind === 'term' && a.termId === term.id)) return [];
    const on = successor !== undefined && successor <= term.endsOn ? successor : term.endsOn;
    // judged from the day the successor took office (or the term's end, with none yet)
    const decisive = successor !== undefined && successor <= today ? successor : term.endsOn;
    if (since !== null && decisive < since) return [];
    return [
      finding(
        on,
        'VCOL-35-AUDIT',
        'term_audit_missing',
        { startsOn: term.startsOn, endsOn: term.endsOn },
        'warning',
      ),
    ];
  });
}

/** A demand that reached one fifth and waits for the town to arrange the audit. */
export function pendingDemandFindings(
  demands: ReadonlyArray<{ subject: string; signatures: number; acceptedOn: CalendarDate }>,
): Finding[] {
  return demands.map((d) =>
    finding(
      d.acceptedOn,
      'VCOL-35-AUDIT',
      'audit_demand_pending',
      { subject: d.subject, count: d.signatures },
      'warning',
    ),
  );
}
