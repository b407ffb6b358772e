import type { Locale } from '@cunzhi/core/errors';
import { MAX_SEARCH_CHARS } from '@cunzhi/core/portal/portal';
import { markup, queryString, type Fragment, type Html } from './html.ts';
import type { Translate } from './i18n.ts';
import {
  asSpoken,
  dateText,
  groupedHash,
  issuerOf,
  kindName,
  portalBase,
  resolutionNumberOf,
  stampOf,
  standingOf,
  voidText,
  type BodyOfHolders,
  type KindSection,
  type PortalView,
} from './present.ts';
import type { PortalNoticeDetail, PortalNoticeRow } from './queries.ts';
import { PORTAL_STYLE } from './style.ts';

/** Pure: the portal's pages as HTML (no script at all). */

/** A link inside the portal, keeping the language the reader chose in the address. */
export function href(
  view: Pick<PortalView, 'village' | 'lang'>,
  path = '',
  query: Record<string, string | number | undefined> = {},
): string {
  return `${portalBase(view.village)}${path}${queryString({ ...query, lang: view.lang })}`;
}

interface Frame {
  locale: Locale;
  t: Translate;
  title: string;
  /** The same page in the other language. */
  switchHref: string;
  /** This page's address, printed at the foot of a printout. */
  url: string;
  view?: PortalView;
  /** The page has its own h1 (a notice's title): the village's name is then not the heading. */
  ownHeading?: boolean;
}

/** The page around the content: the village's name as header, its portal's links, the print foot. */
export function layout(frame: Frame, content: Fragment): Html {
  const { t, view } = frame;
  const place = view ? `${view.village.county_name} ${view.village.town_name}` : '';
  const feed = view ? `${portalBase(view.village)}/feed.atom` : '';
  const name = view
    ? markup`<a href="${href(view)}">${view.village.name}</a> · ${t('portal')}`
    : t('portal');
  return markup`<!DOCTYPE html>
<html lang="${frame.locale === 'en' ? 'en' : 'zh-CN'}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${frame.title}</title>
${view ? markup`<link rel="alternate" type="application/atom+xml" title="${view.village.name}" href="${feed}">` : ''}
<style>${PORTAL_STYLE}</style>
</head>
<body>
<header class="top">
${place ? markup`<p class="place">${place}</p>` : ''}${frame.ownHeading ? markup`<p class="name">${name}</p>` : markup`<h1 class="name">${name}</h1>`}
<nav>${view ? markup`<a href="${href(view)}">${t('home')}</a><a href="${href(view, '/search')}">${t('search')}</a><a href="${href(view, '/complaints')}">${t('complaints')}</a><a href="${href(view, '/elections')}">${t('elections')}</a><a href="${href(view, '/collective')}">${t('collective')}</a><a href="${feed}">${t('feed')}</a>` : ''}<a href="${frame.switchHref}" lang="${frame.locale === 'en' ? 'zh-CN' : 'en'}">${t('switchTo')}</a></nav>
</header>
<main>
${content}
<p class="print-only">${t('online')}<span class="hash">${frame.url}</span></p>
</main>
<footer class="foot"><p>${view ? asSpoken(view, t('tagline')) : t('tagline')}</p></footer>
</body>
</html>
`;
}

function stamp(view: PortalView, n: PortalNoticeRow): Fragment {
  const s = stampOf(view, standingOf(n));
  return s ? markup`<span class="stamp">${s}</span>` : '';
}

/** One notice in a list: its title as a link, its kind and date, and a stamp if it no longer stands. */
function noticeItem(view: PortalView, n: PortalNoticeRow & { excerpt?: string }, withKind = true) {
  const meta = `${withKind ? `${kindName(view, n.kind)} · ` : ''}${dateText(view, n.published_on)}`;
  const excerpt = n.excerpt
    ? `${n.excerpt.replace(/\s+/g, ' ')}${n.excerpt.length >= 120 ? '…' : ''}`
    : '';
  return markup`<li>${stamp(view, n)}<a href="${href(view, `/n/${n.id}`)}">${n.title}</a>
<span class="meta">${meta}</span>${excerpt ? markup`<p class="excerpt">${excerpt}</p>` : ''}</li>`;
}

export function searchForm(view: PortalView, q = ''): Html {
  const { t } = view;
  return markup`<form class="search" method="get" action="${portalBase(view.village)}/search" role="search">
<label for="q" class="hint">${t('searchLabel')}</label>
<input type="search" id="q" name="q" value="${q}" maxlength="${MAX_SEARCH_CHARS}" enterkeyhint="search">
${view.lang ? markup`<input type="hidden" name="lang" value="${view.lang}">` : ''}
<button type="submit">${t('searchButton')}</button>
</form>`;
}

export interface HomeData {
  sections: KindSection[];
  who: BodyOfHolders[];
  head: { seq: number; hash: string } | null;
  checkpoints: Array<{ day: string; seq: number; hash: string }>;
}

function person(p: { name: string; phone: string | null }, i: number): Html {
  const phone = p.phone ? markup` <a class="tel" href="tel:${p.phone}">${p.phone}</a>` : '';
  return markup`${i > 0 ? '、' : ''}${p.name}${phone}`;
}

function whoSection(view: PortalView, who: BodyOfHolders[]): Html {
  const { t } = view;
  const bodies = who.map(
    (b) =>
      markup`<h3>${b.name}</h3><dl class="who">${b.posts.map(
        (p) => markup`<dt>${p.role}</dt><dd>${p.people.map(person)}</dd>`,
      )}</dl>`,
  );
  return markup`<section id="who"><h2>${t('whoIsWho')}</h2><p class="hint">${t('whoIsWhoHint')}</p>
${who.length === 0 ? markup`<p>${t('nobody')}</p>` : ''}${bodies}</section>`;
}

function checkpointTable(view: PortalView, rows: HomeData['checkpoints']): Html {
  const { t } = view;
  const body = rows.map(
    (c) =>
      markup`<tr><td>${dateText(view, c.day)}</td><td>${c.seq}</td><td class="hash">${groupedHash(c.hash)}</td></tr>`,
  );
  return markup`<table><thead><tr><th scope="col">${t('day')}</th><th scope="col">${t('seq')}</th><th scope="col">${t('hash')}</th></tr></thead>
<tbody>${body}</tbody></table>`;
}

function chainSection(
  view: PortalView,
  data: Pick<HomeData, 'head' | 'checkpoints'>,
  all: boolean,
): Html {
  const { t } = view;
  const head = data.head
    ? markup`<p>${t('chainHead', { seq: data.head.seq })}<br><span class="hash">${groupedHash(data.head.hash)}</span></p>`
    : markup`<p>${t('noChain')}</p>`;
  const more = all
    ? ''
    : markup`<p><a href="${href(view, '/audit')}">${t('allCheckpoints')}</a></p>`;
  return markup`<section id="chain"><h2>${t('chain')}</h2><p class="hint">${t('chainHint')}</p>
${head}<h3>${t('checkpoints')}</h3>${checkpointTable(view, data.checkpoints)}${more}</section>`;
}

function kindSection(view: PortalView, s: KindSection): Html {
  const all =
    s.total > s.notices.length
      ? markup`<p><a href="${href(view, `/k/${s.kind}`)}">${view.t('all', { n: s.total })}</a></p>`
      : '';
  return markup`<section id="kind-${s.kind}"><h2>${s.name}</h2><ul class="list">${s.notices.map(
    (n) => noticeItem(view, n, false),
  )}</ul>${all}</section>`;
}

export function homePage(view: PortalView, data: HomeData): Html {
  const { t } = view;
  const none =
    data.sections.length === 0
      ? markup`<section><h2>${t('notices')}</h2><p>${t('noNotices')}</p></section>`
      : '';
  return markup`<section>${searchForm(view)}</section>
${none}${data.sections.map((s) => kindSection(view, s))}
${whoSection(view, data.who)}
${chainSection(view, data, false)}`;
}

export function chainPage(view: PortalView, data: Pick<HomeData, 'head' | 'checkpoints'>): Html {
  return chainSection(view, data, true);
}

export interface ListData {
  heading: string;
  rows: Array<PortalNoticeRow & { excerpt?: string }>;
  total: number;
  page: number;
  pageSize: number;
  /** The list's own address and query (kind list or search), for the pager. */
  path: string;
  query: Record<string, string | undefined>;
  search?: { q: string };
}

/** Previous and next links of a paged list (notices, an election's ballots). */
export function pager(
  view: PortalView,
  data: Pick<ListData, 'total' | 'page' | 'pageSize' | 'path' | 'query'>,
): Fragment {
  const { t } = view;
  const pages = Math.max(1, Math.ceil(data.total / data.pageSize));
  if (pages <= 1) return '';
  const at = (page: number) =>
    href(view, data.path, { ...data.query, page: page > 1 ? page : undefined });
  const prev =
    data.page > 1
      ? markup`<a href="${at(data.page - 1)}" rel="prev">${t('prev')}</a>`
      : markup`<span></span>`;
  const next =
    data.page < pages
      ? markup`<a href="${at(data.page + 1)}" rel="next">${t('next')}</a>`
      : markup`<span></span>`;
  return markup`<p class="pager">${prev}<span class="meta">${t('page', { page: data.page, pages })}</span>${next}</p>`;
}

export function listPage(view: PortalView, data: ListData): Html {
  const { t } = view;
  const searched = data.search !== undefined && data.search.q !== '';
  const form = data.search
    ? markup`<section>${searchForm(view, data.search.q)}<p class="hint">${t('searchHint')}</p></section>`
    : '';
  const count = searched ? markup`<p class="meta">${t('results', { n: data.total })}</p>` : '';
  const empty =
    data.rows.length === 0 && (!data.search || searched)
      ? markup`<p>${data.search ? t('noResults') : t('noNotices')}</p>`
      : '';
  return markup`${form}
<section><h2>${data.heading}</h2>${count}${empty}
<ul class="list">${data.rows.map((n) => noticeItem(view, n))}</ul>${pager(view, data)}</section>`;
}

function contactLine(view: PortalView, n: PortalNoticeDetail): Fragment {
  if (!n.contact_name) return '';
  const { t } = view;
  const phone = n.contact_phone
    ? markup`${'\u3000'}${t('phone')}<a class="tel" href="tel:${n.contact_phone}">${n.contact_phone}</a>`
    : '';
  return markup`<p>${t('contact')}${n.contact_name}${phone}</p>`;
}

/** A notice as posted on the board: title, text, period, whom to ask, issuer and date, its audit record. */
export function noticePage(
  view: PortalView,
  n: PortalNoticeDetail,
  record: { seq: number; hash: string } | null,
  /** What follows the notice (a finance statement's vouchers). */
  after: Fragment = '',
): Html {
  const { t } = view;
  const why = voidText(view, standingOf(n));
  const number = resolutionNumberOf(view, n);
  const paragraphs = n.body.split(/\r?\n/).filter((line) => line.trim() !== '');
  const period = n.period_ends_on
    ? markup`<p>${t('period', { from: dateText(view, n.published_on), to: dateText(view, n.period_ends_on) })}</p><p>${asSpoken(view, t('objection'))}</p>`
    : '';
  const recordLine = record
    ? markup`<p class="meta hash">${t('record', { seq: record.seq, hash: groupedHash(record.hash) })}</p>`
    : '';
  return markup`<section><article class="notice">
${why ? markup`<p class="void" role="note">${stamp(view, n)}${why}</p>` : ''}
<p class="kind">${kindName(view, n.kind)}</p>
<h1>${n.title}</h1>
${number ? markup`<p class="meta">${t('resolutionNo')}${number}</p>` : ''}
<div class="body">${paragraphs.map((p) => markup`<p>${p}</p>`)}</div>
${period}${contactLine(view, n)}
<div class="sign"><div>${issuerOf(view, n.kind)}</div><div>${dateText(view, n.published_on)}</div></div>
${recordLine}
</article></section>${after}`;
}

/** A page that says what went wrong (404, 400, 429) in the reader's language. */
export function problemPage(t: Translate, heading: string, hint: string, view?: PortalView): Html {
  const home = view ? markup`<p><a href="${href(view)}">${t('home')}</a></p>` : '';
  return markup`<section><h2>${heading}</h2>${hint ? markup`<p>${hint}</p>` : ''}${home}</section>`;
}

/** The answered questions and objections on a notice, without who asked. */
export function questionsSection(
  view: PortalView,
  questions: Array<{
    kind: string;
    text: string;
    asked_on: string;
    answer: string;
    answered_on: string;
  }>,
): Fragment {
  if (questions.length === 0) return '';
  const { t } = view;
  const items = questions.map(
    (q) =>
      markup`<li><p><strong>${q.kind === 'objection' ? t('objection_') : t('question')}</strong> <span class="meta">${t('askedOn', { date: dateText(view, q.asked_on) })}</span></p><p>${q.text}</p><p>${t('answeredOn', { date: dateText(view, q.answered_on) })}${q.answer}</p></li>`,
  );
  return markup`<section id="questions"><h2>${t('questions')}</h2><p class="hint">${t('questionsHint')}</p><ul class="list">${items}</ul></section>`;
}
