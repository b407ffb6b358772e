import { createHash, randomUUID } from 'node:crypto';
import { MAX_PHOTO_BYTES, photoProblem, sniffPhotoType } from '@cunzhi/core/disclosure/photo';
import { postingFinding } from '@cunzhi/core/disclosure/posting';
import { DomainError } from '@cunzhi/core/errors';
import type { CommandContext } from '../../../platform/command.ts';
import { recordEvent } from '../../../platform/audit/record.ts';
import { dateField } from '../../../platform/fields.ts';
import { loadVillageProfile } from '../../../platform/rules/villageProfile.ts';
import { actingAccount, fieldError } from '../../matters/commands/shared.ts';
import {
  findDisclosureNotice,
  findPosting,
  insertPosting,
  type PostingRow,
} from '../repository.ts';

export interface BoardPostingInput {
  noticeId: string;
  postedOn?: string | undefined;
  takenDownOn?: string | undefined;
  place?: string | undefined;
  photo: Uint8Array | null;
}

/**
 * The clerk's record that a notice hung on the board (公开栏): the photo (JPEG, PNG or WebP by
 * its bytes, ≤ 10 MB, stored with its SHA-256), the day it went up and, if known, the day it
 * came down. A posting shorter than the law's minimum is recorded as it happened and shown as
 * a finding, never refused. Audited as notice.posted.
 */
export async function recordBoardPosting(
  cmd: CommandContext,
  input: BoardPostingInput,
): Promise<PostingRow> {
  const today = cmd.clock.today();
  if (!input.postedOn) fieldError('postedOn', 'field_required');
  const postedOn = dateField('postedOn', input.postedOn);
  if (postedOn > today) fieldError('postedOn', 'date_in_future');
  const takenDownOn = input.takenDownOn ? dateField('takenDownOn', input.takenDownOn) : null;
  if (takenDownOn && takenDownOn < postedOn)
    fieldError('takenDownOn', 'date_order', { other: postedOn });
  if (takenDownOn && takenDownOn > today) fieldError('takenDownOn', 'date_in_future');
  const place = (input.place ?? '').trim();
  if (place.length > 60) fieldError('place', 'field_too_long', { max: 60 });
  const photo = input.photo ?? new Uint8Array();
  const problem = photoProblem(photo);
  if (problem) fieldError('photo', problem, { maxMb: MAX_PHOTO_BYTES / 1024 / 1024 });
  const photoType = sniffPhotoType(photo)!;
  const sha256 = createHash('sha256').update(photo).digest('hex');

  const notice = await findDisclosureNotice(cmd.db, cmd.villageId, input.noticeId);
  if (!notice) throw new DomainError('not_found', { what: 'notice' });
  if (postedOn < notice.published_on)
    fieldError('postedOn', 'date_order', { other: notice.published_on });
  return cmd.db.transaction(async (tx) => {
    const { profile } = await loadVillageProfile(tx, cmd.villageId, postedOn);
    const short = postingFinding({ postedOn, takenDownOn }, profile.params);
    const id = randomUUID();
    await insertPosting(tx, cmd.villageId, {
      id,
      noticeId: notice.id,
      place,
      postedOn,
      takenDownOn,
      photo,
      photoType,
      sha256,
      recordedBy: actingAccount(cmd),
    });
    await recordEvent(
      cmd,
      tx,
      'notice.posted',
      { type: 'notice', id: notice.id },
      {
        postingId: id,
        place,
        postedOn,
        takenDownOn,
        photo: { type: photoType, bytes: photo.length, sha256 },
        warnings: short ? [{ ruleId: short.ruleId, code: short.code }] : [],
      },
    );
    return (await findPosting(tx, cmd.villageId, id))!;
  });
}
