import { randomUUID } from 'node:crypto';
import { formatChineseDate, type CalendarDate } from '@cunzhi/core/calendarDate';
import { memberRoleName } from '@cunzhi/core/bodies/bodyKinds';
import { earliestTakeDown } from '@cunzhi/core/disclosure/posting';
import { DomainError } from '@cunzhi/core/errors';
import {
  EVALUATOR_BODY_NAMES,
  evaluationWording,
  RATING_NAMES,
} from '@cunzhi/core/evaluations/ratings';
import { periodEnd } from '@cunzhi/core/rules/dayCount';
import { CHINA_HOLIDAYS } from '@cunzhi/core/rules/holidays';
import type { RuleParams } from '@cunzhi/core/rules/profile';
import type { CommandContext } from '../../../platform/command.ts';
import { recordEvent } from '../../../platform/audit/record.ts';
import type { Tx } from '../../../platform/db/database.ts';
import { dateField } from '../../../platform/fields.ts';
import { findVillage } from '../../../platform/tenancy/repository.ts';
import { loadVillageProfile } from '../../../platform/rules/villageProfile.ts';
import { objectionsContact } from '../../matters/facts.ts';
import { insertNotice } from '../../matters/repository.ts';
import { DEFAULT_NOTICE_DAYS } from '../../matters/commands/recordManualStep.ts';
import { actingAccount } from '../../matters/commands/shared.ts';
import {
  endOfficeByEvaluation,
  listCadres,
  markPublished,
  recordedRatingsDigest,
  type CadreRow,
  type RoundRow,
} from '../repository.ts';
import { citationText } from '@cunzhi/core/rules/citations';
import { loadRound, requireHost } from './shared.ts';
import { notifyHouseholds } from '../../notifications/enqueue.ts';

const post = (c: CadreRow) => memberRoleName(c.body_kind, c.role).zh;

/**
 * The results notice as posted on the board and the portal (Chinese: the village's own
 * document), in the village's words; the law keeps its own title (put in last).
 */
function noticeText(
  round: RoundRow,
  cadres: readonly CadreRow[],
  on: CalendarDate,
  digest: string | null,
  villageKind: 'village' | 'community',
) {
  const law = '{law}';
  const lines = [
    `根据${law}，本村于${formatChineseDate(round.held_on)}由村务监督委员会主持，由${EVALUATOR_BODY_NAMES[round.evaluators].zh}对村干部履行职责情况进行了民主评议。应参加评议 ${round.evaluators_due} 人，收回评议票 ${round.sheets ?? 0} 张（其中纸质评议票 ${round.paper_sheets} 张）。评议结果如下：`,
    ...cadres.map(
      (c) =>
        `${c.name}（${post(c)}）：称职 ${c.competent ?? 0} 票，基本称职 ${c.basically ?? 0} 票，不称职 ${c.incompetent ?? 0} 票，评议结果：${c.result ? RATING_NAMES[c.result].zh : '—'}。`,
    ),
    ...cadres
      .filter((c) => c.ends_office)
      .map(
        (c) =>
          `${c.name}连续两次被评议为不称职，依照${law}第二款的规定，其${post(c)}职务自${formatChineseDate(on)}起终止。`,
      ),
    ...(digest ? [`评议票已公开，可自行复核（SHA-256 校验值：${digest}）。`] : []),
  ];
  const body = evaluationWording(lines.join('\n'), villageKind).replaceAll(
    law,
    citationText('VCOL-33-EVAL', 'zh-CN', round.held_on),
  );
  return { title: `${round.title}结果公告`, body };
}

/** The publicity period: the village's usual week, lengthened to the legal minimum where longer. */
function periodOf(on: CalendarDate, params: RuleParams): CalendarDate {
  const usual = periodEnd(on, DEFAULT_NOTICE_DAYS, CHINA_HOLIDAYS);
  const earliest = earliestTakeDown(on, params);
  return earliest && earliest > usual ? earliest : usual;
}

/** Ends each office the count marked (VCOL-33-EVAL) on the day of publication, each on the audit chain. */
async function endOffices(
  cmd: CommandContext,
  tx: Tx,
  round: RoundRow,
  cadres: readonly CadreRow[],
  on: CalendarDate,
) {
  const ended: string[] = [];
  for (const c of cadres.filter((x) => x.ends_office)) {
    if (!(await endOfficeByEvaluation(tx, cmd.villageId, c.membership_id, on))) continue;
    ended.push(c.membership_id);
    await recordEvent(
      cmd,
      tx,
      'membership.ended',
      { type: 'body', id: c.body_id },
      {
        membershipId: c.membership_id,
        personId: c.person_id,
        personName: c.name,
        endedOn: on,
        reason: 'evaluation',
        evaluationRoundId: round.id,
      },
    );
  }
  return ended;
}

/**
 * The host publishes the counted results: a 村务公开 notice on the board and
 * the portal (printed from its A4 page), and every office the count marked
 * ends that day (two consecutive 不称职: VCOL-33-EVAL), announced by this
 * notice; a publication after the profile's days from the count is recorded
 * as late.
 */
export async function publishRound(
  cmd: CommandContext,
  input: { roundId: string; publishedOn?: string | undefined },
) {
  const today = cmd.clock.today();
  requireHost(cmd, today);
  const on = input.publishedOn ? dateField('publishedOn', input.publishedOn) : today;
  return cmd.db.transaction(async (tx) => {
    const round = await loadRound(tx, cmd, input.roundId, 'FOR UPDATE');
    if (round.status !== 'counted' || !round.counted_on)
      throw new DomainError('evaluation_not_counted');
    if (on < round.counted_on || on > today)
      throw new DomainError('validation_failed', {}, [
        {
          field: 'publishedOn',
          error: 'evaluation_publish_date',
          params: { countedOn: round.counted_on },
        },
      ]);
    const { profile } = await loadVillageProfile(tx, cmd.villageId, on);
    const cadres = await listCadres(tx, cmd.villageId, round.id);
    const digest = await recordedRatingsDigest(tx, cmd.villageId, round.id);
    const village = await findVillage(tx, cmd.villageId);
    const { title, body } = noticeText(round, cadres, on, digest, village?.kind ?? 'village');
    const noticeId = randomUUID();
    const periodEndsOn = periodOf(on, profile.params);
    await insertNotice(tx, cmd.villageId, {
      id: noticeId,
      kind: 'evaluationResult',
      title,
      body,
      publishedOn: on,
      periodEndsOn,
      matterId: null,
      resolutionId: null,
      meetingId: null,
      publishedBy: actingAccount(cmd),
      contact: await objectionsContact(tx, cmd.villageId, on),
    });
    await notifyHouseholds(cmd, tx, { id: noticeId, reason: 'notice' });
    await recordEvent(
      cmd,
      tx,
      'notice.published',
      { type: 'notice', id: noticeId },
      {
        kind: 'evaluationResult',
        title,
        publishedOn: on,
        periodEndsOn,
        evaluationRoundId: round.id,
        profile: { id: profile.id, version: profile.version },
      },
    );
    const ended = await endOffices(cmd, tx, round, cadres, on);
    await markPublished(tx, cmd.villageId, round.id, on, noticeId);
    const late = round.announce_by !== null && on > round.announce_by;
    await recordEvent(
      cmd,
      tx,
      'evaluation.published',
      { type: 'evaluationRound', id: round.id },
      {
        publishedOn: on,
        noticeId,
        announceBy: round.announce_by,
        late,
        officesEnded: ended,
      },
    );
    return { id: round.id, noticeId, officesEnded: ended };
  });
}
