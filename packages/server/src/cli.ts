/* The command line: start, migrate, seed-demo, verify-audit. Output here is for a person at a terminal. */
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { loadConfig, type Config } from './config.ts';
import type { Database } from './db/database.ts';
import { openPglite } from './db/pglite.ts';
import { openPostgres } from './db/postgres.ts';
import { migrate } from './db/migrate.ts';
import { buildApp } from './http/app.ts';
import { systemClock } from './http/clock.ts';
import { seedDemo } from './demo/seedDemo.ts';
import { verifyChain } from './audit/verifyChain.ts';

export async function openDatabase(config: Config): Promise<Database> {
  if (config.DATABASE_URL) return openPostgres(config.DATABASE_URL);
  await mkdir(config.DATA_DIR, { recursive: true });
  return openPglite({ dataDir: config.DATA_DIR });
}

async function start(config: Config): Promise<void> {
  const db = await openDatabase(config);
  await migrate(db);
  const clock = systemClock(config.TIME_ZONE);
  const demo = config.DEMO
    ? await seedDemo(db, { seed: config.DEMO_SEED, today: clock.today(), now: clock.now() })
    : null;
  const app = await buildApp({ db, config, clock });
  const shutdown = async () => {
    await app.close();
    await db.close();
    process.exit(0);
  };
  process.once('SIGINT', () => void shutdown());
  process.once('SIGTERM', () => void shutdown());
  await app.listen({ port: config.PORT, host: config.HOST });
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : config.PORT;
  const host = config.HOST === '0.0.0.0' || config.HOST === '127.0.0.1' ? 'localhost' : config.HOST;
  console.log(`\n村治 cunzhi 已启动 / is running: http://${host}:${port}/`);
  console.log(
    `数据库 / database: ${db.kind === 'pglite' ? `PGlite ${path.relative(process.cwd(), config.DATA_DIR) || config.DATA_DIR}` : 'PostgreSQL'}`,
  );
  if (demo) {
    console.log('\n演示账号 / demo accounts:');
    for (const a of demo.accounts)
      console.log(
        `  ${a.phone}  ${a.password}  ${a.roleLabel.zh} / ${a.roleLabel.en}  ${a.displayName}`,
      );
  }
}

async function main(): Promise<void> {
  const [command = 'start', ...args] = process.argv.slice(2);
  const config = loadConfig();
  switch (command) {
    case 'start':
      return start(config);
    case 'migrate': {
      const db = await openDatabase(config);
      const applied = await migrate(db);
      console.log(applied.length ? `applied: ${applied.join(', ')}` : 'up to date');
      return db.close();
    }
    case 'seed-demo': {
      const db = await openDatabase(config);
      await migrate(db);
      const clock = systemClock(config.TIME_ZONE);
      const result = await seedDemo(db, {
        seed: config.DEMO_SEED,
        today: clock.today(),
        now: clock.now(),
      });
      console.log(`demo county ready; ${result.accounts.length} demo accounts`);
      return db.close();
    }
    case 'verify-audit': {
      const db = await openDatabase(config);
      const chains =
        args.length > 0
          ? args
          : (
              await db.query<{ chain_id: string }>(
                'SELECT chain_id FROM audit_head ORDER BY chain_id',
              )
            ).map((r) => r.chain_id);
      let broken = 0;
      for (const chainId of chains) {
        const v = await verifyChain(db, chainId);
        if (v.problem) {
          broken += 1;
          console.log(`✘ ${chainId}  broken at event ${v.problem.seq} (${v.problem.kind})`);
        } else {
          console.log(`✔ ${chainId}  ${v.checked} events  head ${v.headHash}`);
        }
      }
      await db.close();
      process.exitCode = broken > 0 ? 1 : 0;
      return;
    }
    default:
      console.error(
        `unknown command: ${command}\nusage: cli.ts start | migrate | seed-demo | verify-audit [chainId…]`,
      );
      process.exitCode = 2;
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
