import type { FastifyReply, FastifyRequest } from 'fastify';
import { yearTotals } from '@cunzhi/core/collective/books/entries';
import { yuan } from '@cunzhi/core/finance/statementText';
import type { AppContext } from '../../../platform/http/context.ts';
import { markup, type Html } from '../../portal/html.ts';
import { pageWords } from '../../portal/i18n.ts';
import type { PortalView } from '../../portal/present.ts';
import type { RulesPortalKit } from '../../villageRules/portalPages.ts';
import { orgYearMovements, publicTotals } from './queries.ts';

/**
 * The collective economic organisation on the public portal (/p/<village>/collective), no
 * account, no script: collective totals only — members, households, share units, and the year's
 * income, spending, reserve and distribution. Names, shares per person and dividends are the
 * members' (their phone page), never the public's.
 */

const W = {
  title: { zh: '集体经济组织', en: 'Collective economic organisation' },
  none: {
    zh: '本村未登记农村集体经济组织。',
    en: 'The village has no collective economic organisation on record.',
  },
  members: {
    zh: '成员 {members} 人，{households} 户；量化股份 {shares} 股',
    en: '{members} members in {households} households; {shares} share units',
  },
  year: { zh: '{year}年账目', en: 'The book in {year}' },
  income: { zh: '收入', en: 'Income' },
  spending: { zh: '支出', en: 'Spending' },
  reserve: { zh: '提取公积公益金', en: 'Reserve set aside' },
  distributed: {
    zh: '分配（含向村民委员会支付）',
    en: 'Distributed (incl. to the villagers’ committee)',
  },
  membersOnly: {
    zh: '成员名单、每位成员的股份和分红只向本组织成员公开（成员在手机上“我的集体经济组织”查看）。',
    en: 'The member list, each member’s shares and dividends are open to the members only (on their phones).',
  },
} satisfies Record<string, { zh: string; en: string }>;
type Word = keyof typeof W;
const word = pageWords(W);

type Handler = (request: FastifyRequest, reply: FastifyReply) => Promise<unknown>;

async function totalsSection(ctx: AppContext, view: PortalView): Promise<Html> {
  const w = (k: Word, p?: Record<string, string | number>) => word(view.locale, k, p);
  const today = ctx.clock.today();
  const year = Number(today.slice(0, 4));
  const orgs = await publicTotals(ctx.db, view.village.id, today);
  if (orgs.length === 0) return markup`<section><p>${w('none')}</p></section>`;
  const sections = await Promise.all(
    orgs.map(async (o) => {
      const t = yearTotals(
        (await orgYearMovements(ctx.db, view.village.id, o.id, year)).map((r) => ({
          accountCode: r.account_code,
          debitFen: Number(r.debit_fen),
          creditFen: Number(r.credit_fen),
        })),
      );
      const row = (k: Word, fen: number) => markup`<tr><th>${w(k)}</th><td>${yuan(fen)}</td></tr>`;
      return markup`<section data-org><h3>${o.name}</h3><p>${w('members', {
        members: o.members,
        households: o.households,
        shares: o.shares,
      })}</p><h4>${w('year', { year })}</h4><table>${row('income', t.incomeFen)}${row(
        'spending',
        t.spendingFen,
      )}${row('reserve', t.reserveFen)}${row('distributed', t.distributedFen)}</table></section>`;
    }),
  );
  return markup`${sections}<p>${w('membersOnly')}</p>`;
}

/** Registers the collective's public totals on the portal's plugin (its limits and problem pages). */
export function collectivePortalRoutes(
  // the same kit the village rules' page is lent: the village of the address and the page frame
  kit: RulesPortalKit,
  get: (url: string, handler: Handler) => unknown,
): void {
  get('/p/:village/collective', async (request, reply) => {
    const view = await kit.viewOf(request);
    const content = await totalsSection(kit.ctx, view);
    return kit.sendPage(reply, request, view, word(view.locale, 'title'), content);
  });
}
