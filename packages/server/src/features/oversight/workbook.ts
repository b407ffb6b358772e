import { formatChineseDate } from '@cunzhi/core/calendarDate';
import type { FigureKey } from '@cunzhi/core/oversight/figures';
import { FIGURE_LABELS, WORK_KIND_LABELS } from '@cunzhi/core/oversight/labels';
import type { Locale } from '@cunzhi/core/errors';
import { writeLedgerWorkbook, yuanCell, type SheetSpec } from '../finance/workbook.ts';
import type { Dashboard } from './queries/dashboard.ts';
import type { WorkListItem } from './queries/workList.ts';

const FIGURES = Object.keys(FIGURE_LABELS) as FigureKey[];
const zhOrEn = (l: { zh: string; en: string }, locale: Locale) => (locale === 'en' ? l.en : l.zh);

/** The villages' figures, a total row last (bold): the dashboard's main table. */
function figuresSheet(d: Dashboard, locale: Locale): SheetSpec {
  const en = locale === 'en';
  const total = en ? 'Total' : '合计';
  return {
    name: en ? 'Villages' : '各村指标',
    title: `${d.scope.name}${en ? ' dashboard, ' : '工作台（'}${formatChineseDate(d.on)}${en ? '' : '）'}`,
    columns: [
      { header: en ? 'Town' : '乡镇', width: 14 },
      { header: en ? 'Village' : '村（社区）', width: 16 },
      ...FIGURES.map((k) => ({ header: zhOrEn(FIGURE_LABELS[k], locale), width: 12 })),
    ],
    rows: [
      ...d.villages.map((v) => [
        v.village.town_name,
        v.village.name,
        ...FIGURES.map((k) => v.figures[k]),
      ]),
      ['', total, ...FIGURES.map((k) => d.total[k])],
    ],
    boldRows: new Set([d.villages.length]),
  };
}

/** 积分换项目: the county's ranking of the scope's villages. */
function rankingSheet(d: Dashboard, locale: Locale): SheetSpec | null {
  if (!d.ranking) return null;
  const en = locale === 'en';
  const names = new Map(d.villages.map((v) => [v.village.id, v.village.name]));
  return {
    name: en ? 'Points ranking' : '积分换项目排名',
    title: d.ranking.title,
    columns: [
      { header: en ? 'Rank' : '名次', width: 8 },
      { header: en ? 'Village' : '村（社区）', width: 16 },
      { header: en ? 'Score' : '积分', width: 10 },
      { header: en ? 'Award (yuan)' : '奖补（元）', width: 14, money: true },
    ],
    rows: d.ranking.rows.map((r) => [
      r.rank,
      names.get(r.villageId) ?? '',
      r.total,
      yuanCell(r.amount),
    ]),
  };
}

/** 我的待办, as the page lists it: the most urgent first. */
function workSheet(items: readonly WorkListItem[], on: Dashboard['on'], locale: Locale): SheetSpec {
  const en = locale === 'en';
  return {
    name: en ? 'My work' : '我的待办',
    title: `${en ? 'My work list, ' : '我的待办（'}${formatChineseDate(on)}${en ? '' : '）'}`,
    columns: [
      { header: en ? 'Due' : '期限', width: 16 },
      { header: en ? 'Kind' : '类别', width: 14 },
      { header: en ? 'Village' : '村（社区）', width: 16 },
      { header: en ? 'Item' : '事项', width: 40 },
    ],
    rows: items.map((i) => [
      i.dueOn ? formatChineseDate(i.dueOn) : '',
      zhOrEn(WORK_KIND_LABELS[i.kind], locale),
      i.villageName,
      i.title,
    ]),
  };
}

/** Every table of the dashboard in one workbook: the villages' figures, the ranking, the work list. */
export async function dashboardWorkbook(
  d: Dashboard,
  work: readonly WorkListItem[],
  locale: Locale,
): Promise<{ name: string; bytes: Uint8Array }> {
  const sheets = [figuresSheet(d, locale), rankingSheet(d, locale), workSheet(work, d.on, locale)];
  const bytes = await writeLedgerWorkbook(sheets.filter((s): s is SheetSpec => s !== null));
  return { name: `${d.scope.name}工作台${d.on}.xlsx`, bytes };
}
