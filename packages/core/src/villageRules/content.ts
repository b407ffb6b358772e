import type { CalendarDate } from '../calendarDate.ts';
import type { RuleId } from '../rules/citations.ts';
import { finding, type Finding } from '../rules/findings.ts';

/**
 * The content check of village rules (VCOL-27-RULES: rules and decisions "may not conflict with
 * law … nor infringe villagers' personal, democratic or property rights"; the township orders
 * correction). A profile table: each row names what a clause must not do, how to recognise it,
 * and the law it breaks. It is a reviewer's aid, not a judge: it flags the patterns townships
 * correct most often (unlawful fines, women married out losing land or dividends, penalties for
 * petitioning, humiliating punishments, services withheld, votes taken away, marriages forbidden)
 * and leaves the rest to the township's reading. The same check guards a points item: a
 * deduction for petitioning or for a woman marrying out is the same unlawful clause.
 */
export type ContentTopic =
  | 'fine'
  | 'women_married_out'
  | 'petition'
  | 'personal_freedom'
  | 'services_withheld'
  | 'voting_rights'
  | 'marriage_freedom';

interface ProfileRow {
  topic: ContentTopic;
  ruleId: RuleId;
  what: { zh: string; en: string };
  /** what the clause is about */
  subject: RegExp;
  /** what it does to the person (absent: the subject is the sanction itself) */
  sanction?: RegExp;
  /** wording that states the law rather than breaking it */
  lawful?: RegExp;
}

/** Taking something away: points, money, land, shares, rights, registration. */
const TAKES =
  /扣|罚|取消|收回|调整出|不享受|不享有|不得享受|不能享受|不再(享受|享有|参与|参加|分配|分|给予)|不予|不参与|不参加|不分|减半|减少|迁出|迁走|注销|剥夺|停止|停发|黑榜|黑名单|降低|限制|通报批评|\b(deduct\w*|fine[sd]?|fining|lose|loses|losing|lost|forfeit\w*|withh[oe]ld\w*|exclud\w*|strip\w*|minus|penal\w*|black ?list\w*|no share)\b/i;

/** A sentence that threatens a punishment: 违者… / 对…的，… / 予以… */
const THREAT = '(?:违者|违反者|否则|一律|予以|给予|处以|将被|对[^，,。；;]{0,12}(?:者|的)[，,]?)';

export const CONTENT_PROFILE: readonly ProfileRow[] = [
  {
    topic: 'fine',
    ruleId: 'VR-FINE',
    what: { zh: '由村规民约设定罚款', en: 'a fine set by village rules' },
    subject:
      /罚款|罚金|罚钱|罚[^，,。；;]{0,4}?[0-9０-９一二三四五六七八九十百千万两]+元|\b(fine[sd]?|fining)\b/i,
    lawful:
      /(机关|有关部门|执法部门)[^，,。；;]{0,8}依法|依法[^，,。；;]{0,8}(机关|有关部门|执法部门)/,
  },
  {
    topic: 'women_married_out',
    ruleId: 'VR-WOMEN',
    what: {
      zh: '因妇女出嫁、离婚或丧偶减少或取消其权益',
      en: 'a woman losing rights because she married out, divorced or was widowed',
    },
    subject:
      /外嫁|出嫁|嫁出|嫁到外|嫁往|离婚(妇女|女)|丧偶(妇女|女)|纯女户|招婿|上门女婿|入赘|\bmarr(y|ies|ied|ying)[ -]out\b|\bdivorced wom[ae]n\b|\bwidow(s|ed)?\b/i,
    sanction: TAKES,
  },
  {
    topic: 'petition',
    ruleId: 'VR-PETITION',
    what: { zh: '因信访给予处罚或扣分', en: 'a penalty or deduction for petitioning' },
    subject: /信访|上访|越级访|缠访|闹访|进京访|\bpetition(s|ing|ed|ers?)?\b/i,
    sanction: TAKES,
  },
  {
    topic: 'personal_freedom',
    ruleId: 'VR-PERSON',
    what: {
      zh: '限制人身自由或侮辱人格的处罚',
      en: 'a punishment that restrains a person or humiliates them',
    },
    subject: new RegExp(
      `${THREAT}[^。；;]{0,12}(游街|示众|挂牌|关押|禁闭|拘禁|捆绑|罚跪|剃头|搜身|限制人身自由|不准离村)`,
    ),
  },
  {
    topic: 'services_withheld',
    ruleId: 'VCOL-27-RIGHTS',
    what: {
      zh: '以停水停电或不予办事作为处罚',
      en: 'cutting water or power, or refusing services, as a punishment',
    },
    subject: new RegExp(
      `${THREAT}[^。；;]{0,12}(停水|停电|断水|断电|停止供水|停止供电|不予办理|不给办理|不予出具|不开证明|不盖章)`,
    ),
  },
  {
    topic: 'voting_rights',
    ruleId: 'VCOL-13-ELIGIBLE',
    what: { zh: '剥夺村民的选举、表决权利', en: "taking away a villager's vote" },
    subject:
      /(取消|剥夺|停止|不得享有|不享有)[^，,。；;]{0,6}(选举权|被选举权|选民资格|表决权|投票权)/,
  },
  {
    topic: 'marriage_freedom',
    ruleId: 'VR-MARRIAGE',
    what: { zh: '干涉婚姻自由', en: 'interference with the freedom of marriage' },
    subject:
      /(不准|不得|禁止|不许)[^，,。；;]{0,4}(与|和|同)[^，,。；;]{0,8}(结婚|通婚|嫁|娶)|(不准|不得|禁止|不许)(离婚|再婚|改嫁)/,
    lawful: /血亲|近亲|重婚/,
  },
];

/** 不扣分, 未迁出, 严禁罚款: a taking said not to happen is no sanction; dropped before matching. */
const NEGATED_TAKING =
  /(不得|不能|不予|不受|不被|不|未|没有|无权|禁止|严禁|免于)(扣|罚|取消|收回|减少|停发|剥夺|迁出|迁走|注销|限制)/g;

/** 不得以出嫁为由收回…, 不因信访而…: the segment states the protection the law gives. */
const PROTECTS = /(不得|不能|不应当?|不准|禁止|严禁|无权|任何人不)(以|因|将|对|把|借|为)|不因/;

/** "no points are deducted for petitioning": an English negation in the segment of the sanction. */
const NEGATION_EN = /\b(no|not|never|nobody|no one|cannot|may not|must not|shall not)\b|n't\b/i;

/** 违者扣10分 reaches back to the sentence before: 不得越级上访。违者… */
const REFERS_BACK = /^\s*(违者|违反者|否则|对此|violators|those who|anyone who|otherwise)/i;

const SENTENCE = /[。；;！!？?\n]+/;
const SEGMENT = /[，,、]+/;
const EXCERPT_LENGTH = 40;

function excerptOf(sentence: string): string {
  const s = sentence.trim();
  return s.length > EXCERPT_LENGTH ? `${s.slice(0, EXCERPT_LENGTH)}…` : s;
}

/** A row's pattern in one sentence, unless the segment holding it says the opposite. */
function breaks(row: ProfileRow, sentence: string, penalty: boolean): boolean {
  const text = sentence.replace(NEGATED_TAKING, '');
  const sanction = penalty ? undefined : row.sanction;
  if (!row.subject.test(text) || (sanction && !sanction.test(text))) return false;
  if (row.lawful?.test(text)) return false;
  const punishes = sanction ?? row.subject;
  return !text
    .split(SEGMENT)
    .some(
      (s) =>
        (PROTECTS.test(s) && (row.subject.test(s) || punishes.test(s))) ||
        (NEGATION_EN.test(s) && punishes.test(s)),
    );
}

/**
 * Every unlawful pattern in a clause (or points item), one finding per topic, citing the law of
 * `on`. `penalty`: the text names what is penalised and the sanction lies outside it (a points
 * item of −10 named 越级上访) — then the subject alone is enough.
 */
export function checkContent(
  text: string,
  on: CalendarDate,
  options: { penalty?: boolean } = {},
): Finding[] {
  const sentences = text.split(SENTENCE).filter((s) => s.trim() !== '');
  const windows = sentences.map((s, i) =>
    i > 0 && REFERS_BACK.test(s) ? `${sentences[i - 1]!}，${s}` : s,
  );
  const findings: Finding[] = [];
  for (const row of CONTENT_PROFILE) {
    const hit = windows.find((w) => breaks(row, w, options.penalty ?? false));
    if (hit !== undefined) findings.push(topicFinding(row.topic, excerptOf(hit), on));
  }
  return findings;
}

/** The finding of a topic on an excerpt (a stored review flag is shown again by it). */
export function topicFinding(topic: ContentTopic, excerpt: string, on: CalendarDate): Finding {
  const row = CONTENT_PROFILE.find((r) => r.topic === topic)!;
  return finding(on, row.ruleId, 'illegal_content', {
    topic,
    excerpt,
    what: row.what.zh,
    whatEn: row.what.en,
  });
}
