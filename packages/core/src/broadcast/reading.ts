import { spokenDigits, spokenInteger } from '../chineseNumber.ts';
import { parseYuan, spokenYuan } from '../money.ts';

/**
 * A notice's text as an announcer reads it over the village loudspeaker (and a TTS engine
 * speaks it): every Arabic numeral written out the way it is said — amounts 四十五万元, dates
 * 二〇二六年十二月四日, times 下午三点半, 百分之六十七, 一百二十三户, phone numbers digit by digit
 * with 一 said 幺 — and the marks a listener cannot hear dropped. The rules run in order: the
 * more specific (a date, a phone number, an amount) before a bare number.
 */
export function speakable(text: string): string {
  let out = halfWidth(text)
    .replace(CAPITALS_AFTER_AMOUNT, '') // the capitals repeat the amount just read
    .replace(/^\s*(\d{1,2})[.．](?!\d)\s*/, '$1、') // a numbered item: 1. → 一、
    .replace(/[\u200b\ufeff]/g, '');
  for (const [pattern, say] of RULES) out = out.replace(pattern, say as never);
  return dropMarks(out);
}

/** A pattern and what is said for it; a group that did not take part is undefined. */
/** 「（大写：肆拾伍万元整）」, 「（人民币壹拾玖万元整）」 after an amount: written for the eye only. */
const CAPITALS_AFTER_AMOUNT =
  /[（(](?:大写[:：])?(?:人民币)?[零壹贰叁肆伍陆柒捌玖拾佰仟万亿元角分整]+[）)]/g;

type Rule = readonly [RegExp, (match: string, ...groups: Array<string | undefined>) => string];

const PERIODS = '上午|下午|中午|晚上|早上|凌晨|傍晚';

const RULES: readonly Rule[] = [
  // a checksum or a fingerprint is for checking on paper, not for the ear
  [/(?<![0-9A-Za-z])(?=[0-9]*[a-f])[0-9a-f]{16,}(?![0-9A-Za-z])/gi, () => '略（见公告原文）'],
  // digits joined to Latin letters are a name, read digit by digit: SHA-256, G318国道
  [
    /([A-Za-z]+)-?(\d+)(?![\d.,])/g,
    (_, letters, digits) => letters! + spokenDigits(digits!, { yao: true }),
  ],
  // dates: 2026年12月4日, 2026-12-04, 2026/12/4, 2026.12.4
  [
    /(\d{4})\s*(?:年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*[日号]|[-/.](\d{1,2})[-/.](\d{1,2})(?!\d))/g,
    (_, y, m1, d1, m2, d2) => sayDate(y!, (m1 ?? m2)!, (d1 ?? d2)!),
  ],
  // phone numbers: a mobile 138 0571 1234, a landline 0571-88881234
  [
    /(?<!\d)(1[3-9]\d)[\s-]?(\d{4})[\s-]?(\d{4})(?!\d)/g,
    (_, a, b, c) => spokenDigits(a! + b! + c!, { yao: true }),
  ],
  [/(?<!\d)(0\d{2,3})[\s-]?(\d{7,8})(?!\d)/g, (_, a, b) => spokenDigits(a! + b!, { yao: true })],
  // a number in parts, as vouchers and files are numbered: 2026-11-001 → 二〇二六杠幺幺杠〇〇幺
  [
    /(?<![\d-])\d+(?:-\d+){2,}(?![\d-])/g,
    (code) =>
      code
        .split('-')
        .map((part) => spokenDigits(part, { yao: true }))
        .join('杠'),
  ],
  // a range between two numbers: 9:00-11:00, 3~5天
  [/(\d)\s*[-~～–—]{1,2}\s*(?=\d)/g, (_, d) => `${d!}至`],
  // times of day: 15:30, 下午3:30
  [
    new RegExp(`(${PERIODS})?(\\d{1,2})[:：](\\d{2})(?!\\d)`, 'g'),
    (_, period, h, m) => sayTime(Number(h), Number(m), period),
  ],
  // percentages: 67%, 66.7%
  [/(\d+(?:\.\d+)?)\s*[%％]/g, (_, n) => `百分之${sayNumber(n!)}`],
  // a price per unit is a number and 元每: 3.5元/亩 → 三点五元每亩
  [/(\d[\d,]*(?:\.\d+)?)\s*元\s*\/\s*/g, (_, n) => `${sayNumber(n!)}元每`],
  // a negative amount (a statement's overdrawn balance): -¥80.50 → 负八十元五角
  [/(?<![\d])[-−]\s*(?=[¥￥])/g, () => '负'],
  // amounts: ¥450,000.00, ￥1,234.56元, 450000元 (not 45万元: that one is a number and 万元)
  [
    /[¥￥]\s*(\d{1,3}(?:,\d{3})+|\d+)(\.\d{1,2})?\s*元?|(\d{1,3}(?:,\d{3})+|\d+)(\.\d{1,2})?\s*元/g,
    (_, a, af, b, bf) => sayYuan((a ?? b!) + (af ?? bf ?? '')),
  ],
  // years alone are said digit by digit: 2026年度, 2026-2028年
  [/(\d{4})(?=\s*(?:年|至\d{4}\s*年))/g, (_, y) => spokenDigits(y!)],
  // codes and long digit runs (an ID, an account): digit by digit
  [/(?<![\d,.])(0\d+|\d{7,})(?![\d,.])/g, (_, d) => spokenDigits(d!, { yao: true })],
  // every other number: 123户, 第3条, 3.5亩, 1,200人; two of a thing is 两
  [
    /(第)?(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?(?=(\s*)(.?))/g,
    (_, ordinal, n, fraction, _space, next) =>
      (ordinal ?? '') +
      (!ordinal && !fraction && n === '2' && MEASURE.test(next!)
        ? '两'
        : sayNumber(n! + (fraction ?? ''))),
  ],
];

/** Measure words after which 2 is said 两 (两户, 两个人, 两点, 两年); 二月, 第二条 keep 二. */
const MEASURE = /^[户人个名位次项件天周间亩台辆张份本家场期届栋处座只头点年岁斤吨米]$/;

function sayDate(year: string, month: string, day: string): string {
  return `${spokenDigits(year)}年${spokenInteger(Number(month))}月${spokenInteger(Number(day))}日`;
}

/**
 * A time of day as said: 下午三点半, 上午九点, 晚上七点零五分, 中午十二点. The period a notice
 * wrote stays; otherwise it comes from the hour. 2 o'clock is 两点.
 */
function sayTime(hour: number, minute: number, period?: string): string {
  if (hour > 24 || minute > 59) return `${spokenInteger(hour)}比${spokenInteger(minute)}`;
  const said =
    period ??
    (hour < 5 ? '凌晨' : hour < 12 ? '上午' : hour < 13 ? '中午' : hour < 18 ? '下午' : '晚上');
  const h12 = hour > 12 ? hour - 12 : hour;
  const h = h12 === 2 ? '两' : spokenInteger(h12);
  const m =
    minute === 0
      ? ''
      : minute === 30
        ? '半'
        : `${minute < 10 ? '零' : ''}${spokenInteger(minute)}分`;
  return `${said}${h}点${m}`;
}

/** 123 → 一百二十三, 1,200 → 一千二百, 3.5 → 三点五, 0.25 → 零点二五. */
function sayNumber(text: string): string {
  const [whole = '0', fraction] = text.replace(/,/g, '').split('.');
  const said = spokenInteger(BigInt(whole));
  return fraction ? `${said}点${spokenDigits(fraction)}` : said;
}

function sayYuan(text: string): string {
  const parsed = parseYuan(text);
  return 'fen' in parsed && parsed.fen !== null ? spokenYuan(parsed.fen) : sayNumber(text);
}

/** 全角 digits as their half-width selves, so one set of rules reads both. */
function halfWidth(text: string): string {
  return text.replace(/[０-９]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
}

/**
 * Marks a listener cannot hear: a title's 《》 and quotation marks go (the title is said as
 * it is), brackets become a pause, a slash a 、, and signs
 * are said (+ 加, & 和).
 */
function dropMarks(text: string): string {
  return text
    .replace(/[《》〈〉“”‘’"「」『』【】*#]/g, '')
    .replace(/[（(]/g, '，')
    .replace(/[）)]/g, '，')
    .replace(/\//g, '、')
    .replace(/[+＋]/g, '加')
    .replace(/[&＆]/g, '和')
    .replace(/，\s*([，。；：！？、])/g, '$1')
    .replace(/([。；：！？、])\s*，/g, '$1')
    .replace(/[ \t]+/g, ' ')
    .replace(/(?<=[\u4e00-\u9fff，。、；：]) (?=[\u4e00-\u9fff，。、；：])/g, '')
    .replace(/，\s+/g, '，')
    .trim()
    .replace(/^，+|，+$/g, '');
}
