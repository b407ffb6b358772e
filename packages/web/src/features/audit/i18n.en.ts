import type { auditZhCN } from './i18n.zh-CN.ts';

export const auditEn: Record<keyof typeof auditZhCN, string> = {
  'audit.title': 'Audit log',
  'audit.hint':
    'Every change is written to a tamper-evident hash chain. “Verify” recomputes the whole chain to confirm nothing was altered.',
  'audit.verify': 'Verify',
  'audit.verify.ok': 'Chain intact: {count} events checked',
  'audit.verify.head': 'Head hash',
  'audit.verify.broken': 'Verification failed: event {seq} {kind}',
  'audit.verify.kind.hash': 'has a wrong hash; its content may have been altered',
  'audit.verify.kind.sequence': 'breaks the sequence; an event may have been removed',
  'audit.verify.kind.head': 'does not match the chain head',
  'audit.verify.kind.link':
    'does not link to the event before it; an event may have been removed or reordered',
  'audit.verify.kind.missing': ': the village has no audit chain; it may have been deleted',
  'audit.verify.kind.missingHead':
    'is not followed by the chain head record; it may have been deleted',
  'audit.verify.kind.genesis':
    'is not the village’s creation; the chain may have been deleted and started again',
  'audit.verify.kind.checkpoint':
    'does not match the head published for it; the chain may have been cut back',
  'audit.seq': 'Seq',
  'audit.time': 'Time',
  'audit.actor': 'By',
  'audit.action': 'Action',
  'audit.target': 'Target',
  'audit.hash': 'Hash',
  'audit.loadMore': 'Load earlier events',
  'audit.targetType.person': 'Person',
  'audit.targetType.household': 'Household',
  'audit.targetType.body': 'Body',
  'audit.targetType.matter': 'Matter',
  'audit.targetType.meeting': 'Meeting',
  'audit.targetType.motion': 'Motion',
  'audit.targetType.notice': 'Notice',
  'audit.targetType.resolution': 'Resolution',
  'audit.targetType.authorisation': 'Authorisation',
  'audit.targetType.demand': 'Demand',
  'audit.targetType.rosterImport': 'Roster',
  'audit.targetType.rule': 'Rule',
  'audit.targetType.account': 'Account',
  'audit.targetType.village': 'Village',
  'audit.targetType.town': 'Town',
  'audit.targetType.county': 'County',
  'audit.target.gone': '(no longer exists)',
  'audit.empty': 'No events yet',
};
