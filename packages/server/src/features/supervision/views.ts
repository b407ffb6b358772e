import { DomainError, type Locale } from '@cunzhi/core/errors';
import type { VillageAbilities } from '@cunzhi/core/policies/village';
import { findingWithCitation } from '@cunzhi/core/rules/findings';
import { requiredFigures } from '@cunzhi/core/supervision/committee';
import { checkInspectionAttendance } from '@cunzhi/core/supervision/inspections';
import { fingerprintOf } from '../../platform/audit/repository.ts';
import type { AppContext } from '../../platform/http/context.ts';
import { loadVillageProfile } from '../../platform/rules/villageProfile.ts';
import { compositionPage } from '../rules/queries/composition.ts';
import {
  correctionData,
  inspectionData,
  motionData,
  motionsOnSubjects,
  reportData,
  supervisionInbox,
  supervisionOverview,
} from './queries.ts';
import {
  presentCorrection,
  presentInspection,
  presentInspectionSummary,
  presentMotion,
  presentOverview,
  presentPlan,
  presentReport,
  presentStationComplaint,
  type Reader,
} from './present.ts';
import { findPlan, supervisionMembersOn } from './repository.ts';
import { withEvidenceAndPlan, withReportEvidence } from './evidence.ts';

/**
 * The supervision pages as a reader sees them: the rows the queries gather, the committee as it
 * stands today (its members and what it needs to act and to carry), shaped by present.ts.
 */

/** Who reads: the village, their own person there, their language and what they may do. */
export interface Viewer {
  villageId: string;
  personId: string | null;
  locale: Locale;
  abilities: VillageAbilities;
}

/** Who reads, on what day, with what they may do; the committee as it stands today. */
async function readerOf(ctx: AppContext, v: Viewer): Promise<Reader> {
  const today = ctx.clock.today();
  const [members, { profile }] = await Promise.all([
    supervisionMembersOn(ctx.db, v.villageId, today),
    loadVillageProfile(ctx.db, v.villageId, today),
  ]);
  return {
    personId: v.personId,
    locale: v.locale,
    today,
    abilities: v.abilities,
    committee: { members, ...requiredFigures(members.length, profile.params) },
  };
}

export async function motionView(ctx: AppContext, v: Viewer, motionId: string) {
  const { villageId } = v;
  const [reader, data] = await Promise.all([
    readerOf(ctx, v),
    motionData(ctx.db, villageId, motionId),
  ]);
  if (!data) throw new DomainError('not_found', { what: 'supervisionMotion' });
  return { motion: presentMotion(data, reader) };
}

/** The committee's motions on some subjects (a spending request's holds), as this reader sees them. */
export async function motionsOnView(ctx: AppContext, v: Viewer, subjectIds: readonly string[]) {
  const [reader, data] = await Promise.all([
    readerOf(ctx, v),
    motionsOnSubjects(ctx.db, v.villageId, subjectIds),
  ]);
  return data.map((d) => presentMotion(d, reader));
}

export async function inspectionView(ctx: AppContext, v: Viewer, inspectionId: string) {
  const { villageId } = v;
  const reader = await readerOf(ctx, v);
  const data = await inspectionData(ctx.db, villageId, inspectionId, reader.today);
  if (!data) throw new DomainError('not_found', { what: 'supervisionInspection' });
  const { profile } = await loadVillageProfile(ctx.db, villageId, reader.today);
  const serving = new Set(data.members.map((m) => m.person_id));
  const short = checkInspectionAttendance(
    data.inspection.subject,
    data.inspection.present.filter((id) => serving.has(id)).length,
    data.members.length,
    reader.today,
    profile.params,
  );
  const finding = short ? findingWithCitation(short, reader.locale) : null;
  return withEvidenceAndPlan(ctx, villageId, presentInspection(data, reader, finding));
}

export async function reportView(ctx: AppContext, v: Viewer, reportId: string) {
  const { villageId } = v;
  const [reader, data, fingerprint] = await Promise.all([
    readerOf(ctx, v),
    reportData(ctx.db, villageId, reportId),
    fingerprintOf(ctx.db, villageId, {
      type: 'supervisionReport',
      id: reportId,
      action: 'supervision.reportPublished',
    }),
  ]);
  if (!data) throw new DomainError('not_found', { what: 'supervisionReport' });
  return withReportEvidence(ctx, villageId, presentReport(data, reader, fingerprint));
}

export async function correctionView(ctx: AppContext, v: Viewer, correctionId: string) {
  const row = await correctionData(ctx.db, v.villageId, correctionId);
  if (!row) throw new DomainError('not_found', { what: 'supervisionCorrection' });
  return { correction: presentCorrection(row, ctx.clock.today()) };
}

/** The committee's page: members, composition checked today, motions, inspections, reports, corrections, plans. */
export async function overviewView(ctx: AppContext, v: Viewer) {
  const reader = await readerOf(ctx, v);
  const data = await supervisionOverview(ctx.db, v.villageId, reader.today);
  const composition = data.committeeBodyId
    ? (await compositionPage(ctx, v.villageId, data.committeeBodyId, reader.today)).findings
    : [];
  return presentOverview(
    data,
    reader,
    composition.map((f) => ({
      severity: f.severity,
      message: findingWithCitation(f, reader.locale),
    })),
  );
}

/** A member's phone: what awaits their vote, their inspections, corrections overdue, complaints. */
export async function inboxView(ctx: AppContext, v: Viewer) {
  const reader = await readerOf(ctx, v);
  if (!reader.personId) throw new DomainError('not_supervision_member');
  const data = await supervisionInbox(ctx.db, v.villageId, reader.personId, reader.today);
  return {
    on: reader.today,
    toVote: data.motions.map((m) => presentMotion(m, reader)).filter((m) => m.canVote),
    inspections: data.inspections.map(presentInspectionSummary),
    overdue: data.overdue.map((c) => presentCorrection(c, reader.today)),
    complaints: data.complaints.map(presentStationComplaint),
  };
}

export async function planView(ctx: AppContext, v: Viewer, planId: string) {
  const plan = await findPlan(ctx.db, v.villageId, planId);
  if (!plan) throw new DomainError('not_found', { what: 'supervisionPlan' });
  return { plan: presentPlan(plan) };
}
