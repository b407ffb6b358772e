import { describe, expect, it } from 'vitest';
import { calendarDate } from '../calendarDate.ts';
import { retryAfterSeconds, MAX_ATTEMPTS } from './backoff.ts';
import { inAppText, smsText, wechatTemplate, type NotifiedAct } from './messages.ts';
import { smsLimits, smsSegments } from './sms.ts';

const han = (n: number) => '村'.repeat(n);

describe('smsSegments', () => {
  it.each([
    [70, 1],
    [71, 2],
    [134, 2],
    [135, 3],
    [201, 3],
    [202, 4],
  ])('a Chinese text of %i characters is %i message(s): 70 alone, 67 per part', (n, parts) => {
    const segments = smsSegments(han(n));
    expect(segments).toHaveLength(parts);
    expect(segments.map((s) => s.text).join('')).toBe(han(n));
    expect(segments.every((s) => s.total === parts)).toBe(true);
    expect(segments.map((s) => s.number)).toEqual(segments.map((_, i) => i + 1));
    if (parts > 1) expect(segments.every((s) => s.text.length <= 67)).toBe(true);
  });

  it('an ASCII text counts GSM-7: 160 alone, 153 per part, an extension character costs two', () => {
    expect(smsLimits('abc').encoding).toBe('gsm7');
    expect(smsSegments('a'.repeat(160))).toHaveLength(1);
    expect(smsSegments('a'.repeat(161))).toHaveLength(2);
    expect(smsSegments('a'.repeat(306))).toHaveLength(2);
    expect(smsSegments('a'.repeat(307))).toHaveLength(3);
    expect(smsSegments('{'.repeat(80))).toHaveLength(1);
    expect(smsSegments('{'.repeat(81))).toHaveLength(2);
  });

  it('one Chinese character makes the whole text UCS-2, and an emoji is never cut in two', () => {
    expect(smsLimits(`${'a'.repeat(100)}村`).encoding).toBe('ucs2');
    const text = `${han(66)}😀${han(10)}`;
    const [first, second] = smsSegments(text);
    expect(first!.text).toBe(han(66));
    expect(second!.text.startsWith('😀')).toBe(true);
  });
});

describe('retryAfterSeconds', () => {
  it('doubles from 30 s, is capped at an hour, and gives up after the last attempt', () => {
    expect([1, 2, 3, 4, 5].map(retryAfterSeconds)).toEqual([30, 60, 120, 240, 480]);
    expect(retryAfterSeconds(MAX_ATTEMPTS)).toBeNull();
  });
});

describe('message texts', () => {
  const act: NotifiedAct = {
    reason: 'notice',
    villageName: '杏花村',
    title: '关于2026年第四季度村务收支的公告',
    on: calendarDate('2026-12-07'),
    link: 'https://cz.example.cn/p/xh/n/1',
  };
  it('the SMS carries the village signature, the date the Chinese way and the link', () => {
    expect(smsText(act)).toBe(
      '【杏花村】2026年12月7日公布：关于2026年第四季度村务收支的公告。详情：https://cz.example.cn/p/xh/n/1',
    );
    expect(inAppText({ ...act, reason: 'answer' })).toEqual({
      heading: '提问答复',
      line: '您对“关于2026年第四季度村务收支的公告”的提问已于2026年12月7日答复',
    });
  });
  it('the WeChat payload has the template fields and the page to open', () => {
    const p = wechatTemplate({ ...act, reason: 'meeting', title: '关于召开村民代表会议的通知' });
    expect(p.url).toBe(act.link);
    expect(p.data.keyword1.value).toBe('关于召开村民代表会议的通知');
    expect(p.data.keyword2.value).toBe('2026年12月7日');
    expect(p.data.first.value).toBe('杏花村：会议通知');
  });
});
