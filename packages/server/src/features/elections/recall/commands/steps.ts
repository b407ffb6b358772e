/** The recall's steps outside the election machine, named as the refusals name them. */
export const RECALL_STEPS = {
  open: { step: '发起罢免要求', stepEn: 'opening the recall request' },
  submit: { step: '提出罢免要求', stepEn: 'making the recall request' },
  reply: { step: '提出申辩意见', stepEn: 'the member’s reply' },
  schedule: { step: '确定罢免投票日期', stepEn: 'setting the day of the recall vote' },
  vote: { step: '罢免投票', stepEn: 'the recall vote' },
} as const;
