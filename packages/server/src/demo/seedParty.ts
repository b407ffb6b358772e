import { fromYmd, ymd, type CalendarDate } from '@cunzhi/core/calendarDate';
import type { PartyMeetingKind } from '@cunzhi/core/party/cadence';
import type { PartyCategory } from '@cunzhi/core/party/members';
import type { PartyUnitKind } from '@cunzhi/core/party/structure';
import type { DemoAccount } from '@cunzhi/demo/types';
import { systemContext, type CommandContext } from '../platform/command.ts';
import type { AppContext } from '../platform/http/context.ts';
import { createUnit } from '../features/party/commands/createUnit.ts';
import { recordMember, seatCommittee } from '../features/party/commands/members.ts';
import { recordMeeting } from '../features/party/commands/recordMeeting.ts';
import { partyBoard } from '../features/party/queries.ts';
import { partyMembersOn } from '../features/party/repository.ts';
import { account, acting, on } from './seedComplaints.ts';
import { neighbourVillage } from './repository.ts';

/** Seed 002's 党总支: sub-branches set up by trade and kind of member (就业, 创业, 老龄, 金川公司). */
const SUB_BRANCHES = ['就业支部', '创业支部', '老龄支部', '金川公司支部'] as const;
/** The sub-branch whose November 支委会 is missed in the demo: overdue at the village and the town. */
const MISSED = '老龄支部';

const TOPICS: Record<PartyMeetingKind, string> = {
  membersMeeting: '通报季度党务工作，讨论社区重大事项',
  committeeMeeting: '研究本月党建工作和党员教育管理',
  groupMeeting: '学习文件，交流联系农户情况',
  themeDay: '主题党日：政治学习、志愿服务',
  lecture: '书记讲党课：发挥党员先锋模范作用',
  lifeMeeting: '年度组织生活会',
  review: '民主评议党员',
};

interface Stage {
  villageId: string;
  /** a command acting on a day at 09:30 Beijing time */
  at: (day: CalendarDate) => CommandContext;
}

/** First days of the months from `from` through the month before `today`'s. */
function completeMonths(from: CalendarDate, today: CalendarDate): CalendarDate[] {
  const out: CalendarDate[] = [];
  const { year: y, month: m } = ymd(today);
  for (let d = from; d < fromYmd(y, m, 1);) {
    out.push(d);
    const { year, month } = ymd(d);
    d = month === 12 ? fromYmd(year + 1, 1, 1) : fromYmd(year, month + 1, 1);
  }
  return out;
}

const dayOf = (month: CalendarDate, day: number) => {
  const { year, month: m } = ymd(month);
  return fromYmd(year, m, day);
};

/**
 * The showcase community's 党总支 (seed 002) through the real commands: its members recorded
 * (those who joined before 1985 in 老龄支部, a few in 金川公司支部, the rest in 就业 and 创业), four
 * sub-branches of three or more, each with a committee of three; three months of 三会一课 with
 * 老龄支部's November 支委会 missed. Then a seed 004 village: a 村党支部 with a Party group per
 * villager group and its meetings at the 1+N venues (the 党群服务中心 and each group's 微阵地).
 */
export async function seedShowcaseParty(
  ctx: AppContext,
  accounts: readonly DemoAccount[],
  today: CalendarDate,
): Promise<void> {
  const secretary = account(accounts, '13800000001');
  const villageId = secretary.villageId!;
  const stage: Stage = {
    villageId,
    at: (day) => acting(on(ctx, day, '09:30'), villageId, secretary),
  };
  const { year, month } = ymd(today);
  const founded = month > 3 ? fromYmd(year, month - 3, 1) : fromYmd(year - 1, month + 9, 1);
  await seedGeneralBranch(ctx, stage, founded, today, secretary.personId!);
  const neighbour = await neighbourVillage(ctx.db, villageId);
  if (neighbour)
    await seedGroupBranch(
      ctx,
      {
        villageId: neighbour.id,
        at: (day) => systemContext(on(ctx, day, '09:30'), neighbour.id),
      },
      neighbour.name,
      founded,
      today,
    );
}

async function seedGeneralBranch(
  ctx: AppContext,
  s: Stage,
  founded: CalendarDate,
  today: CalendarDate,
  secretaryId: string,
): Promise<void> {
  const members = await partyMembersOn(ctx.db, s.villageId, founded);
  const old = members.filter(
    (m) => m.joinedOn !== null && m.joinedOn < '1985-01-01' && m.personId !== secretaryId,
  );
  const rest = members.filter((m) => !old.includes(m) && m.personId !== secretaryId);
  const top = await createUnit(s.at(founded), {
    kind: 'generalBranch',
    name: '社区党总支',
    themeDay: 5,
    foundedOn: founded,
  });
  const units = new Map<string, string>();
  for (const name of SUB_BRANCHES)
    units.set(
      name,
      (
        await createUnit(s.at(founded), {
          kind: 'subBranch',
          parentId: top.id,
          name,
          basis: 'kind',
          themeDay: 15,
          foundedOn: founded,
        })
      ).id,
    );
  const place = (i: number): [string, PartyCategory] =>
    i % 8 === 0
      ? ['金川公司支部', 'employed']
      : i % 2 === 0
        ? ['就业支部', 'employed']
        : ['创业支部', 'withoutPost'];
  const assigned: Array<[string, string, PartyCategory]> = [
    ...old.map((m): [string, string, PartyCategory] => [m.personId, '老龄支部', 'retired']),
    ...rest.map((m, i): [string, string, PartyCategory] => [m.personId, ...place(i)]),
  ];
  for (const [i, [personId, unit, category]] of assigned.entries()) {
    const m = members.find((x) => x.personId === personId)!;
    // every ninth of those without a post works away: a 流动党员 with whereabouts
    const migrant = category === 'withoutPost' && i % 9 === 0;
    await recordMember(s.at(founded), personId, {
      unitId: units.get(unit)!,
      status: 'formal',
      joinedOn: m.joinedOn ?? '1990-07-01',
      category: migrant ? 'migrant' : category,
      ...(migrant ? { whereabouts: '成都市务工' } : {}),
    });
  }
  await recordMember(s.at(founded), secretaryId, {
    status: 'formal',
    joinedOn: members.find((m) => m.personId === secretaryId)?.joinedOn ?? '1995-07-01',
    category: 'employed',
  });
  // committees: the general branch's five (the secretary first), each sub-branch's three
  const byUnit = (unit: string) => assigned.filter((a) => a[1] === unit).map((a) => a[0]);
  const firsts = SUB_BRANCHES.map((u) => byUnit(u)[0]).filter((x): x is string => x !== undefined);
  const topSeats = [secretaryId, ...firsts];
  await seat(s, founded, top.id, topSeats);
  for (const unit of SUB_BRANCHES)
    await seat(s, founded, units.get(unit)!, byUnit(unit).slice(0, 3));
  await seedBranchMeetings(
    ctx,
    s,
    { founded, today, topId: top.id, topSeats, secretaryId },
    (unit) => [units.get(unit)!, byUnit(unit)],
  );
}

/** Seats a committee, the first named its secretary. */
async function seat(s: Stage, since: CalendarDate, unitId: string, persons: readonly string[]) {
  for (const [i, personId] of persons.entries())
    await seatCommittee(s.at(since), unitId, {
      personId,
      role: i === 0 ? 'secretary' : 'member',
      since,
    });
}

/** Three months of 三会一课 in the 党总支 and its sub-branches, 老龄支部's last 支委会 missed. */
async function seedBranchMeetings(
  ctx: AppContext,
  s: Stage,
  at: {
    founded: CalendarDate;
    today: CalendarDate;
    topId: string;
    topSeats: string[];
    secretaryId: string;
  },
  branch: (name: string) => [unitId: string, members: string[]],
): Promise<void> {
  const { founded, today, topSeats, secretaryId } = at;
  const board = await partyBoard(ctx, s.villageId, 'zh-CN');
  const venue = board.venues[0];
  const where = venue ? { venueId: venue.id } : { venue: '社区党群服务中心' };
  const all = board.members.filter((m) => m.recorded).map((m) => m.personId);
  const months = completeMonths(founded, today);
  for (const [i, month] of months.entries()) {
    const last = i === months.length - 1;
    const quarterly = ymd(month).month % 3 === 1 || i === 0;
    await hold(s, at.topId, 'committeeMeeting', dayOf(month, 3), topSeats, secretaryId, where);
    if (quarterly)
      await hold(s, at.topId, 'membersMeeting', dayOf(month, 4), all, secretaryId, where);
    for (const unit of SUB_BRANCHES) {
      const [id, everyone] = branch(unit);
      const seats = everyone.slice(0, 3);
      if (seats.length >= 3 && !(unit === MISSED && last))
        await hold(s, id, 'committeeMeeting', dayOf(month, 8), seats, seats[0]!, where);
      await hold(s, id, 'themeDay', dayOf(month, 15), everyone, seats[0]!, where);
      if (quarterly) {
        await hold(s, id, 'membersMeeting', dayOf(month, 20), everyone, seats[0]!, where);
        if (i === 0) await hold(s, id, 'lecture', dayOf(month, 25), everyone, secretaryId, where);
      }
    }
  }
}

/** Records a meeting: all invited present but every seventh, on leave (外出务工). */
async function hold(
  s: Stage,
  unitId: string,
  kind: PartyMeetingKind,
  heldOn: CalendarDate,
  invited: readonly string[],
  hostPersonId: string,
  where: { venueId: string } | { venue: string },
): Promise<void> {
  if (invited.length === 0) return;
  await recordMeeting(s.at(heldOn), {
    unitId,
    kind,
    heldOn,
    ...where,
    hostPersonId,
    topic: TOPICS[kind],
    minutes: `${TOPICS[kind]}。到会同志逐一发言，会议形成一致意见，明确了下一步工作。`,
    attendance: invited.map((personId, i) =>
      i % 7 === 6
        ? { personId, presence: 'leave' as const, leaveReason: '外出务工' }
        : { personId, presence: 'present' as const },
    ),
  });
}

/**
 * Seed 004's three levels in a village: the 村党支部, a Party group per villager group (党小组建在
 * 村民小组上), members in the group of their household's villager group; each group's monthly
 * 党小组会 at its own 微阵地 and the branch's 主题党日 at the 党群服务中心 (the 1+N venues).
 */
async function seedGroupBranch(
  ctx: AppContext,
  s: Stage,
  villageName: string,
  founded: CalendarDate,
  today: CalendarDate,
): Promise<void> {
  const members = await partyMembersOn(ctx.db, s.villageId, founded);
  const formal = members.filter((m) => m.status === 'formal');
  const kind: PartyUnitKind = formal.length >= 3 ? 'branch' : 'jointBranch';
  const branch = await createUnit(s.at(founded), {
    kind,
    name: `${villageName}党支部`,
    themeDay: 10,
    foundedOn: founded,
  });
  const board = await partyBoard(ctx, s.villageId, 'zh-CN');
  const groups = board.groups.slice(0, 3);
  const groupUnits: string[] = [];
  for (const g of groups)
    groupUnits.push(
      (
        await createUnit(s.at(founded), {
          kind: 'group',
          parentId: branch.id,
          name: `${g.name}党小组`,
          basis: 'villagerGroup',
          villagerGroupId: g.id,
          foundedOn: founded,
        })
      ).id,
    );
  if (groupUnits.length === 0) return;
  const assigned = members.map((m, i) => [m, groupUnits[i % groupUnits.length]!] as const);
  for (const [m, unitId] of assigned)
    await recordMember(s.at(founded), m.personId, {
      unitId,
      status: m.status,
      joinedOn: m.joinedOn ?? '1998-07-01',
      category: 'withoutPost',
    });
  const host = members[0]?.personId;
  if (!host) return;
  const committee = formal.slice(0, 5).map((m) => m.personId);
  if (committee.length >= 3) await seat(s, founded, branch.id, committee);
  const everyone = members.map((m) => m.personId);
  const center = { venue: `${villageName}党群服务中心` };
  for (const [i, month] of completeMonths(founded, today).entries()) {
    if (committee.length >= 3)
      await hold(s, branch.id, 'committeeMeeting', dayOf(month, 5), committee, host, center);
    if (ymd(month).month % 3 === 1 || i === 0)
      await hold(s, branch.id, 'membersMeeting', dayOf(month, 20), everyone, host, center);
    await hold(s, branch.id, 'themeDay', dayOf(month, 10), everyone, host, center);
    for (const [g, unitId] of groupUnits.entries())
      await hold(
        s,
        unitId,
        'groupMeeting',
        dayOf(month, 12 + g),
        assigned.filter((a) => a[1] === unitId).map((a) => a[0].personId),
        assigned.find((a) => a[1] === unitId)?.[0].personId ?? host,
        { venue: `${groups[g]!.name}微阵地` },
      );
  }
}
