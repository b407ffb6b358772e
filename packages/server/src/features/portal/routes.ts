import type { FastifyError, FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import { questionOutOfPeriod } from '@cunzhi/core/disclosure/questions';
import { DomainError, ERROR_CATALOG, type Locale } from '@cunzhi/core/errors';
import {
  KIND_TEXT,
  MAX_SEARCH_CHARS,
  MAX_SEARCH_TERMS,
  parsePage,
  parseSearch,
} from '@cunzhi/core/portal/portal';
import { systemContext, type CommandContext } from '../../platform/command.ts';
import { isUuid } from '../../platform/http/access.ts';
import { sendFile } from '../../platform/http/download.ts';
import type { AppContext } from '../../platform/http/context.ts';
import { requestLocale } from '../../platform/http/locale.ts';
import { smsGateway, type SmsGateway, type SmsMessage } from '../../platform/sms.ts';
import { askQuestionByCode } from '../disclosure/commands/askQuestionByCode.ts';
import { sendQuestionCode } from '../disclosure/commands/sendQuestionCode.ts';
import { askedPage, askSection, codePage, type AskState } from './ask.ts';
import { askProblem, formMessage, readAskForm, readCodeForm, type Checked } from './askForm.ts';
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
  questionWindowOf,
  receiptFile,
  statementData,
  voucherData,
} from './queries.ts';
import { statementVouchers, voucherPage } from './finance.ts';
import { PortalVillages } from './villageKeys.ts';
import { stationRoutes } from '../complaints/portalPages.ts';
import { electionPortalRoutes } from '../elections/portalPages.ts';
import { villageRulesPortalRoutes } from '../villageRules/portalPages.ts';
import { collectivePortalRoutes } from '../collective/books/portalPages.ts';
import { publishedEvidence } from '../supervision/queries.ts';
import { evidenceSection } from './evidence.ts';
import { broadcastPortalRoutes, broadcastSection } from '../broadcast/portalPages.ts';

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
  return (
    reply
      .code(status)
      .type('text/html; charset=utf-8')
      // a form's answer (a code row's id, a question just recorded) is the reader's alone
      .header(
        'cache-control',
        status === 200 && request.method === 'GET' ? 'public, max-age=60' : 'no-store',
      )
      .header('vary', 'Accept-Language, Cookie')
      .send(document.text)
  );
}

/** A page of the village's portal: its title follows the village's name. */
function sendPage(
  reply: FastifyReply,
  request: FastifyRequest,
  view: PortalView,
  title: string,
  content: Html,
  ownHeading = false,
  status = 200,
): FastifyReply {
  const full = title
    ? `${title} · ${view.village.name}`
    : `${view.village.name} · ${view.t('portal')}`;
  return send(reply, request, { ...view, view, title: full, content, ownHeading, status });
}

/** The running server, the portal's memory of villages (one per app), and the SMS gateway if any. */
type PortalContext = AppContext & { villages: PortalVillages; sms: SmsGateway | null };

/** A question form's body: kind, text (at most 2,000 characters, encoded), name and number. */
const FORM_BYTES = 64 * 1024;

export const portalRoutes =
  (server: AppContext): FastifyPluginAsync =>
  async (app) => {
    const ctx: PortalContext = {
      ...server,
      villages: new PortalVillages(),
      sms: smsGateway(server.config),
    };
    app.setErrorHandler(problemHandler);
    // the question forms are plain HTML forms (no script): their bodies are URL-encoded
    app.addContentTypeParser(
      'application/x-www-form-urlencoded',
      { parseAs: 'string', bodyLimit: FORM_BYTES },
      (_request, body, done) => done(null, Object.fromEntries(new URLSearchParams(String(body)))),
    );
    const route = (method: 'GET' | 'POST') => (url: string, handler: Handler) =>
      app.route({
        method,
        url,
        handler,
        config: {
          access: { kind: 'public' },
          rateLimit: { max: ctx.config.PORTAL_RATE_PER_MINUTE, timeWindow: '1 minute' },
        },
      });
    const get = route('GET');
    const post = route('POST');
    get('/p/:village', showHome(ctx));
    get('/p/:village/', showHome(ctx));
    get('/p/:village/n/:noticeId', showNotice(ctx));
    post('/p/:village/n/:noticeId/ask', askForCode(ctx));
    post('/p/:village/n/:noticeId/ask/code', askWithCode(ctx));
    // the forms' addresses opened as pages (the language link of a form's answer, a reload)
    get('/p/:village/n/:noticeId/ask', toAskForm(ctx));
    get('/p/:village/n/:noticeId/ask/code', toAskForm(ctx));
    get('/p/:village/r/:id', redirectToNotice(ctx, 'resolutionId'));
    get('/p/:village/m/:id', redirectToNotice(ctx, 'meetingId'));
    get('/p/:village/v/:voucherId', showVoucher(ctx));
    get('/p/:village/v/:voucherId/receipts/:receiptId', sendReceipt(ctx));
    get('/p/:village/n/:noticeId/e/:evidenceId', sendEvidence(ctx));
    get('/p/:village/k/:kind', showKind(ctx));
    get('/p/:village/search', showSearch(ctx));
    get('/p/:village/audit', showChain(ctx));
    get('/p/:village/feed.atom', sendFeed(ctx));
    // the complaints station (features/complaints): its forms and the status by 查询码
    stationRoutes({ ctx, sms: ctx.sms, viewOf: (r) => viewOf(ctx, r), sendPage }, get, post);
    // 选举结果公示 (features/elections): the counted rounds, their bulletins and downloads
    electionPortalRoutes({ ctx, viewOf: (r) => viewOf(ctx, r), sendPage, notFound }, get);
    // 村规民约 (features/villageRules): the rules in force, where the printed rules' QR code leads
    villageRulesPortalRoutes({ ctx, viewOf: (r) => viewOf(ctx, r), sendPage }, get);
    // 集体经济组织 (features/collective/books): collective totals only, the lists are the members'
    collectivePortalRoutes({ ctx, viewOf: (r) => viewOf(ctx, r), sendPage }, get);
    // 广播稿 (features/broadcast): a public notice's loudspeaker script and its audio
    broadcastPortalRoutes({ ctx, viewOf: (r) => viewOf(ctx, r), notFound }, get);
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
    return renderNotice(noticeAt(ctx, request, reply, view));
  };

/** Where a notice's page is answered: the request, its reply, the village and the notice. */
interface NoticeAt {
  ctx: PortalContext;
  request: FastifyRequest;
  reply: FastifyReply;
  view: PortalView;
  noticeId: string;
}

const noticeAt = (
  ctx: PortalContext,
  request: FastifyRequest,
  reply: FastifyReply,
  view: PortalView,
): NoticeAt => ({
  ...{ ctx, request, reply, view },
  noticeId: (request.params as { noticeId: string }).noticeId,
});

/**
 * A notice's page: the notice, a finance statement's vouchers, the answered questions, and the
 * question form — given back with what the reader typed and what was wrong, after a refusal.
 */
async function renderNotice(
  { ctx, request, reply, view, noticeId }: NoticeAt,
  form: Pick<AskState, 'values' | 'errors'> = {},
  status = 200,
): Promise<FastifyReply> {
  const today = ctx.clock.today();
  const data = await noticeData(ctx, view.village.id, noticeId, today);
  if (!data) throw notFound(view);
  // a month's finance statement: each of its vouchers, a link to the voucher and its receipts
  const statement =
    data.notice.kind === 'financeStatement'
      ? await statementData(ctx, view.village.id, data.notice.id)
      : null;
  const photos =
    data.notice.kind === 'supervisionReport'
      ? await publishedEvidence(ctx, view.village.id, data.notice.id)
      : [];
  const window = await questionWindowOf(ctx, view.village.id, data.notice, today);
  const ask: AskState = {
    window,
    open: questionOutOfPeriod(window, today) === null,
    codes: ctx.sms !== null,
    ...form,
  };
  const after = [
    statement ? statementVouchers(view, vouchersOf(view, statement.lines)) : '',
    evidenceSection(view, data.notice.id, photos),
    await broadcastSection(ctx, view, data.notice.id),
    questionsSection(view, data.questions),
    askSection(view, data.notice.id, ask),
  ];
  const content = noticePage(view, data.notice, data.record, after);
  return sendPage(reply, request, view, data.notice.title, content, true, status);
}

/** The portal acts for no account: the code identifies the villager; the village's chain records it. */
const portalCommand = ({ ctx, view }: NoticeAt): CommandContext =>
  systemContext(ctx, view.village.id, null, view.locale);

/**
 * A question form as posted: its notice, what it says, and the gateway — or the page refusing it
 * (no gateway: the notice says to ask the clerk; a field wrong: the form again, saying which).
 */
async function readPosted<T>(
  ctx: PortalContext,
  request: FastifyRequest,
  reply: FastifyReply,
  read: (body: unknown, locale: Locale) => Checked<T>,
): Promise<{ at: NoticeAt; values: T; gateway: SmsGateway } | { refused: FastifyReply }> {
  const at = noticeAt(ctx, request, reply, await viewOf(ctx, request));
  if (!ctx.sms)
    return {
      refused: await renderNotice(
        at,
        { errors: formMessage('phone_codes_off', at.view.locale) },
        404,
      ),
    };
  const form = read(request.body, at.view.locale);
  if (!form.ok) return { refused: await renderNotice(at, form, 400) };
  return { at, values: form.values, gateway: ctx.sms };
}

/**
 * Step one of a question without an account: the notice's form → a code texted to the number
 * if registered with that name → the code page. The answer is the same page either way.
 */
const askForCode =
  (ctx: PortalContext): Handler =>
  async (request, reply) => {
    const posted = await readPosted(ctx, request, reply, readAskForm);
    if ('refused' in posted) return posted.refused;
    const { at, gateway } = posted;
    const { view, noticeId } = at;
    const { kind, text, name, phone } = posted.values;
    // sent once the answer has gone out (or the reader left), so that neither the gateway's round
    // trip nor the work of sending shows in the answer's time, which would tell a registered
    // number; a failure logs the gateway's status only
    const deliver = (message: SmsMessage) =>
      reply.raw.once('close', () => {
        gateway.send(message).catch((err: unknown) => {
          request.log.warn({ err }, 'question code not delivered');
        });
      });
    try {
      const { codeId } = await sendQuestionCode(
        portalCommand(at),
        { noticeId, name, phone, address: request.ip, villageName: view.village.name },
        deliver,
      );
      const content = codePage(view, noticeId, { codeId, kind, text });
      return sendPage(reply, request, view, view.t('codeTitle'), content);
    } catch (error) {
      const { errors, status } = askProblem(error, view);
      return renderNotice(at, { values: { kind, text, name }, errors }, status);
    }
  };

/**
 * Step two: the code → the question recorded in the registered villager's name → a page that
 * says when it is due an answer. A wrong code is asked for again on the code page; an expired,
 * spent or exhausted one sends the reader back to the notice's form with their text kept.
 */
const askWithCode =
  (ctx: PortalContext): Handler =>
  async (request, reply) => {
    const posted = await readPosted(ctx, request, reply, readCodeForm);
    if ('refused' in posted) return posted.refused;
    const { view, noticeId } = posted.at;
    const { codeId, code, kind, text } = posted.values;
    try {
      const command = portalCommand(posted.at);
      const q = await askQuestionByCode(command, { noticeId, codeId, code, kind, text });
      return sendPage(reply, request, view, view.t('asked'), askedPage(view, noticeId, q));
    } catch (error) {
      const { errors, status, retryCode } = askProblem(error, view);
      if (retryCode) {
        const content = codePage(view, noticeId, { codeId, kind, text, error: errors.code });
        return sendPage(reply, request, view, view.t('codeTitle'), content, false, status);
      }
      const form = errors.code ? { form: errors.code } : errors;
      return renderNotice(posted.at, { values: { kind, text }, errors: form }, status);
    }
  };

/** The form's address opened as a page: to the notice's form, in the language asked for. */
const toAskForm =
  (ctx: PortalContext): Handler =>
  async (request, reply) => {
    const view = await viewOf(ctx, request);
    const { noticeId } = request.params as { noticeId: string };
    if (!isUuid(noticeId)) throw notFound(view);
    return reply
      .header('cache-control', 'no-store')
      .redirect(`${href(view, `/n/${noticeId}`)}#ask`, 303);
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
    return sendPublicFile(reply, file);
  };

/** A published file (a receipt, a report's photo), shown in the browser and cached for a day. */
const sendPublicFile = (
  reply: FastifyReply,
  file: { file_name: string; media_type: string; bytes?: Uint8Array },
) =>
  sendFile(
    reply,
    { name: file.file_name, mediaType: file.media_type, bytes: file.bytes ?? new Uint8Array() },
    { inline: true, publicSeconds: 86400 },
  );

/** A photo a published supervision report chose to publish; any other evidence is a 404 here. */
const sendEvidence =
  (ctx: PortalContext): Handler =>
  async (request, reply) => {
    const view = await viewOf(ctx, request);
    const { noticeId, evidenceId } = request.params as { noticeId: string; evidenceId: string };
    if (!isUuid(noticeId) || !isUuid(evidenceId)) throw notFound(view);
    const [file] = await publishedEvidence(ctx, view.village.id, noticeId, evidenceId);
    if (!file?.bytes) throw notFound(view);
    return sendPublicFile(reply, file);
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
  // a refused cross-site form keeps its 403; other bad input is a 400 page
  if (status >= 400 && status < 500) return page(status === 403 ? 403 : 400, t('badRequest'));
  request.log.error({ err: error }, 'portal error');
  return page(500, t('serverError'));
}
