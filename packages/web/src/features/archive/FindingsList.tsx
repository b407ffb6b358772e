import { Alert } from 'antd';
import type { FindingView } from '../meetings/api.ts';

/**
 * What the rules find, one line each with its rule in words (the archive's and the audits'
 * pages): red when any is a violation.
 */
export function FindingsList({
  title,
  findings,
  testId,
}: {
  title: string;
  findings: readonly FindingView[];
  testId: string;
}) {
  if (findings.length === 0) return null;
  const violation = findings.some((f) => f.severity === 'violation');
  return (
    <Alert
      type={violation ? 'error' : 'warning'}
      showIcon
      className="block-gap"
      data-testid={testId}
      title={title}
      description={
        <ul className="findings">
          {findings.map((f, i) => (
            <li
              key={`${f.code}-${i}`}
              className={`finding finding-${f.severity}`}
              data-code={f.code}
              data-severity={f.severity}
            >
              {f.message}
            </li>
          ))}
        </ul>
      }
    />
  );
}
