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

/** Notices other than 决议公告 read as sensibly: the month's finance statement, a result, a topic. */
describe('broadcastScript: other kinds of notice', () => {
  const read = (kindName: string, issuer: string, body: string) =>
    broadcastScript({
      villageKind: 'village',
      issuer,
      kindName,
      title: '标题',
      body,
      publishedOn: calendarDate('2026-12-04'),
    }).parts[1]!.lines.slice(1);

  it('财务公开: totals without the capitals, a voucher line, a negative balance said 负', () => {
    const lines = read(
      '财务公开',
      '杏花村村民委员会',
      [
        '一、收入：合计¥12,345.60（人民币壹万贰仟叁佰肆拾伍元陆角整）',
        '\u3000\u30002026年11月3日 第3号 道路养护补助（镇财政所） ¥10,000.00',
        '三、资金余额：库存现金月初¥1,200.00，月末-¥80.50；',
      ].join('\n'),
    );
    expect(lines).toEqual([
      '一、收入：合计一万二千三百四十五元六角',
      '二〇二六年十一月三日第三号道路养护补助，镇财政所，一万元',
      '三、资金余额：库存现金月初一千二百元，月末负八十元五角；',
    ]);
  });

  it('民主评议结果 of the supervision committee: counts, a percentage, a date and a time', () => {
    const script = broadcastScript({
      villageKind: 'village',
      issuer: '杏花村村务监督委员会',
      kindName: '民主评议结果',
      title: '标题',
      body: '参加评议代表32人，满意票27票（84.38%），不满意1票。评议时间：2026年12月1日上午9:00。',
      publishedOn: calendarDate('2026-12-04'),
    });
    expect(script.text).toContain('现在播送杏花村村务监督委员会的民主评议结果。');
    expect(script.parts[1]!.lines[1]).toBe(
      '参加评议代表三十二人，满意票二十七票，百分之八十四点三八，不满意一票。评议时间：二〇二六年十二月一日上午九点。',
    );
  });

  it('议题公示: an ISO date, 万元 and a period in days', () => {
    expect(
      read(
        '议题公示',
        '杏花村村民委员会',
        '拟于2026-12-15召开村民代表会议，预算3.5万元，公示期5天。',
      ),
    ).toEqual(['拟于二〇二六年十二月十五日召开村民代表会议，预算三点五万元，公示期五天。']);
  });
});
