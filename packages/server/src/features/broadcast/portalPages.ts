import type { FastifyReply, FastifyRequest } from 'fastify';
import type { AppContext } from '../../platform/http/context.ts';
import { isUuid } from '../../platform/http/access.ts';
import { sendFile } from '../../platform/http/download.ts';
import { findVillage, type VillageRow } from '../../platform/tenancy/repository.ts';
import { markup, type Html } from '../portal/html.ts';
import { pageWords } from '../portal/i18n.ts';
import { href } from '../portal/pages.ts';
import type { PortalView } from '../portal/present.ts';
import { noticeData } from '../portal/queries.ts';
import { audioFile, fileStem, scriptWithAudio } from './read.ts';

/**
 * 广播稿 on the public portal, under a published notice (the page its QR code leads to): the
 * loudspeaker script to read, and downloads of it as text and — when a speech engine is
 * installed and the script is short enough — as a WAV for the village's broadcast system. No
 * account: only a notice the portal shows has one; anything else is the portal's 404.
 */

const word = pageWords({
  title: { zh: '广播稿', en: 'Loudspeaker script' },
  hint: {
    zh: '供村广播站播读：数字、金额、日期已写成读法，通知读两遍。',
    en: 'For the village loudspeaker: numbers, amounts and dates are written as they are said; the notice is read twice.',
  },
  show: { zh: '查看广播稿全文', en: 'Show the whole script' },
  text: { zh: '下载广播稿（文本）', en: 'Download the script (text)' },
  audio: { zh: '下载广播音频（WAV）', en: 'Download the audio (WAV)' },
  noEngine: {
    zh: '本站未安装语音合成，暂无音频，请按广播稿播读。',
    en: 'No speech engine is installed here: read the script aloud.',
  },
  tooLong: {
    zh: '广播稿较长，不制作音频，请播读摘要。',
    en: 'The script is too long for audio: read a summary.',
  },
});

/** The village as the script names it (its kind, its committee), or null. */
const villageRow = (ctx: Pick<AppContext, 'db'>, view: PortalView): Promise<VillageRow | null> =>
  findVillage(ctx.db, view.village.id);

/** The script section of a notice's page (the notice already found published). */
export async function broadcastSection(
  ctx: Pick<AppContext, 'db' | 'config'>,
  view: PortalView,
  noticeId: string,
): Promise<Html | ''> {
  const village = await villageRow(ctx, view);
  if (!village) return '';
  const b = await scriptWithAudio(ctx, village, noticeId);
  const w = (k: Parameters<typeof word>[1]) => word(view.locale, k);
  const lines = b.script.text.split('\n').map((line) => markup`<p>${line}</p>`);
  const base = `/n/${noticeId}/broadcast`;
  const audio = b.audio.available
    ? markup`<a href="${href(view, `${base}.wav`)}" download>${w('audio')}</a>`
    : markup`<span class="meta">${w(b.audio.reason === 'tooLong' ? 'tooLong' : 'noEngine')}</span>`;
  return markup`<section id="broadcast"><h2>${w('title')}</h2><p class="hint">${w('hint')}</p>
<details><summary>${w('show')}</summary><div class="body" lang="zh-CN">${lines}</div></details>
<p><a href="${href(view, `${base}.txt`)}" download>${w('text')}</a> · ${audio}</p></section>`;
}

type Handler = (request: FastifyRequest, reply: FastifyReply) => Promise<unknown>;

/** What the portal lends: the village of the address and its 404. */
export interface BroadcastPortalKit {
  ctx: AppContext;
  viewOf: (request: FastifyRequest) => Promise<PortalView>;
  notFound: (view?: PortalView) => Error;
}

/** `/p/<village>/n/<notice>/broadcast.txt` and `.wav`: the script and its audio, of a public notice only. */
export function broadcastPortalRoutes(
  kit: BroadcastPortalKit,
  get: (url: string, handler: Handler) => void,
) {
  const { ctx } = kit;
  /** The village and the notice of the address, if the portal shows that notice. */
  const shown = async (request: FastifyRequest) => {
    const view = await kit.viewOf(request);
    const { noticeId } = request.params as { noticeId: string };
    if (!isUuid(noticeId)) throw kit.notFound(view);
    const published = await noticeData(ctx, view.village.id, noticeId, ctx.clock.today());
    const village = published ? await villageRow(ctx, view) : null;
    if (!village) throw kit.notFound(view);
    return { view, village, noticeId };
  };
  get('/p/:village/n/:noticeId/broadcast.txt', async (request, reply) => {
    const { village, noticeId } = await shown(request);
    const b = await scriptWithAudio(ctx, village, noticeId);
    const bytes = new TextEncoder().encode(`${b.script.text}\n`);
    return sendFile(
      reply,
      { name: `${fileStem(b)}.txt`, mediaType: 'text/plain; charset=utf-8', bytes },
      { publicSeconds: 3600 },
    );
  });
  get('/p/:village/n/:noticeId/broadcast.wav', async (request, reply) => {
    const { view, village, noticeId } = await shown(request);
    const b = await scriptWithAudio(ctx, village, noticeId);
    if (!b.audio.available) throw kit.notFound(view);
    const file = await audioFile(ctx, village, noticeId, request.log);
    return sendFile(reply, file, { publicSeconds: 3600 });
  });
}
