import type { electionPollingZhCN } from './i18n.polling.zh-CN.ts';

/** The election's second half in English (the same keys as i18n.polling.zh-CN.ts). */
export const electionPollingEn: Record<keyof typeof electionPollingZhCN, string> = {
  'elections.section.polling': 'Polling',
  'elections.section.result': 'Count and result',
  'elections.step.result': 'Public count',
  'elections.step.certified': 'Result announced',
  'elections.step.handover': 'Handover',

  'elections.polling.noticeDue':
    'The polling time, place and tellers are not published yet; publish them by {date}.',
  'elections.polling.round': 'Round',
  'elections.polling.kind.first': 'Round {n}: the election',
  'elections.polling.kind.runoff': 'Round {n}: runoff',
  'elections.polling.kind.revote': 'Round {n}: re-vote',
  'elections.polling.kind.women': "Round {n}: women's runoff",
  'elections.polling.pollingOn': 'Polling day',
  'elections.polling.noticeOn': 'Published on',
  'elections.polling.place': 'Place',
  'elections.polling.place.placeholder': 'e.g. the central polling hall in the committee yard',
  'elections.polling.opensAt': 'Polling opens at',
  'elections.polling.closesAt': 'Polling closes at',
  'elections.polling.notice.booth.hint':
    'Where the secret writing booth will be, if known (it can be changed when polling opens); left blank, the notice says a booth is set up in the hall.',
  'elections.polling.method': 'Ballots',
  'elections.polling.method.paper': 'Paper',
  'elections.polling.method.electronic': 'Electronic',
  'elections.polling.method.hint':
    "A villagers' election is on paper; electronic ballots are for the representatives' meeting only.",
  'elections.polling.openedOn': 'Polling opened on',
  'elections.polling.booth': 'Secret writing booth',
  'elections.polling.booth.hint':
    'Where the secret booth is and how it is set up; polling does not open without one.',
  'elections.polling.tellerRole': 'Role',
  'elections.polling.role.caller': 'Vote-caller',
  'elections.polling.role.counter': 'Counter',
  'elections.polling.role.scrutineer': 'Scrutineer',
  'elections.polling.tellers': 'Callers, counters and scrutineers',
  'elections.polling.tellers.hint':
    "Picked from the village's people. No candidate, nor a candidate's spouse, parent, child or sibling, may serve. Paper ballots need two counters entering them apart.",
  'elections.polling.tellers.add': 'Add a person',
  'elections.polling.notice.publish': 'Publish the polling time, place and tellers',
  'elections.polling.notice.renew': 'Publish again (another teller or place)',
  'elections.polling.notice.hint':
    'The election rules fix polling day; this notice is due five days before it. Published again before polling, the new notice stands.',
  'elections.polling.notice.on': 'Published on',
  'elections.polling.open': 'Open polling',
  'elections.polling.open.hint':
    "Only on polling day, with a secret booth, every objection to the roll decided and every mobile box approved by the town; for a villagers' committee, the departure audit published.",
  'elections.polling.figures': 'Turnout',
  'elections.polling.reload': 'Refresh',
  'elections.polling.registered': 'Registered voters',
  'elections.polling.voted': 'Ballots handed out',
  'elections.polling.ballotsCast': 'Ballots returned',

  'elections.polling.mine.vote': 'You are on this round’s roll: vote now',
  'elections.polling.mine.voted': 'You have voted (only that you voted is kept, never your choice)',

  'elections.proxies': 'Proxies',
  'elections.proxies.none': 'No proxies',
  'elections.proxies.principal': 'Principal',
  'elections.proxies.holder': 'Proxy holder',
  'elections.proxies.lodgedOn': 'Lodged on',
  'elections.proxies.pending': 'Awaiting approval',
  'elections.proxies.published': 'Approved and published {date}',
  'elections.proxies.lodge': 'Lodge a proxy',
  'elections.proxies.lodge.hint':
    'In writing, to a villager registered here who is not a candidate; a holder takes no more than the permitted number and passes none on. Lodged the set days before polling, a proxy counts only once the committee approves and publishes it.',
  'elections.proxies.written': "The principal's written authorisation is in hand",
  'elections.proxies.approve': 'Approve and publish the {n} ticked',

  'elections.boxes': 'Mobile ballot boxes',
  'elections.boxes.none': 'No mobile boxes',
  'elections.boxes.name': 'Box',
  'elections.boxes.name.hint': 'Letters, digits or hyphens, at most 16, e.g. m1',
  'elections.boxes.voters': 'Voters it visits',
  'elections.boxes.scrutineers': 'Scrutineers',
  'elections.boxes.scrutineers.hint': "At least three scrutineers (as the province's rules say).",
  'elections.boxes.publishedOn': 'Published on',
  'elections.boxes.townApproved': "Town's approval",
  'elections.boxes.approve': 'Approve',
  'elections.boxes.awaiting': "Awaiting the town's approval",
  'elections.boxes.record': 'Publish a mobile box',
  'elections.boxes.record.hint':
    'A mobile box needs the township government’s approval and its voters and scrutineers published beforehand; published again before polling, the town approves it anew.',

  'elections.ballots.issue': 'Record ballots handed out',
  'elections.ballots.issue.hint':
    'Record each voter who signed for a ballot; a holder of an approved, published proxy takes the principal’s. One ballot per person per round.',
  'elections.ballots.box': 'Box',
  'elections.ballots.central': 'Central polling hall',
  'elections.ballots.mobile': 'Mobile box {box}',
  'elections.ballots.issued': 'Voters given a ballot',
  'elections.ballots.byProxy': '{name}, taken by {holder}',

  'elections.paper': 'Enter paper ballots',
  'elections.paper.hint':
    'As the caller reads each ballot out, each of two counters enters it at their own desk, numbered as it comes out of the box. Entering a number again corrects one’s own entry; where the two differ, the count names the ballot and waits for the correction.',
  'elections.paper.number': 'Ballot number',
  'elections.paper.number.hint': 'In the order taken out, from 1',
  'elections.paper.seats': '{n} to elect',
  'elections.paper.writeIn': 'Written in',
  'elections.paper.blank': 'none',
  'elections.paper.enter': 'Enter this ballot',
  'elections.paper.entered': 'Entered here',
  'elections.paper.enteredBallot': '{box} no. {n}: {names}',
  'elections.paper.check': '{box}: {n} entered alike by both counters',
  'elections.paper.check.differing': 'Entered differently, call again and check: no. {numbers}',
  'elections.paper.check.single': 'Entered by one counter only: no. {numbers}',

  'elections.tally': "Boxes' tally sheets",
  'elections.tally.none': 'No tally sheet yet',
  'elections.tally.issued': 'Handed out',
  'elections.tally.returned': 'Taken out',
  'elections.tally.signedBy': 'Signed by',
  'elections.tally.signedBy.hint': "At least two of the round's tellers sign.",
  'elections.tally.signedOn': 'Signed on',
  'elections.tally.sign': 'Check and sign a tally sheet',
  'elections.tally.sign.hint':
    'Handed out comes from the signatures for ballots; taken out is counted when the box is opened. Every box’s sheet must match its entries and signatures before the count.',

  'elections.result.notCounted': 'Not counted yet.',
  'elections.result.nextDue': 'Seats remain undecided after the count: a runoff or re-vote is due.',
  'elections.result.toCertify': 'Counted; the result is still to be announced.',
  'elections.result.certified': 'The result was announced on {date}; the handover is due.',
  'elections.result.handedOver': "Handed over on {date}; the election committee's work has ended.",
  'elections.result.womenVacant':
    'The seat of {name} ({votes} votes) is kept for a woman: left vacant when the result is certified, for a by-election',
  'elections.result.womenVacant.none': 'The seat kept for a woman stays vacant until a by-election',
  'elections.result.women':
    'No woman was elected to the committee: the seat of {name} ({votes} votes) goes to a runoff among the women, as the province provides. On its ballot: {names}.',
  'elections.result.women.scheduled': "The women's runoff is scheduled.",
  'elections.result.count': 'Count in public',
  'elections.result.count.hint':
    "On polling day: every paper ballot entered alike by two counters, every box's sheet signed and matching.",
  'elections.result.countedOn': 'Counted on',
  'elections.result.valid': 'Valid',
  'elections.result.void': 'Void',
  'elections.result.test.valid':
    '{voted} voted, more than half of the {registered} registered: the election is valid ({law}).',
  'elections.result.test.void':
    '{voted} voted, not more than half of the {registered} registered: the election is void ({law}).',
  'elections.result.test.win':
    'A candidate needs more than half of the {voted} who voted ({needed} votes) to be elected ({law}).',
  'elections.result.test.runoff':
    'In a runoff the most votes win, but no fewer than a third of the {cast} ballots cast ({needed} votes) ({law}).',
  'elections.result.test.revote':
    'The tied candidates are voted on again; the most votes win ({law}).',
  'elections.result.test.women':
    "The villagers' committee must include a woman; checked before the result is certified ({law}).",
  'elections.result.ballots': '{valid} valid, {blank} blank, {invalid} invalid',
  'elections.result.votes': 'Votes',
  'elections.result.elected': 'Elected',
  'elections.result.tied': 'Tied',
  'elections.result.runoffCandidate': 'In the runoff',
  'elections.result.seats': '{seats} to elect, {elected} elected',
  'elections.result.open': '{n} seats open: a runoff is due',
  'elections.result.tie': '{n} tie for {seats} seats: a re-vote is due',
  'elections.result.schedule.first': 'Hold the election again',
  'elections.result.schedule.first.hint': 'The round is void; the election must be held again.',
  'elections.result.schedule.runoff': 'Schedule the runoff',
  'elections.result.schedule.runoff.hint':
    'Seats left open go to a runoff, that day or within thirty days (by {date}). Its candidates follow from the votes, still more than the seats.',
  'elections.result.schedule.revote': 'Schedule the re-vote',
  'elections.result.schedule.revote.hint':
    'Candidates tied across the last seat are voted on again; the most votes win.',
  'elections.result.schedule.women': "Schedule the women's runoff",
  'elections.result.schedule.women.hint':
    'The committee must include a woman. The runoff is among the women with most votes, still more candidates than the seat, and needs a third of the ballots cast; that day or within thirty days (by {date}).',
  'elections.result.schedule.day.required': 'Choose polling day',
  'elections.result.certify': 'Announce the result',
  'elections.result.certify.hint':
    'The result is announced on polling day or the next; the elected take office and the outgoing term ends the day before.',
  'elections.result.handover': 'Handover',
  'elections.result.handover.hint':
    'Within ten days of the new committee; after it the election committee’s work ends and the election takes no more acts.',
  'elections.result.seated': 'The result',
  'elections.result.certifiedOn': 'Announced on',
  'elections.result.handedOverOn': 'Handed over on',

  'elections.bulletin': 'The counted ballots',
  'elections.bulletin.digest': 'Digest (SHA-256)',
  'elections.bulletin.ballots': 'Ballots counted',
  'elections.bulletin.receipts': 'Ballots handed out',
  'elections.bulletin.open': 'Show every ballot',
  'elections.bulletin.id': 'Ballot id (random)',
  'elections.bulletin.writeIn': 'Written in ({id})',
};
