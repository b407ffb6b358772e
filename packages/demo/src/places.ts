import { chineseNumeral } from './names.ts';
import type { Rng } from './rng.ts';

/**
 * The demo county's map: a fictional 锦源县 with towns and villages. Codes
 * follow the shape of the statistical division codes (county 6 digits, town 9,
 * village 12; 001–199 for communities, 200–399 for villages) in a range no
 * real county uses, so demo 身份证 numbers cannot be mistaken for real ones.
 */
export const DEMO_COUNTY = { name: '锦源县', code: '510199' } as const;

/** The seed-002 community: 15 groups, 4,185 people, 93 Party members (seeds/002, part 三). */
export const SHOWCASE = {
  name: '花乡社区',
  groups: 15,
  persons: 4185,
  partyMembers: 93,
  /** 居民代表 (seeds/002: "社区的78位居民代表"). */
  representatives: 78,
  /** 花乡民居: every household was resettled into the new estate. */
  estate: '花乡民居',
} as const;

export interface VillagePlan {
  name: string;
  kind: 'village' | 'community';
  persons: number;
  groups: number;
  showcase: boolean;
}

export interface TownPlan {
  name: string;
  /** Month-day of the town's 2021 (and every fifth year's) election of village bodies. */
  electionDay: string;
  villages: VillagePlan[];
}

// prettier-ignore
const TOWN_STEMS = [
  '锦华', '石桥', '柳河', '白马', '龙溪', '清泉', '三合', '永安', '金桥', '青松', '太平', '新店', '花园', '高桥', '黄龙',
  '桃源', '凤鸣', '云顶', '万福', '玉堂', '石羊', '红岩', '长滩', '马鞍', '九里', '平乐', '兴隆', '福田', '白沙', '莲花',
];

// prettier-ignore
const VILLAGE_STEMS = [
  '红星', '桂花', '双河', '白鹤', '青龙', '柳湾', '高店', '和平', '新民', '金龙', '石堰', '观音', '大田', '茶园', '松林',
  '响水', '凉水', '土门', '永兴', '团结', '光明', '胜利', '五星', '民主', '新华', '合兴', '狮子', '长乐', '黄桷', '枫林',
  '杨柳', '天池', '月亮', '竹林', '桃园', '梨花', '三元', '九龙', '太和', '建设', '幸福', '回龙', '复兴', '万家', '龙井',
];

const ELECTION_DAYS = ['05-01', '04-20', '05-15', '04-26', '05-08', '05-22'];

export const MAX_SCALE = 10;

/**
 * Towns and villages. `scale` multiplies the number of towns (3 per unit);
 * the showcase community is always the first village of the first town.
 */
export function planCounty(rng: Rng, scale: number): TownPlan[] {
  if (!Number.isInteger(scale) || scale < 1 || scale > MAX_SCALE) {
    throw new RangeError(`scale must be an integer from 1 to ${MAX_SCALE}, got ${scale}`);
  }
  const villageStems = rng.shuffled(VILLAGE_STEMS.slice(0, 40));
  let nextStem = 0;
  const villageName = (): string => {
    const stem = villageStems[nextStem % villageStems.length]!;
    const round = Math.floor(nextStem / villageStems.length);
    nextStem += 1;
    // a second 红星村 in the county is 红星二村, as real counties number them
    return round === 0 ? `${stem}村` : `${stem}${chineseNumeral(round + 1)}村`;
  };
  const ordinary = (): VillagePlan => {
    const persons = rng.int(800, 2500);
    return {
      name: villageName(),
      kind: 'village',
      persons,
      groups: clamp(Math.round(persons / rng.int(150, 260)), 5, 14),
      showcase: false,
    };
  };

  const towns: TownPlan[] = [];
  const townCount = 3 * scale;
  for (let t = 0; t < townCount; t++) {
    const stem = TOWN_STEMS[t]!;
    const name = `${stem}${t % 3 === 2 ? '乡' : '镇'}`;
    const villages: VillagePlan[] = [];
    if (t === 0) {
      villages.push({
        name: SHOWCASE.name,
        kind: 'community',
        persons: SHOWCASE.persons,
        groups: SHOWCASE.groups,
        showcase: true,
      });
    } else if (t % 3 === 1) {
      // the town seat is a community
      const persons = rng.int(1500, 2500);
      villages.push({
        name: `${stem}社区`,
        kind: 'community',
        persons,
        groups: clamp(Math.round(persons / 220), 6, 12),
        showcase: false,
      });
    } else {
      villages.push(ordinary());
    }
    villages.push(ordinary(), ordinary());
    towns.push({ name, electionDay: ELECTION_DAYS[t % ELECTION_DAYS.length]!, villages });
  }
  return towns;
}

export function townCode(countyCode: string, townIndex: number): string {
  return `${countyCode}${String(100 + townIndex).padStart(3, '0')}`;
}

/** Communities take 001–199, villages 200–399 (the statistical code convention). */
export function villageCode(
  townCodeValue: string,
  kind: 'village' | 'community',
  ordinal: number,
): string {
  return `${townCodeValue}${String((kind === 'community' ? 1 : 201) + ordinal).padStart(3, '0')}`;
}

/** Birthplace codes of people who moved in from elsewhere (same unused-county range). */
export const ELSEWHERE_AREA_CODES = ['510198', '511199', '511399', '513799', '500399'] as const;

function clamp(n: number, lo: number, hi: number): number {
  return Math.max(lo, Math.min(hi, n));
}
