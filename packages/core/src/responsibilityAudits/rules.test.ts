import { describe, expect, it } from 'vitest';
import { calendarDate as d } from '../calendarDate.ts';
import { findingMessage } from '../rules/findings.ts';
import { AUDIT_ITEMS, auditItemsOn, unknownAuditItems } from './items.ts';
import {
  auditDemandCheck,
  departureAuditFindings,
  pendingDemandFindings,
  termAuditFindings,
  type AuditFacts,
  type CommitteeTerm,
} from './rules.ts';

describe('VCOL-35-AUDIT: one fifth of the villagers (18+) may demand an audit of other items', () => {
  it.each([
    // base 100: 1/5 以上 includes 20
    [100, 19, false, 20],
    [100, 20, true, 20],
    [100, 21, true, 20],
    // base 101: 20.2 → 21
    [101, 20, false, 21],
    [101, 21, true, 21],
    [101, 22, true, 21],
    // base 5: exactly one
    [5, 0, false, 1],
    [5, 1, true, 1],
    [5, 2, true, 1],
  ])('base %i, %i signers → met %s (needs %i)', (base, signers, met, needed) => {
    const c = auditDemandCheck(signers, base);
    expect(c.met).toBe(met);
    expect(c.required).toBe(needed);
    expect(c.wording.zh).toBe('五分之一以上');
  });

  it('a village with no adult registered has no demand to meet', () => {
    expect(auditDemandCheck(0, 0)).toMatchObject({ met: false, required: 1 });
  });
});

describe('VCOL-35-AUDIT: the audit items follow the text of the law of the period audited', () => {
  it('the 2018 text lists land compensation; the 2025 text only the use of funds', () => {
    expect(auditItemsOn(d('2025-12-31')).map((i) => i.id)).toEqual([
      'finance',
      'debts',
      'grants',
      'contracting',
      'assets',
      'demanded',
    ]);
    expect(auditItemsOn(d('2026-01-01')).map((i) => i.id)).toEqual([
      'finance',
      'debts',
      'grants',
      'tendering',
      'funds',
      'demanded',
    ]);
    expect(AUDIT_ITEMS['2018-12-29'][4]!.zh).toContain('征地补偿费');
    expect(AUDIT_ITEMS['2025-10-28'].some((i) => i.zh.includes('征地补偿费'))).toBe(false);
  });

  it('an item of the other text is unknown on the day', () => {
    expect(unknownAuditItems(['finance', 'assets'], d('2026-03-01'))).toEqual(['assets']);
    expect(unknownAuditItems(['finance', 'assets'], d('2025-03-01'))).toEqual([]);
  });
});

const p = (id: string) => ({ personId: id, name: `成员${id}` });
const old: CommitteeTerm = {
  id: 'T1',
  startsOn: d('2021-03-01'),
  endsOn: d('2026-02-28'),
  members: [p('a'), p('b'), p('c')],
};
const next: CommitteeTerm = {
  id: 'T2',
  startsOn: d('2026-03-01'),
  endsOn: d('2031-02-28'),
  members: [p('a'), p('d'), p('e')],
};
const departure = (publishedOn: string | null): AuditFacts => ({
  kind: 'departure',
  termId: 'T1',
  publishedOn: publishedOn === null ? null : d(publishedOn),
});

describe('VCOL-35-AUDIT: a departure audit is published before the next election', () => {
  it.each([
    // published the day before the successor took office: in time
    ['2026-02-28', []],
    // the same day or later: late
    ['2026-03-01', ['departure_audit_late']],
    ['2026-03-02', ['departure_audit_late']],
  ])('published %s → %j', (publishedOn, codes) => {
    const f = departureAuditFindings([old, next], [departure(publishedOn)], d('2026-06-01'));
    expect(f.map((x) => x.code)).toEqual(codes);
  });

  it('missing: names the members who left; unpublished: says so; judged on the election day', () => {
    const missing = departureAuditFindings([next, old], [], d('2026-06-01'));
    expect(missing).toHaveLength(1);
    expect(missing[0]).toMatchObject({
      on: '2026-03-01',
      ruleId: 'VCOL-35-AUDIT',
      severity: 'violation',
    });
    expect(findingMessage(missing[0]!, 'zh-CN')).toContain('成员b、成员c');
    expect(findingMessage(missing[0]!, 'zh-CN')).not.toContain('成员a');
    const unpublished = departureAuditFindings([old, next], [departure(null)], d('2026-06-01'));
    expect(unpublished.map((x) => x.code)).toEqual(['departure_audit_unpublished']);
  });

  it('a succession before the village’s records began here is not judged', () => {
    expect(departureAuditFindings([old, next], [], d('2026-06-01'), d('2026-03-02'))).toEqual([]);
    expect(departureAuditFindings([old, next], [], d('2026-06-01'), d('2026-03-01'))).toHaveLength(
      1,
    );
    expect(termAuditFindings([old, next], [], d('2026-06-01'), d('2026-03-02'))).toEqual([]);
  });

  it('no finding before the successor takes office, nor when every member stayed', () => {
    expect(departureAuditFindings([old, next], [], d('2026-02-28'))).toEqual([]);
    const same = { ...next, members: old.members };
    expect(departureAuditFindings([old, same], [], d('2026-06-01'))).toEqual([]);
  });

  it('an audit of another term or a term audit does not count', () => {
    const other: AuditFacts = { kind: 'departure', termId: 'T2', publishedOn: d('2026-01-01') };
    const term: AuditFacts = { kind: 'term', termId: 'T1', publishedOn: d('2026-01-01') };
    const f = departureAuditFindings([old, next], [other, term], d('2026-06-01'));
    expect(f.map((x) => x.code)).toEqual(['departure_audit_missing']);
  });
});

describe('VCOL-35-AUDIT: a term ends with a term audit (a warning)', () => {
  it.each([
    ['2026-02-28', 0],
    ['2026-03-01', 1],
  ])('today %s → %i warning(s) for the first term', (today, count) => {
    const f = termAuditFindings([old, next], [], d(today));
    expect(f).toHaveLength(count);
    if (count) expect(f[0]).toMatchObject({ severity: 'warning', code: 'term_audit_missing' });
  });

  it('a term audit of the term answers it', () => {
    const audit: AuditFacts = { kind: 'term', termId: 'T1', publishedOn: null };
    expect(termAuditFindings([old, next], [audit], d('2026-06-01'))).toEqual([]);
  });

  it('a demand that reached one fifth waits for its audit', () => {
    const [f] = pendingDemandFindings([
      { subject: '村道硬化工程', signatures: 42, acceptedOn: d('2026-05-01') },
    ]);
    expect(findingMessage(f!, 'zh-CN')).toBe(
      '42 名村民联名要求审计“村道硬化工程”，已达五分之一以上，尚未安排审计',
    );
  });
});
