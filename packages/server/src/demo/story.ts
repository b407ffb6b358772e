import { addDays } from '@cunzhi/core/rules/dayCount';
import type { CalendarDate } from '@cunzhi/core/calendarDate';
import type { DemoAccount } from '@cunzhi/demo/types';
import type { MeetingKind } from '@cunzhi/core/meetings/meetingKinds';
import type { AppContext } from '../platform/http/context.ts';
import type { Clock } from '../platform/clock.ts';
import { appendAuditEvent } from '../platform/audit/appendAuditEvent.ts';
import { systemContext, type CommandContext } from '../platform/command.ts';
import { recordManualStep } from '../features/matters/commands/recordManualStep.ts';
import { conveneMeeting } from '../features/meetings/commands/conveneMeeting.ts';
import { tableMotion } from '../features/supervision/commands/tableMotion.ts';
import { supervisionMembersOn } from '../features/supervision/repository.ts';
import { openMeeting } from '../features/meetings/commands/openMeeting.ts';
import { proposeMotion } from '../features/meetings/commands/proposeMotion.ts';
import { openMotion } from '../features/meetings/commands/openMotion.ts';
import { closeMotion } from '../features/meetings/commands/closeMotion.ts';
import { recordVerdict } from '../features/meetings/commands/recordVerdict.ts';
import { saveMinutes } from '../features/meetings/commands/saveMinutes.ts';
import { closeMeeting } from '../features/meetings/commands/closeMeeting.ts';
import { loadVoters } from '../features/meetings/queries/presence.ts';
import { insertAttendanceRows } from './repository.ts';
import { resetPassword } from '../features/auth/commands/resetPassword.ts';
import { servingMembers } from '../features/rules/queries/composition.ts';
import { findAccountByPerson } from '../platform/auth/repository/accounts.ts';

/** The cadres whose accounts act in the demo's decisions. */
export interface DemoCadres {
  villageId: string;
  partySecretary: { accountId: string; personId: string };
  committeeChair: { accountId: string; personId: string };
  supervisionChair: { accountId: string; personId: string };
}

/** The showcase cadres from the demo accounts (the chapters' casts). */
export function demoCadres(accounts: readonly DemoAccount[]): DemoCadres {
  const holder = (role: DemoAccount['role']) => {
    const a = accounts.find((x) => x.role === role);
    if (!a?.villageId || !a.personId) throw new Error(`demo account for ${role} missing`);
    return { villageId: a.villageId, accountId: a.id, personId: a.personId };
  };
  const { villageId, ...partySecretary } = holder('partySecretary');
  return {
    villageId,
    partySecretary,
    committeeChair: holder('committeeChair'),
    supervisionChair: holder('supervisionChair'),
  };
}

/** The posts whose holders convene, chair and review the demo's meetings. */
const POSTS = {
  partySecretary: { kind: 'partyBranch', role: 'secretary' },
  committeeChair: { kind: 'villagersCommittee', role: 'chair' },
  supervisionChair: { kind: 'villageAffairsSupervisionCommittee', role: 'chair' },
} as const;

/**
 * The cadres who held `posts` on a day of an earlier term (the other posts
 * stay as they are, for acts that do not need them): the current holder
 * where they held the post then too, else the former one, with an account
 * opened for them as the registry's clerk would (its temporary password is
 * never shown). Null where a post was vacant or its holder has no phone to
 * open an account with.
 */
export async function cadresOn(
  base: AppContext,
  current: DemoCadres,
  on: CalendarDate,
  posts: ReadonlyArray<keyof typeof POSTS>,
): Promise<DemoCadres | null> {
  const { villageId } = current;
  const serving = await servingMembers(base.db, villageId, on, {
    kinds: posts.map((p) => POSTS[p].kind),
  });
  const out: DemoCadres = { ...current };
  for (const post of posts) {
    const { kind, role } = POSTS[post];
    const holder = serving.find((m) => m.bodyKind === kind && m.role === role);
    if (!holder) return null;
    if (holder.personId === current[post].personId) continue;
    const opened = await openAccountFor(base, current, holder.personId);
    if (!opened) return null;
    out[post] = { accountId: opened, personId: holder.personId };
  }
  return out;
}

async function openAccountFor(base: AppContext, current: DemoCadres, personId: string) {
  const { villageId } = current;
  const existing = await findAccountByPerson(base.db, villageId, personId);
  if (existing) return existing.id;
  try {
    await resetPassword(base, {
      villageId,
      personId,
      actorAccountId: current.committeeChair.accountId,
    });
  } catch {
    return null;
  }
  return (await findAccountByPerson(base.db, villageId, personId))?.id ?? null;
}

/** A meeting of the demo's past, held from notice to close on its day. */
export interface MeetingPlan {
  kind: MeetingKind;
  /** the collective economic organisation whose assembly meets (its meeting kinds only) */
  collectiveOrgId?: string;
  title: string;
  on: CalendarDate;
  noticeDays: number;
  /** Share of those due who sign the sheet, as a fraction of 100. */
  turnoutPercent: number;
  motions: Array<{
    title: string;
    body: string;
    matterId?: string;
    /** at the organisation's assemblies: the Art. 26 power, and the day the Party studied it first */
    collective?: { power: string; partyStudiedOn: CalendarDate };
    /** Show-of-hands counts as shares of those present (yes, no; the rest abstain). */
    yesPercent: number;
    noPercent: number;
  }>;
  minutes: string;
  /** The supervision committee's record; valid on every count unless the attendance fell short. */
  verdict?: { attendanceValid: false; note: string };
}

/**
 * What the demo's chapters act with: the days of the last half year, a cadre
 * acting on one of them (the commands' own context, on a clock fixed to that
 * day), and the acts a village repeats — a public notice, a meeting held from
 * notice to close, a quarterly representatives' meeting.
 */
export class DemoStory {
  constructor(
    readonly base: AppContext,
    readonly cadres: DemoCadres,
    readonly today: CalendarDate,
  ) {}

  /** The day `offset` days from today (negative: in the past). */
  day(offset: number): CalendarDate {
    return addDays(this.today, offset);
  }

  /** Where each day's clock has got to: acts of one day follow each other. */
  private readonly hours = new Map<CalendarDate, number>();

  /**
   * A cadre acting on a day, as the commands take it: from `from` (Beijing
   * time; office hours unless a meeting's evening) on, each reading of the
   * clock a minute or few later than the last, as a clerk's work goes.
   */
  acting(
    on: CalendarDate,
    p: { accountId: string; personId: string },
    from = '09:00',
  ): CommandContext {
    const at: AppContext = { ...this.base, clock: this.workingDay(on, from) };
    return { ...systemContext(at, this.cadres.villageId, p.accountId), personId: p.personId };
  }

  private workingDay(on: CalendarDate, from: string): Clock {
    const start = Date.parse(`${on}T${from}:00+08:00`);
    const lastOfDay = Date.parse(`${on}T23:50:00+08:00`);
    const real = this.base.clock.now().getTime();
    const now = () => {
      const was = Math.max(this.hours.get(on) ?? start, start);
      // 1 to 4 minutes on, never past the day or the real present (acts of today)
      const next = Math.min(was + 60_000 + ((was / 1000) % 180) * 1000, lastOfDay);
      this.hours.set(on, next);
      return new Date(Math.min(was, real));
    };
    return { now, today: () => on };
  }

  /** A public notice that is also the matter's step (topic, resolution, implementation result). */
  publish(
    matterId: string,
    kind: 'topicPublished' | 'resolutionPublished' | 'implementationPublished',
    offset: number,
    title: string,
    body: string,
  ) {
    return recordManualStep(this.acting(this.day(offset), this.cadres.committeeChair), {
      matterId,
      kind,
      on: this.day(offset),
      // the default period: lengthened to the 15 days the 2025 text requires where it applies
      notice: { title, body },
    });
  }

  /**
   * The supervision committee sits the day the notice goes up and approves
   * the agenda, every serving member present and in favour (议程交监督委员会审定).
   */
  async approveAgenda(meetingId: string, on: CalendarDate) {
    const members = await supervisionMembersOn(this.base.db, this.cadres.villageId, on);
    await tableMotion(this.acting(on, this.cadres.supervisionChair), {
      proposal: { kind: 'agendaReview', meetingId, outcome: 'approved', note: '' },
      sitting: {
        mode: 'inPerson',
        heldOn: on,
        attendance: members,
        votes: members.map((personId) => ({ personId, choice: 'yes' as const })),
      },
    });
  }

  /** Convenes, reviews, opens, votes, verifies and closes a meeting as planned. */
  async hold(plan: MeetingPlan) {
    const convenor =
      plan.kind === 'twoCommitteesJointMeeting' || plan.kind === 'partyMembersMeeting'
        ? this.cadres.partySecretary
        : this.cadres.committeeChair;
    const noticeOn = addDays(plan.on, -plan.noticeDays);
    const { id: meetingId } = await conveneMeeting(this.acting(noticeOn, convenor), {
      kind: plan.kind,
      title: plan.title,
      meetingOn: plan.on,
      startsAt: '19:30',
      place: '社区活动中心二楼会议室',
      noticeOn,
      agenda: plan.motions.map((m, i) => `${i + 1}. ${m.title}`).join('\n'),
      collectiveOrgId: plan.collectiveOrgId ?? null,
    });
    await this.approveAgenda(meetingId, noticeOn);
    const ctx = this.acting(plan.on, convenor, '19:30');
    await openMeeting(ctx, { meetingId });
    const present = await this.signSheet(ctx, meetingId, plan);
    const results = [];
    for (const m of plan.motions) {
      const { id: motionId } = await proposeMotion(ctx, {
        meetingId,
        title: m.title,
        body: m.body,
        voting: 'showOfHands',
        matterId: m.matterId ?? null,
        ...(m.collective
          ? { collectivePower: m.collective.power, partyStudiedOn: m.collective.partyStudiedOn }
          : {}),
      });
      await openMotion(ctx, { motionId });
      const yes = Math.floor((present * m.yesPercent) / 100);
      const no = Math.floor((present * m.noPercent) / 100);
      results.push(await closeMotion(ctx, { motionId, yes, no, abstain: present - yes - no }));
    }
    await recordVerdict(this.acting(plan.on, this.cadres.supervisionChair), {
      meetingId,
      attendanceValid: plan.verdict?.attendanceValid ?? true,
      procedureValid: true,
      countValid: true,
      note: plan.verdict?.note ?? '到会人数符合规定，程序规范，表决结果真实有效。',
    });
    await saveMinutes(ctx, { meetingId, minutes: plan.minutes });
    await closeMeeting(ctx, { meetingId });
    return { meetingId, results };
  }

  /** The quarter's representatives' meeting on the disclosure of village affairs and finances. */
  quarterly(on: CalendarDate, title: string) {
    return this.hold({
      kind: 'representativesMeeting',
      title,
      on,
      noticeDays: 5,
      turnoutPercent: 82,
      motions: [
        {
          title: '审议上季度村务、财务公开情况',
          body: '居委会报告上季度村务、财务公开情况，村务监督委员会报告审核意见。',
          yesPercent: 90,
          noPercent: 2,
        },
      ],
      minutes: '会议听取并审议了上季度村务、财务公开情况的报告，经表决通过。',
    });
  }

  /** The clerk's entry of the paper sheet: the first so many of those due, one audit event for the sheet. */
  private async signSheet(ctx: CommandContext, meetingId: string, plan: MeetingPlan) {
    const { villageId, supervisionChair } = this.cadres;
    const voters = await loadVoters(ctx.db, villageId, {
      id: meetingId,
      kind: plan.kind,
      meetingOn: plan.on,
      villagerGroupId: null,
      collectiveOrgId: plan.collectiveOrgId ?? null,
    });
    const assembly = plan.kind === 'villagersAssembly';
    // at the assembly one adult signs for each household that comes (户的代表)
    // the supervision chair sits apart, without a vote (seed 002)
    const due = voters.filter((v) => v.personId !== supervisionChair.personId);
    const pool = assembly ? [...new Map(due.map((v) => [v.householdId, v])).values()] : due;
    const chosen = pool.slice(0, Math.ceil((pool.length * plan.turnoutPercent) / 100));
    const row = (personId: string, capacity: string) => [
      villageId,
      meetingId,
      personId,
      capacity,
      'clerk',
      ctx.actorAccountId,
      ctx.clock.now().toISOString(),
    ];
    await ctx.db.transaction(async (tx) => {
      await insertAttendanceRows(tx, [
        ...chosen.map((v) => row(v.personId, assembly ? 'householdRepresentative' : 'member')),
        row(supervisionChair.personId, 'supervisor'),
      ]);
      await appendAuditEvent(tx, {
        chainId: villageId,
        actorAccountId: ctx.actorAccountId,
        action: 'attendance.sheetRecorded',
        targetType: 'meeting',
        targetId: meetingId,
        data: { persons: chosen.map((v) => v.personId), method: 'clerk' },
        occurredAt: ctx.clock.now(),
      });
    });
    return chosen.length;
  }
}
