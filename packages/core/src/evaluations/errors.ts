import { defineErrors, defineNouns } from '../errorCatalog.ts';

/**
 * The errors of 民主评议（evaluations）: ids are stable (API, UI, tests); messages zh-CN first.
 * `{law}` is the article in words as of the round's date (VCOL Art. 33, from 2026 Art. 38).
 */
export const EVALUATIONS_ERRORS = defineErrors({
  evaluation_host_only: {
    status: 403,
    zh: '民主评议由村务监督机构主持，只有村务监督委员会在任委员可以进行此项操作（{law}）',
    en: 'The supervision body hosts the democratic evaluation: only a serving supervision member may do this ({law})',
  },
  evaluation_not_evaluator: {
    status: 403,
    zh: '您不是本次民主评议的评议人：本次由{evaluators}评议，被评议人不参加评议（{law}）',
    en: 'You are not an evaluator in this round: the {evaluators} evaluates, and the cadres evaluated do not ({law})',
  },
  evaluation_already_rated: {
    status: 409,
    zh: '您已经提交过本次民主评议的评议票，每人只能评议一次',
    en: 'You have already handed in your sheet for this round; each evaluator rates once',
  },
  evaluation_not_open: {
    status: 409,
    zh: '本次民主评议已经计票，不能再评议或登记评议票',
    en: 'This round has been counted; no more sheets can be handed in or entered',
  },
  evaluation_not_counted: {
    status: 409,
    zh: '本次民主评议尚未计票或已经公布',
    en: 'This round has not been counted yet, or has already been published',
  },
  evaluation_no_cadres: {
    status: 422,
    zh: '{date}没有在任的村民委员会成员可供评议',
    en: "No serving villagers' committee member to evaluate on {date}",
  },
  evaluation_sheet_incomplete: {
    status: 400,
    zh: '评议票须对每一位被评议人作出评价（称职、基本称职或不称职）',
    en: 'A sheet rates every cadre evaluated (competent, basically competent or incompetent)',
  },
  evaluation_round_exists: {
    status: 409,
    zh: '{year}年已有一次尚未计票的民主评议，请先计票',
    en: 'A round of {year} is still open; count it first',
  },
  evaluation_held_in_year: {
    status: 400,
    zh: '评议日期须在 {year} 年内',
    en: 'must be a day of {year}',
  },
  evaluation_held_past: {
    status: 400,
    zh: '民主评议在当天或之后召开，不能补记以前的日期',
    en: 'A round is organised for today or a later day, not for a day already past',
  },
  evaluation_person_not_evaluator: {
    status: 400,
    zh: '不是本次民主评议的评议人',
    en: 'is not an evaluator in this round',
  },
  evaluation_person_rated: {
    status: 400,
    zh: '已经提交过评议票',
    en: 'has already handed in a sheet',
  },
  evaluation_not_cadre: {
    status: 400,
    zh: '不是本次民主评议的被评议人',
    en: 'is not a cadre evaluated in this round',
  },
  evaluation_publish_date: {
    status: 400,
    zh: '公布日期须在计票日 {countedOn} 至今天之间',
    en: 'must be between the count ({countedOn}) and today',
  },
  evaluation_paper_exceeds: {
    status: 400,
    zh: '评价票数合计 {total} 张，超过收回的纸质评议票 {sheets} 张',
    en: '{total} ratings are more than the {sheets} paper sheets handed in',
  },
});

/** What these messages can name (`not_found`'s `{what}`). */
export const EVALUATIONS_NOUNS = defineNouns({
  evaluationRound: { zh: '民主评议', en: 'democratic evaluation' },
});
