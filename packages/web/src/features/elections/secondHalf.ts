import { useCallback, useEffect, useRef } from 'react';
import { useApi } from '../../api/useApi.ts';
import type { Translator } from '../../i18n/index.tsx';
import {
  electionPath,
  type ElectionDetail,
  type ResultView,
  type RoundView,
  type RoundsView,
} from './api.ts';
import { reached, useRoll } from './parts.tsx';

/** The rounds of polling and the result, as the polling and result sections and the timeline read them. */
export interface SecondHalf {
  rounds: RoundsView | undefined;
  result: ResultView | undefined;
  /** Asks the server again (the live figures while polling is open). */
  reload: () => void;
}

/**
 * The second half's reads (GET rounds, GET result), loaded once the list is published (the
 * notice may come while nominating) and again after every act: the act answers with the
 * election's page only, so the rounds are read afresh when that page changes.
 */
export function useSecondHalf(
  villageId: string,
  electionId: string,
  data: ElectionDetail | undefined,
): SecondHalf {
  const stage = data?.election.stage;
  const path = electionPath(villageId, electionId);
  const rounds = useApi<RoundsView>(
    stage && reached(stage, 'nominating') ? `${path}/rounds` : null,
  );
  const result = useApi<ResultView>(stage && reached(stage, 'counted') ? `${path}/result` : null);
  const { reload: reloadRounds } = rounds;
  const { reload: reloadResult } = result;
  const seen = useRef<ElectionDetail | undefined>(undefined);
  useEffect(() => {
    // the first page loads both by itself; a later page (an act's answer) asks again
    if (seen.current && data !== seen.current) {
      reloadRounds();
      reloadResult();
    }
    seen.current = data;
  }, [data, reloadRounds, reloadResult]);
  const reload = useCallback(() => {
    reloadRounds();
    reloadResult();
  }, [reloadRounds, reloadResult]);
  return { rounds: rounds.data, result: result.data, reload };
}

/** The round now under way (or last held): the one with the highest number. */
export function currentRound(rounds: RoundsView | undefined): RoundView | undefined {
  return rounds?.rounds.reduce<RoundView | undefined>(
    (last, r) => (!last || r.round > last.round ? r : last),
    undefined,
  );
}

/** Names of the persons a round prints on its ballot, by id (marks carry ids). */
export function candidateNames(round: RoundView): Map<string, string> {
  return new Map(round.posts.flatMap((p) => p.candidates.map((c) => [c.personId, c.name])));
}

/** The roll's voters to pick from, by name and villager group (`load` false loads nothing). */
export function useVoterOptions(villageId: string, electionId: string, load = true) {
  const roll = useRoll(villageId, electionId, load);
  return (roll.data?.voters ?? []).map((v) => ({
    value: v.personId,
    label: `${v.name}（${v.groupName}）`,
  }));
}

/** A round's name: 第N轮 with its kind (a women's runoff, 妇女成员另行选举, named as such). */
export function roundTitle(t: Translator, round: RoundView): string {
  return round.forWomen
    ? t('elections.polling.kind.women', { n: round.round })
    : t(`elections.polling.kind.${round.kind}`, { n: round.round });
}
