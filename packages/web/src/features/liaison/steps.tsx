import { useT } from '../../i18n/index.tsx';
import type { CaseStep } from './api.ts';

/** A case's timeline as its reporter and its handlers read it: the step, the day, the note. */
export function StepList({ steps }: { steps: readonly CaseStep[] }) {
  const t = useT();
  return (
    <ol className="liaison-steps" data-testid="liaison-steps">
      {steps.map((s, i) => (
        <li key={i}>
          <span className="l-secondary">{t.date(s.actedOn)}</span>{' '}
          {t(`liaison.action.${s.action}` as 'liaison.action.report')} →{' '}
          {t(`liaison.state.${s.toState}`)}
          {s.note && <div className="liaison-note">{s.note}</div>}
        </li>
      ))}
    </ol>
  );
}
