import { randomUUID } from 'node:crypto';
import type { CalendarDate } from '@cunzhi/core/calendarDate';
import { DomainError } from '@cunzhi/core/errors';
import { CHINA_HOLIDAYS } from '@cunzhi/core/rules/holidays';
import { refuseOnViolation, type Finding } from '@cunzhi/core/rules/findings';
import { flagClauses } from '@cunzhi/core/villageRules/clauses';
import {
  checkAdoption,
  checkFiling,
  checkPass,
  filingDueOn,
  IN_FORCE_STATES,
  RULES_MACHINE,
  type RulesAction,
  type RulesActor,
} from '@cunzhi/core/villageRules/procedure';
import { actDate, type CommandContext } from '../../../platform/command.ts';
import type { Tx } from '../../../platform/db/database.ts';
import { recordEvent } from '../../../platform/audit/record.ts';
import { loadVillageProfile } from '../../../platform/rules/villageProfile.ts';
import { actingAccount, fieldError } from '../../matters/commands/shared.ts';
import {
  clausesOf,
  closeFlag,
  findResolution,
  findVersion,
  flagsOf,
  insertFlag,
  listVersions,
  presenceAt,
  updateVersion,
  type VersionChange,
  type VersionRow,
} from '../repository.ts';
import { lockVersion, versionTarget } from './draft.ts';

export type RulesStep =
  | { action: 'draft' | 'submit' | 'pass' | 'file' | 'publish'; note?: string | undefined }
  | { action: 'return'; reason: string }
  | {
      action: 'adopt';
      resolutionId: string;
      womenPresent?: number | undefined;
      present?: number | undefined;
    }
  | { action: 'orderCorrection'; reason: string; clauses: number[] };

const EVENTS: Record<RulesAction, string> = {
  draft: 'villageRules.drafting',
  submit: 'villageRules.submitted',
  return: 'villageRules.returned',
  pass: 'villageRules.passed',
  adopt: 'villageRules.adopted',
  file: 'villageRules.filed',
  publish: 'villageRules.published',
  orderCorrection: 'villageRules.correctionOrdered',
};

/** The day a step is dated (today unless given), never before the step it follows. */
function dated(cmd: CommandContext, typed: string | undefined, after: CalendarDate | null) {
  const on = actDate(cmd, 'on', typed);
  if (after && on < after) fieldError('on', 'date_order', { other: after });
  return on;
}

const CGMY = async (tx: Tx, cmd: CommandContext, on: CalendarDate) =>
  (await loadVillageProfile(tx, cmd.villageId, on)).profile.params['CGMY-STEPS'];

/**
 * On submission the content check reads every clause: a flag it raised before whose clause no
 * longer breaks the rule closes as amended; what it finds anew opens a flag. The township's
 * own flags stay for the township to close.
 */
async function recheck(tx: Tx, cmd: CommandContext, v: VersionRow, on: CalendarDate) {
  const found = flagClauses(await clausesOf(tx, cmd.villageId, v.id), on);
  const key = (n: number, topic: string | null) => `${n}:${topic ?? ''}`;
  const open = (await flagsOf(tx, cmd.villageId, v.id)).filter(
    (f) => f.origin === 'check' && f.closed_on === null,
  );
  const still = new Set(found.map((f) => key(f.clauseNumber, f.topic)));
  for (const f of open)
    if (!still.has(key(f.clause_number, f.topic)))
      await closeFlag(tx, cmd.villageId, f.id, { on, by: null, closing: 'amended', note: '' });
  const already = new Set(open.map((f) => key(f.clause_number, f.topic)));
  const opened = found.filter((f) => !already.has(key(f.clauseNumber, f.topic)));
  for (const f of opened)
    await insertFlag(tx, cmd.villageId, v.id, {
      id: randomUUID(),
      clause_number: f.clauseNumber,
      origin: 'check',
      topic: f.topic,
      rule_id: f.ruleId,
      excerpt: f.excerpt,
      note: '',
      raisedOn: on,
      raisedBy: null,
    });
  return { flagged: found.length };
}

/** What a step writes, after its own checks; the findings it records (a late filing). */
async function changeOf(
  tx: Tx,
  cmd: CommandContext,
  v: VersionRow,
  step: RulesStep,
  typedOn: string | undefined,
): Promise<{ change: VersionChange; findings: Finding[]; details?: object }> {
  const by = actingAccount(cmd);
  switch (step.action) {
    case 'draft':
      return { change: { drafted_on: dated(cmd, typedOn, v.opinions_from) }, findings: [] };
    case 'submit': {
      const on = dated(cmd, typedOn, v.drafted_on);
      if ((await clausesOf(tx, cmd.villageId, v.id)).length === 0)
        throw new DomainError('village_rules_no_clauses');
      return { change: { submitted_on: on }, findings: [], details: await recheck(tx, cmd, v, on) };
    }
    case 'return':
      return {
        change: {
          reviewed_on: dated(cmd, typedOn, v.submitted_on),
          reviewed_by: by,
          review_note: step.reason,
        },
        findings: [],
      };
    case 'pass': {
      const on = dated(cmd, typedOn, v.submitted_on);
      const open = (await flagsOf(tx, cmd.villageId, v.id)).filter((f) => f.closed_on === null);
      refuseOnViolation(
        checkPass(
          open.map((f) => ({ clauseNumber: f.clause_number })),
          on,
        ),
      );
      return {
        change: { reviewed_on: on, reviewed_by: by, review_note: step.note ?? null },
        findings: [],
      };
    }
    case 'adopt':
      return adoptChange(tx, cmd, v, step);
    case 'file': {
      const on = dated(cmd, typedOn, null);
      const findings = checkFiling(
        on,
        v.adopted_on!,
        v.filing_due_on!,
        await CGMY(tx, cmd, v.adopted_on!),
      );
      refuseOnViolation(findings);
      return { change: { filed_on: on, filing_late: findings.length > 0 }, findings };
    }
    case 'publish':
      return { change: { published_on: dated(cmd, typedOn, v.filed_on) }, findings: [] };
    case 'orderCorrection': {
      const on = dated(cmd, typedOn, v.adopted_on);
      const numbers = new Set((await clausesOf(tx, cmd.villageId, v.id)).map((c) => c.number));
      const wrong = step.clauses.find((n) => !numbers.has(n));
      if (wrong !== undefined)
        fieldError('clauses', 'village_rules_clause_unknown', { number: wrong });
      return {
        change: {
          correction_ordered_on: on,
          correction_ordered_by: by,
          correction_reason: step.reason,
          correction_clauses: [...new Set(step.clauses)].sort((a, b) => a - b),
        },
        findings: [],
      };
    }
  }
}

/**
 * The assembly's resolution adopts the version (VCOL-27-RULES, CGMY-STEPS): dated by the
 * resolution; the women present are counted from the meeting's attendance, or typed from the
 * paper sign-in sheet where no one was checked in on the platform.
 */
async function adoptChange(
  tx: Tx,
  cmd: CommandContext,
  v: VersionRow,
  step: Extract<RulesStep, { action: 'adopt' }>,
) {
  const r = await findResolution(tx, cmd.villageId, step.resolutionId);
  if (!r) fieldError('resolutionId', 'village_rules_resolution_unknown');
  const checkedIn = await presenceAt(tx, cmd.villageId, r.meeting_id);
  const typed = checkedIn.present === 0 && step.womenPresent !== undefined;
  if (typed && (step.present ?? 0) < step.womenPresent!) fieldError('present', 'field_invalid');
  const presence = typed ? { present: step.present!, women: step.womenPresent! } : checkedIn;
  const on = r.adopted_on;
  const params = await CGMY(tx, cmd, on);
  refuseOnViolation(
    checkAdoption(
      {
        meetingKind: r.meeting_kind,
        adoptedOn: on,
        revokedOn: r.revoked_on,
        present: presence.present,
        womenPresent: presence.women,
      },
      v.reviewed_on,
      params,
    ),
  );
  return {
    change: {
      resolution_id: r.id,
      adopted_on: on,
      present_count: presence.present,
      women_present: presence.women,
      filing_due_on: filingDueOn(on, params, CHINA_HOLIDAYS),
    },
    findings: [],
    details: { resolution: `${r.year}-${r.number}`, presenceTyped: typed },
  };
}

/**
 * One step on a version, by the procedure's table (the two committees draft, submit, record
 * the adoption, file and publish; the township returns, passes and orders corrections), in one
 * transaction with its event. Publishing supersedes the version in force before.
 */
export async function stepVersion(
  cmd: CommandContext,
  input: {
    versionId: string;
    roles: RulesActor[];
    revision: number;
    on?: string | undefined;
    step: RulesStep;
  },
): Promise<{ version: VersionRow; findings: Finding[] }> {
  return cmd.db.transaction(async (tx) => {
    const v = await lockVersion(tx, cmd, input.versionId);
    const to = RULES_MACHINE.step(v.state, input.step.action, input.roles);
    if (v.revision !== input.revision) throw new DomainError('conflict_stale');
    const { change, findings, details } = await changeOf(tx, cmd, v, input.step, input.on);
    if (input.step.action === 'publish') {
      const previous = (await listVersions(tx, cmd.villageId)).filter(
        (o) => o.id !== v.id && IN_FORCE_STATES.includes(o.state),
      );
      for (const o of previous)
        await updateVersion(tx, cmd.villageId, o.id, {
          state: 'superseded',
          superseded_on: change.published_on!,
        });
    }
    await updateVersion(tx, cmd.villageId, v.id, { ...change, state: to });
    const { action, ...typed } = input.step;
    await recordEvent(cmd, tx, EVENTS[action], versionTarget(v.id), {
      number: v.number,
      from: v.state,
      to,
      ...typed,
      ...change,
      ...details,
      findings: findings.map((f) => ({ ruleId: f.ruleId, code: f.code, params: f.params })),
    });
    return { version: (await findVersion(tx, cmd.villageId, v.id))!, findings };
  });
}
