import { randomInt, randomUUID } from 'node:crypto';
import {
  consentTermsProblems,
  type AgentKind,
  type AssistedAct,
} from '@cunzhi/core/assistance/consent';
import { formatChineseDate, type CalendarDate } from '@cunzhi/core/calendarDate';
import { PHONE_CODE } from '@cunzhi/core/disclosure/phoneCodes';
import { DomainError, NOUNS } from '@cunzhi/core/errors';
import type { CommandContext } from '../../../platform/command.ts';
import { recordEvent } from '../../../platform/audit/record.ts';
import { dateField } from '../../../platform/fields.ts';
import type { SmsMessage } from '../../../platform/sms.ts';
import { insertComplaintCode } from '../../complaints/repository.ts';
import { pruneQuestionCodes } from '../../disclosure/repository.ts';
import { codeHash, keyHash, refuseOverLimits } from '../../disclosure/commands/sendQuestionCode.ts';
import { findConsent, insertConsent, revokeConsentRow, sameHousehold } from '../repository.ts';
import { principal, type Agent } from './agent.ts';
import { spendConsentCode, tryConsentCode } from './consentCode.ts';

export interface TermsInput {
  personId: string;
  agentKind: AgentKind;
  agentPersonId?: string | undefined;
  acts: readonly string[];
  endsOn: string;
}

export interface Terms {
  person: { id: string; name: string; phone: string | null };
  agentKind: AgentKind;
  agent: { id: string; name: string } | null;
  acts: AssistedAct[];
  endsOn: CalendarDate;
}

/**
 * The terms as the villager consents to them: the acts (never a ballot), the end date, and whom.
 * A consent to the cadres is recorded by a cadre; one to a relative names a member of the
 * villager's household — the relative recording it themselves, or a cadre naming them.
 */
export async function checkedTerms(
  cmd: CommandContext,
  agent: Agent,
  input: TermsInput,
): Promise<Terms> {
  const endsOn = dateField('endsOn', input.endsOn);
  const problems = consentTermsProblems(input.acts, endsOn, cmd.clock.today());
  if (problems.length > 0) throw new DomainError('validation_failed', {}, problems);
  const person = await principal(cmd.db, cmd, input.personId);
  const acts = [...new Set(input.acts)] as AssistedAct[];
  if (input.agentKind === 'cadres') {
    if (!agent.asCadre) throw new DomainError('forbidden');
    return { person, agentKind: 'cadres', agent: null, acts, endsOn };
  }
  const relativeId = input.agentPersonId ?? agent.personId;
  if (!relativeId || (!agent.asCadre && relativeId !== agent.personId))
    throw new DomainError('forbidden');
  if (!(await sameHousehold(cmd.db, cmd.villageId, relativeId, person.id)))
    throw new DomainError('relative_not_household');
  const relative = await principal(cmd.db, { ...cmd, personId: null }, relativeId);
  return { person, agentKind: 'relative', agent: relative, acts, endsOn };
}

/** The terms in the words the villager hears or reads, for the text message and the form. */
export function termsText(cmd: CommandContext, terms: Terms): string {
  const en = cmd.locale === 'en';
  const acts = terms.acts.map((a) => NOUNS[`act_${a}`][en ? 'en' : 'zh']).join(en ? ', ' : '、');
  const whom = terms.agent?.name ?? (en ? 'the village cadres' : '本村村干部');
  return en
    ? `${whom} may act for you (${acts}) until ${terms.endsOn}`
    : `由${whom}代您办理${acts}，至${formatChineseDate(terms.endsOn)}`;
}

/** What the code is bound to: the same terms must come back with it, or it does not match. */
export const termsKey = (t: Terms) =>
  [t.person.id, t.agentKind, t.agent?.id ?? '', [...t.acts].sort().join(','), t.endsOn].join('|');

/**
 * Step one of a consent by phone: a code texted to the number the register has for the
 * villager, the text saying the terms; entered by the agent with the same terms (step two), it
 * records the consent. The code is bound to the terms (hashed with them), so terms changed
 * after the text was read do not match. Shares the one-time codes' table and sending limits.
 */
export async function sendConsentCode(
  cmd: CommandContext,
  agent: Agent,
  input: TermsInput & { address: string; villageName: string },
  deliver: (message: SmsMessage) => void,
): Promise<{ codeId: string }> {
  const terms = await checkedTerms(cmd, agent, input);
  const phone = terms.person.phone;
  if (!phone) throw new DomainError('consent_no_phone');
  const now = cmd.clock.now();
  const id = randomUUID();
  const code = String(randomInt(0, 10 ** PHONE_CODE.digits)).padStart(PHONE_CODE.digits, '0');
  const keys = {
    phoneHash: keyHash('phone', phone),
    addressHash: keyHash('address', input.address),
  };
  await cmd.db.transaction(async (tx) => {
    await refuseOverLimits(tx, keys, now);
    const expiresAt = new Date(now.getTime() + PHONE_CODE.validMinutes * 60_000);
    const hash = codeHash(id, `${code}\0${termsKey(terms)}`);
    await insertComplaintCode(
      tx,
      cmd.villageId,
      { id, personId: terms.person.id, ...keys, codeHash: hash, sentAt: now, expiresAt },
      'consent',
    );
    await pruneQuestionCodes(tx, new Date(now.getTime() - PHONE_CODE.keptHours * 3_600_000));
  });
  const text =
    cmd.locale === 'en'
      ? `${input.villageName}: ${termsText(cmd, terms)}. Code ${code}; tell it to them only if you agree.`
      : `${input.villageName}代办授权：${termsText(cmd, terms)}。验证码 ${code}，同意请告知代办人，不同意请勿告知。`;
  deliver({ phone, text });
  return { codeId: id };
}

/**
 * Records a villager's consent: on paper (the signed form's photo is attached next, and the
 * consent holds once it is), or with the code texted to their phone, spent here. Audited as
 * assistance.consentRecorded, naming the villager, the agent, the acts and the end date.
 */
export async function recordConsent(
  cmd: CommandContext,
  agent: Agent,
  input: TermsInput & { evidence: 'paper' | 'code'; codeId?: string; code?: string },
) {
  const terms = await checkedTerms(cmd, agent, input);
  const id = randomUUID();
  const codeId =
    input.evidence === 'code'
      ? await tryConsentCode(cmd, { codeId: input.codeId, code: input.code }, termsKey(terms))
      : null;
  await cmd.db.transaction(async (tx) => {
    if (codeId) await spendConsentCode(tx, cmd, codeId);
    await insertConsent(tx, cmd.villageId, {
      ...{ id, personId: terms.person.id, agentKind: terms.agentKind },
      ...{ agentPersonId: terms.agent?.id ?? null, acts: terms.acts, endsOn: terms.endsOn },
      ...{ evidence: input.evidence, recordedBy: agent.accountId, recordedOn: cmd.clock.today() },
    });
    await recordEvent(
      cmd,
      tx,
      'assistance.consentRecorded',
      { type: 'person', id: terms.person.id },
      {
        ...{ consentId: id, name: terms.person.name, agentKind: terms.agentKind },
        ...{ agentPersonId: terms.agent?.id ?? null, agentName: terms.agent?.name ?? null },
        ...{ acts: terms.acts, endsOn: terms.endsOn, evidence: input.evidence },
      },
    );
  });
  return (await findConsent(cmd.db, cmd.villageId, id))!;
}

/** The villager themselves, or a cadre on the villager's word, revokes a consent from today. */
export async function revokeConsent(cmd: CommandContext, agent: Agent, consentId: string) {
  return cmd.db.transaction(async (tx) => {
    const consent = await findConsent(tx, cmd.villageId, consentId);
    if (!consent) throw new DomainError('not_found', { what: 'consent' });
    if (!agent.asCadre && consent.person_id !== agent.personId) throw new DomainError('forbidden');
    const today = cmd.clock.today();
    if (await revokeConsentRow(tx, cmd.villageId, consent.id, today, agent.accountId))
      await recordEvent(
        cmd,
        tx,
        'assistance.consentRevoked',
        { type: 'person', id: consent.person_id },
        { consentId: consent.id, name: consent.person_name, revokedOn: today },
      );
    return (await findConsent(tx, cmd.villageId, consent.id))!;
  });
}
