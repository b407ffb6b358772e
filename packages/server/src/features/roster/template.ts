import { composeResidentId } from '@cunzhi/core/registry/residentIdNumber';
import { calendarDate } from '@cunzhi/core/calendarDate';
import {
  GENDER_LABELS,
  RELATION_LABELS,
  RESIDENCE_LABELS,
  type RosterColumnKey,
} from '@cunzhi/core/roster/rosterColumns';

const example = (
  over: Partial<Record<RosterColumnKey, string>>,
): Record<RosterColumnKey, string> => ({
  householdNumber: '01-001',
  villagerGroup: '1',
  grid: '',
  address: '幸福路1号',
  name: '',
  gender: '',
  birthDate: '',
  residentIdNumber: '',
  phone: '',
  relationToHead: '',
  residenceStatus: '在村',
  residenceSince: '',
  partyMember: '否',
  partyJoinedOn: '',
  ...over,
});

/** Two example rows of one household (valid, so a template imported unchanged works), to be overwritten. */
export const TEMPLATE_EXAMPLE = [
  example({
    name: '张建国',
    gender: '男',
    birthDate: '1968-03-12',
    residentIdNumber: composeResidentId('110105', calendarDate('1968-03-12'), 451, 'male'),
    phone: '13800001234',
    relationToHead: '户主',
    partyMember: '是',
    partyJoinedOn: '1995-07-01',
  }),
  example({
    name: '李秀英',
    gender: '女',
    birthDate: '1970-07-01',
    residentIdNumber: composeResidentId('110105', calendarDate('1970-07-01'), 462, 'female'),
    relationToHead: '配偶',
    residenceStatus: '外出',
    residenceSince: '2019-03-01',
  }),
];

/** The "填写说明" sheet: what each column takes, with this village's group numbers. */
export function templateNotes(
  groups: ReadonlyArray<{ number: number; name: string }>,
): Array<readonly [string, string]> {
  return [
    ['户号', '同一户的每个人填相同的户号；户号不能与本村已有的户重复。每户必须有且只有一名户主。'],
    [
      '村民小组',
      `填小组序号或名称。本村：${groups.map((g) => `${g.number}＝${g.name}`).join('，') || '（尚未设置）'}`,
    ],
    ['网格', '可不填；填写时须与本村网格名称一致。'],
    ['性别', Object.values(GENDER_LABELS).join(' / ')],
    ['出生日期', '格式 2026-11-21，或 Excel 日期格式。须与身份证号码中的出生日期一致。'],
    ['身份证号码', '18 位，末位可为 X。请先把本列设为“文本”格式，否则 Excel 会丢掉末几位。'],
    ['手机号码', '11 位，可不填。开通登录账号时需要。'],
    [
      '与户主关系',
      `${Object.values(RELATION_LABELS).join(' / ')}（也可写 妻子、儿子、长女、孙子 等）`,
    ],
    [
      '居住状态',
      `${Object.values(RESIDENCE_LABELS).join(' / ')}，不填按“在村”；外出务工填“外出”，并在“状态起始日期”填外出时间。`,
    ],
    ['是否党员', '是 / 否；党员可填入党日期。'],
    ['导入规则', '先检查全部数据：只要有一处错误，就一户也不导入，并逐行列出错误。'],
  ];
}
