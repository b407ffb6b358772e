import ExcelJS from 'exceljs';
import { ROSTER_COLUMNS, type RosterRow } from '@cunzhi/core/roster/rosterColumns';
import { calendarDate } from '@cunzhi/core/calendarDate';
import { composeResidentId } from '@cunzhi/core/registry/residentIdNumber';

/** A roster .xlsx in the layout the server reads (core/roster/rosterColumns), ID numbers stored as text. */
export async function rosterXlsx(rows: Partial<RosterRow>[]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('花名册');
  sheet.columns = ROSTER_COLUMNS.map((c) => ({
    header: c.zh,
    key: c.key,
    width: c.width,
    style: c.key === 'residentIdNumber' || c.key === 'phone' ? { numFmt: '@' } : {},
  }));
  for (const row of rows)
    sheet.addRow(Object.fromEntries(ROSTER_COLUMNS.map((c) => [c.key, row[c.key] ?? ''])));
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** A valid 身份证 number (GB 11643) for a birth date and gender. */
export function residentId(birthDate: string, sequence: number, gender: 'male' | 'female'): string {
  return composeResidentId('330226', calendarDate(birthDate), sequence, gender);
}

/** Two households, three persons, all valid; household numbers and names unique to this run. */
export function goodRoster(tag: string): Partial<RosterRow>[] {
  return [
    {
      householdNumber: `E2E${tag}1`,
      villagerGroup: '1',
      address: '测试路 1 号',
      name: `郑春${tag}`,
      gender: '男',
      birthDate: '1968-03-15',
      residentIdNumber: residentId('1968-03-15', 701, 'male'),
      phone: '13900000001',
      relationToHead: '户主',
      residenceStatus: '在村',
      partyMember: '是',
      partyJoinedOn: '1995-07-01',
    },
    {
      householdNumber: `E2E${tag}1`,
      villagerGroup: '1',
      address: '测试路 1 号',
      name: `何秀${tag}`,
      gender: '女',
      birthDate: '1970-09-02',
      residentIdNumber: residentId('1970-09-02', 702, 'female'),
      relationToHead: '配偶',
      residenceStatus: '外出',
      residenceSince: '2020-02-10',
      partyMember: '否',
    },
    {
      householdNumber: `E2E${tag}2`,
      villagerGroup: '1',
      address: '测试路 2 号',
      name: `钱晓${tag}`,
      gender: '女',
      birthDate: '1990-12-24',
      residentIdNumber: residentId('1990-12-24', 704, 'female'),
      relationToHead: '户主',
      residenceStatus: '在村',
      partyMember: '否',
    },
  ];
}

/** Three mistakes: a wrong ID check character, a missing name and an impossible birth date. */
export function badRoster(tag: string): Partial<RosterRow>[] {
  const [first, second, third] = goodRoster(tag);
  const id = first!.residentIdNumber!;
  const wrongCheck = id.slice(0, 17) + (id[17] === '0' ? '1' : '0');
  return [
    { ...first, residentIdNumber: wrongCheck },
    { ...second, name: '' },
    { ...third, birthDate: '1990-02-30', residentIdNumber: '' },
  ];
}

/**
 * A roster as a village keeps it: a title row above the header, the village's
 * words (组别, 公民身份号码, 出生年月 written 1968.03, 联系电话, 家庭住址) and a
 * column no rule knows (民族), which the clerk maps once on screen.
 */
export async function villageRosterXlsx(tag: string): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('花名册');
  const header = [
    '户号',
    '组别',
    '姓名',
    '性别',
    '公民身份号码',
    '出生年月',
    '民族',
    '联系电话',
    '家庭住址',
    '与户主关系',
  ];
  sheet.addRow([`本村村民花名册（${tag}）`]);
  sheet.mergeCells(1, 1, 1, header.length);
  sheet.addRow(header);
  sheet.getColumn(5).numFmt = '@';
  sheet.addRow([
    `V${tag}`,
    '1组',
    `冯村${tag}`,
    '男',
    residentId('1968-03-15', 711, 'male'),
    '1968.03',
    '汉族',
    '13900000011',
    '村东 8 号',
    '户主',
  ]);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
