import { z } from 'zod';
import { BROADCAST_PARTS } from '@cunzhi/core/broadcast/script';
import { FileResponse, Names, Uuid, VillageParams } from './common.ts';
import { NoticeKind } from './matters.ts';
import { route } from './route.ts';

/**
 * 广播稿 (the loudspeaker): every published notice as a script in spoken Mandarin, and the
 * same script as a WAV file when the server has a TTS engine, for the village's broadcast
 * system. Whoever may read the notice may get both.
 */
const tag = 'broadcast';
const V = '/api/villages/:villageId';

export const NoticeBroadcastParams = VillageParams.extend({ noticeId: Uuid });

export const BroadcastScriptView = z.object({
  parts: z.array(z.object({ part: z.enum(BROADCAST_PARTS), lines: z.array(z.string()) })),
  /** The whole script, a line each: what the announcer reads and the TTS engine speaks. */
  text: z.string(),
});

export const NoticeBroadcastResponse = z.object({
  notice: z.object({
    id: Uuid,
    kind: NoticeKind,
    kindName: Names,
    title: z.string(),
    publishedOnText: z.string(),
  }),
  village: z.object({ id: Uuid, name: z.string() }),
  /** Who issues the notice, as it is signed. */
  issuer: Names,
  script: BroadcastScriptView,
  /** SHA-256 of the script's text: the audio file's name carries it, so a changed script is a new file. */
  scriptSha256: z.string(),
  /**
   * Whether there is audio of this script: not when the server has no TTS engine (`noEngine`), nor
   * for a script too long to broadcast whole (`tooLong`); then the announcer reads the script.
   */
  audio: z.object({
    available: z.boolean(),
    engine: z.string().nullable(),
    reason: z.enum(['noEngine', 'tooLong']).nullable(),
  }),
});

export const getNoticeBroadcast = route({
  method: 'GET',
  url: `${V}/notices/:noticeId/broadcast`,
  summary: '公告的广播稿 / A notice’s loudspeaker script',
  tag,
  params: NoticeBroadcastParams,
  response: NoticeBroadcastResponse,
});

export const getNoticeBroadcastAudio = route({
  method: 'GET',
  url: `${V}/notices/:noticeId/broadcast/audio`,
  summary:
    '公告的广播录音（WAV，供村广播系统播放）/ A notice read aloud, as WAV for the broadcast system',
  tag,
  params: NoticeBroadcastParams,
  response: FileResponse,
  produces: 'audio/wav',
});
