import type { CalendarDate } from '@cunzhi/core/calendarDate';
import { DomainError, type Locale } from '@cunzhi/core/errors';
import {
  applyElectionActOrThrow,
  type ElectionAct,
  type ElectionRecord,
} from '@cunzhi/core/elections/machine';
import { STEP_NAMES, stepName, type StepName } from '@cunzhi/core/elections/steps';
import { citationText } from '@cunzhi/core/rules/citations';
import {
  finding,
  findingWithCitation,
  RuleRefusal,
  type Finding,
} from '@cunzhi/core/rules/findings';
import type { RuleId } from '@cunzhi/core/rules/citations';
import type { RuleParams } from '@cunzhi/core/rules/profile';
import type { CommandContext } from '../../../platform/command.ts';
import type { Queryable, Tx } from '../../../platform/db/database.ts';
import { loadVillageProfile } from '../../../platform/rules/villageProfile.ts';
import {
  committeeOf,
  findElection,
  updateElection,
  type ElectionColumns,
  type ElectionRow,
} from '../repository.ts';

export async function loadElection(
  db: Queryable,
  cmd: CommandContext,
  id: string,
  lock: '' | 'FOR UPDATE' | 'FOR SHARE' = 'FOR UPDATE',
): Promise<ElectionRow> {
  const row = await findElection(db, cmd.villageId, id, lock);
  if (!row) throw new DomainError('not_found', { what: 'election' });
  return row;
}

/**
 * 村民选举委员会主持选举 (XJGC-EC): the acting person sits on this election's committee
 * today (a villager passes the route's guard; the seat is checked here). A command the
 * system runs (demo, CLI) acts for the committee.
 */
export async function requireCommittee(
  db: Queryable,
  cmd: CommandContext,
  election: ElectionRow,
  step: StepName,
  on: CalendarDate,
): Promise<void> {
  if (!cmd.actor) return;
  const members = await committeeOf(db, cmd.villageId, election.id);
  const seated = members.some((m) => m.status === 'seated' && m.person_id === cmd.personId);
  if (!seated)
    throw new DomainError('election_committee_only', {
      step: cmd.locale === 'en' ? STEP_NAMES[step].en : STEP_NAMES[step].zh,
      law: citationText('XJGC-EC', cmd.locale, on),
    });
}

/** The profile the act of day `on` is judged by (the law of that day, the province, the charter). */
export async function paramsOn(
  db: Queryable,
  cmd: CommandContext,
  on: CalendarDate,
): Promise<RuleParams> {
  return (await loadVillageProfile(db, cmd.villageId, on)).profile.params;
}

/**
 * Runs one act through core's state machine (a refusal is thrown citing its article) and
 * writes the record back with the step's columns; returns the findings it recorded.
 */
export async function applyAct(
  tx: Tx,
  cmd: CommandContext,
  election: ElectionRow,
  act: ElectionAct,
  set: ElectionColumns = {},
): Promise<{ record: ElectionRecord; findings: readonly Finding[] }> {
  const p = await paramsOn(tx, cmd, act.on);
  const out = applyElectionActOrThrow(election.record, act, p);
  await updateElection(tx, cmd.villageId, election.id, out.record, set);
  return out;
}

type Named = StepName | { step: string; stepEn: string };
const named = (s: Named) => (typeof s === 'string' ? stepName(s) : s);

/** A step outside the machine (publishing the committee, the draft rules…) refused for its order. */
export function refuseOrder(on: CalendarDate, rule: RuleId, step: Named, missing: Named): never {
  const m = named(missing);
  throw new RuleRefusal(
    finding(on, rule, 'election_step_order', {
      ...named(step),
      missing: m.step,
      missingEn: m.stepEn,
    }),
  );
}

/** A step dated before the one it follows. */
export function refuseEarlier(
  on: CalendarDate,
  rule: RuleId,
  step: Named,
  previous: Named,
  previousOn: CalendarDate,
): never {
  const p = named(previous);
  throw new RuleRefusal(
    finding(on, rule, 'election_step_date', {
      ...named(step),
      on,
      previous: p.step,
      previousEn: p.stepEn,
      previousOn,
    }),
  );
}

/** Findings in words for the answer and the audit event. */
export function findingViews(findings: readonly Finding[], locale: Locale) {
  return findings.map((f) => ({
    ruleId: f.ruleId,
    severity: f.severity,
    text: findingWithCitation(f, locale),
  }));
}

/** The steps outside the machine, named as the notices name them. */
export const EXTRA_STEPS = {
  publishCommittee: { step: '公布村民选举委员会名单', stepEn: 'publishing the election committee' },
  fileCommittee: {
    step: '村民选举委员会报乡镇备案',
    stepEn: 'filing the election committee with the town',
  },
  objectCommittee: {
    step: '对村民选举委员会提出异议',
    stepEn: 'objecting to the election committee',
  },
  rulesDraft: { step: '公布选举办法草案征求意见', stepEn: 'publishing the draft election rules' },
  registerVoter: { step: '选民登记', stepEn: 'registering voters' },
} as const;
