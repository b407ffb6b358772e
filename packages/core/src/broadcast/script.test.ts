import { describe, expect, it } from 'vitest';
import { calendarDate } from '../calendarDate.ts';
import { broadcastScript } from './script.ts';

const notice = {
  villageKind: 'village' as const,
  issuer: '杏花村村民委员会',
  kindName: '决议公告',
  title: '关于村道硬化工程的决议公告',
  body: '2026年12月4日村民代表会议决定：村道硬化工程预算¥450,000.00。\n\n公示期7天。',
  publishedOn: calendarDate('2026-12-05'),
};

describe('broadcastScript: the notice for the loudspeaker', () => {
  it('calls attention twice, reads the notice, says 再播送一遍, reads it again and closes', () => {
    const script = broadcastScript(notice);
    expect(script.parts.map((p) => p.part)).toEqual([
      'opening',
      'notice',
      'again',
      'notice',
      'closing',
    ]);
    expect(script.parts[0]!.lines).toEqual([
      '村民们请注意，村民们请注意！',
      '现在播送杏花村村民委员会的决议公告。',
    ]);
    const read = [
      '关于村道硬化工程的决议公告',
      '二〇二六年十二月四日村民代表会议决定：村道硬化工程预算四十五万元。',
      '公示期七天。',
    ];
    expect(script.parts[1]!.lines).toEqual(read);
    expect(script.parts[2]!.lines).toEqual(['下面再播送一遍。']);
    expect(script.parts[3]!.lines).toEqual(read);
    expect(script.parts[4]!.lines[0]).toBe(
      '以上是杏花村村民委员会二〇二六年十二月五日发布的决议公告，全文张贴在村务公开栏。',
    );
    expect(script.text.split('\n')).toHaveLength(11);
    expect(script.text).not.toMatch(/[0-9¥]/);
  });

  it('speaks to residents in a community', () => {
    const script = broadcastScript({
      ...notice,
      villageKind: 'community',
      issuer: '东城社区居民委员会',
    });
    expect(script.text).toMatch(/^居民们请注意，居民们请注意！/);
    expect(script.text).toContain('全文张贴在居务公开栏');
    expect(script.text).toContain('请到居委会咨询');
  });
});
