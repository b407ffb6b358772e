import type { RoundView, SheetData } from './sheet.tsx';

/** A post as its ballot prints it: the seats, whether names may be written in, the candidates in list order. */
export interface BallotPost {
  id: string;
  name: { zh: string; en: string };
  seats: number;
  writeIns: boolean;
  candidates: ReadonlyArray<{ personId: string; name: string }>;
}

/** The round a paper is about: the one asked for (?round=N), else the latest; null before the polling notice. */
export function roundOf(data: SheetData): RoundView | null {
  const rounds = data.rounds?.rounds ?? [];
  if (data.round !== null) return rounds.find((r) => r.round === data.round) ?? null;
  return rounds.at(-1) ?? null;
}

/**
 * What a ballot lists: the round's posts and candidates once the round exists (a runoff or a
 * re-vote prints only its own), else the published list (ballots are printed as soon as it is
 * published), each post's candidates in the list's order.
 */
export function ballotPosts(data: SheetData): BallotPost[] {
  const round = roundOf(data);
  if (round) return round.posts;
  return data.detail.posts.map((p) => ({
    id: p.id,
    name: p.name,
    seats: p.seats,
    writeIns: p.writeIns,
    candidates: p.nominees
      .filter((n) => n.status === 'candidate')
      .sort((a, b) => (a.listPosition ?? 0) - (b.listPosition ?? 0)),
  }));
}

/** 过半数: strictly more than half (501 of 1,000; 401 of 801). */
export const overHalf = (count: number, base: number) => count * 2 > base;

/** 不少于三分之一 (a runoff's winner): at least a third, inclusive (300 of 900). */
export const atLeastThird = (count: number, base: number) => count * 3 >= base;

/** The central box first, then the mobile boxes by name: each has its own tally sheet. */
export function boxesOf(round: RoundView | null): string[] {
  return ['central', ...(round?.mobileBoxes.map((b) => b.box) ?? [])];
}

/** A round's name: 投票选举, 另行选举, 重新投票, or the women's runoff (妇女成员另行选举). */
export const kindKey = (round: RoundView) =>
  round.forWomen
    ? ('elections.paper.kind.women' as const)
    : (`elections.paper.kind.${round.kind}` as const);
