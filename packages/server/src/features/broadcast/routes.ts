import type { FastifyPluginAsync } from 'fastify';
import { AUDIO_MAX_CHARS } from '@cunzhi/core/broadcast/script';
import { DomainError } from '@cunzhi/core/errors';
import * as contract from '@cunzhi/contract/broadcast';
import type { AppContext } from '../../platform/http/context.ts';
import { villageOf } from '../../platform/http/access.ts';
import { sendFile } from '../../platform/http/download.ts';
import { endpoint } from '../../platform/http/endpoint.ts';
import { ttsEngine } from '../../platform/tts.ts';
import { broadcastAudio } from './audio.ts';
import { noticeBroadcast, type NoticeBroadcast } from './script.ts';

/** Whoever may read the village's notices may have them read aloud. */
const readDecisions = { kind: 'village', ability: 'readDecisions' } as const;

const tooLong = (b: NoticeBroadcast) => b.script.text.length > AUDIO_MAX_CHARS;

export const broadcastRoutes =
  (ctx: AppContext): FastifyPluginAsync =>
  async (app) => {
    endpoint(app, contract.getNoticeBroadcast, readDecisions, async (request) => {
      const broadcast = await noticeBroadcast(ctx, villageOf(request).row, request.params.noticeId);
      const engine = await ttsEngine(ctx.config);
      const reason: 'noEngine' | 'tooLong' | null = !engine
        ? 'noEngine'
        : tooLong(broadcast)
          ? 'tooLong'
          : null;
      return {
        ...broadcast,
        audio: { available: reason === null, engine: engine?.name ?? null, reason },
      };
    });

    endpoint(app, contract.getNoticeBroadcastAudio, readDecisions, async (request, reply) => {
      const village = villageOf(request).row;
      const broadcast = await noticeBroadcast(ctx, village, request.params.noticeId);
      const engine = await ttsEngine(ctx.config);
      if (!engine) throw new DomainError('broadcast_no_audio');
      if (tooLong(broadcast))
        throw new DomainError('broadcast_too_long', {
          chars: broadcast.script.text.length,
          max: AUDIO_MAX_CHARS,
        });
      const bytes = await broadcastAudio(
        engine,
        broadcast.scriptSha256,
        broadcast.script.text,
      ).catch((err: unknown) => {
        request.log.warn({ err }, 'the TTS engine failed to read a notice');
        throw new DomainError('broadcast_audio_failed');
      });
      const title = broadcast.notice.title.replace(/[\\/:*?"<>|\s]+/g, '_').slice(0, 40);
      return sendFile(reply, {
        name: `广播稿_${village.name}_${title}.wav`,
        mediaType: 'audio/wav',
        bytes,
      });
    });
  };
