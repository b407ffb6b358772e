import { useT } from '../../i18n/index.tsx';
import type { ProjectView } from './api.ts';

/** A project's dated steps, one line each: the review (with its resolution), declaration, the town's evaluation, running, result. */
export function ProjectTimeline({ project: p }: { project: ProjectView }) {
  const t = useT();
  const lines: string[] = [];
  if (p.reviewedOn && p.resolution)
    lines.push(
      t('serviceLists.timeline.reviewed', {
        on: t.date(p.reviewedOn),
        resolution: p.resolution.numberText,
      }),
    );
  if (p.declaredOn) lines.push(t('serviceLists.timeline.declared', { on: t.date(p.declaredOn) }));
  if (p.evaluatedOn) {
    const said = p.returnReason ?? p.evaluation;
    const line = t('serviceLists.timeline.evaluated', { on: t.date(p.evaluatedOn) });
    lines.push(said ? `${line}：${said}` : line);
  }
  if (p.startedOn) lines.push(t('serviceLists.timeline.started', { on: t.date(p.startedOn) }));
  if (p.completedOn && p.result)
    lines.push(
      `${t('serviceLists.timeline.completed', { on: t.date(p.completedOn) })}：${p.result}`,
    );
  if (lines.length === 0) return null;
  return (
    <ul className="lists-timeline" data-testid="lists-project-timeline">
      {lines.map((l) => (
        <li key={l}>{l}</li>
      ))}
    </ul>
  );
}
