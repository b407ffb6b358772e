import { randomUUID } from 'node:crypto';
import type { CalendarDate } from '@cunzhi/core/calendarDate';
import type { MessageKind } from '@cunzhi/core/notifications/messages';
import type { PetitionAction } from '@cunzhi/core/petitions/petitions';
import type { CommandContext } from '../../../platform/command.ts';
import type { Tx } from '../../../platform/db/database.ts';
import { notifyPerson } from '../../notifications/enqueue.ts';
import { petitionersReach, type PetitionRow } from '../repository.ts';

/**
 * The steps the petitioner is told of (《信访工作条例》第二十二条至第三十五条: forwarded to the
 * town, accepted or not, and each written opinion); the letter itself is delivered on paper.
 */
const TOLD: Partial<Record<PetitionAction, MessageKind>> = {
  forward: 'petitionForwarded',
  accept: 'petitionAccepted',
  refuse: 'petitionNotAccepted',
  answer: 'petitionAnswered',
  reviewOpinion: 'petitionAnswered',
  reReviewOpinion: 'petitionAnswered',
};

/**
 * Tells the petitioner — every representative of a group visit — of a step in its transaction
 * (docs/notifications.md): each by SMS to the number they gave, else to their own in the
 * registry, and in-app when their ID number is a registered villager's here. Each person's
 * messages have their own cause: the outbox keeps one message per cause, household and channel,
 * and two representatives outside the registry have no household to tell them apart. The words name the petition by the day it was received and say
 * nothing of what it is about, nor of the opinion; no link: the petitioner has no page for it,
 * and a text that asked them to sign in would point at nothing.
 */
export async function tellPetitioner(
  tx: Tx,
  cmd: CommandContext,
  row: Pick<PetitionRow, 'village_id' | 'id' | 'received_on'>,
  action: PetitionAction,
  on: CalendarDate,
): Promise<void> {
  const kind = TOLD[action];
  if (!kind) return;
  for (const who of await petitionersReach(tx, row.village_id, row.id))
    await notifyPerson({ villageId: row.village_id, config: cmd.config }, tx, {
      kind,
      about: { kind: 'petition', id: row.id },
      causeId: randomUUID(),
      personId: who.person_id,
      phone: who.phone,
      title: '',
      on,
      filedOn: row.received_on,
      path: null,
    });
}
