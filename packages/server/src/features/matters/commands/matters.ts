import { randomUUID } from 'node:crypto';
import { DomainError, type ErrorId } from '@cunzhi/core/errors';
import {
  MATTER_CATEGORIES,
  MATTER_CATEGORY_INFO,
  type MatterCategory,
} from '@cunzhi/core/matters/categories';
import { WORKFLOW_IDS, workflowsFor, type StepKind } from '@cunzhi/core/matters/workflows';
import { parseYuan, toYuanText } from '@cunzhi/core/money';
import { periodEnd } from '@cunzhi/core/rules/dayCount';
import { CHINA_HOLIDAYS } from '@cunzhi/core/rules/holidays';
import type { AppContext } from '../../../platform/http/context.ts';
import { appendAuditEvent } from '../../../platform/audit/appendAuditEvent.ts';
import { loadVillageProfile } from '../../../platform/rules/villageProfile.ts';
import { recordStep, resolutionOfMatter } from '../procedure.ts';
import {
  findMatter,
  findResolution,
  insertMatter,
  insertNotice,
  listAuthorisations,
  servingPostHolders,
  setMatterStatus,
  type NoticeRow,
  type StepRow,
} from '../repository.ts';
import { findPerson } from '../../registry/repository/persons.ts';
import type { Tx } from '../../../platform/db/database.ts';
import type { CalendarDate } from '@cunzhi/core/calendarDate';
import { dateField } from '../../../platform/fields.ts';

export interface Who {
  villageId: string;
  actorAccountId: string;
}

function fieldError(
  field: string,
  error: ErrorId,
  params: Record<string, string | number> = {},
): never {
  throw new DomainError('validation_failed', {}, [{ field, error, params }]);
}

/** Proposes a matter (议题): its category decides who may decide it and which procedures it may follow. */
export async function createMatter(
  ctx: AppContext,
  who: Who,
  input: {
    title: string;
    description?: string;
    /** as typed: `450,000`, `¥1,680.32`; empty for none */
    budget?: string;
    category: string;
    workflow?: string;
    revokesResolutionId?: string;
  },
) {
  const budget = parseYuan(input.budget ?? '');
  if ('problem' in budget) fieldError('budget', budget.problem);
  if (!(MATTER_CATEGORIES as readonly string[]).includes(input.category))
    fieldError('category', 'enum_invalid');
  const category = input.category as MatterCategory;
  const allowed = workflowsFor(category);
  const workflow = input.workflow ?? allowed[0];
  if (!workflow || !(allowed as string[]).includes(workflow))
    fieldError('workflow', 'enum_invalid');
  if (category === 'revokeDecision' && !input.revokesResolutionId)
    fieldError('revokesResolutionId', 'field_required');
  if (category !== 'revokeDecision' && input.revokesResolutionId)
    fieldError('revokesResolutionId', 'field_invalid');
  if (input.revokesResolutionId) {
    const target = await findResolution(ctx.db, who.villageId, input.revokesResolutionId);
    if (!target || target.revoked_by !== null) fieldError('revokesResolutionId', 'field_invalid');
  }
  const id = randomUUID();
  return ctx.db.transaction(async (tx) => {
    const number = await insertMatter(tx, who.villageId, {
      id,
      title: input.title,
      description: input.description ?? '',
      budget: budget.fen,
      category,
      workflow: workflow as (typeof WORKFLOW_IDS)[number],
      revokesResolutionId: input.revokesResolutionId ?? null,
      createdBy: who.actorAccountId,
    });
    await appendAuditEvent(tx, {
      chainId: who.villageId,
      actorAccountId: who.actorAccountId,
      action: 'matter.created',
      targetType: 'matter',
      targetId: id,
      data: {
        number,
        title: input.title,
        budget: budget.fen === null ? null : toYuanText(budget.fen),
        category,
        workflow,
        revokesResolutionId: input.revokesResolutionId ?? null,
      },
      occurredAt: ctx.clock.now(),
    });
    return { id, number };
  });
}

/** Steps recorded by hand: the rest are recorded when a motion on the matter closes at a meeting. */
export const MANUAL_STEPS = [
  'partyProposal',
  'topicPublished',
  'councilConsultation',
  'resolutionPublished',
  'implementationPublished',
] as const satisfies readonly StepKind[];
export type ManualStep = (typeof MANUAL_STEPS)[number];

const NOTICE_KIND: Partial<Record<ManualStep, NoticeRow['kind']>> = {
  topicPublished: 'topic',
  resolutionPublished: 'resolution',
  implementationPublished: 'implementationResult',
};

/**
 * Whom a notice names for questions and objections: they go to the
 * supervision committee (UX.md), so its chair serving on the day, with the
 * phone in the registry.
 */
async function objectionsContact(tx: Tx, villageId: string, on: CalendarDate) {
  const [chairId] = await servingPostHolders(
    tx,
    villageId,
    'villageAffairsSupervisionCommittee',
    ['chair'],
    on,
  );
  const chair = chairId ? await findPerson(tx, villageId, chairId) : null;
  return chair ? { name: chair.name, phone: chair.phone } : null;
}

/** Notices stay on the board this many days unless said otherwise (山东省村务公开条例: at least five). */
export const DEFAULT_NOTICE_DAYS = 7;

/**
 * Records a step that is not a vote: the Party organisation's proposal, a
 * council consultation (held, no vote needed), or a public notice, which is
 * published in the same transaction. The step is checked by core's workflow
 * rules (recordStep); a refusal publishes nothing.
 */
export async function recordManualStep(
  ctx: AppContext,
  who: Who,
  input: {
    matterId: string;
    kind: ManualStep;
    on: string;
    note?: string;
    meetingId?: string;
    notice?: {
      title: string;
      body: string;
      periodDays?: number;
      contactName?: string;
      contactPhone?: string;
    };
  },
): Promise<{ steps: StepRow[]; noticeId: string | null }> {
  const on = dateField('on', input.on);
  if (on > ctx.clock.today()) fieldError('on', 'date_in_future');
  const noticeKind = NOTICE_KIND[input.kind];
  if (noticeKind && !input.notice) fieldError('notice', 'field_required');
  if (input.kind === 'councilConsultation' && !input.meetingId)
    fieldError('meetingId', 'field_required');
  const matter = await findMatter(ctx.db, who.villageId, input.matterId);
  if (!matter) throw new DomainError('not_found', { what: 'matter' });
  return ctx.db.transaction(async (tx) => {
    // the matter before the audit head, in the order the meetings module takes them
    await findMatter(tx, who.villageId, matter.id, { forUpdate: true });
    let noticeId: string | null = null;
    if (noticeKind && input.notice) {
      const { profile } = await loadVillageProfile(tx, who.villageId);
      const days =
        input.notice.periodDays ??
        (noticeKind === 'topic'
          ? profile.params['SEED002-ONE-PLUS-THREE'].topicNoticeDays
          : DEFAULT_NOTICE_DAYS);
      const resolution =
        noticeKind === 'topic' ? null : await resolutionOfMatter(tx, who.villageId, matter.id);
      noticeId = randomUUID();
      await insertNotice(tx, who.villageId, {
        id: noticeId,
        kind: noticeKind,
        title: input.notice.title,
        body: input.notice.body,
        publishedOn: on,
        periodEndsOn: periodEnd(on, days, CHINA_HOLIDAYS),
        matterId: matter.id,
        resolutionId: resolution?.id ?? null,
        meetingId: null,
        publishedBy: who.actorAccountId,
        contact: input.notice.contactName
          ? { name: input.notice.contactName, phone: input.notice.contactPhone ?? null }
          : await objectionsContact(tx, who.villageId, on),
      });
      await appendAuditEvent(tx, {
        chainId: who.villageId,
        actorAccountId: who.actorAccountId,
        action: 'notice.published',
        targetType: 'notice',
        targetId: noticeId,
        data: {
          kind: noticeKind,
          title: input.notice.title,
          publishedOn: on,
          periodDays: days,
          matterId: matter.id,
          resolutionId: resolution?.id ?? null,
        },
        occurredAt: ctx.clock.now(),
      });
    }
    const steps = await recordStep(tx, ctx, {
      villageId: who.villageId,
      actorAccountId: who.actorAccountId,
      matterId: matter.id,
      kind: input.kind,
      on,
      ...(input.meetingId ? { meetingId: input.meetingId } : {}),
      ...(noticeId ? { noticeId } : {}),
      ...(input.note ? { note: input.note } : {}),
    });
    return { steps, noticeId };
  });
}

/** Withdraws an open matter (撤回议题); a decided one must be revoked by a new matter instead. */
export async function withdrawMatter(
  ctx: AppContext,
  who: Who,
  input: { matterId: string; reason?: string },
) {
  return ctx.db.transaction(async (tx) => {
    const matter = await findMatter(tx, who.villageId, input.matterId, { forUpdate: true });
    if (!matter) throw new DomainError('not_found', { what: 'matter' });
    if (matter.status === 'withdrawn') throw new DomainError('matter_withdrawn');
    if (matter.status !== 'open') throw new DomainError('matter_not_open');
    await setMatterStatus(tx, who.villageId, matter.id, 'withdrawn');
    await appendAuditEvent(tx, {
      chainId: who.villageId,
      actorAccountId: who.actorAccountId,
      action: 'matter.withdrawn',
      targetType: 'matter',
      targetId: matter.id,
      data: { number: matter.number, reason: input.reason ?? '' },
      occurredAt: ctx.clock.now(),
    });
    return { id: matter.id, status: 'withdrawn' as const };
  });
}

/** Matters the assembly may hand to the representatives' meeting (VCOL Art. 24 §2; Art. 23 for committee decisions). */
export const DELEGABLE_CATEGORIES: MatterCategory[] = MATTER_CATEGORIES.filter(
  (c) => MATTER_CATEGORY_INFO[c].delegable,
);

/**
 * Records an authorisation (VCOL Art. 24 §2): a villagers' assembly
 * resolution lets the representatives' meeting decide listed matters for a period.
 */
export async function createAuthorisation(
  ctx: AppContext,
  who: Who,
  input: { resolutionId: string; categories: string[]; startsOn: string; endsOn: string },
) {
  const startsOn = dateField('startsOn', input.startsOn);
  const endsOn = dateField('endsOn', input.endsOn);
  const problems = input.categories
    .map((c) => ({ c }))
    .filter(({ c }) => !(DELEGABLE_CATEGORIES as string[]).includes(c))
    .map(({ c }) => ({
      field: 'categories',
      error: 'category_not_delegable' as const,
      params: { category: c },
    }));
  if (problems.length) throw new DomainError('validation_failed', {}, problems);
  if (endsOn < startsOn) fieldError('endsOn', 'date_order', { other: startsOn });
  const resolution = await findResolution(ctx.db, who.villageId, input.resolutionId);
  if (!resolution) fieldError('resolutionId', 'field_invalid');
  if (resolution.meeting_kind !== 'villagersAssembly')
    fieldError('resolutionId', 'resolution_not_assembly');
  if (resolution.revoked_by !== null || resolution.meeting_invalid_reason !== null)
    fieldError('resolutionId', 'field_invalid');
  if (startsOn < resolution.adopted_on)
    fieldError('startsOn', 'date_order', { other: resolution.adopted_on });
  const categories = [...new Set(input.categories)] as MatterCategory[];
  const id = randomUUID();
  return ctx.db.transaction(async (tx) => {
    await tx.query(
      `INSERT INTO authorisation (village_id, id, resolution_id, categories, starts_on, ends_on, created_by)
       VALUES ($1, $2, $3, $4::text[], $5, $6, $7)`,
      [who.villageId, id, resolution.id, categories, startsOn, endsOn, who.actorAccountId],
    );
    await appendAuditEvent(tx, {
      chainId: who.villageId,
      actorAccountId: who.actorAccountId,
      action: 'authorisation.created',
      targetType: 'authorisation',
      targetId: id,
      data: { resolutionId: resolution.id, categories, startsOn, endsOn },
      occurredAt: ctx.clock.now(),
    });
    return { id, resolutionId: resolution.id, categories, startsOn, endsOn, revokedOn: null };
  });
}

/** Ends an authorisation from a date (the assembly takes the matters back). */
export async function revokeAuthorisation(
  ctx: AppContext,
  who: Who,
  input: { authorisationId: string; revokedOn?: string },
) {
  const revokedOn = input.revokedOn ? dateField('revokedOn', input.revokedOn) : ctx.clock.today();
  return ctx.db.transaction(async (tx) => {
    const a = (await listAuthorisations(tx, who.villageId)).find(
      (x) => x.id === input.authorisationId,
    );
    if (!a) throw new DomainError('not_found', { what: 'authorisation' });
    if (a.revoked_on !== null) throw new DomainError('conflict_stale');
    if (revokedOn < a.starts_on) fieldError('revokedOn', 'date_order', { other: a.starts_on });
    await tx.query('UPDATE authorisation SET revoked_on = $3 WHERE village_id = $1 AND id = $2', [
      who.villageId,
      a.id,
      revokedOn,
    ]);
    await appendAuditEvent(tx, {
      chainId: who.villageId,
      actorAccountId: who.actorAccountId,
      action: 'authorisation.revoked',
      targetType: 'authorisation',
      targetId: a.id,
      data: { revokedOn },
      occurredAt: ctx.clock.now(),
    });
    return { id: a.id, revokedOn };
  });
}
