import { describe, expect, it } from 'vitest';
import { calendarDate } from '../calendarDate.ts';
import { retryAfterSeconds, MAX_ATTEMPTS } from './backoff.ts';
import {
  MESSAGE_KINDS,
  inAppText,
  isPersonal,
  reasonOf,
  smsText,
  wechatTemplate,
  type MessageKind,
  type NotifiedAct,
} from './messages.ts';
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
    kind: 'notice',
    villageName: '杏花村',
    title: '关于2026年第四季度村务收支的公告',
    on: calendarDate('2026-12-07'),
    link: 'https://cz.example.cn/p/xh/n/1',
  };
  it('the SMS carries the village signature, the date the Chinese way and the link', () => {
    expect(smsText(act)).toBe(
      '【杏花村】2026年12月7日公布：关于2026年第四季度村务收支的公告。详情：https://cz.example.cn/p/xh/n/1',
    );
    expect(inAppText({ ...act, kind: 'answer' })).toEqual({
      heading: '提问答复',
      line: '您对“关于2026年第四季度村务收支的公告”的提问已于2026年12月7日答复',
    });
  });
  it('the WeChat payload has the template fields and the page to open', () => {
    const p = wechatTemplate({ ...act, kind: 'meeting', title: '关于召开村民代表会议的通知' });
    expect(p.url).toBe(act.link);
    expect(p.data.keyword1.value).toBe('关于召开村民代表会议的通知');
    expect(p.data.keyword2.value).toBe('2026年12月7日');
    expect(p.data.first.value).toBe('杏花村：会议通知');
  });
});

describe('texts of services, answers and deadlines', () => {
  const base = {
    villageName: '杏花村',
    on: calendarDate('2026-12-08'),
    link: 'https://cz.example.cn/v/1/my-services',
  };
  const sms = (kind: MessageKind, title = '') => smsText({ ...base, kind, title });
  const words = (kind: MessageKind, title = '') => inAppText({ ...base, kind, title }).line;

  it('a service request finished, refused or waiting for materials names the item, not the reason', () => {
    expect(sms('serviceCompleted', '新型农村合作医疗报销')).toBe(
      '【杏花村】您申请代办的“新型农村合作医疗报销”已于2026年12月8日办结。详情：https://cz.example.cn/v/1/my-services',
    );
    expect(words('serviceRefused', '低保申请')).toBe(
      '您申请代办的“低保申请”未能办理，请登录查看原因',
    );
    expect(words('serviceMaterials', '低保申请')).toBe(
      '您申请代办的“低保申请”需补充材料，请登录查看清单',
    );
  });

  it('a complaint answered says only that an answer is there: no title in any channel', () => {
    const act: NotifiedAct = {
      ...base,
      kind: 'complaintAnswered',
      title: '关于张三侵占集体土地的投诉',
    };
    expect(smsText(act)).not.toContain('张三');
    expect(JSON.stringify(wechatTemplate(act))).not.toContain('张三');
    expect(inAppText(act).line).not.toContain('张三');
    expect(sms('complaintAnswered')).toBe(
      '【杏花村】您的监督投诉已有答复，请登录查看。详情：https://cz.example.cn/v/1/my-services',
    );
  });

  it('deadlines name the day they fall on', () => {
    expect(words('meetingTomorrow', '关于召开村民会议的通知')).toBe(
      '提醒：明天（2026年12月8日）开会，关于召开村民会议的通知',
    );
    expect(words('rollObjectionsEnd')).toBe(
      '提醒：对选民名单有异议的，请于2026年12月8日前提出申诉',
    );
    expect(words('noticeObjectionsEnd', '关于修路的公告')).toBe(
      '提醒：“关于修路的公告”公示至2026年12月8日，有异议请于当日前提出',
    );
  });

  it('service and answer kinds are personal (one person reads them); notices and deadlines go to the household', () => {
    expect(MESSAGE_KINDS.filter(isPersonal)).toEqual([
      'answer',
      'serviceCompleted',
      'serviceRefused',
      'serviceMaterials',
      'complaintAnswered',
      ...MESSAGE_KINDS.filter((k) => k.startsWith('petition')),
    ]);
    expect(reasonOf('petitionOverdue')).toBe('petition');
    expect(reasonOf('meetingTomorrow')).toBe('deadline');
    expect(reasonOf('complaintAnswered')).toBe('answer');
  });

  it('someone outside the registry is never asked to sign in: told where to ask, no link to a sign-in', () => {
    const outsider = { ...base, link: '', outsider: true };
    expect(smsText({ ...outsider, kind: 'serviceRefused', title: '低保申请' })).toBe(
      '【杏花村】您申请代办的“低保申请”未能办理，请到村委会询问原因',
    );
    expect(smsText({ ...outsider, kind: 'serviceMaterials', title: '低保申请' })).toBe(
      '【杏花村】您申请代办的“低保申请”需补充材料，请到村委会询问清单',
    );
    expect(smsText({ ...outsider, kind: 'serviceCompleted', title: '低保申请' })).toBe(
      '【杏花村】您申请代办的“低保申请”已于2026年12月8日办结',
    );
    // a complainant follows their complaint on the portal with the 查询码 on their receipt
    expect(
      smsText({
        ...base,
        outsider: true,
        kind: 'complaintAnswered',
        title: '',
        link: '/p/xh/complaints',
      }),
    ).toBe('【杏花村】您的监督投诉已有答复，请凭查询码查看。详情：/p/xh/complaints');
    for (const kind of MESSAGE_KINDS)
      expect(smsText({ ...outsider, kind, title: '村' })).not.toContain('请登录');
    expect(
      wechatTemplate({ ...outsider, kind: 'serviceRefused', title: '' }).data.remark.value,
    ).toBe('详情请到村委会询问。');
    // where the village recorded its office's phone, the text gives it
    const withPhone = { ...outsider, officePhone: '028-83561234' };
    expect(smsText({ ...withPhone, kind: 'serviceRefused', title: '低保申请' })).toBe(
      '【杏花村】您申请代办的“低保申请”未能办理，请致电村委会028-83561234询问原因',
    );
    expect(
      wechatTemplate({ ...withPhone, kind: 'serviceRefused', title: '' }).data.remark.value,
    ).toBe('详情请致电村委会028-83561234询问。');
    // a registered villager is sent to the app, the office's phone or not
    expect(
      smsText({ ...base, officePhone: '028-83561234', kind: 'serviceRefused', title: '低保申请' }),
    ).not.toContain('致电');
  });

  it('a petition is named by the day it came in: nothing of what it asks, nor of the opinion', () => {
    const petition = { ...base, link: '', filedOn: calendarDate('2026-11-03') };
    const said = (kind: MessageKind) =>
      smsText({ ...petition, kind, title: '关于宅基地纠纷的信访' });
    expect(said('petitionForwarded')).toBe(
      '【杏花村】您于2026年11月3日提出的信访事项已转送乡镇信访工作机构',
    );
    expect(said('petitionAccepted')).toBe(
      '【杏花村】您于2026年11月3日提出的信访事项已于2026年12月8日受理，书面告知将送达您',
    );
    expect(said('petitionNotAccepted')).toBe(
      '【杏花村】您于2026年11月3日提出的信访事项不予受理，书面告知将送达您',
    );
    expect(said('petitionAnswered')).toBe(
      '【杏花村】您于2026年11月3日提出的信访事项已于2026年12月8日作出书面意见，将送达您',
    );
    expect(said('petitionOverdue')).toBe(
      '【杏花村】您于2026年11月3日提出的信访事项办理期限已于2026年12月8日届满，可向村委会或乡镇信访工作机构询问',
    );
    for (const kind of MESSAGE_KINDS.filter(
      (k) => k.startsWith('petitionF') || k === 'petitionAnswered',
    )) {
      const act = { ...petition, kind, title: '关于宅基地纠纷的信访' };
      expect(`${smsText(act)}${JSON.stringify(wechatTemplate(act))}`).not.toContain('宅基地');
    }
    // the officials handling it: the register's number and the day, for the console's page
    const official = {
      ...base,
      title: '（登记第12号）',
      link: 'https://cz.example.cn/v/1/petitions/9',
    };
    expect(smsText({ ...official, kind: 'petitionDueSoon' })).toBe(
      '【杏花村】提醒：信访事项（登记第12号）的办理期限至2026年12月8日，请按时办理。详情：https://cz.example.cn/v/1/petitions/9',
    );
    expect(inAppText({ ...official, kind: 'petitionPastDue' }).line).toBe(
      '信访事项（登记第12号）已超过办理期限（2026年12月8日），请尽快办理',
    );
  });

  // each kind's text with the link: one message up to 70 characters, two parts from 71
  it.each(MESSAGE_KINDS.map((k) => [k]))('%s: 70 characters are one SMS, 71 are two', (kind) => {
    const fixed = smsText({ ...base, kind, title: '村', link: '/' }).length - 1;
    const at = (n: number) =>
      smsSegments(smsText({ ...base, kind, title: '村', link: `/${'x'.repeat(n - fixed - 1)}` }));
    expect(fixed).toBeLessThan(70);
    expect(at(69)).toHaveLength(1);
    expect(at(70)).toHaveLength(1);
    expect(at(71)).toHaveLength(2);
    expect(at(71).every((s) => s.text.length <= 67)).toBe(true);
  });
});
