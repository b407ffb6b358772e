import { openPglite } from '../db/pglite.ts';
import { migrate } from '../db/migrate.ts';
import { seedDemo } from './seedDemo.ts';
import { calendarDate } from '@cunzhi/core/calendarDate';
import { verifyChain } from '../audit/verifyChain.ts';
const t0 = performance.now();
const db = await openPglite();
await migrate(db);
const t1 = performance.now();
const r = await seedDemo(db, { today: calendarDate('2026-11-21'), now: new Date('2026-11-21T02:00:00Z') });
const t2 = performance.now();
process.stdout.write(`open+migrate ${(t1 - t0).toFixed(0)} ms, seed ${(t2 - t1).toFixed(0)} ms\n${JSON.stringify(r.counts)}\n`);
const r2 = await seedDemo(db, { today: calendarDate('2026-11-21'), now: new Date() });
process.stdout.write(`second: created=${r2.created} accounts=${r2.accounts.length} ${(performance.now() - t2).toFixed(0)} ms\n`);
for (const { chain_id } of await db.query<{ chain_id: string }>('SELECT chain_id FROM audit_head')) { const v = await verifyChain(db, chain_id); process.stdout.write(`${chain_id} ${v.ok} ${v.checked}\n`); }
await db.close();
