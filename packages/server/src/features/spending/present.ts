import type { CalendarDate } from '@cunzhi/core/calendarDate';
import { formatYuan, fromYuanText, yuanInCapitals } from '@cunzhi/core/money';
import type { VillageRole } from '@cunzhi/core/policies/actor';
import type { VillageAbilities } from '@cunzhi/core/policies/village';
import type { RuleId } from '@cunzhi/core/rules/citations';
import {
  APPROVAL_STEP_INFO,
  chainSteps,
  checkSignature,
  nextApprovalStep,
  type ApprovalStep,
} from '@cunzhi/core/spending/chain';
import { SPENDING_AUTHORITY_INFO } from '@cunzhi/core/spending/tiers';
import { citationOf, resolutionNumberText, type VillageNaming } from '../matters/present.ts';
import type { ResolutionRefRow, SpendingListData, SpendingPageData } from './queries.ts';
import type { HoldDecision, HoldRow, RequestRow } from './repository.ts';
import type { z } from 'zod';
import type { MotionView } from '@cunzhi/contract/supervision';

type Motion = z.infer<typeof MotionView>;

/** An amount three ways: for forms, for tables, and for formal notices. */
function amountOf(text: string) {
  const fen = fromYuanText(text);
  return { yuan: text, text: formatYuan(fen), capitals: yuanInCapitals(fen) };
}

const names = (n: { zh: string; en: string }) => ({ zh: n.zh, en: n.en });

function resolutionRef(village: VillageNaming, rows: ResolutionRefRow[], id: string | null) {
  const r = id ? rows.find((x) => x.id === id) : undefined;
  return r ? { id: r.id, numberText: resolutionNumberText(village, r) } : null;
}

const inForce = (holds: readonly HoldRow[], requestId: string) =>
  holds.some((h) => h.request_id === requestId && h.status === 'adopted');

function summary(
  r: RequestRow,
  village: VillageNaming,
  facts: {
    next: ApprovalStep | null;
    onHold: boolean;
    paidOn: CalendarDate | null;
    resolutions: ResolutionRefRow[];
  },
) {
  const next = r.status === 'pending' ? facts.next : null;
  return {
    id: r.id,
    number: r.number,
    purpose: r.purpose,
    payee: r.payee,
    amount: amountOf(r.amount),
    authority: r.authority,
    authorityName: names(SPENDING_AUTHORITY_INFO[r.authority]),
    resolution: resolutionRef(village, facts.resolutions, r.resolution_id),
    scheduledOn: r.scheduled_on,
    status: r.status,
    nextStep: next,
    nextStepName: next ? names(APPROVAL_STEP_INFO[next]) : null,
    onHold: facts.onHold,
    paidOn: facts.paidOn,
    createdAt: r.created_at.toISOString(),
  };
}

export function presentSpendingList(
  data: SpendingListData,
  village: VillageNaming,
  abilities: VillageAbilities,
) {
  const params = data.profile.profile.params;
  return {
    requests: data.requests.map((r) => {
      const signed = data.steps.filter((s) => s.request_id === r.id && s.decision === 'approved');
      return summary(r, village, {
        next: nextApprovalStep(signed, params),
        onHold: inForce(data.holds, r.id),
        paidOn: data.payments.find((p) => p.request_id === r.id)?.paid_on ?? null,
        resolutions: data.resolutions,
      });
    }),
    abilities,
  };
}

function figures(d: HoldDecision | null) {
  return d && { ...d };
}

function presentHold(
  h: HoldRow,
  data: SpendingPageData,
  village: VillageNaming,
  motions: readonly Motion[],
) {
  const matter = data.matters.find((m) => m.id === h.referred_matter_id) ?? null;
  return {
    id: h.id,
    reason: h.reason,
    status: h.status,
    proposedOn: h.proposed_on,
    proposers: [h.proposed_by, ...h.co_proposers].map((p) => data.names.get(p) ?? ''),
    motions: motions.filter((m) => m.subject.id === h.id),
    decidedOn: h.decided_on,
    referredMatter: matter,
    referredOn: h.referred_on,
    inspection: h.inspected_on ? { on: h.inspected_on, note: h.inspection_note ?? '' } : null,
    release:
      h.released_on && h.release_basis
        ? {
            basis: h.release_basis,
            resolution: resolutionRef(village, data.resolutions, h.release_resolution_id),
            decision: figures(h.release_decision),
            on: h.released_on,
          }
        : null,
  };
}

/** Who reads the page: what they may sign or do now follows from their seats and the request's state. */
export interface Viewer {
  roles: ReadonlySet<VillageRole>;
  personId: string | null;
  accountId: string;
}

const RULES: RuleId[] = ['XWQL-TIER', 'RVMC-VOUCHER', 'SEED002-SUPERVISION'];

/**
 * What a serving supervision member may put to the committee here: a hold (the request
 * pending, none open), or the release of the hold in force by its own vote (inspected, the
 * profile allowing it, no release motion already open).
 */
function holdActs(
  data: SpendingPageData & { motions: readonly Motion[] },
  viewer: Viewer,
  abilities: VillageAbilities,
) {
  const member =
    abilities.superviseSpending &&
    viewer.personId !== null &&
    data.members.includes(viewer.personId);
  const open = data.holds.some((h) => h.status === 'proposed' || h.status === 'adopted');
  return {
    proposeHold: member && data.request.status === 'pending' && !open,
    releaseByVote:
      member &&
      data.profile.profile.params['SEED002-SUPERVISION'].releaseByCommitteeVote &&
      data.holds.some(
        (h) =>
          h.status === 'adopted' &&
          h.inspected_on !== null &&
          !data.motions.some((m) => m.subject.id === h.id && m.status === 'open'),
      ),
  };
}

export function presentSpendingDetail(
  data: SpendingPageData & { motions: readonly Motion[] },
  village: VillageNaming,
  viewer: Viewer,
  today: CalendarDate,
  abilities: VillageAbilities,
) {
  const { request: r } = data;
  const params = data.profile.profile.params;
  const approved = data.steps.filter((s) => s.decision === 'approved');
  const signed = approved.map((s) => ({
    step: s.step,
    personId: s.person_id,
    accountId: s.account_id,
    on: s.on_date,
  }));
  const next = nextApprovalStep(signed, params);
  const onHold = inForce(data.holds, r.id);
  const pending = r.status === 'pending';
  const mayRefuse = (step: ApprovalStep) =>
    checkSignature(signed, { step, on: today, ...viewer }, params).every(
      (f) => f.severity !== 'violation',
    );
  return {
    request: {
      ...summary(r, village, {
        next,
        onHold,
        paidOn: data.payment?.paid_on ?? null,
        resolutions: data.resolutions,
      }),
      expenseAccount: r.expense_account,
      paidFromAccount: r.paid_from_account,
      profile: { id: r.profile_id, version: r.profile_version },
    },
    chain: chainSteps(params).map((step) => {
      const s = data.steps.find((x) => x.step === step);
      const info = APPROVAL_STEP_INFO[step];
      return {
        step,
        name: names(info),
        seatName: names(info.seatName),
        signed: s ? { decision: s.decision, on: s.on_date, by: s.signer_name, note: s.note } : null,
      };
    }),
    holds: data.holds.map((h) => presentHold(h, data, village, data.motions)),
    payment: data.payment && {
      id: data.payment.id,
      paidOn: data.payment.paid_on,
      amount: amountOf(data.payment.amount),
      voucher:
        data.payment.voucher_id && data.payment.voucher_number
          ? { id: data.payment.voucher_id, number: data.payment.voucher_number }
          : null,
    },
    supervisors: data.members.map((personId) => ({
      personId,
      name: data.names.get(personId) ?? '',
    })),
    citations: RULES.map((id) => citationOf(id, today)),
    can: {
      sign: pending && next && abilities.approveSpending && mayRefuse(next) ? next : null,
      pay: pending && next === null && !onHold && abilities.manageSpending,
      ...holdActs(data, viewer, abilities),
    },
    abilities,
  };
}
