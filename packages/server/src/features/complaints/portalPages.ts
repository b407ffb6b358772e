import type { FastifyReply, FastifyRequest } from 'fastify';
import { PHONE_CODE, normalizeName, normalizePhone } from '@cunzhi/core/disclosure/phoneCodes';
import { normalizeTrackingCode } from '@cunzhi/core/complaints/complaints';
import { errorMessage, type Locale } from '@cunzhi/core/errors';
import { isStorableText } from '@cunzhi/core/storableText';
import type { ResponseOf } from '@cunzhi/contract/route';
import type * as contract from '@cunzhi/contract/complaints';
import { systemContext } from '../../platform/command.ts';
import type { SmsGateway, SmsMessage } from '../../platform/sms.ts';
import { askProblem } from '../portal/askForm.ts';
import { markup, type Fragment, type Html } from '../portal/html.ts';
import { href } from '../portal/pages.ts';
import { dateText, type PortalView } from '../portal/present.ts';
import {
  fileAnonymousPortalComplaint,
  fileComplaintByCode,
  sendComplaintCode,
} from './commands/portal.ts';
import { trackingHash, type Receipt } from './commands/intake.ts';
import { presentOwnComplaint } from './present.ts';
import { trackedComplaint } from './queries.ts';
import type { AppContext } from '../../platform/http/context.ts';

/**
 * The complaints station on the public portal (/p/<village>/complaints), plain forms, no
 * script: a complaint anonymously, or in one's own name proved by a texted code where the
 * deployment has an SMS gateway; the 查询码 shown once; and the status page it opens.
 */

type Words = Record<string, { zh: string; en: string }>;
const W = {
  title: { zh: '投诉站', en: 'Complaints station' },
  intro: {
    zh: '向村（社区）务监督委员会投诉、反映问题。涉及村干部违纪的，直接转镇纪委办理，村里看不到。',
    en: "Complain to the village affairs supervision committee. A complaint about a cadre's conduct goes straight to the town discipline commission; the village cannot see it.",
  },
  subject: { zh: '事由（一句话）', en: 'What it is about (one line)' },
  body: { zh: '具体情况', en: 'What happened' },
  anonymous: { zh: '匿名投诉（不留姓名电话）', en: 'Anonymous (no name, no number)' },
  named: { zh: '实名投诉（短信验证）', en: 'In my name (code by SMS)' },
  name: { zh: '姓名（与户籍登记一致）', en: 'Name (as registered)' },
  phone: { zh: '手机号（登记在册的号码）', en: 'Mobile number (as registered)' },
  anonymousOnly: {
    zh: '本系统未开通短信验证，网上只能匿名投诉；实名投诉请到投诉站或找监督委员。',
    en: 'This site sends no SMS codes: online complaints are anonymous; to complain in your name, see a supervision member.',
  },
  submit: { zh: '提交投诉', en: 'Send the complaint' },
  getCode: { zh: '获取验证码', en: 'Get a code' },
  codeTitle: { zh: '输入短信验证码', en: 'Enter the code' },
  codeSent: {
    zh: '如姓名和手机号与登记一致，验证码已发送，{minutes} 分钟内有效。',
    en: 'If the name and number are registered, a code was sent; it is valid for {minutes} minutes.',
  },
  code: { zh: '验证码', en: 'Code' },
  received: { zh: '投诉已收到', en: 'Complaint received' },
  receipt: {
    zh: '这是第 {number} 号投诉。查询码只显示这一次，请抄下或截图保存：',
    en: 'This is complaint no. {number}. The tracking code is shown only now: write it down.',
  },
  trackHint: {
    zh: '凭查询码可随时在本页查看办理进度和答复，无需账号。',
    en: 'With the code you can follow it and read the answer here, without an account.',
  },
  track: { zh: '查询办理进度', en: 'Follow a complaint' },
  trackingCode: { zh: '查询码', en: 'Tracking code' },
  query: { zh: '查询', en: 'Look up' },
  status: { zh: '办理状态：{status}', en: 'Status: {status}' },
  numberText: { zh: '第{number}号', en: 'No. {number}' },
  st_received: {
    zh: '已收到，待监督委员会分类交办',
    en: 'Received; the supervision committee will class it',
  },
  st_assigned: {
    zh: '已交{handler}办理，应于 {due} 前答复',
    en: 'With the {handler}; answer due by {due}',
  },
  st_answered: { zh: '已答复', en: 'Answered' },
  st_referred: { zh: '已转镇纪委办理', en: 'With the town discipline commission' },
  town_filed: { zh: '镇纪委待受理', en: 'awaiting acceptance' },
  town_accepted: { zh: '镇纪委已受理', en: 'accepted' },
  town_handling: { zh: '镇纪委办理中', en: 'being handled' },
  town_answered: { zh: '镇纪委已答复', en: 'answered' },
  town_closed: { zh: '镇纪委已办结', en: 'closed' },
  // a complaint's referral never waits for materials nor is returned (those are a department's)
  town_awaitingMaterials: { zh: '镇纪委办理中', en: 'being handled' },
  town_returned: { zh: '镇纪委办理中', en: 'being handled' },
  answer: { zh: '答复', en: 'Answer' },
  back: { zh: '返回投诉站', en: 'Back to the station' },
  required: { zh: '必填', en: 'required' },
} satisfies Words;
type Word = keyof typeof W;

export function word(
  locale: Locale,
  key: Word,
  params: Record<string, string | number> = {},
): string {
  const text = locale === 'en' ? W[key].en : W[key].zh;
  return text.replace(/\{(\w+)\}/g, (_, k: string) => String(params[k] ?? ''));
}

type Errors = Partial<
  Record<'subject' | 'body' | 'name' | 'phone' | 'code' | 'trackingCode' | 'form', string>
>;

const err = (id: string, e: string | undefined): Fragment =>
  e ? markup`<p class="error" id="${id}-error">${e}</p>` : '';
const formError = (e: Errors): Fragment =>
  e.form ? markup`<p class="error" role="alert">${e.form}</p>` : '';

export interface FormState {
  codes: boolean;
  values?: { subject?: string; body?: string; name?: string; named?: boolean };
  errors?: Errors;
  trackErrors?: Errors;
}

/** The station's page: the complaint form and the tracking form. */
export function stationPage(view: PortalView, s: FormState): Html {
  const l = view.locale;
  const v = s.values ?? {};
  const e = s.errors ?? {};
  const identity = s.codes
    ? markup`<fieldset><label><input type="radio" name="who" value="anonymous"${v.named ? '' : markup` checked`}> ${word(l, 'anonymous')}</label>
<label><input type="radio" name="who" value="named"${v.named ? markup` checked` : ''}> ${word(l, 'named')}</label>
<label for="c-name">${word(l, 'name')}</label>${err('c-name', e.name)}<input id="c-name" name="name" maxlength="50" value="${v.name ?? ''}" autocomplete="name">
<label for="c-phone">${word(l, 'phone')}</label>${err('c-phone', e.phone)}<input id="c-phone" name="phone" type="tel" inputmode="tel" maxlength="20" autocomplete="tel"></fieldset>`
    : markup`<p class="hint">${word(l, 'anonymousOnly')}</p><input type="hidden" name="who" value="anonymous">`;
  return markup`<section id="complain"><h2>${word(l, 'title')}</h2><p>${word(l, 'intro')}</p>${formError(e)}
<form class="ask" method="post" action="${href(view, '/complaints')}">
<label for="c-subject">${word(l, 'subject')}</label>${err('c-subject', e.subject)}
<input id="c-subject" name="subject" maxlength="100" required value="${v.subject ?? ''}">
<label for="c-body">${word(l, 'body')}</label>${err('c-body', e.body)}
<textarea id="c-body" name="body" rows="6" maxlength="4000" required>${v.body ?? ''}</textarea>
${identity}
<button type="submit">${s.codes ? word(l, 'getCode') : word(l, 'submit')}</button>
</form></section>
${trackForm(view, s.trackErrors ?? {})}`;
}

function trackForm(view: PortalView, e: Errors): Html {
  const l = view.locale;
  return markup`<section id="track"><h2>${word(l, 'track')}</h2><p class="hint">${word(l, 'trackHint')}</p>
<form class="ask" method="post" action="${href(view, '/complaints/track')}">
<label for="t-code">${word(l, 'trackingCode')}</label>${err('t-code', e.trackingCode)}
<input id="t-code" name="trackingCode" maxlength="20" autocomplete="off" required>
<button type="submit">${word(l, 'query')}</button></form></section>`;
}

/** Step two of a named complaint: the code; the complaint travels in the form. */
export function complaintCodePage(
  view: PortalView,
  step: { codeId: string; subject: string; body: string; error?: string | undefined },
): Html {
  const l = view.locale;
  return markup`<section id="code"><h2>${word(l, 'codeTitle')}</h2>
<p>${word(l, 'codeSent', { minutes: PHONE_CODE.validMinutes })}</p>
<form class="ask" method="post" action="${href(view, '/complaints/code')}">
<input type="hidden" name="codeId" value="${step.codeId}">
<input type="hidden" name="subject" value="${step.subject}">
<input type="hidden" name="body" value="${step.body}">
<label for="code-input">${word(l, 'code')}</label>${err('code-input', step.error)}
<input id="code-input" name="code" inputmode="numeric" pattern="[0-9]*" maxlength="${PHONE_CODE.digits}" autocomplete="one-time-code" required>
<button type="submit">${word(l, 'submit')}</button></form>
<p><a href="${href(view, '/complaints')}">${word(l, 'back')}</a></p></section>`;
}

/** The receipt: the number and the 查询码, shown this once. */
export function receiptPage(view: PortalView, r: Receipt): Html {
  const l = view.locale;
  return markup`<section><h2>${word(l, 'received')}</h2><p role="status">${word(l, 'receipt', { number: r.number })}</p>
<p class="tracking"><strong>${r.trackingCode}</strong></p><p class="hint">${word(l, 'trackHint')}</p>
<p><a href="${href(view, '/complaints')}#track">${word(l, 'track')}</a></p></section>`;
}

type Own = ResponseOf<typeof contract.listOwnComplaints>['items'][number];

/** Where a complaint is, in words (the complainant's phone page says the same). */
export function statusWords(l: Locale, c: Own): string {
  if (c.status === 'referred')
    return c.town ? word(l, `town_${c.town.status}`) : word(l, 'st_referred');
  if (c.status === 'assigned')
    return word(l, 'st_assigned', {
      handler: (l === 'en' ? c.handlerName?.en : c.handlerName?.zh) ?? '',
      due: c.dueOn ?? '',
    });
  return word(l, c.status === 'answered' ? 'st_answered' : 'st_received');
}

export function trackedPage(view: PortalView, c: Own): Html {
  const l = view.locale;
  const answer = c.answer ?? c.town?.answer ?? null;
  return markup`<section><h2>${word(l, 'track')} · ${word(l, 'numberText', { number: c.number })}</h2>
<p><strong>${c.subject}</strong> · ${dateText(view, c.receivedOn)}</p>
<p>${word(l, 'status', { status: statusWords(l, c) })}</p>
${answer ? markup`<h3>${word(l, 'answer')}</h3><div class="quote"><p>${answer}</p></div>` : ''}
<p><a href="${href(view, '/complaints')}">${word(l, 'back')}</a></p></section>`;
}

// ------------------------------------------------------------------ forms as posted

type Body = Record<string, unknown>;
const str = (b: Body, k: string): string => {
  const value = b[k];
  return typeof value === 'string' ? value : '';
};

function textError(locale: Locale, value: string, max: number): string | undefined {
  if (value === '') return errorMessage('field_required', locale);
  if (value.length > max) return errorMessage('field_too_long', locale, { max });
  if (!isStorableText(value)) return errorMessage('text_unstorable', locale);
  return undefined;
}

export function readComplaintForm(body: unknown, locale: Locale, codes: boolean) {
  const b = (body ?? {}) as Body;
  const subject = str(b, 'subject').trim();
  const text = str(b, 'body').trim();
  const named = codes && str(b, 'who') === 'named';
  const name = normalizeName(str(b, 'name'));
  const phone = normalizePhone(str(b, 'phone'));
  const errors: Errors = {};
  const se = textError(locale, subject, 100);
  if (se) errors.subject = se;
  const be = textError(locale, text, 4000);
  if (be) errors.body = be;
  if (named) {
    const ne = textError(locale, name, 50);
    if (ne) errors.name = ne;
    if (!phone) errors.phone = errorMessage('phone_invalid', locale);
  }
  return {
    subject,
    body: text,
    named,
    name,
    phone,
    errors,
    values: { subject, body: text, name, named },
  };
}

// ------------------------------------------------------------------ handlers

export interface StationKit {
  ctx: AppContext;
  sms: SmsGateway | null;
  viewOf: (request: FastifyRequest) => Promise<PortalView>;
  sendPage: (
    reply: FastifyReply,
    request: FastifyRequest,
    view: PortalView,
    title: string,
    content: Html,
    ownHeading?: boolean,
    status?: number,
  ) => FastifyReply;
}

type Handler = (request: FastifyRequest, reply: FastifyReply) => Promise<unknown>;

export const showStation =
  (kit: StationKit): Handler =>
  async (request, reply) => {
    const view = await kit.viewOf(request);
    return kit.sendPage(
      reply,
      request,
      view,
      word(view.locale, 'title'),
      stationPage(view, { codes: kit.sms !== null }),
    );
  };

const commandOf = (kit: StationKit, view: PortalView) =>
  systemContext(kit.ctx, view.village.id, null, view.locale);

export const postComplaint =
  (kit: StationKit): Handler =>
  async (request, reply) => {
    const view = await kit.viewOf(request);
    const codes = kit.sms !== null;
    const form = readComplaintForm(request.body, view.locale, codes);
    const again = (errors: Errors, status: number) =>
      kit.sendPage(
        reply,
        request,
        view,
        word(view.locale, 'title'),
        stationPage(view, { codes, values: form.values, errors }),
        false,
        status,
      );
    if (Object.keys(form.errors).length > 0) return again(form.errors, 400);
    const cmd = commandOf(kit, view);
    if (!form.named) {
      const r = await fileAnonymousPortalComplaint(cmd, { subject: form.subject, body: form.body });
      return kit.sendPage(
        reply,
        request,
        view,
        word(view.locale, 'received'),
        receiptPage(view, r),
      );
    }
    const gateway = kit.sms!;
    const deliver = (message: SmsMessage) =>
      reply.raw.once('close', () => {
        gateway
          .send(message)
          .catch((e: unknown) => request.log.warn({ err: e }, 'complaint code not delivered'));
      });
    try {
      const { codeId } = await sendComplaintCode(
        cmd,
        {
          name: form.name,
          phone: form.phone!,
          address: request.ip,
          villageName: view.village.name,
        },
        deliver,
      );
      const content = complaintCodePage(view, { codeId, subject: form.subject, body: form.body });
      return kit.sendPage(reply, request, view, word(view.locale, 'codeTitle'), content);
    } catch (error) {
      const { errors, status } = askProblem(error, view);
      return again({ form: errors.form ?? errors.code }, status);
    }
  };

export const postComplaintCode =
  (kit: StationKit): Handler =>
  async (request, reply) => {
    const view = await kit.viewOf(request);
    const b = (request.body ?? {}) as Body;
    const input = {
      codeId: str(b, 'codeId'),
      code: str(b, 'code'),
      subject: str(b, 'subject').trim(),
      body: str(b, 'body').trim(),
    };
    const codes = kit.sms !== null;
    const form = readComplaintForm({ ...b, who: 'anonymous' }, view.locale, codes);
    if (!codes || Object.keys(form.errors).length > 0) {
      const errors = codes
        ? form.errors
        : { form: errorMessage('complaint_portal_anonymous_only', view.locale) };
      return kit.sendPage(
        reply,
        request,
        view,
        word(view.locale, 'title'),
        stationPage(view, { codes, values: form.values, errors }),
        false,
        400,
      );
    }
    try {
      const r = await fileComplaintByCode(commandOf(kit, view), input);
      return kit.sendPage(
        reply,
        request,
        view,
        word(view.locale, 'received'),
        receiptPage(view, r),
      );
    } catch (error) {
      const { errors, status, retryCode } = askProblem(error, view);
      const content = retryCode
        ? complaintCodePage(view, { ...input, error: errors.code })
        : stationPage(view, {
            codes,
            values: { ...form.values, named: true },
            errors: { form: errors.code ?? errors.form },
          });
      return kit.sendPage(reply, request, view, word(view.locale, 'title'), content, false, status);
    }
  };

export const postTrack =
  (kit: StationKit): Handler =>
  async (request, reply) => {
    const view = await kit.viewOf(request);
    const code = normalizeTrackingCode(str((request.body ?? {}) as Body, 'trackingCode'));
    const found = code
      ? await trackedComplaint(kit.ctx, view.village.id, trackingHash(code))
      : null;
    if (!found) {
      const trackErrors = { trackingCode: errorMessage('tracking_code_unknown', view.locale) };
      const content = stationPage(view, { codes: kit.sms !== null, trackErrors });
      return kit.sendPage(reply, request, view, word(view.locale, 'title'), content, false, 404);
    }
    const own = presentOwnComplaint(found.row, found.town, view.village.kind === 'community');
    return kit.sendPage(reply, request, view, word(view.locale, 'track'), trackedPage(view, own));
  };

export const toStation =
  (kit: StationKit): Handler =>
  async (request, reply) => {
    const view = await kit.viewOf(request);
    return reply.header('cache-control', 'no-store').redirect(href(view, '/complaints'), 303);
  };

/** Registers the station's pages on the portal's plugin (its form parser, limits and problem pages). */
export function stationRoutes(
  kit: StationKit,
  get: (url: string, handler: Handler) => unknown,
  post: (url: string, handler: Handler) => unknown,
): void {
  get('/p/:village/complaints', showStation(kit));
  post('/p/:village/complaints', postComplaint(kit));
  post('/p/:village/complaints/code', postComplaintCode(kit));
  post('/p/:village/complaints/track', postTrack(kit));
  // the forms' addresses opened as pages (a reload, the language link): back to the station
  get('/p/:village/complaints/code', toStation(kit));
  get('/p/:village/complaints/track', toStation(kit));
}
