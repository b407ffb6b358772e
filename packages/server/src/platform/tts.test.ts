import { describe, expect, it } from 'vitest';
import { ttsEngine } from './tts.ts';

describe('ttsEngine: the deployment’s text-to-speech, or none', () => {
  it('is none when switched off', async () => {
    expect(await ttsEngine({ TTS: 'off', TTS_COMMAND: 'espeak-ng' })).toBeNull();
  });

  it('is none when the program is not installed, rather than failing each request', async () => {
    expect(await ttsEngine({ TTS: 'espeak-ng', TTS_COMMAND: '/nonexistent/espeak-ng' })).toBeNull();
  });
});
