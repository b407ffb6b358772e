import { randomBytes, randomUUID } from 'node:crypto';
import { DomainError, type FieldProblem } from '@cunzhi/core/errors';
import { BODY_KIND_INFO, type MemberRole } from '@cunzhi/core/bodies/bodyKinds';
import { formatChineseDate, type CalendarDate } from '@cunzhi/core/calendarDate';
import {
  isCollectiveMeeting,
  MEETING_KIND_INFO,
  MEETING_KINDS,
  meetingKindName,
  type MeetingKind,
} from '@cunzhi/core/meetings/meetingKinds';
import { checkNotice } from '@cunzhi/core/meetings/convening';
import { documentText, meetingNoticeTitle } from '@cunzhi/core/documents/wording';
import { findVillage } from '../../../platform/tenancy/repository.ts';
import { finding, RuleRefusal } from '@cunzhi/core/rules/findings';
import type { Tx } from '../../../platform/db/database.ts';
import type { CommandContext } from '../../../platform/command.ts';
import { recordEvent } from '../../../platform/audit/record.ts';
import { dateField } from '../../../platform/fields.ts';
import { loadVillageProfile } from '../../../platform/rules/villageProfile.ts';
import { currentPostsOf } from '../../bodies/repository.ts';
import { groupExists } from '../../registry/repository/households.ts';
import { orgOf } from '../../collective/repository.ts';
import { insertMeeting, insertMeetingNotice } from '../repository/meetings.ts';
import { findDemand, updateDemandStatus } from '../repository/demands.ts';
import { accountOf } from './shared.ts';
import { notifyHouseholds } from '../../notifications/enqueue.ts';

/** Seats whose holders convene for their body (VCOL Art. 21: 村民委员会召集; seed 002). */
const CONVENOR_ROLES: readonly MemberRole[] = [
  'chair',
  'viceChair',
  'member',
  'secretary',
  'deputySecretary',
];

export interface ConveneInput {
  kind: string;
  title: string;
  meetingOn: string;
  startsAt: string;
  place: string;
  noticeOn: string;
  agenda: string;
  villagerGroupId?: string | null | undefined;
  demandId?: string | null | undefined;
  collectiveOrgId?: string | null | undefined;
}

/** A code for the meeting's QR check-in: 12 URL-safe characters (72 random bits). */
function newCheckInCode(): string {
  return randomBytes(9).toString('base64url');
}

/** The kind, the dates and the group of a convening, every field at fault named at once. */
async function checkFields(cmd: CommandContext, input: ConveneInput) {
  const problems: FieldProblem[] = [];
  const kind = (MEETING_KINDS as readonly string[]).includes(input.kind)
    ? (input.kind as MeetingKind)
    : null;
  if (!kind) problems.push({ field: 'kind', error: 'enum_invalid' });
  const tryDate = (field: string, value: string): CalendarDate | null => {
    try {
      return dateField(field, value);
    } catch {
      problems.push({ field, error: 'date_invalid' });
      return null;
    }
  };
  const meetingOn = tryDate('meetingOn', input.meetingOn);
  const noticeOn = tryDate('noticeOn', input.noticeOn);
  if (noticeOn && noticeOn > cmd.clock.today())
    problems.push({ field: 'noticeOn', error: 'date_in_future' });
  if (noticeOn && meetingOn && meetingOn < noticeOn)
    problems.push({ field: 'meetingOn', error: 'date_order', params: { other: noticeOn } });
  let groupId: string | null = null;
  if (kind === 'villagerGroupMeeting') {
    if (!input.villagerGroupId)
      problems.push({ field: 'villagerGroupId', error: 'field_required' });
    else if (!(await groupExists(cmd.db, cmd.villageId, input.villagerGroupId)))
      problems.push({ field: 'villagerGroupId', error: 'field_invalid' });
    else groupId = input.villagerGroupId;
  }
  const orgId = kind ? await checkOrg(cmd, kind, input.collectiveOrgId, problems) : null;
  if (problems.length > 0 || !kind || !meetingOn || !noticeOn)
    throw new DomainError('validation_failed', {}, problems);
  return { kind, meetingOn, noticeOn, groupId, orgId };
}

/** The organisation whose meeting it is: named for its three kinds (and an organisation of the village), never for the others. */
async function checkOrg(
  cmd: CommandContext,
  kind: MeetingKind,
  orgId: string | null | undefined,
  problems: FieldProblem[],
): Promise<string | null> {
  if (!isCollectiveMeeting(kind)) {
    if (orgId) problems.push({ field: 'collectiveOrgId', error: 'field_invalid' });
    return null;
  }
  if (!orgId) problems.push({ field: 'collectiveOrgId', error: 'field_required' });
  else if (!(await orgOf(cmd.db, cmd.villageId, orgId)))
    problems.push({ field: 'collectiveOrgId', error: 'field_invalid' });
  else return orgId;
  return null;
}

/** The convenor must sit on the body that convenes this kind of meeting. */
async function requireConvenor(
  cmd: CommandContext,
  kind: MeetingKind,
  meetingOn: CalendarDate,
): Promise<void> {
  const info = MEETING_KIND_INFO[kind];
  const posts = cmd.personId
    ? await currentPostsOf(cmd.db, cmd.villageId, cmd.personId, cmd.clock.today())
    : [];
  if (posts.some((p) => p.bodyKind === info.convenor && CONVENOR_ROLES.includes(p.role))) return;
  throw new RuleRefusal(
    finding(
      meetingOn,
      kind === 'villagersAssembly' ? 'VCOL-21-CONVENE' : info.quorumRule,
      'convenor_wrong',
      {
        meeting: info.zh,
        convenor: BODY_KIND_INFO[info.convenor].zh,
      },
    ),
  );
}

/** The demand the meeting answers, locked: it stops being an open duty. */
async function takeDemand(
  tx: Tx,
  villageId: string,
  demandId: string,
  kind: MeetingKind,
): Promise<string> {
  const demand = await findDemand(tx, villageId, demandId, { forUpdate: true });
  if (!demand || demand.kind !== kind)
    throw new DomainError('validation_failed', {}, [{ field: 'demandId', error: 'field_invalid' }]);
  if (demand.status === 'convened') throw new DomainError('demand_closed');
  await updateDemandStatus(tx, villageId, demand.id, 'convened');
  return demand.id;
}

/** The notice's text: 关于召开…的通知, when, where and the agenda. */
function noticeText(
  kind: MeetingKind,
  villageKind: 'village' | 'community',
  input: ConveneInput,
  meetingOn: CalendarDate,
) {
  const when = `${formatChineseDate(meetingOn)}${input.startsAt ? ` ${input.startsAt}` : ''}`;
  const where = input.place ? `在${input.place}` : '';
  // a community's meeting is named as a community says it (居民代表会议)
  const kindName = meetingKindName(kind, villageKind).zh;
  return {
    title: documentText(meetingNoticeTitle(input.title, kindName)),
    body: documentText(
      `定于${when}${where}召开${kindName}。${input.agenda ? `\n会议议程：\n${input.agenda}` : ''}`,
    ),
  };
}

/**
 * Convenes a meeting (召集): the convenor must sit on the body that convenes
 * this kind of meeting, and notice must be long enough (VCOL-21-CONVENE:
 * 提前十天通知 for the assembly). The notice is published with it, and a
 * demand it answers stops being an open duty.
 */
export async function conveneMeeting(cmd: CommandContext, input: ConveneInput) {
  const { kind, meetingOn, noticeOn, groupId, orgId } = await checkFields(cmd, input);
  await requireConvenor(cmd, kind, meetingOn);
  const { profile } = await loadVillageProfile(cmd.db, cmd.villageId, meetingOn);
  const short = checkNotice(kind, noticeOn, meetingOn, profile.params);
  if (short) throw new RuleRefusal(short);
  const convenedBy = accountOf(cmd);

  const id = randomUUID();
  const noticeId = randomUUID();
  return cmd.db.transaction(async (tx) => {
    const demandId = input.demandId
      ? await takeDemand(tx, cmd.villageId, input.demandId, kind)
      : null;
    await insertMeeting(tx, cmd.villageId, {
      id,
      kind,
      villagerGroupId: groupId,
      collectiveOrgId: orgId,
      title: input.title,
      meetingOn,
      startsAt: input.startsAt,
      place: input.place,
      noticeOn,
      demandId,
      convenedBy,
      agenda: input.agenda,
      checkInCode: newCheckInCode(),
      profileId: profile.id,
      profileVersion: profile.version,
    });
    await insertMeetingNotice(tx, cmd.villageId, {
      id: noticeId,
      meetingId: id,
      ...noticeText(
        kind,
        (await findVillage(tx, cmd.villageId))?.kind ?? 'village',
        input,
        meetingOn,
      ),
      publishedOn: noticeOn,
      publishedBy: convenedBy,
    });
    await notifyHouseholds(cmd, tx, { id: noticeId, reason: 'meeting', groupId });
    await recordEvent(
      cmd,
      tx,
      'meeting.convened',
      { type: 'meeting', id },
      {
        kind,
        title: input.title,
        meetingOn,
        startsAt: input.startsAt,
        place: input.place,
        noticeOn,
        villagerGroupId: groupId,
        collectiveOrgId: orgId,
        demandId,
        noticeId,
        agenda: input.agenda,
        profile: { id: profile.id, version: profile.version },
      },
    );
    return { id, noticeId };
  });
}
