import type { supervisionEvidenceZhCN } from './i18n.evidence.zh-CN.ts';

export const supervisionEvidenceEn: Record<keyof typeof supervisionEvidenceZhCN, string> = {
  'supervision.evidence.files': 'Photos and documents',
  'supervision.evidence.choose': 'Choose photos or documents',
  'supervision.evidence.hint':
    'JPG or PNG photos or PDF documents, at most 10 MB each and 6 in all; the type is read from the file itself',
  'supervision.evidence.camera': 'Take or choose a photo',
  'supervision.evidence.chosen': '{n} files chosen',
  'supervision.evidence.fingerprint': 'SHA-256 fingerprint',
  'supervision.evidence.fingerprintHint':
    'The same as on the audit chain in this finding’s event: a later copy can be checked against it',
  'supervision.evidence.open': 'Full size',
  'supervision.evidence.pdf': 'PDF document',
  'supervision.evidence.public': 'Photos published with the report on the portal',
  'supervision.evidence.public.hint':
    'None by default (photos may show people). The photos ticked appear on the report’s portal page once the committee’s vote publishes it.',
  'supervision.evidence.public.none': 'The findings of the inspections chosen have no photos',
  'supervision.evidence.printList': 'Evidence',
  'supervision.evidence.printNone': 'No files',
  'supervision.plan.item': 'Supervision plan item',
  'supervision.plan.item.none': 'Not in the yearly plan',
  'supervision.plan.item.text': '{year} supervision plan · month {month} · {title}',
  'supervision.plan.item.hint': 'The item of an adopted yearly plan this inspection carries out',
  'supervision.inspection.print': 'Print the inspection record',
  'supervision.inspection.print.title': 'Inspection record',
  'supervision.inspection.print.findings': 'Findings',
  'supervision.finding.mine': 'Record a finding',
  'supervision.finding.saved': 'Recorded',
};
