import { randomUUID } from 'node:crypto';
import { RuleRefusal } from '@cunzhi/core/rules/findings';
import { earliestPostingEnd, postingTooShort } from '@cunzhi/core/matters/posting';
import type { CalendarDate } from '@cunzhi/core/calendarDate';
import { DomainError } from '@cunzhi/core/errors';
import { periodEnd } from '@cunzhi/core/rules/dayCount';
import { CHINA_HOLIDAYS } from '@cunzhi/core/rules/holidays';
import type { ManualStep } from '@cunzhi/contract/matters';
import type { CommandContext } from '../../../platform/command.ts';
import type { Tx } from '../../../platform/db/database.ts';
import { recordEvent } from '../../../platform/audit/record.ts';
import { dateField } from '../../../platform/fields.ts';
import { loadVillageProfile } from '../../../platform/rules/villageProfile.ts';
import { objectionsContact, resolutionOfMatter } from '../facts.ts';
import {
  findMatter,
  insertNotice,
  type MatterRow,
  type NoticeRow,
  type StepRow,
} from '../repository.ts';
import { recordStep } from './recordStep.ts';
import { actingAccount, fieldError } from './shared.ts';
import { notifyHouseholds } from '../../notifications/enqueue.ts';

/** Notices stay on the board this many days unless said otherwise (山东省村务公开条例: at least five). */
export const DEFAULT_NOTICE_DAYS = 7;

/** The notice a step publishes. */
const NOTICE_KIND: Partial<Record<ManualStep, NoticeRow['kind']>> = {
  topicPublished: 'topic',
  resolutionPublished: 'resolution',
  implementationPublished: 'implementationResult',
};

export interface NoticeInput {
  title: string;
  body: string;
  periodDays?: number | undefined;
  contactName?: string | undefined;
  contactPhone?: string | undefined;
}

/**
 * Records a step that is not a vote: the Party organisation's proposal, a
 * council consultation (held, no vote needed), or a public notice, which is
 * published in the same transaction. The step is checked by core's workflow
 * rules (recordStep); a refusal publishes nothing.
 */
export async function recordManualStep(
  cmd: CommandContext,
  input: {
    matterId: string;
    kind: ManualStep;
    on: string;
    note?: string | undefined;
    meetingId?: string | undefined;
    notice?: NoticeInput | undefined;
  },
): Promise<{ steps: StepRow[]; noticeId: string | null }> {
  const on = dateField('on', input.on);
  if (on > cmd.clock.today()) fieldError('on', 'date_in_future');
  const noticeKind = NOTICE_KIND[input.kind];
  if (noticeKind && !input.notice) fieldError('notice', 'field_required');
  if (input.kind === 'councilConsultation' && !input.meetingId)
    fieldError('meetingId', 'field_required');
  const matter = await findMatter(cmd.db, cmd.villageId, input.matterId);
  if (!matter) throw new DomainError('not_found', { what: 'matter' });
  return cmd.db.transaction(async (tx) => {
    // the matter before the audit head, in the order the meetings module takes them
    await findMatter(tx, cmd.villageId, matter.id, { forUpdate: true });
    const noticeId =
      noticeKind && input.notice
        ? await publishNotice(cmd, tx, matter, noticeKind, input.notice, on)
        : null;
    const steps = await recordStep(cmd, tx, {
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

/** Publishes the step's notice: its period in working days, its contact for objections. */
async function publishNotice(
  cmd: CommandContext,
  tx: Tx,
  matter: MatterRow,
  kind: NoticeRow['kind'],
  notice: NoticeInput,
  on: CalendarDate,
): Promise<string> {
  const { profile } = await loadVillageProfile(tx, cmd.villageId, on);
  const days =
    notice.periodDays ??
    (kind === 'topic'
      ? profile.params['SEED002-ONE-PLUS-THREE'].topicNoticeDays
      : DEFAULT_NOTICE_DAYS);
  // from 2026 a posting lasts at least 15 days: a shorter period asked for is refused, the default is lengthened
  const asked = periodEnd(on, days, CHINA_HOLIDAYS);
  const short = postingTooShort(on, asked, profile.params);
  if (short && notice.periodDays !== undefined) throw new RuleRefusal(short);
  const periodEndsOn = short ? (earliestPostingEnd(on, profile.params) ?? asked) : asked;
  const resolution =
    kind === 'topic' ? null : await resolutionOfMatter(tx, cmd.villageId, matter.id);
  const id = randomUUID();
  await insertNotice(tx, cmd.villageId, {
    id,
    kind,
    title: notice.title,
    body: notice.body,
    publishedOn: on,
    periodEndsOn,
    matterId: matter.id,
    resolutionId: resolution?.id ?? null,
    meetingId: null,
    publishedBy: actingAccount(cmd),
    contact: notice.contactName
      ? { name: notice.contactName, phone: notice.contactPhone ?? null }
      : await objectionsContact(tx, cmd.villageId, on),
  });
  await notifyHouseholds(cmd, tx, { id, reason: 'notice' });
  await recordEvent(
    cmd,
    tx,
    'notice.published',
    { type: 'notice', id },
    {
      kind,
      title: notice.title,
      publishedOn: on,
      periodDays: days,
      matterId: matter.id,
      resolutionId: resolution?.id ?? null,
    },
  );
  return id;
}
