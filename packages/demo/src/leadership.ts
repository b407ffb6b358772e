import type { Body } from '@cunzhi/core/bodies/membership';
import type { Person } from '@cunzhi/core/registry/person';
import { withRoles, type Seat } from './bodyWriter.ts';
import { carryOver, family, ids, pickApart, type VillageContext } from './context.ts';
import { addDays } from './dates.ts';
import { joinParty, settlePartyRoll } from './party.ts';
import type { DemoBodyTerm } from './types.ts';

/**
 * The two committees (村"两委"): the village Party organisation's committee
 * and the villagers' committee, for the current and the previous term.
 */
export interface TwoCommittees {
  partyBody: Body;
  partyTerms: { previous: DemoBodyTerm; current: DemoBodyTerm };
  secretary: Person;
  partyCurrent: Seat[];
  committeeTerms: { previous: DemoBodyTerm; current: DemoBodyTerm };
  chair: Person;
  committeeCurrent: Seat[];
  /** Everyone who sat on either committee in either term, by-elected members included. */
  everyone: Person[];
}

export function electTwoCommittees(ctx: VillageContext): TwoCommittees {
  const { rng, today, pool, writer, profile, spans, registry } = ctx;

  // Party committee, elected a few weeks before the villagers' committee
  const partyBody = writer.body('partyBranch', profile.partyName, profile.partyCommittee);
  const partyTerms = {
    previous: writer.term(partyBody, spans.party.previous),
    current: writer.term(partyBody, spans.party.current),
  };
  const inParty = { from: spans.party.current.startsOn, until: today };
  const secretary = pool.pickOne({ ages: [35, 58], ...inParty, maleWeight: 8 });
  const partyOthers = pickApart(
    ctx,
    profile.partyCommittee - 1,
    { ages: [28, 60], ...inParty, maleWeight: 4, exclude: family(ctx, [secretary]) },
    1,
  );
  const partyCurrent = withRoles(
    [secretary, ...partyOthers],
    profile.partyDeputy ? ['secretary', 'deputySecretary'] : ['secretary'],
  );
  // committee members have long been members: early enough to have sat on the previous committee too
  for (const s of partyCurrent) joinParty(rng, s.person, today, spans.party.previous.startsOn);
  settlePartyRoll(
    rng,
    registry.persons,
    profile.partyMembers,
    today,
    ids(partyCurrent.map((s) => s.person)),
  );
  const partyPrevious = carryOver(ctx, partyCurrent, 0.6, spans.party.previous, (role) => ({
    ages: role === 'secretary' ? [33, 62] : [25, 62],
    party: 'required',
    maleWeight: role === 'secretary' ? 8 : 4,
  }));
  writer.seatAll(partyTerms.current, partyCurrent);
  writer.seatAll(partyTerms.previous, partyPrevious);

  // villagers' committee
  const committeeBody = writer.body(
    'villagersCommittee',
    ctx.names.villagersCommittee,
    profile.committee,
  );
  const committeeTerms = {
    previous: writer.term(committeeBody, spans.committee.previous),
    current: writer.term(committeeBody, spans.committee.current),
  };
  const inCommittee = { from: spans.committee.current.startsOn, until: today };
  const chair = profile.concurrentSecretaryChair
    ? secretary
    : pool.pickOne({
        ages: [32, 58],
        ...inCommittee,
        party: 'preferred',
        maleWeight: 6,
        exclude: family(
          ctx,
          partyCurrent.map((s) => s.person),
        ),
      });
  const chairFamily = family(ctx, [chair]);
  const cross = rng
    .shuffled(partyOthers)
    .filter(
      (p) =>
        p !== chair && !chairFamily.has(p.id) && pool.fits(p, { ages: [26, 60], ...inCommittee }),
    )
    .slice(0, profile.crossAppointed);
  const womenSoFar = [chair, ...cross].filter((p) => p.gender === 'female').length;
  const others = pickApart(
    ctx,
    profile.committee - 1 - cross.length,
    {
      ages: [26, 60],
      ...inCommittee,
      party: 'preferred',
      maleWeight: 3,
      exclude: family(ctx, [chair, ...cross, ...partyCurrent.map((s) => s.person)]),
    },
    Math.max(0, profile.committeeWomen - womenSoFar),
  );
  const vice = Array.from({ length: profile.committeeViceChairs }, () => 'viceChair' as const);
  const committeeCurrent: Seat[] = [
    { person: chair, role: 'chair' },
    ...withRoles(rng.shuffled([...cross, ...others]), vice),
  ];
  writer.seatAll(committeeTerms.current, committeeCurrent);

  // 一肩挑 villages had the previous secretary as chair too; elsewhere the chair was no relative of the secretary
  const previousChair = profile.concurrentSecretaryChair ? partyPrevious[0]!.person : null;
  const previousExclude = family(ctx, [previousChair ?? partyPrevious[0]!.person]);
  const rule = (role: Seat['role']) => ({
    ages: role === 'chair' ? ([30, 60] as const) : ([25, 62] as const),
    party: 'preferred' as const,
    maleWeight: role === 'chair' ? 6 : 3,
    exclude: previousExclude,
  });
  const carried = previousChair
    ? [
        { person: previousChair, role: 'chair' as const },
        ...carryOver(
          ctx,
          committeeCurrent.slice(1),
          0.6,
          spans.committee.previous,
          rule,
          previousChair.gender === 'female' ? 0 : 1,
        ),
      ]
    : carryOver(ctx, committeeCurrent, 0.6, spans.committee.previous, rule, 1);
  const everyone = [...partyCurrent, ...partyPrevious, ...committeeCurrent, ...carried].map(
    (s) => s.person,
  );
  everyone.push(...seatPreviousCommittee(ctx, committeeTerms.previous, carried));
  return {
    partyBody,
    partyTerms,
    secretary,
    partyCurrent,
    committeeTerms,
    chair,
    committeeCurrent,
    everyone,
  };
}

/**
 * Seats the previous committee; where the profile says so, one member
 * resigned half-way and a by-election (补选) filled the seat, so that who
 * sat "on the committee" depends on the date asked about. Returns the
 * by-elected member, if any.
 */
function seatPreviousCommittee(ctx: VillageContext, term: DemoBodyTerm, seats: Seat[]): Person[] {
  const { rng, writer, pool } = ctx;
  const leaverIndex = ctx.profile.previousCommitteeByElection
    ? seats.findIndex((s) => s.role === 'member')
    : -1;
  if (leaverIndex < 0) {
    writer.seatAll(term, seats);
    return [];
  }
  const leaver = seats[leaverIndex]!;
  const leftOn = addDays(term.startsOn, rng.int(400, 1200));
  const byElectedOn = addDays(leftOn, rng.int(20, 60));
  const successor = pool.pickOne({
    ages: [26, 60],
    from: byElectedOn,
    until: term.endsOn,
    party: 'preferred',
    women: leaver.person.gender === 'female' ? 1 : 0,
    exclude: family(
      ctx,
      seats.map((s) => s.person),
    ),
  });
  seats.forEach((s, i) => writer.seat(term, s, term.startsOn, i === leaverIndex ? leftOn : null));
  writer.seat(term, { person: successor, role: leaver.role }, byElectedOn);
  return [successor];
}
