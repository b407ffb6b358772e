import { describe, expect, it } from 'vitest';
import {
  chineseQuotes,
  documentText,
  fullWidthBrackets,
  meetingNoticeTitle,
  withoutDraftMark,
  withPlace,
} from './wording.ts';

describe('document wording', () => {
  it.each([
    ['村"两委"联席会议', '村“两委”联席会议'],
    ['"四议两公开"和"1+3"', '“四议两公开”和“1+3”'],
    ['没有引号', '没有引号'],
  ])('chineseQuotes %s → %s', (input, out) => expect(chineseQuotes(input)).toBe(out));

  it.each([
    ['村(社区)列表', '村（社区）列表'],
    ['决议〔2026〕(2026)', '决议〔2026〕(2026)'],
    ['乡镇(街道)和县(区)', '乡镇（街道）和县（区）'],
  ])('fullWidthBrackets %s → %s', (input, out) => expect(fullWidthBrackets(input)).toBe(out));

  it('documentText does both', () => {
    expect(documentText('社区"两委"(扩大)会议')).toBe('社区“两委”（扩大）会议');
  });

  it.each([
    ['花乡社区', '社区"两委"联席会议', '花乡社区"两委"联席会议'],
    ['甲村', '村"两委"联席会议', '甲村"两委"联席会议'],
    ['甲村', '村党组织', '甲村党组织'],
    ['甲村', '村民会议', '甲村村民会议'],
    ['花乡社区', '居民代表会议', '花乡社区居民代表会议'],
    ['花乡社区', '村"两委"联席会议', '花乡社区村"两委"联席会议'],
  ])('withPlace %s + %s → %s', (place, body, out) => expect(withPlace(place, body)).toBe(out));

  it.each([
    ['关于支付物业管理费的决议（草案）', '关于支付物业管理费的决议'],
    ['关于文化广场改造规划的决议 (草案)', '关于文化广场改造规划的决议'],
    ['关于草案征求意见的决议', '关于草案征求意见的决议'],
  ])('withoutDraftMark %s → %s', (input, out) => expect(withoutDraftMark(input)).toBe(out));

  it.each([
    ['第三季度村民代表会议', '村民代表会议', '关于召开第三季度村民代表会议的通知'],
    ['居民代表会议：停车场改造方案', '居民代表会议', '关于召开居民代表会议的通知'],
    ['停车场改造方案', '居民代表会议', '关于召开居民代表会议的通知'],
    ['2026年党员大会', '党员大会', '关于召开2026年党员大会的通知'],
  ])('meetingNoticeTitle %s (%s) → %s', (title, kind, out) =>
    expect(meetingNoticeTitle(title, kind)).toBe(out),
  );
});
