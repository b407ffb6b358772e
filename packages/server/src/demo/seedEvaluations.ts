import { ymd, type CalendarDate } from '@cunzhi/core/calendarDate';
import type { Rating } from '@cunzhi/core/evaluations/ratings';
import { addDays } from '@cunzhi/core/rules/dayCount';
import type { DemoAccount } from '@cunzhi/demo/types';
import { systemContext, type CommandContext } from '../platform/command.ts';
import { fixedClock } from '../platform/clock.ts';
import type { AppContext } from '../platform/http/context.ts';
import { countRound } from '../features/evaluations/commands/countRound.ts';
import { createRound } from '../features/evaluations/commands/createRound.ts';
import { enterPaperSheets } from '../features/evaluations/commands/enterPaperSheets.ts';
import { handInSheet } from '../features/evaluations/commands/handInSheet.ts';
import { publishRound } from '../features/evaluations/commands/publishRound.ts';
import { listCadres, listEvaluatorRows } from '../features/evaluations/repository.ts';
import { servingMembers } from '../features/rules/queries/composition.ts';
import { cadresOn, type DemoCadres } from './story.ts';

/** An app on a clock standing at a Beijing time of a day. */
function at(ctx: AppContext, day: CalendarDate, time: string): AppContext {
  return { ...ctx, clock: fixedClock(new Date(`${day}T${time}:00+08:00`)) };
}

function holder(accounts: readonly DemoAccount[], role: DemoAccount['role']) {
  const a = accounts.find((x) => x.role === role);
  if (!a?.villageId || !a.personId) throw new Error(`demo account for ${role} missing`);
  return { villageId: a.villageId, accountId: a.id, personId: a.personId };
}

/**
 * A sheet's rating of a cadre, deterministic: the target is rated 不称职 on
 * about three sheets in five (more than half), the others mostly 称职 with
 * some 基本称职 and the odd 不称职.
 */
function ratingOf(sheet: number, cadre: number, isTarget: boolean): Rating {
  if (isTarget)
    return sheet % 5 < 3 ? 'incompetent' : sheet % 5 === 3 ? 'basicallyCompetent' : 'competent';
  const n = (sheet * 7 + cadre * 3) % 20;
  // each cadre a share of 称职 of their own (11 to 16 in 20)
  const competent = 11 + ((cadre * 5) % 6);
  return n < competent ? 'competent' : n < 19 ? 'basicallyCompetent' : 'incompetent';
}

interface RoundPlan {
  heldOn: CalendarDate;
  host: { accountId: string; personId: string };
  /** The person rated 不称职 by most sheets (null: none). */
  targetId: string | null;
  /** Publish this many days after the sitting (null: leave the round open; 'counted': count only). */
  publishAfter: number | null | 'counted';
}

/**
 * One round through the commands: organised on its day, five sheets in six
 * handed in (the last eight on paper, entered in bulk by the host), counted,
 * and published (or left open).
 */
async function runRound(ctx: AppContext, villageId: string, plan: RoundPlan) {
  const host = (day: CalendarDate, time: string): CommandContext => ({
    ...systemContext(at(ctx, day, time), villageId, plan.host.accountId),
    personId: plan.host.personId,
  });
  const { id } = await createRound(host(plan.heldOn, '09:00'), {
    year: ymd(plan.heldOn).year,
    heldOn: plan.heldOn,
    evaluators: 'representatives',
  });
  const cadres = await listCadres(ctx.db, villageId, id);
  const evaluators = (await listEvaluatorRows(ctx.db, villageId, { id, held_on: plan.heldOn }))
    .filter((_, i) => i % 6 !== 5)
    .map((e) => e.personId);
  const sheetOf = (i: number) =>
    cadres.map((c, j) => ({
      membershipId: c.membership_id,
      rating: ratingOf(i, j, c.person_id === plan.targetId),
    }));
  const paper = Math.min(8, Math.floor(evaluators.length / 4));
  const onPhone = evaluators.slice(0, evaluators.length - paper);
  // each evaluator on their own phone, at once: the sheets reach the box in one shuffled batch
  await Promise.all(
    onPhone.map((personId, i) =>
      handInSheet(
        { ...systemContext(at(ctx, plan.heldOn, '10:00'), villageId, null), personId },
        { roundId: id, ratings: sheetOf(i) },
      ),
    ),
  );
  const paperSheets = evaluators.slice(onPhone.length).map((_, k) => sheetOf(onPhone.length + k));
  await enterPaperSheets(host(plan.heldOn, '11:10'), {
    roundId: id,
    personIds: evaluators.slice(onPhone.length),
    cadres: cadres.map((c, j) => {
      const of = (r: Rating) => paperSheets.filter((s) => s[j]!.rating === r).length;
      return {
        membershipId: c.membership_id,
        competent: of('competent'),
        basicallyCompetent: of('basicallyCompetent'),
        incompetent: of('incompetent'),
      };
    }),
  });
  if (plan.publishAfter === null) return { id, counted: false };
  await countRound(host(plan.heldOn, '11:30'), { roundId: id });
  if (plan.publishAfter === 'counted') return { id, counted: true };
  await publishRound(host(addDays(plan.heldOn, plan.publishAfter), '09:30'), { roundId: id });
  return { id, counted: true };
}

/**
 * The member whose office the demo may end: one of the committee's members
 * after the first two by name (the spending and complaints stories take
 * those), the last such who was evaluated last year (re-elected since) and
 * holds no demo account, leaving the committee a woman. Null when none is
 * safe to take away.
 */
async function safeTarget(
  ctx: AppContext,
  villageId: string,
  today: CalendarDate,
  accounts: readonly DemoAccount[],
  lastYear: ReadonlySet<string>,
) {
  const committee = await servingMembers(ctx.db, villageId, today, {
    kinds: ['villagersCommittee'],
  });
  const members = committee.filter((m) => m.role !== 'chair');
  const leavesAWoman = (id: string) =>
    committee.some((m) => m.gender === 'female' && m.personId !== id);
  const target = members
    .slice(2)
    .reverse()
    .find(
      (m) =>
        lastYear.has(m.personId) &&
        !accounts.some((a) => a.personId === m.personId) &&
        leavesAWoman(m.personId),
    );
  return target?.personId ?? null;
}

/**
 * The showcase community's 民主评议, made through the real commands: last
 * year's round by the representatives (December), published, in which one
 * committee member was rated 不称职; and this year's, a week ago, in which
 * the same member — re-elected since — is rated 不称职 again: counted the
 * same day and awaiting publication, which will end the office (the round
 * shows 公布之日职务终止 and the days left to announce it). It is not
 * published here: the other demo stories and the decisions flow count the
 * representatives' meeting as it stands, and the e2e flow shows an office
 * ended. Where no member fits, this year's round is left open instead.
 */
export async function seedShowcaseEvaluations(
  ctx: AppContext,
  accounts: readonly DemoAccount[],
  today: CalendarDate,
): Promise<{ officeEnds: boolean }> {
  const current: DemoCadres = {
    villageId: holder(accounts, 'partySecretary').villageId,
    partySecretary: holder(accounts, 'partySecretary'),
    committeeChair: holder(accounts, 'committeeChair'),
    supervisionChair: holder(accounts, 'supervisionChair'),
  };
  const { villageId } = current;
  const lastYearOn = `${ymd(today).year - 1}-12-16` as CalendarDate;
  // the committee of last December: the chair of the supervision committee then hosted
  const then = (await cadresOn(ctx, current, lastYearOn, ['supervisionChair'])) ?? current;
  const previous = await servingMembers(ctx.db, villageId, lastYearOn, {
    kinds: ['villagersCommittee'],
  });
  const lastYear = new Set(previous.map((m) => m.personId));
  const targetId = await safeTarget(ctx, villageId, today, accounts, lastYear);
  await runRound(ctx, villageId, {
    heldOn: lastYearOn,
    host: then.supervisionChair,
    targetId,
    publishAfter: 1,
  });
  const thisYear = await runRound(ctx, villageId, {
    heldOn: addDays(today, -6),
    host: current.supervisionChair,
    targetId,
    publishAfter: targetId ? 'counted' : null,
  });
  return { officeEnds: thisYear.counted && targetId !== null };
}
