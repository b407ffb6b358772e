import { readFile } from 'node:fs/promises';
import type { CalendarDate } from '@cunzhi/core/calendarDate';
import { countRound, type CountParams, type RoundKind } from '@cunzhi/core/elections/count';
import { standing } from '@cunzhi/core/elections/result';
import type { Marks, Post } from '@cunzhi/core/elections/sheets';
import { digestOf } from '../../platform/ballots/box.ts';
import { bulletinLine, type StoredResult } from './commands/countRound.ts';

/**
 * The public bulletin of an election as downloaded from the portal (JSON): every counted
 * round's ballots (random id and marks), its figures, the numbers its count read, the
 * digest the count's audit event recorded, and the result the server published. Enough to
 * recount without the server: `cli.ts recount <file>` recomputes each digest and result.
 */
export const BULLETIN_FORMAT = 'cunzhi.election-bulletin.v1';

export interface ExportRound {
  round: number;
  kind: RoundKind;
  on: CalendarDate;
  registered: number;
  voted: number;
  /** The numbers the count read (the village's profile on the count's day). */
  rules: CountParams;
  /** The ballot's posts: seats and candidates as printed for this round. */
  posts: Post[];
  digest: string;
  ballots: Array<{ id: string; marks: Marks }>;
  /** As published: valid, and per post each one's votes and who was elected. */
  result: {
    valid: boolean;
    posts: Array<{ postId: string; votes: Array<[string, number]>; elected: string[] }>;
  };
}

export interface BulletinExport {
  format: typeof BULLETIN_FORMAT;
  village: string;
  election: { id: string; title: string };
  /** The candidate list's posts (the first round's ballot). */
  posts: Post[];
  /** Candidates' names by id (the list is public). */
  names: Record<string, string>;
  rounds: ExportRound[];
}

const COUNT_RULES = ['VCOL-15-VALID', 'VCOL-15-WIN', 'VCOL-15-RUNOFF', 'VCOL-15-SURPLUS'] as const;

/** The numbers of a full profile a count reads. */
export function countRules(p: CountParams): CountParams {
  return Object.fromEntries(COUNT_RULES.map((k) => [k, p[k]])) as unknown as CountParams;
}

/** A counted round's published result in the export's shape. */
export function publishedResult(stored: StoredResult): ExportRound['result'] {
  return {
    valid: stored.valid,
    posts: stored.posts.map((p) => ({
      postId: p.postId,
      votes: [...p.tally.votes].sort((a, b) => (a[0] < b[0] ? -1 : 1)),
      elected: p.elected.map((e) => e.id),
    })),
  };
}

/** One line of what a recount found: the round, what was checked, whether it matched. */
export interface RecountLine {
  round: number;
  what: 'digest' | 'result';
  ok: boolean;
  detail: string;
}

/**
 * Recounts an export: each round's digest from its ballots (SHA-256 over `<id> <marks>\n`
 * in id order) and its result by core's countRound with the numbers it carries, compared
 * with what was published. Pure: the export alone decides.
 */
export function recountExport(data: BulletinExport): { lines: RecountLine[]; winners: string[] } {
  const lines: RecountLine[] = [];
  const results = data.rounds.map((r) => {
    const digest = digestOf(r.ballots, bulletinLine);
    lines.push({ round: r.round, what: 'digest', ok: digest === r.digest, detail: digest });
    const counted = countRound(
      {
        ...{ on: r.on, kind: r.kind, registered: r.registered, voted: r.voted },
        ...{ posts: r.posts, ballots: r.ballots.map((b) => b.marks) },
      },
      r.rules,
    );
    const again = publishedResult({
      ...counted,
      posts: counted.posts.map((p) => ({ ...p, tally: { ...p.tally, votes: [...p.tally.votes] } })),
    });
    const same = JSON.stringify(again) === JSON.stringify(r.result);
    lines.push({ round: r.round, what: 'result', ok: same, detail: JSON.stringify(again) });
    return counted;
  });
  const winners = standing(data.posts, results).posts.flatMap((p) => p.elected.map((e) => e.id));
  return { lines, winners };
}

/** `cli.ts recount <bulletin.json>`: prints each round's checks; 0 when all match, 1 otherwise. */
export async function recountCli(args: string[], print: (line: string) => void): Promise<number> {
  const [file] = args;
  if (!file) {
    print('usage: cli.ts recount <bulletin.json>');
    return 2;
  }
  const data = JSON.parse(await readFile(file, 'utf8')) as BulletinExport;
  if (data.format !== BULLETIN_FORMAT) {
    print(`✘ 不是选票公示文件 / not an election bulletin (format ${String(data.format)})`);
    return 2;
  }
  const { lines, winners } = recountExport(data);
  for (const l of lines) {
    const what = l.what === 'digest' ? '摘要 / digest' : '计票结果 / result';
    const verdict = l.ok ? '✔ 一致 / matches' : '✘ 不一致 / differs';
    print(`第 ${l.round} 轮 / round ${l.round}  ${what}  ${verdict}`);
    if (!l.ok) print(`  重算 / recomputed: ${l.detail}`);
  }
  const names = winners.map((id) => data.names[id] ?? id);
  print(`当选 / elected: ${names.join('、') || '—'}`);
  return lines.every((l) => l.ok) ? 0 : 1;
}
