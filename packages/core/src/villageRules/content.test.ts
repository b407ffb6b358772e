import { describe, expect, it } from 'vitest';
import { calendarDate as d } from '../calendarDate.ts';
import { findingWithCitation } from '../rules/findings.ts';
import { checkContent, type ContentTopic } from './content.ts';

const on = d('2026-12-07');
const topics = (text: string, penalty = false): ContentTopic[] =>
  checkContent(text, on, { penalty }).map((f) => f.params['topic'] as ContentTopic);

describe('VCOL-27-RULES content check: RULES.md example', () => {
  it('{clause:"fine for marrying out"} → ILLEGAL_CONTENT (a fine, and a woman losing out for marrying out)', () => {
    const found = checkContent('fine for marrying out', on);
    expect(found.map((f) => [f.code, f.params['topic']])).toEqual([
      ['illegal_content', 'fine'],
      ['illegal_content', 'women_married_out'],
    ]);
    expect(found.every((f) => f.severity === 'violation')).toBe(true);
  });

  it('cites the law in words, the law of the day', () => {
    const [f] = checkContent('外嫁女不再享受集体分红。', on);
    expect(findingWithCitation(f!, 'zh-CN')).toBe(
      '“外嫁女不再享受集体分红”含有因妇女出嫁、离婚或丧偶减少或取消其权益的内容，村规民约和村民会议、村民代表会议的决定不得有这样的内容，应当修改（《中华人民共和国妇女权益保障法》第五十五条、第五十六条）',
    );
    const [g] = checkContent('违者停水停电。', d('2025-12-31'));
    expect(findingWithCitation(g!, 'zh-CN')).toContain('村民委员会组织法》第二十七条第二款');
    const [h] = checkContent('违者停水停电。', d('2026-01-01'));
    expect(findingWithCitation(h!, 'zh-CN')).toContain('村民委员会组织法》第三十一条第二款');
    expect(findingWithCitation(h!, 'en')).toContain(
      "Villagers' Committee Organic Law, Article 31(2)",
    );
  });
});

/** [clause, topics found]: each flagged wording next to the lawful one a word away. */
const TABLE: [string, ContentTopic[]][] = [
  // unlawful fines
  ['乱倒垃圾的，罚款50元。', ['fine']],
  ['乱倒垃圾的，罚50元。', ['fine']],
  ['乱倒垃圾的，罚其打扫道路一天。', []],
  ['严禁对村民罚款。', []],
  ['本村不罚款，以教育为主。', []],
  ['乱倒垃圾的，由有关部门依法罚款。', []],
  ['Littering: a fine of 50 yuan.', ['fine']],
  ['Nobody is fined under these rules.', []],
  // women married out
  ['外嫁女的承包地由村集体收回。', ['women_married_out']],
  ['出嫁女户口未迁出的，不享受分红。', ['women_married_out']],
  ['出嫁女户口未迁出的，享有与本村村民同等的权益。', []],
  ['出嫁女的承包地不收回。', []],
  ['不得以出嫁、离婚、丧偶为由取消妇女的分配资格。', []],
  ['离婚妇女不参与土地征收补偿分配。', ['women_married_out']],
  ['外嫁女不再参与集体收益分配。', ['women_married_out']],
  ['外嫁女享有与本村村民同等的集体收益分配权。', []],
  ['丧偶妇女再婚的，收回其宅基地。', ['women_married_out']],
  ['招婿上门的，女婿不享受村民待遇。', ['women_married_out']],
  ['Women who marry out lose their land.', ['women_married_out']],
  ['Women who marry out keep their land and dividends.', []],
  ['Women who marry out lose no land.', []],
  // petitions
  ['越级上访的，扣10分。', ['petition']],
  ['不得越级上访，违者扣10分。', ['petition']],
  ['不得越级上访。违者取消评优资格。', ['petition']],
  ['不得越级上访。', []],
  ['村民依法信访的，不扣分。', []],
  ['不因信访扣减任何积分。', []],
  ['Petitioning beyond the township: minus 10 points.', ['petition']],
  ['No points are deducted for petitioning.', []],
  // persons, services, votes, marriage
  ['偷盗者，一律游街示众。', ['personal_freedom']],
  ['严禁游街示众。', []],
  ['拒不缴纳卫生费的，予以停水停电。', ['services_withheld']],
  ['停水停电应提前通知。', []],
  ['违者取消其选举权。', ['voting_rights']],
  ['任何人不得剥夺村民的选举权。', []],
  ['本村女子不得与外村人结婚。', ['marriage_freedom']],
  ['禁止与三代以内旁系血亲结婚。', []],
  ['不准大操大办结婚酒席。', []],
  // the lawful clauses of an ordinary rules text
  ['婚事新办、丧事简办，反对天价彩礼。', []],
  ['村民有赡养老人的义务，拒绝赡养的，由村民委员会进行调解。', []],
];

describe('VCOL-27-RULES content check: boundary table', () => {
  it.each(TABLE)('%s → %j', (text, expected) => {
    expect(topics(text)).toEqual(expected);
  });
});

describe('a points item is a penalty: its name is what is deducted for', () => {
  it.each([
    ['越级上访', ['petition']],
    ['女儿外嫁', ['women_married_out']],
    ['乱倒垃圾', []],
  ] as const)('%s deducted → %j', (name, expected) => {
    expect(topics(name, true)).toEqual(expected);
  });

  it('the same words as an award are not a penalty', () => {
    expect(topics('越级上访')).toEqual([]);
  });
});
