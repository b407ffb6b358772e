/**
 * The service station's windows and catalogue (seed 002 §三 4: "设立了计生服务、民政事务、劳保就业、
 * 建设管理、文化卫生、城管执法6个服务窗口"; §三 5 and the results: "统一规章制度、办事流程和标准时限，
 * 统一格调制作了上墙公示牌 … 全面推行便民全程代理服务承诺制、首问责任制"). A window is data the
 * village keeps, mapped to the town department that does the work behind it; an item of the
 * catalogue lists the materials a villager brings, the time the station promises and whether the
 * station may carry the matter to the town for the villager (全程代办).
 */

/** How a promised time is counted: working days (工作日) or calendar days (自然日). */
export const DAY_UNITS = ['working', 'calendar'] as const;
export type DayUnit = (typeof DAY_UNITS)[number];

/** A promised period: 0 days is 即办 (done the day it is accepted). */
export interface PromisedPeriod {
  days: number;
  unit: DayUnit;
}

export const MAX_PROMISED_DAYS = 365;
export const MAX_MATERIALS = 30;

export interface ServiceWindow {
  id: string;
  /** The number on the window's hanging sign (窗口吊牌): 1, 2, … */
  number: number;
  name: string;
  townDepartmentId: string | null;
  active: boolean;
}

export interface CatalogueItem {
  id: string;
  windowId: string;
  name: string;
  /** What the villager brings, listed before they order (materials first). */
  materials: readonly string[];
  promised: PromisedPeriod;
  /** 全程代办: the station may hand the matter to the window's town department for the villager. */
  fullAgency: boolean;
  active: boolean;
}

/** A catalogue problem, as a field and an error id of the services slice. */
export type CatalogueProblem = {
  field: string;
  error: 'service_days_range' | 'service_materials_many' | 'field_required';
  params?: Record<string, number>;
};

/** Checks an item's promised time and materials (blank materials are dropped first). */
export function checkCatalogueItem(item: {
  materials: readonly string[];
  promised: PromisedPeriod;
}): CatalogueProblem[] {
  const problems: CatalogueProblem[] = [];
  const { days } = item.promised;
  if (!Number.isInteger(days) || days < 0 || days > MAX_PROMISED_DAYS)
    problems.push({
      field: 'promisedDays',
      error: 'service_days_range',
      params: { max: MAX_PROMISED_DAYS },
    });
  if (item.materials.length > MAX_MATERIALS)
    problems.push({
      field: 'materials',
      error: 'service_materials_many',
      params: { max: MAX_MATERIALS },
    });
  return problems;
}

/** The materials as typed: trimmed, blanks and repeats dropped, in the order given. */
export function cleanMaterials(materials: readonly string[]): string[] {
  return [...new Set(materials.map((m) => m.trim()).filter((m) => m.length > 0))];
}

/**
 * The wall board (上墙公示牌): the active windows by number, each with its active items by name,
 * as the station hangs them. Windows without an item still show (the window is staffed).
 */
export function wallBoard<W extends ServiceWindow, I extends CatalogueItem>(
  windows: readonly W[],
  items: readonly I[],
): Array<{ window: W; items: I[] }> {
  return windows
    .filter((w) => w.active)
    .sort((a, b) => a.number - b.number)
    .map((window) => ({
      window,
      items: items
        .filter((i) => i.active && i.windowId === window.id)
        .sort((a, b) => a.name.localeCompare(b.name, 'zh-CN')),
    }));
}
