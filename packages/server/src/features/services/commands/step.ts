import { randomUUID } from 'node:crypto';
import { pausedDue } from '@cunzhi/core/cases/deadlines';
import { DomainError } from '@cunzhi/core/errors';
import { CHINA_HOLIDAYS } from '@cunzhi/core/rules/holidays';
import { requestDueOn } from '@cunzhi/core/services/requests';
import type { CommandContext } from '../../../platform/command.ts';
import type { Tx } from '../../../platform/db/database.ts';
import { loadVillageProfile } from '../../../platform/rules/villageProfile.ts';
import { actingAccount } from '../../matters/commands/shared.ts';
import { moveReferral } from '../../townInbox/commands/stepReferral.ts';
import { fileTownReferral, findReferral } from '../../townInbox/repository.ts';
import { receiptNumber } from '../present.ts';
import { accountDisplayName, type RequestRow } from '../repository.ts';
import { notifyPerson } from '../../notifications/enqueue.ts';
import { checkFirstContact, lockRequest, moveRequest } from './move.ts';
// the town's steps on what this module hands up flow back (registered wherever it can be filed)
import './townHook.ts';

export type StaffStep =
  | { action: 'accept'; missingMaterials?: string[] | undefined }
  | { action: 'askMaterials'; missingMaterials: string[] }
  | { action: 'supplyMaterials' }
  | { action: 'process' }
  | { action: 'handToTown'; note?: string | undefined }
  | { action: 'complete'; result: string }
  | { action: 'refuse'; reason: string };

/**
 * A staffer takes a step on a request, in one transaction. Two staffers accepting the same
 * request at once: the row is locked, the second finds it accepted and is refused.
 */
export async function stepServiceRequest(
  cmd: CommandContext,
  requestId: string,
  step: StaffStep,
): Promise<void> {
  await cmd.db.transaction(async (tx) => {
    const locked = await lockRequest(tx, cmd, requestId);
    // a second acceptance is told the request is accepted already (the machine's 409)
    const row = step.action === 'accept' ? locked : await checkFirstContact(tx, cmd, locked);
    switch (step.action) {
      case 'accept':
        return accept(tx, cmd, row, step.missingMaterials ?? []);
      case 'askMaterials':
        return askMaterials(tx, cmd, row, step.missingMaterials);
      case 'supplyMaterials':
        return moveRequest(tx, cmd, row, {
          action: 'supplyMaterials',
          actor: 'stationStaff',
          change: {
            pausedOn: null,
            missingMaterials: [],
            // waiting for materials stopped the clock: the due date moves by the days it stood
            dueOn:
              row.due_on && row.paused_on
                ? pausedDue(
                    row.due_on,
                    row.paused_on,
                    cmd.clock.today(),
                    CHINA_HOLIDAYS,
                    row.promised_unit,
                  )
                : row.due_on,
          },
        });
      case 'process':
        return moveRequest(tx, cmd, row, { action: 'process', actor: 'stationStaff' });
      case 'handToTown':
        return handToTown(tx, cmd, row, step.note ?? null);
      case 'complete':
        await moveRequest(tx, cmd, row, {
          action: 'complete',
          actor: 'stationStaff',
          change: { result: step.result, closedOn: cmd.clock.today() },
          note: step.result,
        });
        return tellRequester(tx, cmd, row, 'serviceCompleted');
      case 'refuse':
        return refuse(tx, cmd, row, step.reason);
    }
  });
}

/** The staffer who first takes it becomes its 首问责任人; its promise runs from today. */
async function accept(tx: Tx, cmd: CommandContext, row: RequestRow, missing: string[]) {
  const today = cmd.clock.today();
  const { profile } = await loadVillageProfile(tx, cmd.villageId, today);
  const account = actingAccount(cmd);
  const dueOn = requestDueOn(
    today,
    { days: row.promised_days, unit: row.promised_unit },
    CHINA_HOLIDAYS,
  );
  await moveRequest(tx, cmd, row, {
    action: 'accept',
    actor: 'stationStaff',
    change: {
      firstContactAccountId: account,
      firstContactName: (await accountDisplayName(tx, account)) ?? '',
      acceptedOn: today,
      dueOn,
      profileId: profile.id,
      profileVersion: profile.version,
      ladder: profile.params['SEED002-SERVICE-LADDER'],
    },
  });
  // missing materials are told at once, in one list (一次性告知), and the clock stops
  if (missing.length > 0)
    await askMaterials(tx, cmd, { ...row, state: 'accepted', due_on: dueOn }, missing);
}

async function askMaterials(tx: Tx, cmd: CommandContext, row: RequestRow, missing: string[]) {
  const list = [...new Set(missing.map((m) => m.trim()).filter(Boolean))];
  await moveRequest(tx, cmd, row, {
    action: 'askMaterials',
    actor: 'stationStaff',
    change: { missingMaterials: list, pausedOn: cmd.clock.today() },
    note: list.join('、'),
  });
  await tellRequester(tx, cmd, row, 'serviceMaterials');
}

async function refuse(tx: Tx, cmd: CommandContext, row: RequestRow, reason: string) {
  const account = actingAccount(cmd);
  await moveRequest(tx, cmd, row, {
    action: 'refuse',
    actor: 'stationStaff',
    change: {
      refusalReason: reason,
      closedOn: cmd.clock.today(),
      pausedOn: null,
      ...(row.first_contact_account_id
        ? {}
        : {
            firstContactAccountId: account,
            firstContactName: (await accountDisplayName(tx, account)) ?? '',
          }),
    },
    note: reason,
  });
  await tellRequester(tx, cmd, row, 'serviceRefused');
}

/**
 * The requester is told, in the step's transaction, when the request is finished, refused or
 * waits for their materials (docs/notifications.md): what and why they read on 我的代办.
 */
async function tellRequester(
  tx: Tx,
  cmd: CommandContext,
  row: RequestRow,
  kind: 'serviceCompleted' | 'serviceRefused' | 'serviceMaterials',
) {
  await notifyPerson(cmd, tx, {
    kind,
    about: { kind: 'serviceRequest', id: row.id },
    causeId: randomUUID(),
    personId: row.requester_person_id,
    phone: row.requester_phone,
    title: row.item_name,
    on: cmd.clock.today(),
    path: `/v/${cmd.villageId}/my-services`,
  });
}

/**
 * 全程代办: the request goes to the window's town department, due on the day promised to the
 * villager; one returned as "not ours" earlier is handed up again (refiled). The department's
 * steps come back through the town inbox's hook (townHook.ts).
 */
async function handToTown(tx: Tx, cmd: CommandContext, row: RequestRow, note: string | null) {
  if (!row.full_agency) throw new DomainError('service_no_agency');
  if (!row.department_id) throw new DomainError('service_no_department');
  let referralId = row.town_referral_id;
  const earlier = referralId
    ? await findReferral(tx, cmd.villageId, referralId, { forUpdate: true })
    : null;
  if (earlier) {
    await moveReferral(
      tx,
      earlier,
      'village',
      'refile',
      { departmentId: row.department_id, dueOn: row.due_on, text: note ?? '' },
      {
        accountId: cmd.actorAccountId,
        at: cmd.clock.now(),
        today: cmd.clock.today(),
        config: cmd.config,
      },
    );
  } else {
    const materials = row.materials.length ? `所需材料：${row.materials.join('、')}。` : '';
    ({ referralId } = await fileTownReferral(tx, cmd, {
      source: { kind: 'service', id: row.id },
      addressee: 'department',
      departmentId: row.department_id,
      dueOn: row.due_on,
      subject: `${row.item_name}（${receiptNumber(row.year, row.number)}，申请人${row.requester_name}）`,
      summary: [row.details, materials, note].filter(Boolean).join('\n'),
    }));
  }
  await moveRequest(tx, cmd, row, {
    action: 'handToTown',
    actor: 'stationStaff',
    change: { townReferralId: referralId ?? undefined },
    note: row.department_name ?? note,
  });
}
