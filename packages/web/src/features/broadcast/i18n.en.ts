import type { broadcastZhCN } from './i18n.zh-CN.ts';

/** English strings of the loudspeaker script (same keys as i18n.zh-CN.ts). */
export const broadcastEn: Record<keyof typeof broadcastZhCN, string> = {
  'broadcast.title': 'Loudspeaker script',
  'broadcast.hint':
    'For the village loudspeaker: numbers, amounts and dates are written as they are said, and the notice is read twice.',
  'broadcast.listen': 'Listen',
  'broadcast.download': 'Download audio (WAV)',
  'broadcast.print': 'Print the script (large type)',
  'broadcast.noAudio':
    'This server has no text-to-speech engine, so there is no audio: read the script aloud.',
  'broadcast.tooLong':
    'The notice is too long to broadcast whole, so there is no audio: read a summary from the script.',
  'broadcast.engine': 'Audio made by {engine} text-to-speech; the written script is authoritative.',
  'broadcast.part.opening': 'Opening',
  'broadcast.part.notice': 'Notice',
  'broadcast.part.again': 'Again',
  'broadcast.part.closing': 'Closing',
  'broadcast.print.kind': 'Loudspeaker script',
  'broadcast.print.of': '{kind}: {title}',
  'broadcast.print.record': 'Read by: __________    on: ______ / ____ / ____ at ____',
  'broadcast.print.hint':
    'Print on A4 in large type for the announcer; read it twice, then note who read it and when.',
};
