import type { CalendarDate } from '@cunzhi/core/calendarDate';
import { memberRoleName } from '@cunzhi/core/bodies/bodyKinds';
import {
  evaluatorBodyName,
  RATING_NAMES,
  cadreResult,
  yearsWithoutRound,
  type RatingCounts,
} from '@cunzhi/core/evaluations/ratings';
import type { VillageAbilities } from '@cunzhi/core/policies/village';
import { storedProfileParams } from '@cunzhi/core/rules/profile';
import { citationOf } from '../matters/present.ts';
import type { RoundListRow, RoundPageData } from './queries.ts';
import type { CadreRow, RoundRow } from './repository.ts';

type VillageKind = 'village' | 'community';

function summary(
  r: RoundRow,
  extra: { cadres: number; sheetsIn: number; officesEnded: number },
  villageKind: VillageKind,
) {
  return {
    id: r.id,
    year: r.year,
    title: r.title,
    heldOn: r.held_on,
    evaluators: r.evaluators,
    evaluatorsName: evaluatorBodyName(r.evaluators, villageKind),
    status: r.status,
    cadres: extra.cadres,
    evaluatorsDue: r.evaluators_due,
    sheetsIn: extra.sheetsIn,
    countedOn: r.counted_on,
    publishedOn: r.published_on,
    officesEnded: extra.officesEnded,
  };
}

export function presentRoundList(
  rows: readonly RoundListRow[],
  today: CalendarDate,
  abilities: VillageAbilities,
  villageKind: VillageKind,
) {
  const years = rows.map((r) => r.year);
  const first = years.length ? Math.min(...years) : null;
  const thisYear = Number(today.slice(0, 4));
  return {
    rounds: rows.map((r) =>
      summary(
        r,
        { cadres: r.cadres, sheetsIn: r.sheets_in, officesEnded: r.offices_ended },
        villageKind,
      ),
    ),
    // the current year is not missed before it is over
    yearsWithout: first === null ? [] : yearsWithoutRound(years, first, thisYear - 1),
    citations: [citationOf('VCOL-33-EVAL', today)],
    abilities,
  };
}

const counts = (competent: number, basicallyCompetent: number, incompetent: number) =>
  ({ competent, basicallyCompetent, incompetent }) satisfies RatingCounts;

function cadreView(c: CadreRow, data: RoundPageData) {
  const counted = c.result !== null;
  const params = storedProfileParams({
    id: data.round.profile_id,
    version: data.round.profile_version,
  });
  const tally = counts(c.competent ?? 0, c.basically ?? 0, c.incompetent ?? 0);
  const decided = counted && params ? cadreResult(tally, data.round.sheets ?? 0, params) : null;
  const previous = data.previous.get(c.membership_id);
  return {
    membershipId: c.membership_id,
    personId: c.person_id,
    name: c.name,
    bodyKind: c.body_kind,
    post: memberRoleName(c.body_kind, c.role),
    paper: counts(c.paper_competent, c.paper_basically, c.paper_incompetent),
    counts: counted ? tally : null,
    result: c.result,
    resultName: c.result ? RATING_NAMES[c.result] : null,
    // the wording of the stored result (a village's charter profile is not recomputed: no text)
    resultText: decided && decided.result === c.result ? decided.text : null,
    previous: previous
      ? {
          roundId: previous.round_id,
          title: previous.title,
          result: previous.result,
          resultName: RATING_NAMES[previous.result],
        }
      : null,
    endsOffice: c.ends_office === true,
    officeEndedOn:
      c.end_reason === 'evaluation' && data.round.status === 'published' ? c.ended_on : null,
  };
}

export function presentRound(
  data: RoundPageData,
  viewer: { host: boolean },
  abilities: VillageAbilities,
  villageKind: VillageKind,
) {
  const r = data.round;
  const ended = data.cadres.filter(
    (c) => c.end_reason === 'evaluation' && r.status === 'published',
  );
  return {
    round: {
      ...summary(
        r,
        { cadres: data.cadres.length, sheetsIn: data.receipts, officesEnded: ended.length },
        villageKind,
      ),
      receipts: data.receipts,
      paperSheets: r.paper_sheets,
      sheets: r.sheets,
      announceBy: r.announce_by,
      late: r.published_on !== null && r.announce_by !== null && r.published_on > r.announce_by,
      notice: data.notice,
      ratingsDigest: data.digest,
      profile: { id: r.profile_id, version: r.profile_version },
    },
    cadres: data.cadres.map((c) => cadreView(c, data)),
    citations: [citationOf('VCOL-33-EVAL', r.held_on)],
    can: {
      enterPaper: viewer.host && r.status === 'open',
      count: viewer.host && r.status === 'open',
      publish: viewer.host && r.status === 'counted',
    },
    abilities,
  };
}
