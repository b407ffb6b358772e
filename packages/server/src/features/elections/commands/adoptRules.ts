import { DomainError } from '@cunzhi/core/errors';
import { electionTimetable } from '@cunzhi/core/elections/dates';
import type { CommandContext } from '../../../platform/command.ts';
import { actDate } from '../../../platform/command.ts';
import { dateField } from '../../../platform/fields.ts';
import { recordEvent } from '../../../platform/audit/record.ts';
import { findResolution } from '../repository.ts';
import {
  applyAct,
  findingViews,
  loadElection,
  paramsOn,
  refuseEarlier,
  requireCommittee,
} from './shared.ts';

export interface AdoptRulesInput {
  electionId: string;
  resolutionId: string;
  electionDay: string;
  announcedOn?: string | undefined;
}

/**
 * The 选举办法 adopted by a resolution of the assembly or the representatives (the decisions
 * capability's resolution, not revoked, adopted after the draft was published for comment),
 * fixing polling day; announced with every date the polling day fixes (core's
 * electionTimetable, by the profile of the adoption's day). The act's date is the
 * resolution's: the roll must still be publishable 20 days ahead (VCOL-14-LIST).
 */
export async function adoptRules(cmd: CommandContext, input: AdoptRulesInput) {
  const electionDay = dateField('electionDay', input.electionDay);
  return cmd.db.transaction(async (tx) => {
    const election = await loadElection(tx, cmd, input.electionId);
    const resolution = await findResolution(tx, cmd.villageId, input.resolutionId);
    if (!resolution || resolution.revoked_on)
      throw new DomainError('validation_failed', {}, [
        { field: 'resolutionId', error: 'election_resolution_unknown' },
      ]);
    const on = resolution.adopted_on;
    await requireCommittee(tx, cmd, election, 'adoptRules', on);
    const draftOn = election.rules_draft_published_on;
    if (!draftOn && election.stage === 'committeeChosen')
      throw new DomainError('election_rules_draft_first');
    if (draftOn && on < draftOn)
      throw new DomainError('validation_failed', {}, [
        {
          field: 'resolutionId',
          error: 'election_resolution_before_draft',
          params: { adoptedOn: on, draftOn },
        },
      ]);
    const announcedOn = input.announcedOn ? actDate(cmd, 'announcedOn', input.announcedOn) : on;
    if (announcedOn < on) refuseEarlier(announcedOn, 'XJGC-EC', 'adoptRules', 'adoptRules', on);
    const timetable = electionTimetable(electionDay, await paramsOn(tx, cmd, on));
    const { findings } = await applyAct(
      tx,
      cmd,
      election,
      { step: 'adoptRules', on, electionDay },
      {
        rules_resolution_id: resolution.id,
        rules_adopted_on: on,
        rules_announced_on: announcedOn,
        election_day: electionDay,
        timetable: JSON.stringify(timetable),
      },
    );
    await recordEvent(
      cmd,
      tx,
      'election.rulesAdopted',
      { type: 'election', id: election.id },
      {
        resolutionId: resolution.id,
        adoptedOn: on,
        announcedOn,
        electionDay,
        timetable,
        findings: findingViews(findings, 'zh-CN'),
      },
    );
    return { id: election.id, findings };
  });
}
