/**
 * The messages of the mediation rules' findings (joined into rules/findings.ts's catalog).
 * Each says what the law asks and what the case has; the citation is added where shown.
 */
export const DISPUTES_FINDING_MESSAGES = {
  mediation_size: {
    zh: '人民调解委员会由委员 {min} 至 {max} 人组成，现有 {count} 人',
    en: 'A mediation committee has {min}–{max} members; it has {count}',
  },
  mediation_chair: {
    zh: '人民调解委员会应设主任一人，现有 {count} 人',
    en: 'A mediation committee has one chair; it has {count}',
  },
  mediation_women: {
    zh: '人民调解委员会应当有妇女成员，现有 {count} 名',
    en: 'A mediation committee must include a woman; it has {count}',
  },
  mediation_refused: {
    zh: '当事人{party}明确拒绝调解，不得调解',
    en: 'Party {party} expressly refuses mediation: it may not go ahead',
  },
  mediator_close_relative: {
    zh: '调解员{mediator}是当事人{party}的近亲属，不能调解本纠纷',
    en: 'Mediator {mediator} is a close relative of party {party} and may not mediate this dispute',
  },
  agreement_not_effective: {
    zh: '书面调解协议须经各方当事人签名、盖章或者按指印，调解员签名并加盖人民调解委员会印章后生效，尚缺：{missing}',
    en: 'A written agreement takes effect once every party signs, seals or fingerprints it, the mediator signs and the committee seals it; missing: {missing}',
  },
  confirmation_joint: {
    zh: '司法确认须由双方当事人共同申请，{missing}未参加申请',
    en: 'Judicial confirmation is applied for jointly by the parties; {missing} did not join the application',
  },
  confirmation_late: {
    zh: '调解协议生效已逾{days}日，不能申请司法确认',
    en: 'The agreement took effect more than {days} days ago: judicial confirmation can no longer be applied for',
  },
  confirmation_oral: {
    zh: '口头调解协议不能申请司法确认，请先制作书面调解协议书',
    en: 'An oral agreement cannot be confirmed by a court: make a written agreement first',
  },
} as const satisfies Record<string, { zh: string; en: string }>;
