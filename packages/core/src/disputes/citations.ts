import type { Citation } from '../rules/citations.ts';

/**
 * Where the mediation rules are written (RULES.md §9): 《人民调解法》 (2010-08-28, in force
 * 2011-01-01), cited by its short title as a village's papers and refusals do, and the Supreme
 * People's Court's rules on judicial confirmation (2011) for the court's own periods.
 */
const RMTJ = { zh: '《人民调解法》', en: "People's Mediation Law" };
const SPC_CONFIRM = {
  zh: '《最高人民法院关于人民调解协议司法确认程序的若干规定》',
  en: "Supreme People's Court Rules on Judicial Confirmation of Mediation Agreements",
};
const cite = (article: string, force: Citation['force'] = 'statute'): Citation => ({
  source: RMTJ,
  version: '2010-08-28',
  article,
  force,
});

export const DISPUTES_CITATIONS = {
  /** 委员三至九人, 设主任一人, 应当有妇女成员. */
  'RMTJ-08-SIZE': cite('第八条'),
  /** Mediators must not favour a party (偏袒一方当事人): a party's close relative does not mediate. */
  'RMTJ-15-IMPARTIAL': cite('第十五条', 'policy'),
  /** 当事人一方明确拒绝调解的，不得调解. */
  'RMTJ-17-CONSENT': cite('第十七条'),
  /** Failed mediation ends, and the parties are told of arbitration, administrative and court routes. */
  'RMTJ-26-END': cite('第二十六条'),
  /** A written agreement's effect (signatures, fingerprints, mediator, seal); an oral one's. */
  'RMTJ-29-EFFECT': cite('第二十九条、第三十条'),
  /** Joint application within 30 days of effect. */
  'RMTJ-33-CONFIRM': cite('第三十三条'),
  /** The court decides on acceptance in 3 days and on confirmation in 15 (+10). */
  'RMTJ-SPC-COURT': {
    source: SPC_CONFIRM,
    version: '2011-03-23',
    article: '第四条、第五条',
    force: 'statute',
  },
} as const satisfies Record<string, Citation>;
