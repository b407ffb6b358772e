import { parseArgs } from 'node:util';
import type { Queryable } from '../db/database.ts';
import { HEAD_TEXT, verifySince } from './checkpoints.ts';
import { listStoredChains, listVillageChains } from './repository.ts';
import { verifyChain, type ChainVerdict } from './verifyChain.ts';

/** What each problem means, for the person reading the terminal. */
const PROBLEM_TEXT: Record<NonNullable<ChainVerdict['problem']>['kind'], string> = {
  hash: '内容与哈希不符 / content does not match its hash',
  link: '未接上前一条 / does not link to the event before it',
  sequence: '序号不连续 / sequence gap (an event was removed)',
  head: '与链头不一致 / the head does not match the last event (a cut-off tail)',
  missing: '整条审计链缺失 / the village has no audit chain at all (deleted)',
  missingHead: '链头记录缺失 / the chain head row is missing (deleted)',
  genesis:
    '链不是从建村开始 / the chain does not begin with the village’s creation (deleted and restarted)',
  checkpoint: '已公布的链头不在链上 / a published head is no longer on the chain',
};

function describe(v: ChainVerdict): string {
  if (!v.problem) return `${v.checked} events  head ${v.headHash}`;
  const where = v.problem.kind === 'missing' ? '' : ` at event ${v.problem.seq}`;
  const day = v.checkpoint ? ` (published ${v.checkpoint.day}: ${v.checkpoint.hash})` : '';
  return `broken${where} (${v.problem.kind}): ${PROBLEM_TEXT[v.problem.kind]}${day}`;
}

/**
 * `verify-audit [--since <head>] [chainId…]`: with no chain named, every
 * village (each must have a chain from its creation) and every other stored
 * chain (counties); with `--since`, whether a head published earlier (the full
 * hash or its first 8+ hex digits, as printed on a notice) is still on its
 * chain. Prints one line per chain; answers the exit code (0 all intact, 1 a
 * problem, 2 bad usage).
 */
export async function verifyAudit(
  db: Queryable,
  args: string[],
  print: (line: string) => void = () => undefined,
): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    options: { since: { type: 'string' } },
    allowPositionals: true,
  });
  if (values.since !== undefined) return verifySinceHead(db, values.since, positionals, print);
  const villages = await listVillageChains(db);
  const names = new Map(villages.map((v) => [v.id, v.name]));
  const chains =
    positionals.length > 0
      ? positionals
      : [...new Set([...villages.map((v) => v.id), ...(await listStoredChains(db))])];
  let broken = 0;
  for (const chainId of chains) {
    const v = await verifyChain(db, chainId);
    const name = names.get(chainId);
    const label = name ? `${chainId} ${name}` : chainId;
    if (v.problem) broken += 1;
    print(`${v.problem ? '✘' : '✔'} ${label}  ${describe(v)}`);
  }
  return broken > 0 ? 1 : 0;
}

async function verifySinceHead(
  db: Queryable,
  head: string,
  chains: string[],
  print: (line: string) => void,
): Promise<number> {
  if (!HEAD_TEXT.test(head.toLowerCase()) || chains.length > 1) {
    print('usage: verify-audit --since <published head: 8 to 64 hex digits> [chainId]');
    return 2;
  }
  const verdict = await verifySince(db, head, chains[0] ?? null);
  if (!verdict.found) {
    print(`✘ ${head}  不在任何审计链上 / is on no audit chain: the chain was cut back or rebuilt`);
    return 1;
  }
  const names = new Map((await listVillageChains(db)).map((v) => [v.id, v.name]));
  const name = names.get(verdict.chainId);
  const label = name ? `${verdict.chainId} ${name}` : verdict.chainId;
  if (verdict.ambiguous) {
    print(`✘ ${head}  matches more than one event: give more digits or the chain id`);
    return 2;
  }
  if (verdict.chain.problem) {
    print(
      `✘ ${label}  head ${verdict.hash} is event ${verdict.seq}, but ${describe(verdict.chain)}`,
    );
    return 1;
  }
  print(
    `✔ ${label}  head ${verdict.hash} is event ${verdict.seq} of ${verdict.chain.checked}; the chain still holds it and verifies`,
  );
  return 0;
}
