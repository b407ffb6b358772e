/** Shapes of the disclosure API, taken from the contract (packages/contract/src/disclosure.ts). */
import type { z } from 'zod';
import type { BodyIn, ResponseOf } from '@cunzhi/contract/route';
import type * as contract from '@cunzhi/contract/disclosure';

export type CalendarResponse = ResponseOf<typeof contract.getDisclosureCalendar>;
export type CalendarItemView = z.output<typeof contract.CalendarItemView>;
export type CalendarNoticeView = z.output<typeof contract.CalendarNoticeView>;
export type BoardPostingView = z.output<typeof contract.BoardPostingView>;
export type PublishAffairsInput = BodyIn<typeof contract.publishAffairsNotice>;
export type PublishAffairsResponse = ResponseOf<typeof contract.publishAffairsNotice>;
export type NoticeQuestionsResponse = ResponseOf<typeof contract.listNoticeQuestions>;
export type QuestionView = z.output<typeof contract.QuestionView>;
export type AskQuestionInput = BodyIn<typeof contract.askQuestion>;
export type QuestionResponse = ResponseOf<typeof contract.askQuestion>;
export type VillageQuestionsResponse = ResponseOf<typeof contract.listVillageQuestions>;
export type VillageQuestionItem = VillageQuestionsResponse['items'][number];
export type PostingResponse = ResponseOf<typeof contract.recordBoardPosting>;
