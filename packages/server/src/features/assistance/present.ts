import { consentRefusal } from '@cunzhi/core/assistance/consent';
import type { CalendarDate } from '@cunzhi/core/calendarDate';
import { NOUNS } from '@cunzhi/core/errors';
import type { AssistedActRow, ConsentRow } from './repository.ts';

const actName = (act: ConsentRow['acts'][number]) => {
  const { zh, en } = NOUNS[`act_${act}`];
  return { zh, en };
};

export function presentConsent(c: ConsentRow, today: CalendarDate) {
  const terms = { acts: c.acts, endsOn: c.ends_on, revokedOn: c.revoked_on };
  // in force for some act today: only its scope can still refuse one
  const refusal = consentRefusal(terms, c.acts[0]!, today);
  return {
    id: c.id,
    person: { id: c.person_id, name: c.person_name },
    agentKind: c.agent_kind,
    agentName: c.agent_name,
    acts: c.acts,
    actNames: c.acts.map(actName),
    endsOn: c.ends_on,
    evidence: c.evidence,
    formAttached: c.form_attached,
    recordedBy: c.recorded_by,
    recordedOn: c.recorded_on,
    revokedOn: c.revoked_on,
    inForce: refusal === null && (c.evidence === 'code' || c.form_attached),
  };
}

export function presentAct(a: AssistedActRow) {
  return {
    id: a.id,
    act: a.act,
    actName: actName(a.act),
    person: { id: a.person_id, name: a.person_name },
    subject: a.subject,
    agentName: a.agent_name,
    consentId: a.consent_id,
    evidence: a.evidence,
    doneAt: a.done_at.toISOString(),
  };
}
