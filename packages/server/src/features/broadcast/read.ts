import type { FastifyBaseLogger } from 'fastify';
import { AUDIO_MAX_CHARS } from '@cunzhi/core/broadcast/script';
import { DomainError } from '@cunzhi/core/errors';
import type { AppContext } from '../../platform/http/context.ts';
import { ttsEngine } from '../../platform/tts.ts';
import type { VillageRow } from '../../platform/tenancy/repository.ts';
import { broadcastAudio } from './audio.ts';
import { noticeBroadcast, type NoticeBroadcast } from './script.ts';

type AudioReason = 'noEngine' | 'tooLong' | null;

/**
 * A notice's script with whether its audio can be made (an engine installed, the script short
 * enough): for the console, the villager's notice page and the public portal alike.
 */
export async function scriptWithAudio(
  ctx: Pick<AppContext, 'db' | 'config'>,
  village: VillageRow,
  noticeId: string,
) {
  const broadcast = await noticeBroadcast(ctx, village, noticeId);
  const engine = await ttsEngine(ctx.config);
  const reason: AudioReason = !engine
    ? 'noEngine'
    : broadcast.script.text.length > AUDIO_MAX_CHARS
      ? 'tooLong'
      : null;
  return {
    ...broadcast,
    audio: { available: reason === null, engine: engine?.name ?? null, reason },
  };
}

/** The WAV of a notice's script as a download (its name: 广播稿_<village>_<title>.wav). */
export async function audioFile(
  ctx: Pick<AppContext, 'db' | 'config'>,
  village: VillageRow,
  noticeId: string,
  log: FastifyBaseLogger,
): Promise<{ name: string; mediaType: string; bytes: Uint8Array }> {
  const broadcast: NoticeBroadcast = await noticeBroadcast(ctx, village, noticeId);
  const engine = await ttsEngine(ctx.config);
  if (!engine) throw new DomainError('broadcast_no_audio');
  if (broadcast.script.text.length > AUDIO_MAX_CHARS)
    throw new DomainError('broadcast_too_long', {
      chars: broadcast.script.text.length,
      max: AUDIO_MAX_CHARS,
    });
  const bytes = await broadcastAudio(engine, broadcast.scriptSha256, broadcast.script.text).catch(
    (err: unknown) => {
      log.warn({ err }, 'the TTS engine failed to read a notice');
      throw new DomainError('broadcast_audio_failed');
    },
  );
  return { name: `${fileStem(broadcast)}.wav`, mediaType: 'audio/wav', bytes };
}

/** A download's name without its extension: 广播稿_<village>_<title, 40 characters at most>. */
export function fileStem(b: Pick<NoticeBroadcast, 'village' | 'notice'>): string {
  const title = b.notice.title.replace(/[\\/:*?"<>|\s]+/g, '_').slice(0, 40);
  return `广播稿_${b.village.name}_${title}`;
}
