import type { electionRecallPhoneZhCN } from './i18n.recall.phone.zh-CN.ts';

/** The phone's recall signing and electronic ballot in English (the keys of i18n.recall.phone.zh-CN.ts). */
export const electionRecallPhoneEn: Record<keyof typeof electionRecallPhoneZhCN, string> = {
  'recall.mine.reasons': 'Reasons',
  'recall.mine.count': '{n} signed / {m} needed',
  'recall.mine.open': 'Request a recall',
  'recall.mine.open.hint':
    'Name the member and the reasons. The request is made once a fifth of the voters or a third of the representatives have signed.',
  'recall.mine.open.submit': 'Open the request',
  'recall.mine.member': 'Member to recall',
  'recall.mine.memberRequired': 'Choose the member',
  'recall.mine.reasonsRequired': 'State the reasons',
  'recall.mine.title': 'Recall petitions',
  'recall.mine.hint':
    'Voters of the village may sign a recall request from the phone in their own name; only the organisers and the town see who signed.',
  'recall.mine.none': 'No recall request is collecting signatures.',
  'recall.mine.sign': 'Sign',
  'recall.mine.confirm':
    'Sign in your own name to recall {name}? A signature cannot be taken back.',
  'recall.mine.confirmYes': 'Sign',
  'recall.mine.signed': 'You signed on {date}',
  'recall.mine.closed': 'Signatures closed',
  'recall.home.link': 'Recall petitions',
  'ballot.title': 'Vote',
  'ballot.none': 'No round of this election can be voted on the phone now.',
  'ballot.notOnRoll': 'You are not on the roll of this election.',
  'ballot.post': '{post} ({seats} to elect)',
  'ballot.choose': 'Choose up to {seats}; fewer or none (abstain) is allowed.',
  'ballot.tooMany': 'At most {seats}',
  'ballot.next': 'Next',
  'ballot.back': 'Back',
  'ballot.progress': 'Page {n} of {total}',
  'ballot.review': 'Check your ballot',
  'ballot.review.hint':
    'A cast ballot cannot be changed. Your choices are not kept with your name.',
  'ballot.review.none': 'Abstain',
  'ballot.writeIn.title': 'Someone else',
  'ballot.writeIn.hint':
    'You may also choose a voter of the village who is not a candidate: type a name and choose them from the roll. Together with the candidates, no more than the seats.',
  'ballot.writeIn.search': 'Type a name',
  'ballot.writeIn.add': 'Choose',
  'ballot.writeIn.who': '{name} ({group})',
  'ballot.writeIn.none': 'Nobody called "{name}" is on the roll',
  'ballot.cast': 'Cast my ballot',
  'ballot.receipt': 'Voted',
  'ballot.receipt.hint':
    'You took and cast your ballot in round {round}. This receipt proves that you voted, never what.',
  'ballot.link': 'Vote',
  'ballot.voted': 'Voted',
  'ballot.place': 'Polling place',
  'ballot.proxy.hint':
    'You hold written proxies (approved and published by the election committee). Fill your own ballot and each principal’s, once each.',
  'ballot.proxy.self': 'Yourself',
  'ballot.proxy.for': 'Principal {name}',
  'ballot.proxy.vote': 'Vote for them',
  'ballot.proxy.filling': 'Voting for {name} (proxy)',
  'ballot.proxy.done': 'Voted for {name}',
};
