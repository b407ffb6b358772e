import { Popover, Tag } from 'antd';
import { CheckCircleOutlined, ExclamationCircleOutlined, WarningOutlined } from '@ant-design/icons';
import type { FindingView } from './api.ts';
import { useT } from '../../i18n/index.tsx';
import { useIsPhone } from '../../app/useIsPhone.ts';
import { citeText, pickText, RuleTag, whereText } from './parts.tsx';
import { hasCompositionRules, useCompositionFindings } from './composition.ts';

// antd-free, shared with the villager's home
export { hasCompositionRules };

/**
 * Is this body lawfully composed today? Violations in red, warnings in
 * orange, each with the law it breaks; on phones, one line of tags that open the details.
 */
export function CompositionFindings({ bodyId }: { bodyId: string }) {
  const t = useT();
  const isPhone = useIsPhone();
  const findings = useCompositionFindings(bodyId);
  if (!findings) return null;
  if (findings.length === 0)
    return (
      <div className="composition composition-ok" data-testid="composition-ok">
        <CheckCircleOutlined /> {t('composition.ok')}
      </div>
    );

  if (isPhone)
    return (
      <div className="composition composition-compact" data-testid="composition">
        {findings.map((f, i) => (
          <Popover
            key={`${f.ruleId}-${f.code}-${i}`}
            trigger="click"
            content={<FindingText finding={f} />}
            title={
              f.severity === 'violation' ? t('composition.violation') : t('composition.warning')
            }
          >
            <Tag
              color={f.severity === 'violation' ? 'red' : 'orange'}
              icon={
                f.severity === 'violation' ? <ExclamationCircleOutlined /> : <WarningOutlined />
              }
              className="composition-tag"
              data-testid="composition-finding"
              data-severity={f.severity}
              data-rule-id={f.ruleId}
            >
              {whereText(t, f.citation ?? { ruleId: f.ruleId }, { short: true }) || f.ruleId}
            </Tag>
          </Popover>
        ))}
      </div>
    );

  return (
    <ul className="composition composition-list" data-testid="composition">
      {findings.map((f, i) => (
        <li
          key={`${f.ruleId}-${f.code}-${i}`}
          className={`composition-item composition-${f.severity}`}
          data-testid="composition-finding"
          data-severity={f.severity}
          data-rule-id={f.ruleId}
        >
          {f.severity === 'violation' ? <ExclamationCircleOutlined /> : <WarningOutlined />}
          <span className="composition-message">{pickText(t, f.message)}</span>
          <RuleTag rule={f.citation ?? f.ruleId} />
        </li>
      ))}
    </ul>
  );
}

function FindingText({ finding }: { finding: FindingView }) {
  const t = useT();
  return (
    <div className="composition-popover">
      <div>{pickText(t, finding.message)}</div>
      <div className="muted-line">
        {citeText(t, finding.citation ?? { ruleId: finding.ruleId })}
      </div>
    </div>
  );
}
