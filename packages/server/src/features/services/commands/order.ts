import { randomUUID } from 'node:crypto';
import { ymd } from '@cunzhi/core/calendarDate';
import { normalizeName, normalizePhone } from '@cunzhi/core/disclosure/phoneCodes';
import { DomainError } from '@cunzhi/core/errors';
import type { RequestChannel } from '@cunzhi/core/services/requests';
import type { CommandContext } from '../../../platform/command.ts';
import type { Tx } from '../../../platform/db/database.ts';
import { fieldError } from '../../matters/commands/shared.ts';
import { receiptNumber } from '../present.ts';
import {
  findItem,
  findRequest,
  insertRequest,
  nextRequestNumber,
  personName,
  personPhone,
} from '../repository.ts';
import { moveRequest } from './move.ts';

export interface Order {
  itemId: string;
  channel: RequestChannel;
  requester: { personId: string | null; name: string; phone: string | null };
  details: string;
}

/**
 * Takes an order in one transaction: the item must be offered, the request is numbered for its
 * receipt in the village and year, the item's name, materials and promise are copied onto it, and
 * the order opens its timeline (`serviceRequest.ordered`). `then` runs last in the transaction
 * (an order placed for a villager by 代办 records it there: features/assistance).
 */
export async function placeOrder(
  cmd: CommandContext,
  order: Order,
  then?: (tx: Tx, requestId: string) => Promise<void>,
) {
  const id = randomUUID();
  return cmd.db.transaction(async (tx) => {
    const item = await findItem(tx, cmd.villageId, order.itemId);
    if (!item) fieldError('itemId', 'not_found', { what: 'serviceItem' });
    if (!item.active) throw new DomainError('service_item_inactive');
    const today = cmd.clock.today();
    const year = ymd(today).year;
    const number = await nextRequestNumber(tx, cmd.villageId, year);
    await insertRequest(tx, cmd.villageId, {
      id,
      year,
      number,
      item,
      channel: order.channel,
      requesterPersonId: order.requester.personId,
      requesterName: order.requester.name,
      requesterPhone: order.requester.phone,
      details: order.details,
      orderedOn: today,
      orderedBy: cmd.actorAccountId,
    });
    const row = await findRequest(tx, cmd.villageId, id);
    if (!row) throw new Error('request not inserted');
    await moveRequest(tx, cmd, row, { action: 'order', actor: 'villager', note: null });
    if (then) await then(tx, id);
    return { id, receiptNumber: receiptNumber(year, number) };
  });
}

/** A villager orders from their phone: they are the requester, with their registered name. */
export async function orderOwnService(
  cmd: CommandContext,
  input: { itemId: string; details?: string | undefined },
) {
  if (!cmd.personId) throw new DomainError('forbidden');
  const name = await personName(cmd.db, cmd.villageId, cmd.personId);
  if (!name) throw new DomainError('forbidden');
  const phone = await personPhone(cmd.db, cmd.villageId, cmd.personId);
  return placeOrder(cmd, {
    itemId: input.itemId,
    channel: 'phone',
    requester: { personId: cmd.personId, name, phone },
    details: input.details ?? '',
  });
}

/**
 * The counter orders for a villager without a phone: a registered villager chosen (their number
 * from the register unless another is given), or a name typed for one not on the register.
 */
export async function orderAtCounter(
  cmd: CommandContext,
  input: {
    itemId: string;
    requesterPersonId?: string | undefined;
    requesterName?: string | undefined;
    requesterPhone?: string | undefined;
    details?: string | undefined;
  },
) {
  const phoneText = input.requesterPhone?.trim() ?? '';
  const typedPhone = phoneText ? normalizePhone(phoneText) : null;
  if (phoneText && !typedPhone) fieldError('requesterPhone', 'phone_invalid');
  let requester: Order['requester'];
  if (input.requesterPersonId) {
    const name = await personName(cmd.db, cmd.villageId, input.requesterPersonId);
    if (!name) fieldError('requesterPersonId', 'not_found', { what: 'person' });
    const phone = typedPhone ?? (await personPhone(cmd.db, cmd.villageId, input.requesterPersonId));
    requester = { personId: input.requesterPersonId, name, phone };
  } else {
    const name = normalizeName(input.requesterName ?? '');
    if (!name) fieldError('requesterName', 'service_requester_required');
    requester = { personId: null, name, phone: typedPhone };
  }
  return placeOrder(cmd, {
    itemId: input.itemId,
    channel: 'counter',
    requester,
    details: input.details ?? '',
  });
}
