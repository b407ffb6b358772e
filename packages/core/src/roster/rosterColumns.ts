import { CHINESE_NUMBER, parseChineseNumber } from '../chineseNumber.ts';
import type { Gender, RelationToHead, ResidenceStatus } from '../registry/person.ts';

/**
 * The roster layout villages keep in Excel (花名册): one row per person,
 * households grouped by 户号. Import and export use the same columns, so an
 * exported roster can be edited and imported again elsewhere.
 */
export const ROSTER_COLUMNS = [
  { key: 'householdNumber', zh: '户号', en: 'Household no.', width: 12 },
  { key: 'villagerGroup', zh: '村民小组', en: 'Villager group', width: 14 },
  { key: 'grid', zh: '网格', en: 'Grid', width: 14 },
  { key: 'address', zh: '住址', en: 'Address', width: 24 },
  { key: 'name', zh: '姓名', en: 'Name', width: 10 },
  { key: 'gender', zh: '性别', en: 'Gender', width: 6 },
  { key: 'birthDate', zh: '出生日期', en: 'Birth date', width: 12 },
  { key: 'residentIdNumber', zh: '身份证号码', en: 'Resident ID', width: 22 },
  { key: 'phone', zh: '手机号码', en: 'Phone', width: 14 },
  { key: 'relationToHead', zh: '与户主关系', en: 'Relation to head', width: 12 },
  { key: 'residenceStatus', zh: '居住状态', en: 'Residence', width: 10 },
  { key: 'residenceSince', zh: '状态起始日期', en: 'Since', width: 12 },
  { key: 'partyMember', zh: '是否党员', en: 'Party member', width: 10 },
  { key: 'partyJoinedOn', zh: '入党日期', en: 'Joined Party', width: 12 },
] as const;

export type RosterColumnKey = (typeof ROSTER_COLUMNS)[number]['key'];
export type RosterRow = Record<RosterColumnKey, string>;

export const GENDER_LABELS: Record<Gender, string> = { male: '男', female: '女' };

export const RELATION_LABELS: Record<RelationToHead, string> = {
  head: '户主',
  spouse: '配偶',
  child: '子女',
  childInLaw: '儿媳/女婿',
  grandchild: '孙子女',
  parent: '父母',
  parentInLaw: '公婆/岳父母',
  grandparent: '祖父母',
  sibling: '兄弟姐妹',
  other: '其他',
};

export const RESIDENCE_LABELS: Record<ResidenceStatus, string> = {
  resident: '在村',
  migrantOut: '外出',
  movedIn: '迁入',
};

/** Words villages actually write in these cells, beyond the canonical labels. */
const RELATION_SYNONYMS: Record<string, RelationToHead> = {
  本人: 'head',
  妻: 'spouse',
  夫: 'spouse',
  妻子: 'spouse',
  丈夫: 'spouse',
  子: 'child',
  女: 'child',
  长子: 'child',
  次子: 'child',
  长女: 'child',
  次女: 'child',
  儿子: 'child',
  女儿: 'child',
  儿媳: 'childInLaw',
  女婿: 'childInLaw',
  孙子: 'grandchild',
  孙女: 'grandchild',
  外孙: 'grandchild',
  外孙女: 'grandchild',
  父亲: 'parent',
  母亲: 'parent',
  父: 'parent',
  母: 'parent',
  公公: 'parentInLaw',
  婆婆: 'parentInLaw',
  岳父: 'parentInLaw',
  岳母: 'parentInLaw',
  祖父: 'grandparent',
  祖母: 'grandparent',
  兄: 'sibling',
  弟: 'sibling',
  姐: 'sibling',
  妹: 'sibling',
  哥哥: 'sibling',
  弟弟: 'sibling',
  姐姐: 'sibling',
  妹妹: 'sibling',
};
const RESIDENCE_SYNONYMS: Record<string, ResidenceStatus> = {
  常住: 'resident',
  在家: 'resident',
  外出务工: 'migrantOut',
  流出: 'migrantOut',
  流入: 'movedIn',
  迁入户: 'movedIn',
};

function reverse<T extends string>(labels: Record<T, string>): Record<string, T> {
  return Object.fromEntries(Object.entries(labels).map(([k, v]) => [v, k])) as Record<string, T>;
}

const GENDER_BY_LABEL = reverse(GENDER_LABELS);
const RELATION_BY_LABEL = { ...reverse(RELATION_LABELS), ...RELATION_SYNONYMS };
const RESIDENCE_BY_LABEL = { ...reverse(RESIDENCE_LABELS), ...RESIDENCE_SYNONYMS };

/** Cell text → enum value; unknown text passes through so validation reports it as not allowed. */
export const readGender = (cell: string): string => GENDER_BY_LABEL[cell] ?? cell;
export const readRelation = (cell: string): string => RELATION_BY_LABEL[cell] ?? cell;
export const readResidence = (cell: string): string => RESIDENCE_BY_LABEL[cell] ?? cell;
const PARTY_YES = new Set(['是', '党员', '中共党员', '中国共产党党员', '预备党员', '中共预备党员']);
const PARTY_NO = new Set(['否', '', '群众', '共青团员', '团员', '无党派人士', '无']);
/** 是/否, or a 政治面貌 cell (中共党员, 预备党员 count as Party members; 群众, 共青团员 do not). */
export const readYesNo = (cell: string): boolean | string =>
  PARTY_YES.has(cell) ? true : PARTY_NO.has(cell) ? false : cell;

const GROUP_TEXT = new RegExp(
  `^第?(?:(\\d+)|(${CHINESE_NUMBER.source}))(?:组|小组|村民小组|村民组|社|队)?$`,
);

/**
 * The group number in what villages write in the 村民小组/组别 column: 3,
 * 3组, 第3组, 三组, 第三村民小组, 十二社; null when the cell is not such a number.
 */
export function villagerGroupNumber(text: string): number | null {
  const m = GROUP_TEXT.exec(text.replace(/\s+/g, ''));
  if (!m) return null;
  return m[1] !== undefined ? Number(m[1]) : parseChineseNumber(m[2]!);
}
