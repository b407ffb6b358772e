import type { CalendarDate } from '../calendarDate.ts';
import { dueOn } from '../cases/deadlines.ts';
import { defineMachine } from '../cases/machine.ts';
import type { Noun } from '../errors.ts';
import { checkDecidingMeeting, type Authorisation } from '../matters/routing.ts';
import type { MeetingKind } from '../meetings/meetingKinds.ts';
import type { HolidayCalendar } from '../rules/dayCount.ts';
import { finding, type Finding } from '../rules/findings.ts';
import type { RuleParams } from '../rules/profile.ts';
import { clauseLabel } from './clauses.ts';

/**
 * A version of the village rules (村规民约) and its procedure (CGMY-STEPS, the seven ministries'
 * guidance of 2018; VCOL-27-RULES): 征集民意 (collecting) → 拟定草案 (drafting, numbered clauses)
 * → 提请审核 (inReview: the township reads it clause by clause; returned to drafting with its
 * flags, or passed) → 审议表决 (adopted: a resolution of the villagers' assembly, with women
 * present) → 备案 (filed with the township, within the province's days) → 公布 (published). The
 * township may order a correction of an adopted, filed or published version (责令改正); the
 * village answers with a new version, which supersedes the old one when it is published.
 */
export const RULES_STATES = [
  'collecting',
  'drafting',
  'inReview',
  'approved',
  'adopted',
  'filed',
  'published',
  'correctionOrdered',
  'superseded',
] as const;
export type RulesState = (typeof RULES_STATES)[number];

export const RULES_ACTIONS = [
  'draft',
  'submit',
  'return',
  'pass',
  'adopt',
  'file',
  'publish',
  'orderCorrection',
] as const;
export type RulesAction = (typeof RULES_ACTIONS)[number];

/** The village's two committees draft and carry the rules; the township reviews and oversees. */
export const RULES_ACTORS = ['committee', 'township'] as const;
export type RulesActor = (typeof RULES_ACTORS)[number];

export const RULES_MACHINE = defineMachine({
  states: RULES_STATES,
  actions: RULES_ACTIONS,
  roles: RULES_ACTORS,
  transitions: [
    { from: ['collecting'], action: 'draft', to: 'drafting', by: ['committee'] },
    { from: ['drafting'], action: 'submit', to: 'inReview', by: ['committee'] },
    { from: ['inReview'], action: 'return', to: 'drafting', by: ['township'] },
    { from: ['inReview'], action: 'pass', to: 'approved', by: ['township'] },
    { from: ['approved'], action: 'adopt', to: 'adopted', by: ['committee'] },
    { from: ['adopted'], action: 'file', to: 'filed', by: ['committee'] },
    { from: ['filed'], action: 'publish', to: 'published', by: ['committee'] },
    {
      from: ['adopted', 'filed', 'published'],
      action: 'orderCorrection',
      to: 'correctionOrdered',
      by: ['township'],
    },
  ],
  noun: (_kind, value) => `villageRules_${value}` as Noun,
});

/** Clauses are written while opinions come in and while drafting; after that the text is fixed. */
export const EDITABLE_STATES: readonly RulesState[] = ['collecting', 'drafting'];
/** A version still on its way: a village has at most one, besides the rules in force. */
export const OPEN_STATES: readonly RulesState[] = [
  'collecting',
  'drafting',
  'inReview',
  'approved',
  'adopted',
  'filed',
];
/** The version villagers live by: the last published one (a correction order does not repeal it; the village must amend it). */
export const IN_FORCE_STATES: readonly RulesState[] = ['published', 'correctionOrdered'];

/** The resolution that adopts a version, and who was present when it was voted. */
export interface Adoption {
  meetingKind: MeetingKind;
  adoptedOn: CalendarDate;
  revokedOn: CalendarDate | null;
  /** 到会人员 of the meeting and the women among them (表决应有一定比例妇女参会). */
  present: number;
  womenPresent: number;
}

/**
 * Whether a resolution adopts a version lawfully: the assembly's (VCOL-27-RULES, never the
 * representatives', even with an authorisation naming the rules), after the township's review
 * passed ({townshipReview:false} → INVALID_PROCEDURE), not revoked, and with women present
 * (CGMY-STEPS: at least the province's number).
 */
export function checkAdoption(
  a: Adoption,
  reviewPassedOn: CalendarDate | null,
  params: RuleParams['CGMY-STEPS'],
  authorisations: readonly Authorisation[] = [],
): Finding[] {
  const on = a.adoptedOn;
  const wrongBody = checkDecidingMeeting('villageCharter', a.meetingKind, {
    authorisations,
    on,
  });
  if (wrongBody) return [wrongBody];
  const findings: Finding[] = [];
  if (a.revokedOn) findings.push(finding(on, 'CGMY-STEPS', 'resolution_revoked', {}));
  if (reviewPassedOn === null || on < reviewPassedOn)
    findings.push(
      finding(on, 'CGMY-STEPS', 'step_out_of_order', {
        missing: '乡镇审核',
        missingEn: "the township's review",
        step: '村民会议表决',
        stepEn: "the assembly's vote",
      }),
    );
  if (a.womenPresent < params.minWomenPresent)
    findings.push(
      finding(on, 'CGMY-STEPS', 'village_rules_women_absent', {
        count: a.womenPresent,
        min: params.minWomenPresent,
        present: a.present,
      }),
    );
  return findings;
}

/** The last day to file an adopted version with the township (calendar days; a rest day moves it on). */
export function filingDueOn(
  adoptedOn: CalendarDate,
  params: RuleParams['CGMY-STEPS'],
  cal: HolidayCalendar,
): CalendarDate {
  return dueOn(adoptedOn, { days: params.filingDays, unit: 'calendar' }, cal);
}

/** Filing after the due day is recorded and shown to the township: a warning, never a refusal to file. */
export function checkFiling(
  filedOn: CalendarDate,
  adoptedOn: CalendarDate,
  dueDay: CalendarDate,
  params: RuleParams['CGMY-STEPS'],
): Finding[] {
  if (filedOn < adoptedOn)
    return [
      finding(filedOn, 'CGMY-STEPS', 'step_date_order', {
        step: '备案',
        stepEn: 'filing',
        date: filedOn,
        previous: adoptedOn,
      }),
    ];
  if (filedOn <= dueDay) return [];
  return [
    finding(
      filedOn,
      'CGMY-STEPS',
      'village_rules_filing_late',
      { days: params.filingDays, adoptedOn, dueOn: dueDay },
      'warning',
    ),
  ];
}

/** A flag raised on a clause in review: by the content check, or by the township's reader. */
export interface OpenFlag {
  clauseNumber: number;
}

/** The review cannot pass while any flag is open (VCOL-27-RULES: what it flags the township must see corrected). */
export function checkPass(openFlags: readonly OpenFlag[], on: CalendarDate): Finding[] {
  if (openFlags.length === 0) return [];
  const clauses = [...new Set(openFlags.map((f) => f.clauseNumber))].sort((a, b) => a - b);
  return [
    finding(on, 'VCOL-27-RULES', 'village_rules_flags_open', {
      count: openFlags.length,
      clauses: clauses.map(clauseLabel).join('、'),
      clausesEn: clauses.join(', '),
    }),
  ];
}
