import type { Body } from '@cunzhi/core/bodies/membership';
import type { Person } from '@cunzhi/core/registry/person';
import { withRoles, type Seat } from './bodyWriter.ts';
import { carryOver, ids, union, type VillageContext } from './context.ts';
import type { TwoCommittees } from './leadership.ts';
import type { Oversight } from './oversight.ts';

/**
 * The bodies that take part: the people's mediation committee (3–9 members
 * with a woman, three-year terms — People's Mediation Law Arts. 8–9), the
 * convenience service station's staff, and the social organisations
 * (elders' association, 红白理事会).
 */
export function electMediation(
  ctx: VillageContext,
  two: TwoCommittees,
  oversight: Oversight,
): void {
  const { writer, profile, spans, pool, today } = ctx;
  const body = writer.body('mediationCommittee', ctx.names.mediationCommittee, profile.mediation);
  const terms = {
    previous: writer.term(body, spans.mediation.previous),
    current: writer.term(body, spans.mediation.current),
  };
  const during = { from: spans.mediation.current.startsOn, until: today };
  // a committee member usually chairs mediation (村委会设立人民调解委员会)
  const fromCommittee = two.committeeCurrent
    .map((s) => s.person)
    .find((p) => p !== two.chair && pool.fits(p, { ages: [28, 65], ...during }));
  const supervisors = ids(oversight.supervisionCurrent.map((s) => s.person));
  const chair = fromCommittee ?? pool.pickOne({ ages: [35, 65], ...during, exclude: supervisors });
  const members = pool.pick(profile.mediation - 1, {
    ages: [35, 70],
    ...during,
    maleWeight: 2,
    exclude: union(supervisors, ids([chair])),
    women: chair.gender === 'female' ? 0 : 1,
  });
  const current: Seat[] = [{ person: chair, role: 'chair' }, ...withRoles(members, [])];
  writer.seatAll(terms.current, current);
  writer.seatAll(
    terms.previous,
    carryOver(
      ctx,
      current,
      0.5,
      spans.mediation.previous,
      () => ({ ages: [30, 70], maleWeight: 2 }),
      1,
    ),
  );
}

/** Staff of the service station (便民服务站 / 社区服务站): appointed for the committee's term. */
export function staffServiceStation(
  ctx: VillageContext,
  two: TwoCommittees,
  oversight: Oversight,
): void {
  const { writer, profile, spans, pool, today } = ctx;
  const lead: Person = profile.supervisionChairFromStation
    ? oversight.supervisionChair
    : (two.committeeCurrent.find((s) => s.role !== 'chair')?.person ?? two.chair);
  const body = writer.body(
    'convenienceServiceStation',
    ctx.names.convenienceServiceStation,
    profile.serviceStaff,
  );
  const term = writer.term(body, spans.committee.current);
  const seated = ids(
    [...two.committeeCurrent, ...oversight.supervisionCurrent].map((s) => s.person),
  );
  const clerks = pool.pick(profile.serviceStaff - 1, {
    ages: [22, 50],
    from: term.startsOn,
    until: today,
    exclude: union(seated, ids([lead])),
  });
  writer.seatAll(
    term,
    [lead, ...clerks].map((person) => ({ person, role: 'staff' })),
  );
}

export function registerSocialOrganizations(
  ctx: VillageContext,
  two: TwoCommittees,
  oversight: Oversight,
): Body[] {
  const { writer, profile, spans, pool } = ctx;
  const busy = ids(
    [...two.committeeCurrent, ...two.partyCurrent, ...oversight.supervisionCurrent].map(
      (s) => s.person,
    ),
  );
  return profile.socialOrganizations.map((org) => {
    const body = writer.body('socialOrganization', org.name, org.seats);
    const term = writer.term(body, spans.committee.current);
    const members = pool.pick(org.seats, {
      ages: org.ages,
      exclude: busy,
      women: 1,
      maleWeight: org.maleWeight,
    });
    writer.seatAll(term, withRoles(members, ['chair', 'viceChair']));
    for (const p of members) busy.add(p.id);
    return body;
  });
}

/**
 * Party sub-branches under a general branch (党总支): each has a small
 * committee (secretary and two members) drawn from the Party roll — the
 * elderly branch from retired members, the others from working-age ones.
 */
export function electSubBranches(
  ctx: VillageContext,
  two: TwoCommittees,
  oversight: Oversight,
): void {
  const { writer, profile, spans, pool, today } = ctx;
  const taken = ids(oversight.supervisionCurrent.map((s) => s.person));
  for (const plan of profile.subBranches) {
    const body = writer.body('partySubBranch', plan.name, 3, two.partyBody.id);
    const term = writer.term(body, spans.party.current);
    const committee = pool.pick(3, {
      ages: plan.elderly ? [60, 90] : [25, 59],
      from: term.startsOn,
      until: today,
      party: 'only',
      exclude: taken,
    });
    writer.seatAll(term, withRoles(committee, ['secretary']));
    for (const p of committee) taken.add(p.id);
  }
}
