import { defineErrors } from '../errorCatalog.ts';

/** The errors of 广播稿 (the loudspeaker): ids are stable (API, UI, tests); messages zh-CN first. */
export const BROADCAST_ERRORS = defineErrors({
  broadcast_no_audio: {
    status: 409,
    zh: '本系统未安装语音合成（TTS），请按广播稿朗读',
    en: 'This server has no text-to-speech engine: read the script aloud',
  },
  broadcast_audio_failed: {
    status: 503,
    zh: '语音合成失败，请稍后再试，或按广播稿朗读',
    en: 'Text-to-speech failed: try again later, or read the script aloud',
  },
});
