/*
 * The command line: start, migrate, seed-demo, setup, verify-audit, verify-attachments, recount,
 * backup, restore, outbox, citus-script. Output here is for a person at a terminal.
 * Each command imports what it needs when it runs: the server's whole graph (every feature, the
 * demo's seeds) took ~5 s to load on a busy machine, which `verify-audit` and `outbox` from cron,
 * `backup` or `setup` from an installer need not wait for.
 */
import { loadConfig } from './platform/config.ts';
import { openDatabase } from './cli/database.ts';

async function main(): Promise<void> {
  const [command = 'start', ...args] = process.argv.slice(2);
  const config = loadConfig();
  switch (command) {
    case 'start':
      return (await import('./cli/start.ts')).start(config);
    case 'migrate': {
      const { migrate } = await import('./platform/db/migrate.ts');
      const db = await openDatabase(config);
      const applied = await migrate(db);
      console.log(applied.length ? `applied: ${applied.join(', ')}` : 'up to date');
      return db.close();
    }
    case 'seed-demo':
      return (await import('./cli/start.ts')).seedDemoCli(config);
    case 'setup':
      return (await import('./cli/setup.ts')).setupCli(config, args);
    case 'recount': {
      const { recountCli } = await import('./features/elections/bulletinExport.ts');
      process.exitCode = await recountCli(args, (line) => console.log(line));
      return;
    }
    case 'backup':
    case 'restore': {
      const { backupCli } = await import('./platform/ops/backup.ts');
      process.exitCode = await backupCli(command, config, args, (line) => console.log(line));
      return;
    }
    case 'verify-attachments': {
      const { verifyAttachments } = await import('./platform/attachments/verify.ts');
      const db = await openDatabase(config);
      try {
        process.exitCode = await verifyAttachments({ db, config }, (line) => console.log(line));
      } finally {
        await db.close();
      }
      return;
    }
    case 'citus-script':
      return (await import('./cli/citus.ts')).printCitusScript(config);
    case 'outbox': {
      // deliver the notification outbox's due SMS once (cron, or a deployment without the loop)
      return (await import('./cli/outbox.ts')).outboxOnce(config, args);
    }
    case 'verify-audit': {
      const { verifyAudit } = await import('./platform/audit/verifyCli.ts');
      const db = await openDatabase(config);
      try {
        process.exitCode = await verifyAudit(db, args, (line) => console.log(line));
      } finally {
        await db.close();
      }
      return;
    }
    default:
      console.error(
        `unknown command: ${command}\nusage: cli.ts start | migrate | seed-demo | setup … | verify-audit [--since <head>] [chainId…] | verify-attachments | recount <bulletin.json> | citus-script`,
      );
      process.exitCode = 2;
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? (process.env.DEBUG ? error.stack : error.message) : error);
  process.exit(1);
});
