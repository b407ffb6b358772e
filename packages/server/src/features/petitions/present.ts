import type { ResponseOf } from '@cunzhi/contract/route';
import type * as contract from '@cunzhi/contract/petitions';
import type { CalendarDate } from '@cunzhi/core/calendarDate';
import { petitionOverdue, type PetitionAction } from '@cunzhi/core/petitions/petitions';
import type { LetterRow, PersonRow, PetitionListRow, StepRow } from './queries.ts';

type Detail = ResponseOf<typeof contract.getPetition>['petition'];
type Summary = ResponseOf<typeof contract.listPetitions>['items'][number];

/** 〔2026〕第3号 */
export const letterNumber = (l: Pick<LetterRow, 'year' | 'number'>) =>
  `〔${l.year}〕第${l.number}号`;

/** A list row; the petitioner's name only for a handler (`handler`). */
export function presentPetitionSummary(
  row: PetitionListRow,
  today: CalendarDate,
  handler: boolean,
): Summary {
  return {
    id: row.id,
    number: row.number,
    villageId: row.village_id,
    villageName: row.village_name,
    form: row.form,
    participants: row.participants,
    subject: row.subject,
    status: row.status,
    receivedOn: row.received_on,
    department: row.department,
    dueOn: row.due_on,
    overdue: petitionOverdue({ status: row.status, dueOn: row.due_on }, today),
    petitionerName: handler ? row.first_name : null,
  };
}

export function presentPetitionDetail(
  row: PetitionListRow,
  today: CalendarDate,
  parts: {
    people: PersonRow[] | null;
    steps: StepRow[];
    letters: LetterRow[];
    sameFactsAs: { id: string; number: number } | null;
    can: PetitionAction[];
  },
): Detail {
  return {
    ...presentPetitionSummary(row, today, parts.people !== null),
    request: row.request,
    facts: row.facts,
    townName: row.town_name,
    forwardedOn: row.forwarded_on,
    assignedOn: row.assigned_on,
    objectionDueOn: row.objection_due_on,
    acceptedOn: row.accepted_on,
    handleDueOn: row.handle_due_on,
    extendedDays: row.extended_days,
    refusalReason: row.refusal_reason,
    opinion: row.opinion,
    answer: row.answer,
    answeredOn: row.answered_on,
    reviewOpinion: row.review_opinion,
    reviewAnswer: row.review_answer,
    reviewedOn: row.reviewed_on,
    reReviewOpinion: row.re_review_opinion,
    reReviewAnswer: row.re_review_answer,
    reReviewedOn: row.re_reviewed_on,
    closedOn: row.closed_on,
    sameFactsAs: parts.sameFactsAs,
    profile: { id: row.profile_id, version: row.profile_version },
    people:
      parts.people?.map((p) => ({
        role: p.role,
        name: p.name,
        idNumber: p.id_number,
        phone: p.phone,
        address: p.address,
      })) ?? null,
    steps: parts.steps.map((s) => ({
      action: s.action,
      status: s.status,
      on: s.on_date,
      by: s.by_name,
      note: s.note,
      dueOn: s.due_on,
    })),
    letters: parts.letters.map((l) => ({
      kind: l.kind,
      number: letterNumber(l),
      issuedOn: l.issued_on,
    })),
    can: parts.can,
  };
}
