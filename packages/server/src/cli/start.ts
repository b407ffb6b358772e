import path from 'node:path';
import type { Config } from '../platform/config.ts';
import { migrate } from '../platform/db/migrate.ts';
import { buildApp } from '../platform/http/app.ts';
import { systemClock } from '../platform/clock.ts';
import { seedDemo } from '../demo/seedDemo.ts';
import type { AppContext } from '../platform/http/context.ts';
import { publishDailyCheckpoints } from '../platform/audit/checkpoints.ts';
import { smsAdapterFor } from '../platform/outbox/adapter.ts';
import { startOutboxWorker } from '../platform/outbox/worker.ts';
import { sendDueReminders } from '../features/notifications/commands/dueReminders.ts';
import { forgetDeliveredNumbers } from '../platform/outbox/retention.ts';
import { forgetSettledMessages } from '../demo/repository.ts';
import { seedShowcaseDecisions } from '../demo/seedDecisions.ts';
import { seedShowcaseDisclosure } from '../demo/seedDisclosure.ts';
import { seedShowcaseFinance } from '../demo/seedFinance.ts';
import { seedShowcaseArchive } from '../demo/seedArchive.ts';
import { seedShowcaseComplaints } from '../demo/seedComplaints.ts';
import { seedShowcaseDisputes } from '../demo/seedDisputes.ts';
import { seedShowcasePetitions } from '../demo/seedPetitions.ts';
import { seedShowcaseLiaison } from '../demo/seedLiaison.ts';
import { seedShowcaseServices } from '../demo/seedServices.ts';
import { seedShowcaseServiceLists } from '../demo/seedServiceLists.ts';
import { seedShowcaseVillageRules } from '../demo/seedVillageRules.ts';
import { seedShowcaseMoralList } from '../demo/seedMoralList.ts';
import { seedShowcaseActivities } from '../demo/seedActivities.ts';
import { seedShowcasePoints } from '../demo/seedPoints.ts';
import { seedShowcaseCollectiveBooks } from '../demo/seedCollectiveBooks.ts';
import { seedShowcaseDistribution } from '../demo/seedCollectiveDistribution.ts';
import { seedShowcaseAssistance } from '../demo/seedAssistance.ts';
import { seedShowcaseSupermarket } from '../demo/seedSupermarket.ts';
import { seedShowcaseWorkAdmission } from '../demo/seedWorkAdmission.ts';
import { seedShowcaseCountyPoints } from '../demo/seedCountyPoints.ts';
import { seedShowcaseSupervision } from '../demo/seedSupervision.ts';
import { seedShowcaseEvaluations } from '../demo/seedEvaluations.ts';
import { seedShowcaseElections } from '../demo/seedElections.ts';
import { seedShowcaseElectionReconciliation } from '../demo/seedElectionReconciliation.ts';
import { seedShowcaseParty } from '../demo/seedParty.ts';
import { seedShowcasePartyDues } from '../demo/seedPartyDues.ts';
import { seedShowcaseCollective } from '../demo/seedCollective.ts';
import { seedShowcaseShares } from '../demo/seedCollectiveShares.ts';
import { seedShowcaseCollectiveMeetings } from '../demo/seedCollectiveMeetings.ts';
import { seedShowcaseOfficePhone } from '../demo/seedOfficePhone.ts';
import { openDatabase } from './database.ts';

/** The demo county, and on first creation the showcase community's half year of decisions. */
async function seedDemoCounty(ctx: AppContext) {
  const today = ctx.clock.today();
  const result = await seedDemo(ctx.db, {
    seed: ctx.config.DEMO_SEED,
    today,
    now: ctx.clock.now(),
  });
  if (result.created) {
    // the office's phone, which the texts to those without an account give
    await seedShowcaseOfficePhone(ctx, result.accounts, today);
    await seedShowcaseDecisions(ctx, result.accounts, today);
    // this quarter's 三务公开 on the notice board, and residents' questions (after the decisions)
    await seedShowcaseDisclosure(ctx, result.accounts, today);
    // the year's books, the monthly statements and seed 002's ¥450,000 (the longest part: timed)
    if (ctx.config.DEMO_BOOKS) {
      const books = await seedShowcaseFinance(ctx, result.accounts, today);
      console.log(
        `演示账目 / demo books: ${books.vouchers} 张凭证 / vouchers, ${(books.ms / 1000).toFixed(1)} s`,
      );
    }
    // the last term's departure and term audits, published before the election; filed documents
    await seedShowcaseArchive(ctx, result.accounts, today);
    // the complaints station: answered, overdue, one with the town discipline commission
    await seedShowcaseComplaints(ctx, result.accounts, today);
    // 人民调解: settled, confirmed by the court, a window open, one at the town's 司法所, refused, new
    await seedShowcaseDisputes(ctx, result.accounts, today);
    // 信访: one closed in time, one overdue at the town, one extended, a group visit, one refused
    await seedShowcasePetitions(ctx, result.accounts, today);
    // grid liaison: the duty list, household links and visits, 民情 in every stage
    await seedShowcaseLiaison(ctx, result.accounts, today);
    // the service station: six windows, a catalogue, requests in every state, one overdue at the town
    await seedShowcaseServices(ctx, result.accounts, today);
    // 三清单: last quarter's lists and projects (one filed and done, one returned), this quarter's needs
    await seedShowcaseServiceLists(ctx, result.accounts, today);
    // 村规民约: the rules in force (a flagged draft returned, amended, adopted, filed, published), an amendment in review
    await seedShowcaseVillageRules(ctx, result.accounts, today);
    // 道德红黑榜 (rules, a red listing by the representatives, a black one in its answer period)
    // and 一领四微 (the register, activities, last quarter's 最美庭院 on the honours roll)
    await seedShowcaseMoralList(ctx, result.accounts, today);
    await seedShowcaseActivities(ctx, result.accounts, today);
    await seedShowcasePoints(ctx, result.accounts, today);
    await seedShowcaseSupermarket(ctx, result.accounts, today);
    // 工作事项准入: the county's three lists, the town's tasks accepted, refused, returned, open
    await seedShowcaseWorkAdmission(ctx, result.accounts, today);
    // 积分换项目: last year's ranking contested, corrected and awarded; this year's collecting
    await seedShowcaseCountyPoints(ctx, result.accounts, today);
    // the supervision committee: the year's plan, last month's books inspected, a correction
    // ordered and verified, the finance report published, the quarter's report on the phones
    await seedShowcaseSupervision(ctx, result.accounts, today);
    // 民主评议: last year's round, published, and this year's, counted: a second 不称职 that
    // ends a member's office when the committee publishes it
    await seedShowcaseEvaluations(ctx, result.accounts, today);
    // the residents' committee election: committee, rules, roll and candidate list; polling ahead
    const residents = await seedShowcaseElections(ctx, result.accounts, today);
    // the supervisors' election by the representatives, by the same committee: online ballots
    // and the printed roll, counted yesterday, the reconciliation signed by the supervision chair
    await seedShowcaseElectionReconciliation(ctx, result.accounts, today, residents.electionId);
    // 党总支 and four sub-branches with a quarter of 三会一课 (one 支委会 missed); a seed 004 village
    await seedShowcaseParty(ctx, result.accounts, today);
    // 党费: bases and months paid, two members behind, a 流动党员 past six months; 党务公开
    await seedShowcasePartyDues(ctx, result.accounts, today);
    // 集体经济股份合作社 (seed 002): the organisation, its 2008 charter, the reform's members
    await seedShowcaseCollective(ctx, result.accounts, today);
    // its quantified shares: the reform's 股东名册 imported, a transfer, the first 股权证
    await seedShowcaseShares(ctx, result.accounts, today);
    // the cooperative's bank account, this month's book and a request to sue (after its register)
    await seedShowcaseCollectiveBooks(ctx, result.accounts, today);
    // its council's meeting putting the plan to the members (seed 002's nine directors: a finding)
    await seedShowcaseCollectiveMeetings(ctx, result.accounts, today);
    // last year's dividend: the plan adopted by the members' assembly, paid but for one household
    await seedShowcaseDistribution(ctx, result.accounts, today);
    // 代办: an elder's paper consent, her service order and today's check-in by the chair; the
    // meeting's paper ⇄ online reconciliation signed by the supervision chair
    await seedShowcaseAssistance(ctx, result.accounts, today);
    // the history's messages of what is over: a village starting today would not have sent them
    await forgetSettledMessages(ctx.db, today);
  }
  return result;
}

/** `cli.ts seed-demo`: the demo county written without starting the server. */
export async function seedDemoCli(config: Config): Promise<void> {
  const db = await openDatabase(config);
  await migrate(db);
  const result = await seedDemoCounty({ db, config, clock: systemClock(config.TIME_ZONE) });
  console.log(`demo county ready; ${result.accounts.length} demo accounts`);
  return db.close();
}

/** `cli.ts start`: migrates, seeds the demo county when DEMO is on, and serves. */
export async function start(config: Config): Promise<void> {
  const db = await openDatabase(config);
  await migrate(db);
  const clock = systemClock(config.TIME_ZONE);
  const demo = config.DEMO ? await seedDemoCounty({ db, config, clock }) : null;
  const app = await buildApp({ db, config, clock });
  // the notification outbox's delivery loop (docs/notifications.md); off when cron runs `cli.ts outbox`
  const outbox = config.OUTBOX_WORKER
    ? startOutboxWorker(
        db,
        smsAdapterFor(config),
        (err) => app.log.error({ err }, 'outbox delivery failed'),
        2000,
        // the due reminders (a meeting tomorrow, the last day for objections), then the numbers
        // of SMS delivered long enough ago forgotten (保存期限): every ten minutes
        {
          run: async () => {
            await sendDueReminders({ db, config, clock });
            await forgetDeliveredNumbers({ db, clock });
          },
          everyMs: 10 * 60_000,
        },
      )
    : null;
  const shutdown = async () => {
    await outbox?.stop();
    await app.close();
    await db.close();
    process.exit(0);
  };
  process.once('SIGINT', () => void shutdown());
  process.once('SIGTERM', () => void shutdown());
  // the chain head of every village is published daily (checkpoints): now, and every hour for a new day
  const publish = () =>
    publishDailyCheckpoints(db, clock).catch((error: unknown) =>
      app.log.error({ err: error }, 'publishing audit checkpoints failed'),
    );
  await publish();
  setInterval(() => void publish(), 3_600_000).unref();
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
