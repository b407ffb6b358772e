import type { Person } from '@cunzhi/core/registry/person';
import { withRoles, type Seat } from './bodyWriter.ts';
import { carryOver, family, ids, pickApart, union, type VillageContext } from './context.ts';
import type { TwoCommittees } from './leadership.ts';
import { joinParty } from './party.ts';

/**
 * The supervising bodies and the collective economy's board and supervisors.
 * Eligibility is what the law and seed 002 demand:
 * - supervision committee: no member of either committee, nor their close
 *   relatives or household members (VCOL-32-SUPERVISOR-ELIG; seed 002 "两委成员
 *   及其家属一律不得担任"), chaired by a Party member;
 * - supervisory board: no council member nor their close relatives
 *   (NJJ-34-SUPERVISOR-ELIG); in the showcase the Party secretary chairs it and
 *   the committee chair chairs the council (seed 002).
 */
export interface Oversight {
  supervisionChair: Person;
  supervisionCurrent: Seat[];
  supervisionPrevious: Seat[];
}

export function electSupervision(ctx: VillageContext, two: TwoCommittees): Oversight {
  const { rng, today, pool, writer, profile, spans } = ctx;
  const body = writer.body(
    'villageAffairsSupervisionCommittee',
    ctx.names.villageAffairsSupervisionCommittee,
    profile.supervision,
  );
  const terms = {
    previous: writer.term(body, spans.committee.previous),
    current: writer.term(body, spans.committee.current),
  };
  const blocked = family(ctx, two.everyone);
  const during = { from: spans.committee.current.startsOn, until: today };
  // seed 002: the town discipline commission proposes the chair from the service station's staff (须具有党员身份)
  const chair = pool.pickOne({
    ages: profile.supervisionChairFromStation ? [26, 45] : [35, 65],
    ...during,
    party: 'required',
    maleWeight: 4,
    exclude: blocked,
  });
  joinParty(rng, chair, today, during.from);
  const members = pickApart(
    ctx,
    profile.supervision - 1,
    { ages: [30, 70], ...during, maleWeight: 4, exclude: union(blocked, family(ctx, [chair])) },
    1,
  );
  const current: Seat[] = [{ person: chair, role: 'chair' }, ...withRoles(members, [])];
  const previous = carryOver(
    ctx,
    current,
    0.5,
    spans.committee.previous,
    (role) =>
      role === 'chair'
        ? { ages: [30, 65], party: 'required', exclude: blocked }
        : { ages: [28, 70], maleWeight: 4, exclude: blocked },
    1,
  );
  // VCOL Art. 32: 其中应有具备财会、管理知识的人员 — the first ordinary member keeps the books' eye
  const seated = writer.seatAll(terms.current, current);
  const accountant = seated.find((m) => m.role !== 'chair') ?? seated[0];
  if (accountant) accountant.qualifications = ['accounting'];
  const seatedBefore = writer.seatAll(terms.previous, previous);
  const accountantBefore = seatedBefore.find((m) => m.role !== 'chair') ?? seatedBefore[0];
  if (accountantBefore) accountantBefore.qualifications = ['accounting'];
  return { supervisionChair: chair, supervisionCurrent: current, supervisionPrevious: previous };
}

/** 集体经济组织理事会 (董事会) and 监事会, current term. */
export function electCollectiveBodies(
  ctx: VillageContext,
  two: TwoCommittees,
  oversight: Oversight,
): { councilCurrent: Seat[]; boardCurrent: Seat[] } {
  const { pool, writer, profile, spans, today } = ctx;
  const during = { from: spans.collective.current.startsOn, until: today };
  const council = writer.body(
    'collectiveCouncil',
    ctx.names.collectiveCouncil,
    profile.collectiveCouncil,
  );
  const board = writer.body(
    'collectiveSupervisoryBoard',
    ctx.names.collectiveSupervisoryBoard,
    profile.supervisoryBoard,
  );
  const councilTerm = writer.term(council, spans.collective.current);
  const boardTerm = writer.term(board, spans.collective.current);
  const supervisors = ids(oversight.supervisionCurrent.map((s) => s.person));

  // the committee chair enters the council as its chair (seed 002; 一肩挑 villages: the secretary)
  const councilChair = two.chair;
  const presetBoardChair = profile.boardChairIsSecretary ? two.secretary : null;
  const directors = pickApart(
    ctx,
    profile.collectiveCouncil - 1,
    {
      ages: [30, 65],
      ...during,
      party: 'preferred',
      maleWeight: 3,
      exclude: union(
        supervisors,
        family(ctx, [councilChair]),
        presetBoardChair ? family(ctx, [presetBoardChair]) : undefined,
      ),
    },
    1,
  );
  const conflicted = union(
    family(ctx, [councilChair, ...directors]),
    supervisors,
    ids([two.secretary]),
  );
  const boardChair =
    presetBoardChair ??
    pool.pickOne({
      ages: [35, 68],
      ...during,
      party: 'preferred',
      maleWeight: 2,
      exclude: conflicted,
    });
  const boardMembers = pickApart(
    ctx,
    profile.supervisoryBoard - 1,
    {
      ages: [30, 70],
      ...during,
      maleWeight: 4,
      exclude: union(conflicted, family(ctx, [boardChair])),
    },
    1,
  );

  const councilCurrent: Seat[] = [
    { person: councilChair, role: 'chair' },
    ...withRoles(directors, []),
  ];
  const boardCurrent: Seat[] = [
    { person: boardChair, role: 'chair' },
    ...withRoles(boardMembers, []),
  ];
  writer.seatAll(councilTerm, councilCurrent);
  writer.seatAll(boardTerm, boardCurrent);
  return { councilCurrent, boardCurrent };
}
