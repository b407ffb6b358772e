import type { CalendarDate } from '@cunzhi/core/calendarDate';
import { auditItemsOn } from '@cunzhi/core/responsibilityAudits/items';
import { addDays } from '@cunzhi/core/rules/dayCount';
import type { DemoAccount } from '@cunzhi/demo/types';
import type { AppContext } from '../platform/http/context.ts';
import { fixedClock } from '../platform/clock.ts';
import { systemContext, type CommandContext } from '../platform/command.ts';
import { arrangeAudit } from '../features/responsibilityAudits/commands/arrangeAudit.ts';
import { publishAudit } from '../features/responsibilityAudits/commands/publishAudit.ts';
import { reportAudit } from '../features/responsibilityAudits/commands/reportAudit.ts';
import { committeeTerms } from '../features/responsibilityAudits/repository.ts';
import { fileArchiveItem } from '../features/archive/commands/fileArchiveItem.ts';

/** A text file standing for a scanned document (the demo ships no scans). */
const scan = (title: string) => ({
  name: `${title}.txt`,
  mediaType: 'text/plain',
  bytes: new TextEncoder().encode(`${title}\n（演示数据：原件为纸质扫描件）\n`),
});

/**
 * The showcase community's audits and archive, through the real commands: the town's rural
 * management station audits the last committee term on its end — a departure audit of the
 * members who did not return, published before the new committee was elected, and a term
 * audit of the whole term — and the committee files the election's result sheet and two
 * construction records by hand.
 */
export async function seedShowcaseArchive(
  ctx: AppContext,
  accounts: readonly DemoAccount[],
  today: CalendarDate,
): Promise<void> {
  const chair = accounts.find((a) => a.role === 'committeeChair' && a.villageId);
  const town = accounts.find((a) => a.role === 'townOfficial');
  if (!chair?.villageId || !town) throw new Error('demo accounts for the archive missing');
  const villageId = chair.villageId;
  const acting = (
    on: CalendarDate,
    accountId: string,
    personId: string | null,
  ): CommandContext => ({
    ...systemContext(
      { ...ctx, clock: fixedClock(new Date(`${on}T10:00:00+08:00`)) },
      villageId,
      accountId,
    ),
    personId,
  });
  const terms = await committeeTerms(ctx.db, villageId);
  const current = terms.find((t) => t.starts_on <= today && today <= t.ends_on);
  const last = terms.filter((t) => t.ends_on < (current?.starts_on ?? today)).at(-1);
  if (!current || !last) return;
  const electedOn = current.starts_on;
  await auditLastTerm(last, electedOn, (on) => acting(on, town.id, null));
  const clerk = (on: CalendarDate) => acting(on, chair.id, chair.personId);
  const filings = [
    {
      type: 'electionFiles',
      on: addDays(electedOn, -1),
      title: `${electedOn.slice(0, 4)}年居民委员会换届选举结果报告单及选票封存记录`,
    },
    { type: 'construction', on: addDays(today, -40), title: '小区路灯改造工程竣工验收资料' },
    { type: 'publicFacilities', on: addDays(today, -20), title: '社区老年活动室设施登记表' },
  ] as const;
  for (const f of filings)
    await fileArchiveItem(clerk(f.on > today ? today : f.on), {
      type: f.type,
      title: f.title,
      documentOn: f.on > today ? today : f.on,
      note: '',
      file: scan(f.title),
    });
}

/** The departure and term audits of the term that ended, published before the election. */
async function auditLastTerm(
  last: { id: string; starts_on: CalendarDate; ends_on: CalendarDate },
  electedOn: CalendarDate,
  acting: (on: CalendarDate) => CommandContext,
) {
  const items = auditItemsOn(last.ends_on)
    .filter((i) => i.id !== 'demanded')
    .map((i) => i.id);
  const arrangedOn = addDays(electedOn, -60);
  for (const kind of ['departure', 'term'] as const) {
    const audit = await arrangeAudit(acting(arrangedOn), {
      kind,
      termId: last.id,
      periodFrom: last.starts_on,
      periodTo: last.ends_on,
      items,
      auditorKind: 'townAgency',
      auditorName: '花乡镇农村经营管理站',
      arrangedOn,
    });
    const reportedOn = addDays(electedOn, -30);
    await reportAudit(acting(reportedOn), {
      auditId: audit.id,
      reportedOn,
      conclusion:
        kind === 'departure'
          ? '任期内财务收支、债权债务和资金管理使用情况基本清楚，账实相符；个别工程尾款未按合同约定时间支付，已责成整改。'
          : '届内集体资金收支均有凭证和审批手续，公益事业建设项目按规定招标；建议加强票据管理。',
      amounts: kind === 'departure' ? [{ label: '未按期支付的工程尾款', amount: '38,600.00' }] : [],
    });
    await publishAudit(acting(addDays(electedOn, -20)), {
      auditId: audit.id,
      publishedOn: addDays(electedOn, -20),
    });
  }
}
