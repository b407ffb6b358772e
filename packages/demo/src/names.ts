import type { Gender } from '@cunzhi/core/registry/person';
import { weightedTable, type Rng } from './rng.ts';

/**
 * Chinese personal names for demo villagers. Surnames follow the national
 * frequency ranking (share per 10,000, rounded from the Ministry of Public
 * Security's household-register counts); given names follow the fashions of
 * each birth cohort, so a grandmother is 秀英 and her granddaughter 欣怡.
 */
// prettier-ignore
const SURNAME_WEIGHTS: ReadonlyArray<readonly [string, number]> = [
  ['王', 712], ['李', 700], ['张', 660], ['刘', 540], ['陈', 460], ['杨', 310], ['黄', 220], ['赵', 210],
  ['吴', 200], ['周', 190], ['徐', 170], ['孙', 150], ['马', 140], ['朱', 130], ['胡', 130], ['郭', 120],
  ['何', 120], ['林', 110], ['高', 110], ['罗', 110], ['郑', 100], ['梁', 90], ['谢', 80], ['宋', 70],
  ['唐', 70], ['许', 70], ['韩', 60], ['邓', 60], ['冯', 60], ['曹', 60], ['彭', 60], ['曾', 60],
  ['肖', 50], ['田', 50], ['董', 50], ['潘', 50], ['袁', 50], ['蔡', 50], ['蒋', 50], ['余', 50],
  ['于', 50], ['杜', 40], ['叶', 40], ['程', 40], ['魏', 40], ['苏', 40], ['吕', 40], ['丁', 40],
  ['任', 40], ['卢', 30], ['姚', 30], ['沈', 30], ['钟', 30], ['姜', 30], ['崔', 30], ['谭', 30],
  ['陆', 30], ['范', 30], ['汪', 30], ['廖', 30], ['石', 30], ['金', 30], ['韦', 30], ['贾', 30],
  ['夏', 30], ['付', 30], ['方', 30], ['邹', 20], ['熊', 20], ['白', 20], ['孟', 20], ['秦', 20],
  ['邱', 20], ['侯', 20], ['江', 20], ['尹', 20], ['薛', 20], ['闫', 20], ['段', 20], ['雷', 20],
  ['龙', 20], ['黎', 20], ['史', 20], ['陶', 20], ['贺', 20], ['毛', 20], ['郝', 20], ['顾', 20],
  ['龚', 20], ['邵', 20], ['万', 15], ['覃', 15], ['武', 15], ['钱', 15], ['戴', 15], ['严', 15],
  ['莫', 12], ['孔', 12], ['向', 12], ['常', 12], ['汤', 12],
];

export const SURNAMES: readonly string[] = SURNAME_WEIGHTS.map(([s]) => s);
const nationalSurname = weightedTable(SURNAME_WEIGHTS);

type Cohort = 'before1960' | 'from1960' | 'from1980' | 'from2000';

// prettier-ignore
const GIVEN_NAMES: Record<Cohort, Record<Gender, readonly string[]>> = {
  before1960: {
    male: [
      '德明', '德福', '德才', '德胜', '志明', '志华', '志成', '国华', '国强', '国富', '国庆', '建国', '建华', '建民',
      '长贵', '长富', '长林', '永福', '永华', '永贵', '永清', '福生', '福林', '福全', '树林', '树清', '世明', '世华',
      '玉成', '玉林', '金山', '金贵', '洪福', '文华', '文才', '学文', '光明', '光荣', '宗明', '正华', '明德', '少华',
      '春生', '秋生', '全福', '廷清', '友林', '有才', '兴发', '开明', '炳全', '家树', '福', '贵', '林', '全', '清',
    ],
    female: [
      '秀英', '桂英', '秀兰', '玉兰', '桂兰', '淑珍', '凤英', '翠花', '素珍', '玉珍', '桂芳', '秀珍', '兰英', '玉英',
      '桂花', '淑华', '凤兰', '金花', '银花', '秀芝', '玉芝', '素芬', '秀芳', '琼芳', '德芳', '明珍', '淑芬', '惠英',
      '菊花', '春兰', '冬梅', '腊梅', '碧珍', '素华', '泽芳', '世英', '正英', '英', '珍', '兰', '芬',
    ],
  },
  from1960: {
    male: [
      '建军', '建平', '建明', '国平', '国良', '志刚', '志勇', '志强', '卫东', '卫国', '红军', '向东', '小平', '海军',
      '春华', '德华', '永红', '文军', '学军', '长江', '万平', '光辉', '建设', '跃进', '晓东', '宏伟', '勇', '军', '强',
      '刚', '平', '斌', '明', '伟', '华', '林', '波', '兵', '辉', '涛', '俊',
    ],
    female: [
      '丽华', '红梅', '春梅', '玉梅', '小红', '小燕', '素琴', '秀琼', '晓红', '春燕', '海燕', '丽萍', '建英', '红英',
      '丽', '红', '华', '英', '燕', '梅', '芳', '琴', '霞', '敏', '萍', '静', '玲', '琼', '艳', '翠', '云', '凤',
    ],
  },
  from1980: {
    male: [
      '海涛', '小龙', '建伟', '俊杰', '志伟', '文杰', '海洋', '晓峰', '明亮', '宇航', '浩然', '家豪', '永强', '成龙',
      '伟', '强', '磊', '军', '勇', '杰', '涛', '斌', '超', '明', '刚', '鹏', '飞', '波', '浩', '亮', '宇', '健', '龙',
      '峰', '毅', '凯', '阳', '鑫',
    ],
    female: [
      '晓燕', '丽娟', '海燕', '雪梅', '小丽', '春燕', '红霞', '晓丽', '婷婷', '佳佳', '欢欢', '倩倩', '丹丹', '丽',
      '敏', '静', '燕', '艳', '娟', '霞', '芳', '婷', '玲', '倩', '雪', '颖', '琳', '莉', '晶', '丹', '洁', '慧', '欢',
      '瑶', '梦',
    ],
  },
  from2000: {
    male: [
      '浩宇', '子豪', '浩然', '宇轩', '梓轩', '俊杰', '宇航', '子轩', '博文', '皓轩', '一鸣', '明轩', '子墨', '思远',
      '天佑', '锦程', '嘉豪', '梓豪', '宇泽', '奕辰', '沐辰', '俊熙', '宇辰', '家乐', '梓睿', '浩轩', '睿', '晨', '轩',
      '浩', '宇', '杰', '铭', '泽',
    ],
    female: [
      '欣怡', '梓涵', '诗涵', '雨涵', '可馨', '佳怡', '思琪', '紫涵', '梦琪', '一诺', '欣妍', '语桐', '雨欣', '子萱',
      '梓萱', '诗琪', '若汐', '思彤', '佳琪', '雨桐', '欣然', '可欣', '语嫣', '婉清', '静怡', '芷若', '雨萱', '悦',
      '彤', '萱', '琪', '妍', '涵', '馨', '瑶', '雅',
    ],
  },
};

function cohortOf(birthYear: number): Cohort {
  if (birthYear < 1960) return 'before1960';
  if (birthYear < 1980) return 'from1960';
  if (birthYear < 2000) return 'from1980';
  return 'from2000';
}

export function givenName(rng: Rng, gender: Gender, birthYear: number): string {
  return rng.pick(GIVEN_NAMES[cohortOf(birthYear)][gender]);
}

/**
 * Surnames as one village draws them: rural villages cluster around a few
 * lineages (a 张家湾 is mostly 张), the rest comes from the national mix.
 */
export interface SurnamePool {
  /** Surname of someone born or long settled in the village. */
  local(rng: Rng): string;
  /** Surname of someone who married in or moved in: the national mix. */
  outsider(rng: Rng): string;
}

export function villageSurnamePool(rng: Rng): SurnamePool {
  const lineages = new Set<string>();
  const count = rng.int(2, 4);
  while (lineages.size < count) lineages.add(SURNAMES[rng.int(0, 29)]!);
  const lineageShare = 0.35 + rng.float() * 0.25;
  const lineage = weightedTable([...lineages].map((s, i) => [s, count - i] as const));
  return {
    local: (r) => (r.chance(lineageShare) ? lineage(r) : nationalSurname(r)),
    outsider: (r) => nationalSurname(r),
  };
}

/** A name from the national mix, for people outside the villages (town and county staff). */
export function randomFullName(rng: Rng, gender: Gender, birthYear: number): string {
  return nationalSurname(rng) + givenName(rng, gender, birthYear);
}

/** A full name avoiding the names already used in one household (siblings are not named alike). */
export function personName(
  rng: Rng,
  surname: string,
  gender: Gender,
  birthYear: number,
  taken: ReadonlySet<string>,
): string {
  let name = surname + givenName(rng, gender, birthYear);
  for (let tries = 0; taken.has(name) && tries < 20; tries++)
    name = surname + givenName(rng, gender, birthYear);
  return name;
}

/** 一, 二, … 九十九: group and grid names on Chinese documents. */
export function chineseNumeral(n: number): string {
  const digits = '零一二三四五六七八九';
  if (!Number.isInteger(n) || n < 1 || n > 99) throw new RangeError(`numeral out of range: ${n}`);
  if (n < 10) return digits[n]!;
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  return `${tens === 1 ? '' : digits[tens]!}十${ones === 0 ? '' : digits[ones]!}`;
}
