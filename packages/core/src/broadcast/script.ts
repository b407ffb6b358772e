import { formatChineseDate, type CalendarDate } from '../calendarDate.ts';
import { speakable } from './reading.ts';

/** What a broadcast script is made from: a published notice as its page shows it. */
export interface NoticeForBroadcast {
  villageKind: 'village' | 'community';
  /** Who issues it, as the printed notice is signed: 杏花村村民委员会. */
  issuer: string;
  /** 村务公开, 会议通知, 决议公告 … */
  kindName: string;
  title: string;
  body: string;
  publishedOn: CalendarDate;
}

/**
 * The longest script made into audio: about eight minutes of speech. A longer notice (a month's
 * ledger line by line) is not for the loudspeaker whole; the announcer reads a summary from the
 * script instead, and the audio would outgrow what the server keeps in memory.
 */
export const AUDIO_MAX_CHARS = 1500;

/** The parts an announcer reads, in order; the notice is read twice, as village broadcasts are. */
export const BROADCAST_PARTS = ['opening', 'notice', 'again', 'notice', 'closing'] as const;
export type BroadcastPart = (typeof BROADCAST_PARTS)[number];

export interface BroadcastScript {
  parts: Array<{ part: BroadcastPart; lines: string[] }>;
  /** The whole script as one text, a line each: what the announcer reads and the TTS engine speaks. */
  text: string;
}

/**
 * The loudspeaker script (广播稿) of a notice in plain spoken Mandarin: a call to attention
 * said twice, the notice read out (title, then each paragraph), 再播送一遍 and the notice again
 * for those who came to the door late (seed 001's 杏花村 信息赶集), and a closing line saying
 * who published it, when, and where the full text hangs. Every number is written as it is said
 * (`speakable`), so the announcer does not have to convert ¥450,000.00 in their head.
 */
export function broadcastScript(notice: NoticeForBroadcast): BroadcastScript {
  const people = notice.villageKind === 'community' ? '居民们' : '村民们';
  const office = notice.villageKind === 'community' ? '居委会' : '村委会';
  const board = notice.villageKind === 'community' ? '居务公开栏' : '村务公开栏';
  const read = [
    speakable(notice.title),
    ...notice.body
      .split(/\n+/)
      .map(speakable)
      .filter((line) => line !== ''),
  ];
  const published = speakable(formatChineseDate(notice.publishedOn));
  const parts: BroadcastScript['parts'] = [
    {
      part: 'opening',
      lines: [
        `${people}请注意，${people}请注意！`,
        `现在播送${notice.issuer}的${notice.kindName}。`,
      ],
    },
    { part: 'notice', lines: read },
    { part: 'again', lines: ['下面再播送一遍。'] },
    { part: 'notice', lines: read },
    {
      part: 'closing',
      lines: [
        `以上是${notice.issuer}${published}发布的${notice.kindName}，全文张贴在${board}。`,
        `有疑问的，请到${office}咨询。播送完毕，谢谢大家！`,
      ],
    },
  ];
  return { parts, text: parts.flatMap((p) => p.lines).join('\n') };
}
