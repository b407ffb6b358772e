import { formatChineseDate, type CalendarDate } from '@cunzhi/core/calendarDate';
import { DISPUTE_MACHINE, type DisputeRole } from '@cunzhi/core/disputes/machine';
import { agreementEffect } from '@cunzhi/core/disputes/rules';
import type { Locale } from '@cunzhi/core/errors';
import type { z } from 'zod';
import type { DisputeDetail, DisputeSummary } from '@cunzhi/contract/disputes';
import type { SheetSpec } from '../finance/workbook.ts';
import type { DisputeDetailRows, DisputeListRow, LedgerRow } from './queries.ts';

/** A numbered paper: 〔2026〕第3号. */
export const numberText = (year: number, number: number) => `〔${year}〕第${number}号`;

/** The last day for judicial confirmation while it is still open to the parties. */
function openWindow(r: DisputeListRow): CalendarDate | null {
  return r.status === 'performing' && !r.confirmation_applied ? r.confirm_last_day : null;
}

export function presentDisputeSummary(r: DisputeListRow): z.output<typeof DisputeSummary> {
  return {
    id: r.id,
    numberText: numberText(r.year, r.number),
    category: r.category as z.output<typeof DisputeSummary>['category'],
    subject: r.subject,
    parties: r.parties,
    state: r.status,
    stage: r.stage,
    receivedOn: r.received_on,
    confirmLastDay: openWindow(r),
    closedOn: r.closed_on,
  };
}

export function presentDisputeDetail(
  d: DisputeDetailRows,
  roles: readonly DisputeRole[],
  locale: Locale,
): z.output<typeof DisputeDetail> {
  const { row, confirmation: c } = d;
  return {
    ...presentDisputeSummary(d.list),
    origin: row.origin,
    facts: row.facts,
    acceptedOn: row.accepted_on,
    endedOn: row.ended_on,
    endReason: row.end_reason,
    outcome: row.outcome,
    profile: { id: row.profile_id, version: row.profile_version },
    partyList: d.parties.map((p) => ({
      id: p.id,
      name: p.name,
      personId: p.person_id,
      address: p.address,
      consent: p.consent,
      consentOn: p.consent_on,
      signedOn: p.signed_on,
      mark: p.mark,
    })),
    mediators: d.mediators.map((m) => ({
      personId: m.person_id,
      name: m.name,
      how: m.how,
      since: m.since,
    })),
    records: d.records.map((r) => ({
      seq: r.seq,
      heldOn: r.held_on,
      place: r.place,
      present: r.present,
      content: r.content,
    })),
    agreement: presentAgreement(d, locale),
    confirmation: c && {
      court: c.court,
      appliedOn: c.applied_on,
      acceptBy: c.accept_by,
      acceptedOn: c.accepted_on,
      extended: c.extended,
      decideBy: c.decide_by,
      ruling: c.ruling,
      rulingOn: c.ruling_on,
      caseNumber: c.case_number,
    },
    stages: d.stages.map((s) => ({
      seq: s.seq,
      stage: s.stage,
      body: s.body,
      handler: s.handler,
      startedOn: s.started_on,
      endedOn: s.ended_on,
      outcome: s.outcome,
      referral: s.referral_id
        ? { id: s.referral_id, status: s.referral_status ?? '', dueOn: s.referral_due_on }
        : null,
    })),
    // the town's steps are taken in its inbox, not on the village's page
    actions: DISPUTE_MACHINE.actionsFor(row.status, roles).filter(
      (action) => action !== 'takeEffect' && action !== 'refuse',
    ),
    village: { name: d.villageName },
    fingerprint: d.fingerprint,
  };
}

/** The agreement, with what a written one still lacks before it takes effect. */
function presentAgreement(
  d: DisputeDetailRows,
  locale: Locale,
): z.output<typeof DisputeDetail>['agreement'] {
  const a = d.agreement;
  if (!a) return null;
  const effect =
    a.form === 'written'
      ? agreementEffect({
          form: 'written',
          parties: d.parties.map((p) => ({ name: p.name, signedOn: p.signed_on })),
          mediatorSignedOn: a.mediator_signed_on,
          sealedOn: a.sealed_on,
        })
      : null;
  const missing =
    effect && !effect.effective ? (locale === 'en' ? effect.missingEn : effect.missing) : [];
  return {
    form: a.form,
    numberText: a.number === null ? null : numberText(a.year, a.number),
    reachedOn: a.reached_on,
    terms: a.terms,
    performance: a.performance,
    mediator:
      a.mediator_person_id && a.mediator_name
        ? { personId: a.mediator_person_id, name: a.mediator_name }
        : null,
    mediatorSignedOn: a.mediator_signed_on,
    sealedOn: a.sealed_on,
    effectiveOn: a.effective_on,
    missing,
    confirmLastDay: a.confirm_last_day,
    performedOn: a.performed_on,
  };
}

const CATEGORY_ZH: Record<string, string> = {
  neighbour: '邻里纠纷',
  family: '婚姻家庭纠纷',
  land: '土地承包纠纷',
  homestead: '宅基地纠纷',
  damages: '损害赔偿纠纷',
  contract: '合同纠纷',
  labour: '劳动务工纠纷',
  other: '其他纠纷',
};
const STATE_ZH: Record<string, string> = {
  received: '已登记',
  notMediated: '不予调解',
  mediating: '调解中',
  agreed: '达成协议待签署',
  performing: '履行中',
  terminated: '调解终止',
  atTown: '乡镇调处中',
  inCourt: '诉讼中',
  closed: '已结案',
};
const STAGE_ZH = { people: '人民调解', administrative: '行政调解', judicial: '司法' } as const;
const cnDate = (d: CalendarDate | null) => (d ? formatChineseDate(d) : '');

/** The 台账's columns and one line per dispute (Chinese: the ledger is a village's paper). */
const LEDGER_COLUMNS = [
  { header: '登记号', width: 14 },
  { header: '登记日期', width: 16 },
  { header: '来源', width: 10 },
  { header: '纠纷类别', width: 14 },
  { header: '当事人', width: 20 },
  { header: '纠纷事由', width: 30 },
  { header: '调解员', width: 16 },
  { header: '受理日期', width: 16 },
  { header: '调解协议', width: 20 },
  { header: '协议生效日期', width: 16 },
  { header: '司法确认', width: 12 },
  { header: '三调联动', width: 22 },
  { header: '状态', width: 14 },
  { header: '结案日期', width: 16 },
  { header: '结果', width: 40 },
] as const;

function ledgerLine(r: LedgerRow): Array<string | number | null> {
  const agreement =
    r.agreement_form === 'written' && r.agreement_number !== null
      ? `书面 ${numberText(r.year, r.agreement_number)}`
      : r.agreement_form === 'oral'
        ? '口头'
        : '';
  const ruling = r.ruling === 'confirmed' ? '已确认' : r.ruling === 'rejected' ? '驳回' : '';
  return [
    numberText(r.year, r.number),
    cnDate(r.received_on),
    r.origin === 'application' ? '当事人申请' : '主动调解',
    CATEGORY_ZH[r.category] ?? r.category,
    r.parties.join('、'),
    r.subject,
    r.mediators.join('、'),
    cnDate(r.accepted_on),
    agreement,
    cnDate(r.effective_on),
    ruling,
    r.stages.map((s) => STAGE_ZH[s as keyof typeof STAGE_ZH]).join(' → '),
    STATE_ZH[r.status] ?? r.status,
    cnDate(r.closed_on),
    r.outcome ?? '',
  ];
}

/** The 台账's sheet: a village's, or a town's with each line's village first. */
export function ledgerSheet(
  title: string,
  rows: readonly LedgerRow[],
  combined: boolean,
): SheetSpec {
  const village = { header: '村（社区）', width: 14 };
  return {
    name: '人民调解台账',
    title,
    columns: combined ? [village, ...LEDGER_COLUMNS] : LEDGER_COLUMNS,
    rows: rows.map((r) => (combined ? [r.village_name, ...ledgerLine(r)] : ledgerLine(r))),
  };
}
