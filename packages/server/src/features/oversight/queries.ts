import type { CalendarDate } from '@cunzhi/core/calendarDate';
import type { Actor } from '@cunzhi/core/policies/actor';
import type { AppContext } from '../../platform/http/context.ts';
import type { Locale } from '@cunzhi/core/errors';
import { loadMeetingList } from '../meetings/queries/meetingPage.ts';
import { meetingListFindings, presentFinding } from '../meetings/present.ts';
import { compositionsOf } from '../rules/queries/composition.ts';
import { villagesOpenTo } from '../villages/queries.ts';
import { disclosureStatus } from '../disclosure/queries.ts';
import { openHoldCount } from '../spending/queries.ts';
import { auditFindings } from '../responsibilityAudits/queries.ts';
import { archiveFindings } from '../archive/findings.ts';

type Finding = ReturnType<typeof presentFinding>;
export type OversightFinding = Finding & {
  area: 'meetings' | 'demands' | 'composition' | 'disclosure' | 'audits' | 'archive';
  bodyName: string | null;
};

/**
 * What the rules find in one village today: its meetings (representatives' and Party
 * members' meetings due each quarter, the yearly assembly), demands to convene met but not
 * answered, and the composition of the bodies the law regulates. The same checks the
 * village's own pages show, read as the town sees them.
 */
async function villageFindings(
  ctx: AppContext,
  villageId: string,
  today: CalendarDate,
  locale: Locale,
): Promise<OversightFinding[]> {
  const list = await loadMeetingList({ ...ctx, villageId, personId: null });
  const out: OversightFinding[] = meetingListFindings(list, today, locale).map((f) => ({
    ...f,
    area: f.code === 'demand_met' ? 'demands' : 'meetings',
    bodyName: null,
  }));
  for (const page of await compositionsOf(ctx, villageId, today))
    for (const f of page.findings)
      out.push({ ...presentFinding(f, locale), area: 'composition', bodyName: page.body.name });
  // a departure audit unpublished at the next election, documents that were never filed
  for (const f of await auditFindings(ctx.db, villageId, today))
    out.push({ ...presentFinding(f, locale), area: 'audits', bodyName: null });
  for (const f of await archiveFindings(ctx.db, villageId, today))
    out.push({ ...presentFinding(f, locale), area: 'archive', bodyName: null });
  return out;
}

/** The villages a town or county official oversees, each with its findings today. */
export async function oversightVillages(ctx: AppContext, actor: Actor, locale: Locale) {
  const today = ctx.clock.today();
  const villages = await villagesOpenTo(ctx, actor);
  const items = [];
  // one village after another: PGlite has one connection, and a county is tens of villages
  for (const v of villages) {
    const findings = await villageFindings(ctx, v.id, today, locale);
    // 三务公开: periods passed unpublished and answers overdue, with the same findings as the village's page
    const { findings: disclosureFindings, ...disclosure } = await disclosureStatus(
      ctx,
      v.id,
      today,
    );
    for (const f of disclosureFindings)
      findings.push({ ...presentFinding(f, locale), area: 'disclosure', bodyName: null });
    // 三资: payments the supervision committee holds (or is asked to) until they are released
    const openHolds = await openHoldCount(ctx, v.id);
    items.push({ village: v, findings, disclosure: { ...disclosure, openHolds } });
  }
  return { on: today, items };
}
