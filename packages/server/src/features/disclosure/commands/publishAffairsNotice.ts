import { randomUUID } from 'node:crypto';
import type { CalendarDate } from '@cunzhi/core/calendarDate';
import { publishesAffairs } from '@cunzhi/core/disclosure/abilities';
import type { AffairsKind } from '@cunzhi/core/disclosure/kinds';
import { earliestTakeDown, postingFinding } from '@cunzhi/core/disclosure/posting';
import { DomainError } from '@cunzhi/core/errors';
import { periodEnd } from '@cunzhi/core/rules/dayCount';
import { RuleRefusal } from '@cunzhi/core/rules/findings';
import { CHINA_HOLIDAYS } from '@cunzhi/core/rules/holidays';
import type { CommandContext } from '../../../platform/command.ts';
import { recordEvent } from '../../../platform/audit/record.ts';
import { dateField } from '../../../platform/fields.ts';
import { loadVillageProfile } from '../../../platform/rules/villageProfile.ts';
import { objectionsContact } from '../../matters/facts.ts';
import { insertNotice } from '../../matters/repository.ts';
import { DEFAULT_NOTICE_DAYS } from '../../matters/commands/recordManualStep.ts';
import { actingAccount, fieldError } from '../../matters/commands/shared.ts';
import { seatRoles } from './shared.ts';
import { notifyHouseholds } from '../../notifications/enqueue.ts';

export interface AffairsNoticeInput {
  kind: AffairsKind;
  title: string;
  body: string;
  publishedOn: string;
  periodEndsOn?: string | undefined;
  contactName?: string | undefined;
  contactPhone?: string | undefined;
}

/**
 * Publishes a 村务 or 党务 notice for the disclosure calendar: by the villagers' committee or
 * the Party organisation (by their own seats), with a publicity period no shorter than the
 * law of the day allows (15 days from 2026: a shorter one asked for is refused with the rule),
 * and whom to ask (the supervision committee's chair by default). Audited as notice.published.
 */
export async function publishAffairsNotice(
  cmd: CommandContext,
  input: AffairsNoticeInput,
): Promise<{
  id: string;
  kind: AffairsKind;
  publishedOn: CalendarDate;
  periodEndsOn: CalendarDate;
}> {
  const roles = seatRoles(cmd);
  if (roles && !publishesAffairs(input.kind, roles))
    throw new DomainError('affairs_wrong_publisher');
  const on = dateField('publishedOn', input.publishedOn);
  if (on > cmd.clock.today()) fieldError('publishedOn', 'date_in_future');
  const asked = input.periodEndsOn ? dateField('periodEndsOn', input.periodEndsOn) : null;
  if (asked && asked < on) fieldError('periodEndsOn', 'date_order', { other: on });
  return cmd.db.transaction(async (tx) => {
    const { profile } = await loadVillageProfile(tx, cmd.villageId, on);
    if (asked) {
      const short = postingFinding({ postedOn: on, takenDownOn: asked }, profile.params);
      if (short) throw new RuleRefusal(short);
    }
    // none asked for: the village's usual week, lengthened to the legal minimum where it is longer
    const usual = periodEnd(on, DEFAULT_NOTICE_DAYS, CHINA_HOLIDAYS);
    const earliest = earliestTakeDown(on, profile.params);
    const periodEndsOn = asked ?? (earliest && earliest > usual ? earliest : usual);
    const id = randomUUID();
    await insertNotice(tx, cmd.villageId, {
      id,
      kind: input.kind,
      title: input.title,
      body: input.body,
      publishedOn: on,
      periodEndsOn,
      matterId: null,
      resolutionId: null,
      meetingId: null,
      publishedBy: actingAccount(cmd),
      contact: input.contactName
        ? { name: input.contactName, phone: input.contactPhone ?? null }
        : await objectionsContact(tx, cmd.villageId, on),
    });
    await notifyHouseholds(cmd, tx, { id, reason: 'notice' });
    await recordEvent(
      cmd,
      tx,
      'notice.published',
      { type: 'notice', id },
      {
        kind: input.kind,
        title: input.title,
        publishedOn: on,
        periodEndsOn,
        profile: { id: profile.id, version: profile.version },
      },
    );
    return { id, kind: input.kind, publishedOn: on, periodEndsOn };
  });
}
