import { defineErrors } from '../errorCatalog.ts';

/** The errors of 广播稿 (the loudspeaker): ids are stable (API, UI, tests); messages zh-CN first. */
export const BROADCAST_ERRORS = defineErrors({
  broadcast_no_audio: {
    status: 409,
    zh: '本系统未安装语音合成（TTS），请按广播稿朗读',
    en: 'This server has no text-to-speech engine: read the script aloud',
  },
  broadcast_too_long: {
    status: 409,
    zh: '公告较长（广播稿 {chars} 字，录音最多 {max} 字），不宜整篇录音播送：请按广播稿摘要朗读',
    en: 'The notice is long (a script of {chars} characters; audio is made up to {max}): read a summary from the script',
  },
  broadcast_audio_failed: {
    status: 503,
    zh: '语音合成失败，请稍后再试，或按广播稿朗读',
    en: 'Text-to-speech failed: try again later, or read the script aloud',
  },
});
