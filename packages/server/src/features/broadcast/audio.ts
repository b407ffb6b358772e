import type { TtsEngine } from '../../platform/tts.ts';

/**
 * The WAVs made lately, by the SHA-256 of the script they read: a notice's audio is made once
 * and downloaded by each village's broadcast room as often as it likes, and a script that
 * changed (a renamed village, a corrected reading rule) has another hash and is made anew.
 * Kept in memory only, up to a budget of bytes, the oldest going first: remaking one costs
 * seconds, keeping them costs nothing on disk and needs no cleanup.
 */
const cache = new Map<string, Promise<Uint8Array>>();
const sizes = new Map<string, number>();
const BUDGET_BYTES = 64 * 1024 * 1024;

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
    audio.then(
      (bytes) => keep(key, bytes.length),
      () => cache.delete(key), // a failed run is not remembered: the next request tries again
    );
  }
  return audio;
}

/** Counts a new WAV against the budget and lets the oldest others go until it fits. */
function keep(key: string, size: number): void {
  sizes.set(key, size);
  let total = [...sizes.values()].reduce((a, b) => a + b, 0);
  for (const old of [...sizes.keys()]) {
    if (total <= BUDGET_BYTES) break;
    if (old === key) continue;
    total -= sizes.get(old) ?? 0;
    sizes.delete(old);
    cache.delete(old);
  }
}

/** The engine's answer must be a RIFF/WAVE file; anything else is a failed run, not audio. */
function checkedWav(bytes: Uint8Array): Uint8Array {
  const head = Buffer.from(bytes.subarray(0, 12)).toString('latin1');
  if (!head.startsWith('RIFF') || head.slice(8) !== 'WAVE') throw new Error('not a WAV file');
  return bytes;
}
