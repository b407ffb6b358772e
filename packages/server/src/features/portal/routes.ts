import type { FastifyError, FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import { DomainError, ERROR_CATALOG, type Locale } from '@cunzhi/core/errors';
import {
  KIND_TEXT,
  MAX_SEARCH_CHARS,
  MAX_SEARCH_TERMS,
  parsePage,
  parseSearch,
} from '@cunzhi/core/portal/portal';
import type { AppContext } from '../../platform/http/context.ts';
import { requestLocale } from '../../platform/http/locale.ts';
import { atomFeed, FEED_ENTRIES } from './atom.ts';
import type { Html } from './html.ts';
import { translator, type Translate, type WordKey } from './i18n.ts';
import {
  chainPage,
  homePage,
  href,
  layout,
  listPage,
  noticePage,
  problemPage,
  questionsSection,
  type ListData,
} from './pages.ts';
import { kindName, sectionsByKind, vouchersOf, whoIsWho, type PortalView } from './present.ts';
import {
  chainData,
  feedData,
  homeData,
  noticeData,
  noticeIdAbout,
  noticeList,
  receiptFile,
  statementData,
  voucherData,
} from './queries.ts';
import { statementVouchers, voucherPage } from './finance.ts';
import { PortalVillages } from './villageKeys.ts';

/**
 * The public portal (/p/<village>): server-rendered pages, no script, no
 * account. Every route is declared public like the other public routes and
 * limited per client address; each value on a page is escaped (html.ts).
 * `<village>` is the village's code, or its id (what the app's QR codes carry).
 */

const PAGE_SIZE = 20;

/** A page the portal answers with a status of its own: 404 (no such thing published) or 400. */
class PortalProblem extends Error {
  constructor(
    readonly status: 400 | 404,
    readonly heading: WordKey,
    readonly hint: WordKey,
    readonly view?: PortalView,
    readonly params: Record<string, string | number> = {},
  ) {
    super(heading);
  }
}

const notFound = (view?: PortalView) => new PortalProblem(404, 'notFound', 'notFoundHint', view);
const badRequest = (view: PortalView, hint: WordKey, params: Record<string, number> = {}) =>
  new PortalProblem(400, 'badRequest', hint, view, params);

type Query = Record<string, unknown>;
type Handler = (request: FastifyRequest, reply: FastifyReply) => Promise<unknown>;

/** The reader's language, and the `lang` the address chose (carried by every link). */
function languageOf(request: FastifyRequest): { locale: Locale; lang: string | undefined } {
  const asked = (request.query as Query | undefined)?.lang;
  return {
    locale: requestLocale(request),
    lang: asked === 'en' || asked === 'zh-CN' ? asked : undefined,
  };
}

/** This address with the other language chosen. */
function switchHref(request: FastifyRequest, locale: Locale): string {
  const url = new URL(request.url, 'http://portal.invalid');
  url.searchParams.set('lang', locale === 'en' ? 'zh-CN' : 'en');
  return `${url.pathname}${url.search}`;
}

interface Page {
  locale: Locale;
  t: Translate;
  view?: PortalView;
  title: string;
  content: Html;
  status?: number;
  ownHeading?: boolean;
}

function send(reply: FastifyReply, request: FastifyRequest, page: Page): FastifyReply {
  const status = page.status ?? 200;
  const document = layout(
    {
      locale: page.locale,
      t: page.t,
      title: page.title,
      switchHref: switchHref(request, page.locale),
      // printed at the foot of a printout: the full address, as the reader reached it
      url: `${request.protocol}://${request.host}${request.url}`,
      ...(page.view ? { view: page.view } : {}),
      ...(page.ownHeading ? { ownHeading: true } : {}),
    },
    page.content,
  );
  return reply
    .code(status)
    .type('text/html; charset=utf-8')
    .header('cache-control', status === 200 ? 'public, max-age=60' : 'no-store')
    .header('vary', 'Accept-Language, Cookie')
    .send(document.text);
}

/** A page of the village's portal: its title follows the village's name. */
function sendPage(
  reply: FastifyReply,
  request: FastifyRequest,
  view: PortalView,
  title: string,
  content: Html,
  ownHeading = false,
): FastifyReply {
  const full = title
    ? `${title} · ${view.village.name}`
    : `${view.village.name} · ${view.t('portal')}`;
  return send(reply, request, { ...view, view, title: full, content, ownHeading });
}

/** The running server, and the portal's memory of villages (one per app). */
type PortalContext = AppContext & { villages: PortalVillages };

export const portalRoutes =
  (server: AppContext): FastifyPluginAsync =>
  async (app) => {
    const ctx: PortalContext = { ...server, villages: new PortalVillages() };
    app.setErrorHandler(problemHandler);
    const get = (url: string, handler: Handler) =>
      app.route({
        method: 'GET',
        url,
        handler,
        config: {
          access: { kind: 'public' },
          rateLimit: { max: ctx.config.PORTAL_RATE_PER_MINUTE, timeWindow: '1 minute' },
        },
      });
    get('/p/:village', showHome(ctx));
    get('/p/:village/', showHome(ctx));
    get('/p/:village/n/:noticeId', showNotice(ctx));
    get('/p/:village/r/:id', redirectToNotice(ctx, 'resolutionId'));
    get('/p/:village/m/:id', redirectToNotice(ctx, 'meetingId'));
    get('/p/:village/v/:voucherId', showVoucher(ctx));
    get('/p/:village/v/:voucherId/receipts/:receiptId', sendReceipt(ctx));
    get('/p/:village/k/:kind', showKind(ctx));
    get('/p/:village/search', showSearch(ctx));
    get('/p/:village/audit', showChain(ctx));
    get('/p/:village/feed.atom', sendFeed(ctx));
    // anything else under /p/ is the portal's 404, not the web app's page
    const nothing = () => Promise.reject(notFound());
    get('/p', nothing);
    get('/p/*', nothing);
  };

/** The village of `:village` (its code or id) and the reader's language, or a 404. */
async function viewOf(ctx: PortalContext, request: FastifyRequest): Promise<PortalView> {
  const { locale, lang } = languageOf(request);
  const key = (request.params as { village: string }).village;
  // eslint-disable-next-line no-control-regex
  const village = /[\u0000-\u001f]/.test(key) ? null : await ctx.villages.find(ctx, key);
  if (!village) throw notFound();
  return { locale, lang, t: translator(locale), village };
}

const showHome =
  (ctx: PortalContext): Handler =>
  async (request, reply) => {
    const view = await viewOf(ctx, request);
    const data = await homeData(ctx, view.village.id, ctx.clock.today());
    const content = homePage(view, {
      sections: sectionsByKind(view, data.notices),
      who: whoIsWho(view, data.holders),
      head: data.head,
      checkpoints: data.checkpoints,
    });
    return sendPage(reply, request, view, '', content);
  };

const showNotice =
  (ctx: PortalContext): Handler =>
  async (request, reply) => {
    const view = await viewOf(ctx, request);
    const { noticeId } = request.params as { noticeId: string };
    const data = await noticeData(ctx, view.village.id, noticeId, ctx.clock.today());
    if (!data) throw notFound(view);
    // a month's finance statement: each of its vouchers, a link to the voucher and its receipts
    const statement =
      data.notice.kind === 'financeStatement'
        ? await statementData(ctx, view.village.id, data.notice.id)
        : null;
    const after = [
      statement ? statementVouchers(view, vouchersOf(view, statement.lines)) : '',
      questionsSection(view, data.questions),
    ];
    const content = noticePage(view, data.notice, data.record, after);
    return sendPage(reply, request, view, data.notice.title, content, true);
  };

/** The QR code on a printed resolution or meeting notice: to the notice that published it. */
const redirectToNotice =
  (ctx: PortalContext, which: 'resolutionId' | 'meetingId'): Handler =>
  async (request, reply) => {
    const view = await viewOf(ctx, request);
    const { id } = request.params as { id: string };
    const about = which === 'resolutionId' ? { resolutionId: id } : { meetingId: id };
    const noticeId = await noticeIdAbout(ctx, view.village.id, about, ctx.clock.today());
    if (!noticeId) throw new PortalProblem(404, 'notPublished', 'notPublishedHint', view);
    return reply.header('cache-control', 'no-store').redirect(href(view, `/n/${noticeId}`), 302);
  };

const showVoucher =
  (ctx: PortalContext): Handler =>
  async (request, reply) => {
    const view = await viewOf(ctx, request);
    const { voucherId } = request.params as { voucherId: string };
    const data = await voucherData(ctx, view.village.id, voucherId, ctx.clock.today());
    const [voucher] = data ? vouchersOf(view, data.lines) : [];
    if (!data || !voucher) throw notFound(view);
    const content = voucherPage(view, voucher, data.receipts, data.noticeId);
    return sendPage(reply, request, view, `${voucher.number} ${voucher.summary}`, content, true);
  };

/** A receipt's file as uploaded (JPEG, PNG or PDF: the only types the ledger accepts). */
const sendReceipt =
  (ctx: PortalContext): Handler =>
  async (request, reply) => {
    const view = await viewOf(ctx, request);
    const ids = request.params as { voucherId: string; receiptId: string };
    const file = await receiptFile(ctx, view.village.id, ids, ctx.clock.today());
    if (!file) throw notFound(view);
    return reply
      .type(file.media_type)
      .header(
        'content-disposition',
        `inline; filename*=UTF-8''${encodeURIComponent(file.file_name)}`,
      )
      .header('cache-control', 'public, max-age=86400')
      .send(Buffer.from(file.bytes));
  };

const showKind =
  (ctx: PortalContext): Handler =>
  async (request, reply) => {
    const view = await viewOf(ctx, request);
    const { kind } = request.params as { kind: string };
    if (!KIND_TEXT.test(kind)) throw badRequest(view, 'badKind');
    const page = parsePage((request.query as Query).page);
    if (page === null) throw badRequest(view, 'badPage');
    const filter = { kind, limit: PAGE_SIZE, offset: (page - 1) * PAGE_SIZE };
    const { rows, total } = await noticeList(ctx, view.village.id, ctx.clock.today(), filter);
    if (total === 0) throw notFound(view);
    const heading = kindName(view, kind);
    const list: ListData = {
      ...{ heading, rows, total, page, pageSize: PAGE_SIZE },
      ...{ path: `/k/${kind}`, query: {} },
    };
    return sendPage(reply, request, view, heading, listPage(view, list));
  };

const showSearch =
  (ctx: PortalContext): Handler =>
  async (request, reply) => {
    const view = await viewOf(ctx, request);
    const query = request.query as Query;
    const search = parseSearch(query.q);
    if (!search.ok)
      throw badRequest(view, 'badSearch', { max: MAX_SEARCH_CHARS, terms: MAX_SEARCH_TERMS });
    const page = parsePage(query.page);
    if (page === null) throw badRequest(view, 'badPage');
    const filter = { terms: search.terms, limit: PAGE_SIZE, offset: (page - 1) * PAGE_SIZE };
    const { rows, total } =
      search.terms.length > 0
        ? await noticeList(ctx, view.village.id, ctx.clock.today(), filter)
        : { rows: [], total: 0 };
    const heading = view.t('search');
    const list: ListData = {
      ...{ heading, rows, total, page, pageSize: PAGE_SIZE, path: '/search' },
      query: { q: search.text || undefined },
      search: { q: search.text },
    };
    return sendPage(reply, request, view, heading, listPage(view, list));
  };

const showChain =
  (ctx: PortalContext): Handler =>
  async (request, reply) => {
    const view = await viewOf(ctx, request);
    const data = await chainData(ctx, view.village.id);
    return sendPage(reply, request, view, view.t('chain'), chainPage(view, data));
  };

const sendFeed =
  (ctx: PortalContext): Handler =>
  async (request, reply) => {
    const view = await viewOf(ctx, request);
    const notices = await feedData(ctx, view.village.id, ctx.clock.today(), FEED_ENTRIES);
    const origin = ctx.config.PUBLIC_ORIGIN ?? `${request.protocol}://${request.host}`;
    return reply
      .type('application/atom+xml; charset=utf-8')
      .header('cache-control', 'public, max-age=300')
      .send(atomFeed(view, origin, notices, ctx.clock.now()).text);
  };

/** Problems become pages in the reader's language: never the API's JSON, never a 500 for bad input. */
function problemHandler(
  error: FastifyError | PortalProblem,
  request: FastifyRequest,
  reply: FastifyReply,
): FastifyReply {
  const { locale } = languageOf(request);
  const t = translator(locale);
  const page = (status: number, heading: string, hint = '', view?: PortalView) =>
    send(reply, request, {
      locale,
      t,
      title: heading,
      content: problemPage(t, heading, hint, view),
      status,
      ...(view ? { view } : {}),
    });
  if (error instanceof PortalProblem)
    return page(error.status, t(error.heading), t(error.hint, error.params), error.view);
  const status =
    error instanceof DomainError ? ERROR_CATALOG[error.id].status : (error.statusCode ?? 500);
  if (status === 429) return page(429, t('tooMany'));
  if (status >= 400 && status < 500) return page(400, t('badRequest'));
  request.log.error({ err: error }, 'portal error');
  return page(500, t('serverError'));
}
