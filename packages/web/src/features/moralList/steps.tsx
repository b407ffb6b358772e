import { useT } from '../../i18n/index.tsx';
import type { Listing } from './api.ts';

/** What happened so far, one line a step, dates in the reader's convention (no antd: phones too). */
export function ListingSteps({ listing: l }: { listing: Listing }) {
  const t = useT();
  const lines = [t('moralList.proposedOn', { on: t.date(l.proposedOn) })];
  if (l.notifiedOn)
    lines.push(t('moralList.notifiedOn', { on: t.date(l.notifiedOn), due: t.date(l.answerDueOn) }));
  if (l.answeredOn)
    lines.push(t('moralList.answeredOn', { on: t.date(l.answeredOn), answer: l.answer ?? '' }));
  if (l.decidedOn && l.decidedByBody)
    lines.push(
      `${t('moralList.decidedOn', {
        on: t.date(l.decidedOn),
        body: t(`moralList.body.${l.decidedByBody}`),
      })}${l.resolutionLabel ? ` ${l.resolutionLabel}` : ''}${
        l.councilVote ? `（${t('moralList.voteCounts', l.councilVote)}）` : ''
      }`,
    );
  if (l.publishedOn && l.expiresOn)
    lines.push(t('moralList.onBoard', { from: t.date(l.publishedOn), to: t.date(l.expiresOn) }));
  if (l.removedOn)
    lines.push(
      t('moralList.removedOn', { on: t.date(l.removedOn), reason: l.removalReason ?? '' }),
    );
  return (
    <div className="moral-steps">
      {lines.map((line) => (
        <div key={line}>{line}</div>
      ))}
    </div>
  );
}
