import type { TtsEngine } from '../../platform/tts.ts';

/**
 * The WAVs made lately, by the SHA-256 of the script they read: a notice's audio is made once
 * and downloaded by each village's broadcast room as often as it likes, and a script that
 * changed (a renamed village, a corrected reading rule) has another hash and is made anew.
 * Kept in memory only, a few at a time: remaking one costs seconds, keeping them costs nothing
 * on disk and no cleanup.
 */
const cache = new Map<string, Promise<Uint8Array>>();
const KEPT = 16;

export function broadcastAudio(
  engine: TtsEngine,
  scriptSha256: string,
  text: string,
): Promise<Uint8Array> {
  const key = `${engine.name}:${scriptSha256}`;
  let audio = cache.get(key);
  if (!audio) {
    audio = engine.speak(text).then(checkedWav);
    cache.set(key, audio);
    // a failed run is not remembered: the next request tries again
    audio.catch(() => cache.delete(key));
    if (cache.size > KEPT) cache.delete(cache.keys().next().value!);
  }
  return audio;
}

/** The engine's answer must be a RIFF/WAVE file; anything else is a failed run, not audio. */
function checkedWav(bytes: Uint8Array): Uint8Array {
  const head = Buffer.from(bytes.subarray(0, 12)).toString('latin1');
  if (!head.startsWith('RIFF') || head.slice(8) !== 'WAVE') throw new Error('not a WAV file');
  return bytes;
}
