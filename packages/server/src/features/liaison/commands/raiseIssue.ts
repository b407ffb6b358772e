import { normalizeName, normalizePhone } from '@cunzhi/core/disclosure/phoneCodes';
import type { LiaisonCategory, LiaisonUrgency } from '@cunzhi/core/liaison/cases';
import type { CommandContext } from '../../../platform/command.ts';
import { personExists } from '../../complaints/repository.ts';
import { personPlace } from '../repository.ts';
import { fieldError } from '../../matters/commands/shared.ts';
import { raiseCase, type CaseReceipt, type Raised } from './intake.ts';

interface IssueFields {
  category: LiaisonCategory;
  urgency: LiaisonUrgency;
  subject: string;
  body: string;
  anonymous: boolean;
  concernsPersonIds?: string[] | undefined;
  sameAsCaseId?: string | undefined;
}

/** A villager raises an issue on the phone: in their name, or anonymous (followed by its 查询码). */
export async function raiseOwnIssue(cmd: CommandContext, input: IssueFields): Promise<CaseReceipt> {
  if (!cmd.personId) fieldError('anonymous', 'not_found', { what: 'person' });
  // an anonymous report keeps no one's name, but stays with the reporter's grid chief
  const place = input.anonymous ? await personPlace(cmd.db, cmd.villageId, cmd.personId) : null;
  return raiseCase(cmd, {
    ...fields(input),
    source: 'villager',
    reporter: input.anonymous ? null : { personId: cmd.personId },
    gridId: place?.grid_id ?? null,
  });
}

/**
 * A grid chief (or a cadre) raises an issue told them on the round: for a registered villager,
 * a name and number written down, or anonymously; in the chief's own grid when the reporter is
 * not registered.
 */
export async function raiseIssueFor(
  cmd: CommandContext,
  input: IssueFields & {
    reporterPersonId?: string | undefined;
    reporterName?: string | undefined;
    reporterPhone?: string | undefined;
  },
): Promise<CaseReceipt> {
  const name = normalizeName(input.reporterName ?? '');
  const phoneText = input.reporterPhone?.trim() ?? '';
  let reporter: Raised['reporter'] = null;
  if (input.anonymous) {
    if (input.reporterPersonId || name || phoneText)
      fieldError('anonymous', 'liaison_anonymous_identity');
  } else if (input.reporterPersonId) {
    if (!(await personExists(cmd.db, cmd.villageId, input.reporterPersonId)))
      fieldError('reporterPersonId', 'not_found', { what: 'person' });
    reporter = { personId: input.reporterPersonId };
  } else {
    if (!name) fieldError('reporterName', 'field_required');
    const phone = phoneText ? normalizePhone(phoneText) : null;
    if (phoneText && !phone) fieldError('reporterPhone', 'phone_invalid');
    reporter = { name, phone };
  }
  const gridId = cmd.actor?.gridsHeaded?.[0] ?? null;
  return raiseCase(cmd, { ...fields(input), source: 'gridChief', reporter, gridId });
}

function fields(input: IssueFields) {
  return {
    anonymous: input.anonymous,
    category: input.category,
    urgency: input.urgency,
    subject: input.subject,
    body: input.body,
    concernsPersonIds: input.concernsPersonIds ?? [],
    sameAsCaseId: input.sameAsCaseId,
  };
}
