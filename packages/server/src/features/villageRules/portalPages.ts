import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Locale } from '@cunzhi/core/errors';
import { forCommunity } from '@cunzhi/core/meetings/meetingKinds';
import { clauseLabel } from '@cunzhi/core/villageRules/clauses';
import { IN_FORCE_STATES } from '@cunzhi/core/villageRules/procedure';
import type { AppContext } from '../../platform/http/context.ts';
import { markup, type Html } from '../portal/html.ts';
import { dateText, type PortalView } from '../portal/present.ts';
import { resolutionNumberText } from '../matters/present.ts';
import { clausesOf, findResolution, listVersions } from './repository.ts';

/**
 * 村规民约 on the public portal (/p/<village>/village-rules), no account, no script: the rules in
 * force as published — every clause, how they were adopted and filed — which is where the QR
 * code of the printed rules leads. A correction the township ordered is shown with them (the
 * villagers may know which clauses are under correction); drafts never appear.
 */

const W = {
  title: { zh: '村规民约', en: 'Village rules' },
  none: { zh: '本村尚未公布村规民约。', en: 'The village has not published its rules yet.' },
  adopted: {
    zh: '{date} 经村民会议表决通过（{resolution}），',
    en: "Adopted by the villagers' assembly on {date} ({resolution}); ",
  },
  filed: { zh: '{date} 报乡镇人民政府备案，', en: 'filed with the township on {date}; ' },
  published: { zh: '{date} 公布施行。', en: 'published on {date}.' },
  correction: {
    zh: '乡镇人民政府已于 {date} 责令改正{clauses}：{reason}',
    en: 'The township government ordered {clauses} corrected on {date}: {reason}',
  },
} satisfies Record<string, { zh: string; en: string }>;
type Word = keyof typeof W;

const word = (locale: Locale, key: Word, params: Record<string, string | number> = {}) =>
  (locale === 'en' ? W[key].en : W[key].zh).replace(/\{(\w+)\}/g, (_, k: string) =>
    String(params[k] ?? ''),
  );

type Handler = (request: FastifyRequest, reply: FastifyReply) => Promise<unknown>;

/** What the portal lends a feature's pages: the village of the address, and its page frame. */
export interface RulesPortalKit {
  ctx: AppContext;
  viewOf: (request: FastifyRequest) => Promise<PortalView>;
  sendPage: (
    reply: FastifyReply,
    request: FastifyRequest,
    view: PortalView,
    title: string,
    content: Html,
  ) => FastifyReply;
}

async function rulesSection(ctx: AppContext, view: PortalView): Promise<Html> {
  const w = (k: Word, p?: Record<string, string | number>) => word(view.locale, k, p);
  const village = view.village;
  const v = (await listVersions(ctx.db, village.id)).find((x) => IN_FORCE_STATES.includes(x.state));
  if (!v) return markup`<section><p>${w('none')}</p></section>`;
  const clauses = await clausesOf(ctx.db, village.id, v.id);
  const r = v.resolution_id ? await findResolution(ctx.db, village.id, v.resolution_id) : null;
  const naming = { name: village.name, kind: village.kind };
  const how = [
    r && v.adopted_on
      ? w('adopted', {
          date: dateText(view, v.adopted_on),
          resolution: resolutionNumberText(naming, r),
        })
      : '',
    v.filed_on ? w('filed', { date: dateText(view, v.filed_on) }) : '',
    v.published_on ? w('published', { date: dateText(view, v.published_on) }) : '',
  ].join('');
  const said = village.kind === 'community' ? forCommunity(how) : how;
  const correction = v.correction_ordered_on
    ? markup`<p class="warning">${w('correction', {
        date: dateText(view, v.correction_ordered_on),
        clauses: v.correction_clauses.map(clauseLabel).join('、'),
        reason: v.correction_reason ?? '',
      })}</p>`
    : markup``;
  return markup`<section><h3>${v.title}</h3><p>${said}</p>${correction}<ol class="list">${clauses.map(
    (c) => markup`<li><strong>${clauseLabel(c.number)}</strong> ${c.body}</li>`,
  )}</ol></section>`;
}

/** Registers the rules in force on the portal's plugin (its limits and problem pages). */
export function villageRulesPortalRoutes(
  kit: RulesPortalKit,
  get: (url: string, handler: Handler) => unknown,
): void {
  get('/p/:village/village-rules', async (request, reply) => {
    const view = await kit.viewOf(request);
    const content = await rulesSection(kit.ctx, view);
    return kit.sendPage(reply, request, view, word(view.locale, 'title'), content);
  });
}
