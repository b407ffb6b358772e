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
  'audit.seq': 'Seq',
  'audit.time': 'Time',
  'audit.actor': 'By',
  'audit.action': 'Action',
  'audit.target': 'Target',
  'audit.hash': 'Hash',
  'audit.loadMore': 'Load earlier events',
  'audit.empty': 'No events yet',
};
