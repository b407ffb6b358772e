import type { electionPaperZhCN } from './i18n.print2.zh-CN.ts';

/** The election's second half on paper and on the projector in English (the same keys). */
export const electionPaperEn: Record<keyof typeof electionPaperZhCN, string> = {
  'elections.paper.link.polling': 'Print the polling notice',
  'elections.paper.link.proxies': 'Print the proxies',
  'elections.paper.link.ballot': 'Print the ballots',
  'elections.paper.link.tally': 'Print the tally sheets',
  'elections.paper.link.voters': 'Print the voters by household',
  'elections.paper.link.result': 'Print the result',
  'elections.paper.link.certificate': 'Print the certificates',
  'elections.paper.link.handover': 'Print the handover list',
  'elections.paper.link.live': 'Projector',
  'elections.paper.link.more': 'Print',

  'elections.paper.semicolon': '; ',
  'elections.paper.paren': ' ({text})',
  'elections.paper.people': '{n}',
  'elections.paper.sheets': '{n}',
  'elections.paper.dateBlank': '____ (date)',
  'elections.paper.kind.first': 'Polling',
  'elections.paper.kind.runoff': 'Runoff',
  'elections.paper.kind.revote': 'Re-vote',
  'elections.paper.kind.women': 'Runoff for the woman member',
  'elections.paper.role.caller': 'Vote callers',
  'elections.paper.role.counter': 'Counters',
  'elections.paper.role.scrutineer': 'Scrutineers',
  'elections.paper.body.villagersCommittee': "villagers' committee",
  'elections.paper.body.supervisionCommittee': 'village affairs supervision committee',
  'elections.paper.box.central': 'Central ballot box',
  'elections.paper.box.mobile': 'Mobile box ({box})',
  'elections.paper.box.name': 'Box',
  'elections.paper.box.voters': 'Voters served',
  'elections.paper.box.scrutineers': 'Scrutineers',
  'elections.paper.box.approved': 'Town approval',
  'elections.paper.box.pending': 'pending',

  'elections.paper.polling.title': 'Notice of polling',
  'elections.paper.polling.intro':
    'Under {law}, the time, place and manner of polling in {election}{round} and the vote callers, counters and scrutineers are announced as follows:',
  'elections.paper.polling.when': '1. Time and place',
  'elections.paper.polling.day': 'Polling on {date}, from ____ to ____.',
  'elections.paper.polling.hours': 'Polling on {date}, from {opens} to {closes}.',
  'elections.paper.polling.place': 'Central polling station: {place}.',
  'elections.paper.polling.booth': 'Secret writing booth: {booth} ({law}).',
  'elections.paper.polling.boothToSet': 'A secret writing booth is set up in the hall ({law}).',
  'elections.paper.polling.method.paper':
    'Manner: paper ballots, secret ballot, called and counted in public;',
  'elections.paper.polling.method.electronic':
    'Manner: electronic ballots, secret ballot, counted in public when polling closes;',
  'elections.paper.polling.tellers': '2. Vote callers, counters and scrutineers',
  'elections.paper.polling.recusal':
    'Candidates and their spouses, parents, children and siblings may not call, count or scrutinise ({law}).',
  'elections.paper.polling.proxies': '3. Proxies',
  'elections.paper.polling.proxiesApproved':
    'Proxies approved and published by the election committee: {n}, listed in the notice of proxies.',
  'elections.paper.polling.proxiesNone': 'No proxy has been approved and published so far.',
  'elections.paper.polling.proxyRule':
    'A proxy is given in writing and counts only once the election committee has approved and published it ({law}).',
  'elections.paper.polling.boxes': '4. Mobile ballot boxes',
  'elections.paper.polling.boxRule':
    'Mobile boxes are approved by the township government, each carried by at least three scrutineers; the voters each visits are published separately ({law}).',
  'elections.paper.polling.bring': ' ballots are handed out on showing one’s ID.',

  'elections.paper.proxies.title': 'Notice of proxies',
  'elections.paper.proxies.intro':
    'Under {law}, the election committee has approved {n} proxies for {election}, published here:',
  'elections.paper.proxies.principal': 'Principal',
  'elections.paper.proxies.holder': 'Proxy holder',
  'elections.paper.proxies.lodged': 'Lodged',
  'elections.paper.proxies.rule':
    'The holder takes the ballot and votes for the principal on this notice and may not pass it on; a proxy not approved and published is void.',

  'elections.paper.ballot.title': 'Ballot: {election}',
  'elections.paper.ballot.seal': '{issuer} (seal)',
  'elections.paper.ballot.post': '{post} ({seats} to elect)',
  'elections.paper.ballot.names': 'Name',
  'elections.paper.ballot.mark': 'Mark',
  'elections.paper.ballot.writeIn': 'Other',
  'elections.paper.ballot.rulesTitle': 'How to mark',
  'elections.paper.ballot.rule.mark':
    'For: draw “○” in the box under the name; against: draw “×”; to abstain, leave it blank.',
  'elections.paper.ballot.rule.writeIn':
    'To choose someone else, write their name in an “Other” box and draw “○” under it.',
  'elections.paper.ballot.rule.tooMany':
    'A post on which more people are chosen (○ plus names written in) than it has seats is void on this ballot; as many or fewer is valid.',
  'elections.paper.ballot.rule.twoPosts':
    'A person chosen for two or more posts voids those posts on this ballot.',
  'elections.paper.ballot.rule.twice': 'A person chosen twice on one post counts once.',
  'elections.paper.ballot.rule.secret':
    'Fill in the ballot in the secret writing booth ({law}); write nothing else and make no other mark on it.',

  'elections.paper.tally.title': 'Tally sheet: {election}',
  'elections.paper.tally.round': '{kind}, {date}',
  'elections.paper.tally.issued': 'Ballots handed out',
  'elections.paper.tally.returned': 'Ballots taken out',
  'elections.paper.tally.strokes': 'Count (strokes)',
  'elections.paper.tally.votes': 'Votes',
  'elections.paper.tally.writeIns': 'Others written in',
  'elections.paper.tally.ballots': 'Valid ____   Invalid ____   Blank (abstained) ____',
  'elections.paper.tally.sign': 'Signed:',

  'elections.paper.voters.title': 'Voters by household',
  'elections.paper.voters.intro':
    '{n} voters are registered for {election}, by villager group and household, to sign for their ballots on {date}.',
  'elections.paper.voters.household': 'Household',
  'elections.paper.voters.sign': 'Signature (or thumbprint)',
  'elections.paper.voters.note':
    'Each voter signs or presses a thumbprint on taking a ballot; a proxy holder signs their own name in the principal’s row and writes “for”. No ID numbers or phones on this list.',

  'elections.paper.result.title': 'Notice of the election result',
  'elections.paper.result.intro':
    '{election} has been polled and counted in public. Under {law}, the result is announced as follows:',
  'elections.paper.result.none': 'Not yet counted.',
  'elections.paper.result.round': '{kind} ({date})',
  'elections.paper.electorate.villagers': 'registered voters',
  'elections.paper.electorate.representatives': 'representatives',
  'elections.paper.result.valid':
    '{registered} {who}, {voted} voted: more than half ✔, the election is valid ({law}). {cast} ballots taken out.',
  'elections.paper.result.void':
    '{registered} {who}, {voted} voted: not more than half, this poll is void ({law}). {cast} ballots taken out.',
  'elections.paper.result.post':
    '{post}: {seats} to elect; {valid} valid, {invalid} invalid, {blank} blank',
  'elections.paper.result.votes': 'Votes',
  'elections.paper.result.outcome': 'Outcome',
  'elections.paper.result.elected': 'Elected',
  'elections.paper.result.tied': 'Tied',
  'elections.paper.result.tiedNote':
    '{names} tied: a re-vote for the last {seats} seat(s), most votes winning.',
  'elections.paper.result.open': '{open} seat(s) still open: a runoff among {names} ({law}).',
  'elections.paper.result.bar':
    'A candidate is elected with more than half of the votes of the {who} who voted; ✔ marks more than half ({law}).',
  'elections.paper.result.barRevote': 'In a re-vote most votes win ({law}).',
  'elections.paper.result.barRunoff':
    'In a runoff most votes win, with at least a third of the ballots cast; ✔ marks a third ({law}).',
  'elections.paper.result.seated': 'Elected to the new {body}: {seats}.',
  'elections.paper.result.seatedPost': '{post}: {names}',
  'elections.paper.result.announce': 'The result is announced as {law} requires.',

  'elections.paper.certificate.title': 'Certificate of election',
  'elections.paper.certificate.to': 'To {name}:',
  'elections.paper.certificate.text':
    'In {election} you were elected {post} of the {body} of {village} ({votes} votes).',
  'elections.paper.certificate.hereby': 'This certificate is issued accordingly.',
  'elections.paper.certificate.none':
    'The result is not yet certified: no certificate can be printed.',

  'elections.paper.handover.title': 'Handover list of the {body}',
  'elections.paper.handover.notYet':
    'The new committee is not yet elected: for preparation only, not a record of the handover.',
  'elections.paper.handover.intro':
    'The new {body} was elected on {electedOn}. Under {law}, the outgoing {body} hands over by {by}, the election committee presiding and the government of {town} supervising.',
  'elections.paper.handover.newMembers': 'The new {body}: {names}.',
  'elections.paper.handover.item': 'Item',
  'elections.paper.handover.detail': 'Quantity and details',
  'elections.paper.handover.note': 'Notes',
  'elections.paper.handover.items.seals': 'Seals (official, finance)',
  'elections.paper.handover.items.premises': 'Premises, equipment and supplies',
  'elections.paper.handover.items.accounts': 'Books, vouchers, statements, bank accounts',
  'elections.paper.handover.items.assets': 'Registers of collective funds, assets and resources',
  'elections.paper.handover.items.contracts': 'Contracts and agreements',
  'elections.paper.handover.items.debts': 'Claims and debts',
  'elections.paper.handover.items.archives': 'Files and records',
  'elections.paper.handover.items.pending': 'Unfinished business',
  'elections.paper.handover.items.other': 'Other',
  'elections.paper.handover.sign.from': 'Handed over by (outgoing {body}):',
  'elections.paper.handover.sign.to': 'Received by (new {body}):',
  'elections.paper.handover.sign.chair': 'Presiding ({issuer}):',
  'elections.paper.handover.sign.town': 'Supervising (government of {town}):',

  'elections.live.turnout': 'Voted {voted} / {who} {registered}: ',
  'elections.live.electorate.villagers': 'registered',
  'elections.live.electorate.representatives': 'representatives',
  'elections.live.half': 'Votes {votes} / voted {base}: ',
  'elections.live.half.met': 'over half ✔',
  'elections.live.half.missed': 'not over half ✘',
  'elections.live.third': 'Votes {votes} / ballots cast {base}: ',
  'elections.live.third.met': 'a third ✔',
  'elections.live.third.missed': 'under a third ✘',
  'elections.live.post': '{post} ({seats} to elect)',
  'elections.live.elected': 'Elected',
  'elections.live.tied': '{names} tied: a re-vote for the last {seats} seat(s)',
  'elections.live.open': '{open} seat(s) open, runoff: {names}',
  'elections.live.void': 'Not more than half of the registered voted: this poll is void',
  'elections.live.secret':
    'The box is opened and counted in public when polling closes; nobody’s votes are shown before.',
  'elections.live.noRound': 'The time and place of polling are not yet announced',
  'elections.live.state.notYet': 'not yet announced',
  'elections.live.state.announced': 'announced',
  'elections.live.state.polling': 'polling',
  'elections.live.state.counted': 'counted',
};
