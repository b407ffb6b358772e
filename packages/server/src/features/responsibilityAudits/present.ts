import type { CalendarDate } from '@cunzhi/core/calendarDate';
import type { Locale } from '@cunzhi/core/errors';
import { formatYuan, toYuanText, yuanInCapitals, type Fen } from '@cunzhi/core/money';
import {
  AUDIT_ITEMS,
  AUDIT_KIND_NAMES,
  AUDITOR_KIND_NAMES,
  auditItemsOn,
} from '@cunzhi/core/responsibilityAudits/items';
import { auditDemandCheck } from '@cunzhi/core/responsibilityAudits/rules';
import { lawOn } from '@cunzhi/core/rules/law';
import type { VillageAbilities } from '@cunzhi/core/policies/village';
import type { Finding } from '@cunzhi/core/rules/findings';
import type { z } from 'zod';
import type * as contract from '@cunzhi/contract/responsibilityAudits';
import { presentCitation, presentFinding } from '../meetings/present.ts';
import type { AuditDemandRow, AuditRow, CommitteeTermRow } from './repository.ts';

type Reply<S extends z.ZodType> = z.input<S>;

const itemView = (i: { id: string; zh: string; en: string }) => ({
  id: i.id,
  name: { zh: i.zh, en: i.en },
});

export function presentAudit(a: AuditRow): Reply<typeof contract.AuditView> {
  const known = AUDIT_ITEMS[lawOn(a.period_to)];
  return {
    id: a.id,
    number: a.number,
    kind: a.kind,
    kindName: AUDIT_KIND_NAMES[a.kind],
    subject: a.subject,
    term:
      a.body_term_id && a.term_starts_on && a.term_ends_on
        ? { id: a.body_term_id, startsOn: a.term_starts_on, endsOn: a.term_ends_on }
        : null,
    demandId: a.demand_id,
    persons: a.persons,
    periodFrom: a.period_from,
    periodTo: a.period_to,
    items: a.items.map((id) => itemView(known.find((i) => i.id === id) ?? { id, zh: id, en: id })),
    auditor: {
      kind: a.auditor_kind,
      kindName: AUDITOR_KIND_NAMES[a.auditor_kind],
      name: a.auditor_name,
    },
    arrangedOn: a.arranged_on,
    status: a.status,
    reportedOn: a.reported_on,
    conclusion: a.conclusion,
    amounts: a.amounts.map((x) => {
      const fen = BigInt(x.amountFen) as Fen;
      return {
        label: x.label,
        amountFen: x.amountFen,
        amount: { yuan: toYuanText(fen), text: formatYuan(fen), capitals: yuanInCapitals(fen) },
      };
    }),
    publishedOn: a.published_on,
    noticeId: a.notice_id,
  };
}

export function presentAuditDemand(
  d: AuditDemandRow,
  base: number,
  signedByMe: boolean,
): Reply<typeof contract.AuditDemandView> {
  const c = auditDemandCheck(d.signatures, base);
  return {
    id: d.id,
    subject: d.subject,
    reason: d.reason,
    status: d.status,
    acceptedOn: d.accepted_on,
    createdAt: d.created_at.toISOString(),
    signatures: d.signatures,
    base,
    required: c.required,
    met: d.status !== 'collecting' || c.met,
    signedByMe,
    auditId: d.audit_id,
  };
}

function presentTerm(t: CommitteeTermRow, next: CommitteeTermRow | undefined) {
  const staying = new Set((next?.members ?? []).map((m) => m.personId));
  return {
    id: t.id,
    bodyName: t.body_name,
    startsOn: t.starts_on,
    endsOn: t.ends_on,
    members: t.members.map((m) => ({ ...m, left: next !== undefined && !staying.has(m.personId) })),
  };
}

export function presentAuditsPage(
  page: {
    terms: CommitteeTermRow[];
    audits: AuditRow[];
    demands: AuditDemandRow[];
    base: number;
    signedByMe: Set<string>;
    findings: Finding[];
  },
  today: CalendarDate,
  locale: Locale,
  abilities: VillageAbilities,
): Reply<typeof contract.AuditsPage> {
  return {
    on: today,
    audits: page.audits.map(presentAudit),
    demands: page.demands.map((d) => presentAuditDemand(d, page.base, page.signedByMe.has(d.id))),
    terms: page.terms.map((t, i) => presentTerm(t, page.terms[i + 1])),
    items: auditItemsOn(today).map(itemView),
    findings: page.findings.map((f) => presentFinding(f, locale)),
    citations: [presentCitation('VCOL-35-AUDIT', locale, today)],
    abilities,
  };
}
