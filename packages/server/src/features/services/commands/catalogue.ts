import { randomUUID } from 'node:crypto';
import { checkCatalogueItem, cleanMaterials, type DayUnit } from '@cunzhi/core/services/catalogue';
import { DomainError } from '@cunzhi/core/errors';
import type { CommandContext } from '../../../platform/command.ts';
import type { Tx } from '../../../platform/db/database.ts';
import { appendAuditEvent } from '../../../platform/audit/appendAuditEvent.ts';
import { fieldError } from '../../matters/commands/shared.ts';
import {
  findItem,
  findWindow,
  saveItem,
  saveWindow,
  townDepartments,
  windowNumberTaken,
  type ItemRow,
  type WindowRow,
} from '../repository.ts';

async function record(
  tx: Tx,
  cmd: CommandContext,
  action: string,
  target: { type: 'serviceWindow' | 'serviceItem'; id: string },
  data: Record<string, unknown>,
): Promise<void> {
  await appendAuditEvent(tx, {
    chainId: cmd.villageId,
    actorAccountId: cmd.actorAccountId,
    action,
    targetType: target.type,
    targetId: target.id,
    data,
    occurredAt: cmd.clock.now(),
  });
}

export interface WindowInput {
  windowNumber?: number | undefined;
  windowName?: string | undefined;
  townDepartmentId?: string | null | undefined;
  active?: boolean | undefined;
}

/** The department must be one of the village's town (a field error otherwise). */
async function checkDepartment(tx: Tx, cmd: CommandContext, id: string | null): Promise<void> {
  if (id === null) return;
  const known = await townDepartments(tx, cmd.villageId);
  if (!known.some((d) => d.id === id)) fieldError('townDepartmentId', 'field_invalid');
}

/** Opens a window or changes one (its number unique in the village, its department the town's). */
export async function saveServiceWindow(
  cmd: CommandContext,
  windowId: string | null,
  input: WindowInput,
): Promise<WindowRow> {
  return cmd.db.transaction(async (tx) => {
    const before = windowId ? await findWindow(tx, cmd.villageId, windowId) : null;
    if (windowId && !before) throw new DomainError('not_found', { what: 'serviceWindow' });
    const id = before?.id ?? randomUUID();
    const number = input.windowNumber ?? before?.number;
    const name = input.windowName ?? before?.name;
    if (number === undefined) fieldError('windowNumber', 'field_required');
    if (!name) fieldError('windowName', 'field_required');
    if (await windowNumberTaken(tx, cmd.villageId, number, before?.id ?? null))
      fieldError('windowNumber', 'service_window_number_taken', { number });
    const townDepartmentId =
      input.townDepartmentId === undefined
        ? (before?.town_department_id ?? null)
        : input.townDepartmentId;
    await checkDepartment(tx, cmd, townDepartmentId);
    const active = input.active ?? before?.active ?? true;
    await saveWindow(tx, cmd.villageId, { id, number, name, townDepartmentId, active });
    await record(
      tx,
      cmd,
      before ? 'serviceWindow.changed' : 'serviceWindow.opened',
      {
        type: 'serviceWindow',
        id,
      },
      { number, name, townDepartmentId, active },
    );
    const saved = await findWindow(tx, cmd.villageId, id);
    if (!saved) throw new Error('window not saved');
    return saved;
  });
}

export interface ItemInput {
  windowId?: string | undefined;
  itemName?: string | undefined;
  materials?: string[] | undefined;
  promisedDays?: number | undefined;
  promisedUnit?: DayUnit | undefined;
  fullAgency?: boolean | undefined;
  active?: boolean | undefined;
}

/** Adds a service to the catalogue or changes one (materials cleaned, promised time in range). */
export async function saveServiceItem(
  cmd: CommandContext,
  itemId: string | null,
  input: ItemInput,
): Promise<ItemRow> {
  return cmd.db.transaction(async (tx) => {
    const before = itemId ? await findItem(tx, cmd.villageId, itemId, { forUpdate: true }) : null;
    if (itemId && !before) throw new DomainError('not_found', { what: 'serviceItem' });
    const windowId = input.windowId ?? before?.window_id;
    if (!windowId || !(await findWindow(tx, cmd.villageId, windowId)))
      fieldError('windowId', 'not_found', { what: 'serviceWindow' });
    const name = input.itemName ?? before?.name;
    if (!name) fieldError('itemName', 'field_required');
    const materials = cleanMaterials(input.materials ?? before?.materials ?? []);
    const promised = {
      days: input.promisedDays ?? before?.promised_days ?? 0,
      unit: input.promisedUnit ?? before?.promised_unit ?? 'working',
    };
    const [problem] = checkCatalogueItem({ materials, promised });
    if (problem) fieldError(problem.field, problem.error, problem.params);
    const id = before?.id ?? randomUUID();
    const item = {
      id,
      windowId,
      name,
      materials,
      promisedDays: promised.days,
      promisedUnit: promised.unit,
      fullAgency: input.fullAgency ?? before?.full_agency ?? false,
      active: input.active ?? before?.active ?? true,
    };
    await saveItem(tx, cmd.villageId, item);
    await record(
      tx,
      cmd,
      before ? 'serviceItem.changed' : 'serviceItem.added',
      {
        type: 'serviceItem',
        id,
      },
      { ...item, id: undefined },
    );
    const saved = await findItem(tx, cmd.villageId, id);
    if (!saved) throw new Error('item not saved');
    return saved;
  });
}
