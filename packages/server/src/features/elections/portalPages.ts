import type { FastifyReply, FastifyRequest } from 'fastify';
import type { RoundKind } from '@cunzhi/core/elections/count';
import type { Locale } from '@cunzhi/core/errors';
import { parsePage } from '@cunzhi/core/portal/portal';
import { isUuid } from '../../platform/http/access.ts';
import type { AppContext } from '../../platform/http/context.ts';
import { markup, type Fragment, type Html } from '../portal/html.ts';
import { href, pager } from '../portal/pages.ts';
import { dateText, type PortalView } from '../portal/present.ts';
import type { StoredResult } from './commands/countRound.ts';
import {
  bulletinExport,
  countedElections,
  publicElection,
  type PublicElection,
} from './queries/public.ts';

/**
 * 选举结果公示 on the public portal (/p/<village>/elections), no account, no script: after a
 * round's public count, its figures, each box's tally sheet, each post's votes and winners,
 * the bulletin of counted ballots (random id and the names marked) with its digest, and the
 * bulletin as JSON (what `cli.ts recount` reads) or CSV. Nothing before the count.
 */

const W = {
  title: { zh: '选举结果公示', en: 'Election results' },
  none: { zh: '暂无已计票的选举。', en: 'No election has been counted yet.' },
  countedOn: { zh: '计票日期：{date}', en: 'Counted on {date}' },
  round: { zh: '第 {n} 轮：{kind}', en: 'Round {n}: {kind}' },
  k_first: { zh: '第一次投票', en: 'first round' },
  k_runoff: { zh: '另行选举', en: 'runoff' },
  k_revote: { zh: '就得票相同者重新投票', en: 're-vote among the tied' },
  k_women: { zh: '妇女成员另行选举', en: 'women’s runoff' },
  figures: {
    zh: '登记选民 {registered} 人，参加投票 {voted} 人，收回选票 {cast} 张。',
    en: '{registered} registered, {voted} voted, {cast} ballots taken out.',
  },
  valid: { zh: '选举有效。', en: 'The round is valid.' },
  void: {
    zh: '参加投票的选民未超过登记选民的半数（或收回选票多于投票人数），本轮选举无效。',
    en: 'Not more than half of the registered voted (or more ballots than voters): the round is void.',
  },
  candidate: { zh: '候选人', en: 'Candidate' },
  votes: { zh: '得票', en: 'Votes' },
  elected: { zh: '当选', en: 'Elected' },
  post: { zh: '{post}（应选 {seats} 名）', en: '{post} ({seats} seats)' },
  postFigures: {
    zh: '有效 {valid} 张，空白 {blank} 张，无效 {invalid} 张',
    en: '{valid} valid, {blank} blank, {invalid} invalid',
  },
  sheets: { zh: '各票箱计票单', en: 'Each box’s tally sheet' },
  box: { zh: '票箱', en: 'Box' },
  central: { zh: '中心会场', en: 'central' },
  issued: { zh: '发出', en: 'Handed out' },
  returned: { zh: '收回', en: 'Taken out' },
  signedBy: { zh: '签名', en: 'Signed by' },
  digest: { zh: '选票公示摘要（SHA-256）：', en: 'Bulletin digest (SHA-256): ' },
  bulletin: { zh: '查看本轮全部选票', en: 'Every ballot of this round' },
  bulletinTitle: { zh: '第 {n} 轮选票公示', en: 'Round {n}: the counted ballots' },
  bulletinHint: {
    zh: '每张选票以随机编号公示，不含投票人、时间和票箱。任何人可据此重新计票。',
    en: 'Each ballot under a random number, with no voter, time or box. Anyone can recount from it.',
  },
  ballotId: { zh: '选票编号', en: 'Ballot' },
  download: { zh: '下载选票公示：', en: 'Download the bulletin: ' },
  recountHint: {
    zh: '（JSON 可用 cli.ts recount 重新计票和核对摘要）',
    en: ' (recount the JSON and check its digests with cli.ts recount)',
  },
  certified: { zh: '当选结果（{date} 公布）', en: 'Elected (announced {date})' },
  back: { zh: '返回', en: 'Back' },
} satisfies Record<string, { zh: string; en: string }>;
type Word = keyof typeof W;

const word = (locale: Locale, key: Word, params: Record<string, string | number> = {}) =>
  (locale === 'en' ? W[key].en : W[key].zh).replace(/\{(\w+)\}/g, (_, k: string) =>
    String(params[k] ?? ''),
  );

const KIND: Record<RoundKind, Word> = {
  first: 'k_first',
  runoff: 'k_runoff',
  revote: 'k_revote',
  women: 'k_women',
};

const base = (electionId: string) => `/elections/${electionId}`;

function listPage(view: PortalView, rows: Awaited<ReturnType<typeof countedElections>>): Html {
  const w = (k: Word, p?: Record<string, string | number>) => word(view.locale, k, p);
  if (rows.length === 0) return markup`<section><p>${w('none')}</p></section>`;
  return markup`<section><ul class="list">${rows.map(
    (r) =>
      markup`<li><a href="${href(view, base(r.id))}">${r.title}</a> <span>${w('countedOn', { date: dateText(view, r.counted_on) })}</span></li>`,
  )}</ul></section>`;
}

type Round = PublicElection['rounds'][number];

function roundSection(view: PortalView, page: PublicElection, r: Round): Html {
  const w = (k: Word, p?: Record<string, string | number>) => word(view.locale, k, p);
  const name = (id: string) => page.names[id] ?? id;
  const stored = r.result as StoredResult;
  const posts = stored.posts.map((x) => {
    const post = r.posts.find((p) => p.id === x.postId)!;
    const elected = new Set(x.elected.map((e) => e.id));
    const rows = [...x.tally.votes]
      .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
      .map(
        ([id, votes]) =>
          markup`<tr><td>${name(id)}</td><td class="num">${votes}</td><td>${elected.has(id) ? w('elected') : ''}</td></tr>`,
      );
    const { valid, blank, invalid } = x.tally;
    return markup`<h4>${w('post', { post: view.locale === 'en' ? post.name.en : post.name.zh, seats: post.seats })}</h4>
<p>${w('postFigures', { valid, blank, invalid })}</p>
<table><thead><tr><th>${w('candidate')}</th><th class="num">${w('votes')}</th><th>${w('elected')}</th></tr></thead><tbody>${rows}</tbody></table>`;
  });
  const sheets = r.sheets.map(
    (s) =>
      markup`<tr><td>${s.box === 'central' ? w('central') : s.box}</td><td class="num">${s.issued}</td><td class="num">${s.returned}</td><td>${s.signed_by.map((id) => page.signers[id] ?? id).join('、')}</td></tr>`,
  );
  const at = `${base(page.election.id)}/rounds/${r.round}`;
  return markup`<section>
<h3>${w('round', { n: r.round, kind: w(KIND[r.kind]) })}</h3>
<p>${w('countedOn', { date: dateText(view, r.counted_on!) })}</p>
<p>${w('figures', { registered: r.registered!, voted: r.voted!, cast: r.ballots_cast! })} ${stored.valid ? w('valid') : w('void')}</p>
${stored.valid ? posts : ''}
${sheets.length ? markup`<h4>${w('sheets')}</h4><table><thead><tr><th>${w('box')}</th><th class="num">${w('issued')}</th><th class="num">${w('returned')}</th><th>${w('signedBy')}</th></tr></thead><tbody>${sheets}</tbody></table>` : ''}
<p>${w('digest')}<span class="hash">${r.digest}</span></p>
<p><a href="${href(view, at)}">${w('bulletin')}</a></p>
</section>`;
}

function electionPage(view: PortalView, page: PublicElection): Html {
  const w = (k: Word, p?: Record<string, string | number>) => word(view.locale, k, p);
  const at = base(page.election.id);
  const result = page.result;
  const seated: Fragment = result
    ? markup`<section><h3>${w('certified', { date: dateText(view, result.certified_on) })}</h3><ul>${result.seated.map(
        (s) => markup`<li>${s.name}（${s.votes}）</li>`,
      )}</ul></section>`
    : '';
  return markup`<h2>${page.election.title}</h2>
${seated}
${page.rounds.map((r) => roundSection(view, page, r))}
<section><p>${w('download')}<a href="${href(view, `${at}/bulletin.json`)}">JSON</a> · <a href="${href(view, `${at}/bulletin.csv`)}">CSV</a>${w('recountHint')}</p></section>`;
}

/** Ballots a bulletin page shows (3,000 on one page would be a heavy read on a phone). */
const BALLOTS_PER_PAGE = 200;

function bulletinPage(view: PortalView, page: PublicElection, r: Round, at: number): Html {
  const w = (k: Word, p?: Record<string, string | number>) => word(view.locale, k, p);
  const name = (id: string) => page.names[id] ?? id;
  const head = r.posts.map((p) => markup`<th>${view.locale === 'en' ? p.name.en : p.name.zh}</th>`);
  const shown = r.ballots.slice((at - 1) * BALLOTS_PER_PAGE, at * BALLOTS_PER_PAGE);
  const rows = shown.map(
    (b) =>
      markup`<tr><td class="hash">${b.id}</td>${r.posts.map((p) => markup`<td>${(b.marks[p.id] ?? []).map(name).join('、')}</td>`)}</tr>`,
  );
  return markup`<h2>${w('bulletinTitle', { n: r.round })}</h2>
<section><p>${w('bulletinHint')}</p><p>${w('digest')}<span class="hash">${r.digest}</span></p>
<table><thead><tr><th>${w('ballotId')}</th>${head}</tr></thead><tbody>${rows}</tbody></table>
${pager(view, { total: r.ballots.length, page: at, pageSize: BALLOTS_PER_PAGE, path: `${base(page.election.id)}/rounds/${r.round}`, query: {} })}
<p><a href="${href(view, base(page.election.id))}">${w('back')}</a></p></section>`;
}

/** A CSV field: quoted when it holds a comma, a quote or a line break. */
const csvField = (v: string) => (/[",\n\r]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);

/** The bulletin as CSV: a line per ballot and post (round, ballot id, post, ids and names marked). */
function bulletinCsv(page: PublicElection): string {
  const lines = ['round,ballot,post,marked,names'];
  for (const r of page.rounds)
    for (const b of r.ballots)
      for (const p of r.posts) {
        const marked = b.marks[p.id] ?? [];
        const names = marked.map((id) => page.names[id] ?? id);
        lines.push(
          [String(r.round), b.id, p.id, marked.join(';'), names.join(';')].map(csvField).join(','),
        );
      }
  return `${lines.join('\r\n')}\r\n`;
}

type Handler = (request: FastifyRequest, reply: FastifyReply) => Promise<unknown>;

/** What the portal lends its feature pages: the village of the address, and its page frame. */
export interface ElectionPortalKit {
  ctx: AppContext;
  viewOf: (request: FastifyRequest) => Promise<PortalView>;
  sendPage: (
    reply: FastifyReply,
    request: FastifyRequest,
    view: PortalView,
    title: string,
    content: Html,
  ) => FastifyReply;
  notFound: (view: PortalView) => Error;
}

/** The election of the address with its counted rounds, or the portal's 404. */
async function electionOf(kit: ElectionPortalKit, request: FastifyRequest, view: PortalView) {
  const { electionId } = request.params as { electionId: string };
  const page = isUuid(electionId)
    ? await publicElection(kit.ctx, view.village.id, electionId)
    : null;
  if (!page) throw kit.notFound(view);
  return page;
}

/** Registers 选举结果公示 on the portal's plugin (its limits and problem pages). */
export function electionPortalRoutes(
  kit: ElectionPortalKit,
  get: (url: string, handler: Handler) => unknown,
): void {
  get('/p/:village/elections', async (request, reply) => {
    const view = await kit.viewOf(request);
    const rows = await countedElections(kit.ctx, view.village.id);
    return kit.sendPage(reply, request, view, word(view.locale, 'title'), listPage(view, rows));
  });
  get('/p/:village/elections/:electionId', async (request, reply) => {
    const view = await kit.viewOf(request);
    const page = await electionOf(kit, request, view);
    return kit.sendPage(reply, request, view, page.election.title, electionPage(view, page));
  });
  get('/p/:village/elections/:electionId/rounds/:round', async (request, reply) => {
    const view = await kit.viewOf(request);
    const page = await electionOf(kit, request, view);
    const n = Number((request.params as { round: string }).round);
    const r = page.rounds.find((x) => x.round === n);
    const at = parsePage((request.query as { page?: unknown }).page);
    if (!r || at === null || (at - 1) * BALLOTS_PER_PAGE >= Math.max(1, r.ballots.length))
      throw kit.notFound(view);
    const title = word(view.locale, 'bulletinTitle', { n });
    return kit.sendPage(reply, request, view, title, bulletinPage(view, page, r, at));
  });
  get('/p/:village/elections/:electionId/bulletin.json', async (request, reply) => {
    const view = await kit.viewOf(request);
    const page = await electionOf(kit, request, view);
    return reply
      .type('application/json; charset=utf-8')
      .header('content-disposition', `attachment; filename="bulletin-${page.election.id}.json"`)
      .header('cache-control', 'public, max-age=60')
      .send(JSON.stringify(bulletinExport(view.village.name, page), null, 1));
  });
  get('/p/:village/elections/:electionId/bulletin.csv', async (request, reply) => {
    const view = await kit.viewOf(request);
    const page = await electionOf(kit, request, view);
    return reply
      .type('text/csv; charset=utf-8')
      .header('content-disposition', `attachment; filename="bulletin-${page.election.id}.csv"`)
      .header('cache-control', 'public, max-age=60')
      .send(`\ufeff${bulletinCsv(page)}`);
  });
}
