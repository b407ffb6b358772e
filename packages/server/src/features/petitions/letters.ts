import type { ResponseOf } from '@cunzhi/contract/route';
import type * as contract from '@cunzhi/contract/petitions';
import { requestDueOn, type PetitionOpinion } from '@cunzhi/core/petitions/petitions';
import { CHINA_HOLIDAYS } from '@cunzhi/core/rules/holidays';
import type { RuleParams } from '@cunzhi/core/rules/profile';
import { letterNumber } from './present.ts';
import type { LetterRow, PersonRow, PetitionListRow, StepRow } from './queries.ts';

type Letter = ResponseOf<typeof contract.getPetitionLetter>['letter'];

const OPINION_NAMES: Record<PetitionOpinion, { zh: string; en: string }> = {
  support: { zh: '支持', en: 'Supported' },
  explain: { zh: '解释说明', en: 'Explained' },
  decline: { zh: '不予支持', en: 'Not supported' },
};

/** The opinion a letter states and the review it opens (复查 after the reply, 复核 after 复查). */
function opinionPart(row: PetitionListRow, kind: LetterRow['kind'], p: RuleParams) {
  const at = {
    opinion: [row.opinion, row.answer, row.answered_on, 'review'],
    reviewOpinion: [row.review_opinion, row.review_answer, row.reviewed_on, 'reReview'],
    reReviewOpinion: [row.re_review_opinion, row.re_review_answer, row.re_reviewed_on, null],
  } as const;
  if (!(kind in at)) return { opinion: null, answer: null, next: null, nextDue: null };
  const [opinion, answer, on, next] = at[kind as keyof typeof at];
  return {
    opinion,
    answer,
    next,
    nextDue: next && on ? requestDueOn(on, p, CHINA_HOLIDAYS) : null,
  };
}

/**
 * A letter to the petitioner as printed: 受理告知书, 不予受理告知书 (with the reasons), 延期告知书
 * (the days and reasons), 信访处理意见书 and the review opinions (with the last day to ask for the
 * next review, Arts. 35–36). Issued by the department the petition was handed to, else the town.
 */
export function presentLetter(
  row: PetitionListRow,
  letter: LetterRow,
  parts: { people: PersonRow[]; steps: StepRow[]; params: RuleParams },
): Letter {
  const o = opinionPart(row, letter.kind, parts.params);
  const extension = parts.steps.findLast((s) => s.action === 'extend');
  const reason =
    letter.kind === 'refusal'
      ? row.refusal_reason
      : letter.kind === 'extension'
        ? (extension?.note ?? null)
        : null;
  return {
    kind: letter.kind,
    number: letterNumber(letter),
    issuedOn: letter.issued_on,
    villageName: row.village_name,
    townName: row.town_name,
    // 某镇民政办; without a department, the town's government
    issuer: row.department ? `${row.town_name}${row.department}` : `${row.town_name}人民政府`,
    petitioners: parts.people.map((p) => p.name),
    petitionNumber: row.number,
    subject: row.subject,
    request: row.request,
    receivedOn: row.received_on,
    forwardedOn: row.forwarded_on,
    acceptedOn: row.accepted_on,
    handleDueOn: row.handle_due_on,
    extendedDays: row.extended_days,
    reason,
    opinion: o.opinion,
    opinionName: o.opinion ? OPINION_NAMES[o.opinion] : null,
    answer: o.answer,
    nextReviewDueOn: o.nextDue,
    nextReview: o.next,
    fingerprint:
      letter.audit_seq && letter.audit_hash
        ? { seq: Number(letter.audit_seq), hash: letter.audit_hash }
        : null,
  };
}
