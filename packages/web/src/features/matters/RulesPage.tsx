import { lazy, Suspense, useState } from 'react';
import { Alert, Button, Card, Flex, Space, Tag, Typography } from 'antd';
import { EditOutlined } from '@ant-design/icons';
import { useApi } from '../../api/useApi.ts';
import type { RuleView, RulesResponse } from './api.ts';
import { useT } from '../../i18n/index.tsx';
import { useVillage } from '../../app/villageContext.ts';
import { DataList, type Column } from '../../components/DataList.tsx';
import { ErrorAlert } from '../../components/errors.tsx';
import { PageLoading } from '../../components/PageLoading.tsx';
import { RuleTag, whereText } from './parts.tsx';
import { paramLabel, paramValueText, profileText, ruleSubject } from './ruleText.ts';
import { AuthorisationsSection } from './AuthorisationsSection.tsx';

const RuleEditDrawer = lazy(() => import('./RuleEditDrawer.tsx'));

/** The rule's article in each text of the Organic Law, and what the newest text changed. */
function RuleVersions({ rule }: { rule: RuleView }) {
  const t = useT();
  if (!rule.versions.length) return <Typography.Text type="secondary">—</Typography.Text>;
  return (
    <Space orientation="vertical" size={2} className="cell-wrap" data-testid="rule-versions">
      {rule.versions.map((v) => (
        <span key={v.law} data-law={v.law}>
          {t.pick(v.name)}
          {t('matters.colon')}
          {v.citation ? v.citation.article : t('rules.versions.none')}
        </span>
      ))}
      {rule.changed && (
        <Typography.Text type="secondary" data-testid="rule-changed">
          {t('rules.changed')}
          {t('matters.colon')}
          {t.pick(rule.changed)}
        </Typography.Text>
      )}
    </Space>
  );
}

/**
 * The village's rule profile: every number its decisions are checked
 * against, in plain words, with the law and article it comes from, and any
 * charter clause that made it stricter. Cadres record charter clauses here;
 * the server refuses one that would loosen a statute.
 */
export default function RulesPage() {
  const t = useT();
  const { villageId, data: village } = useVillage();
  const { data, error, loading, reload } = useApi<RulesResponse>(
    `/api/villages/${villageId}/rules`,
  );
  const [editing, setEditing] = useState<RuleView | null>(null);

  if (error && !data)
    return (
      <div className="page">
        <ErrorAlert error={error} />
      </div>
    );
  if (!data) return <PageLoading />;
  const canEdit = data.abilities.manageMatters;

  const columns: Column<RuleView>[] = [
    {
      key: 'rule',
      title: t('rules.rule'),
      primary: true,
      render: (r) => (
        <Space orientation="vertical" size={2} className="cell-wrap">
          {/* the law is in the source column; the rule's id only in the cadre's tooltip */}
          <strong title={r.ruleId} data-testid="rule-subject">
            {ruleSubject(t, r.ruleId)}
          </strong>
          {r.overridden && (
            <Tag color="purple" data-testid="rule-overridden">
              {t('rules.overridden')}
            </Tag>
          )}
          {!r.inForce && <Tag data-testid="rule-not-in-force">{t('rules.notInForce')}</Tag>}
        </Space>
      ),
    },
    {
      key: 'params',
      title: t('rules.params'),
      render: (r) => (
        <ul className="rule-params cell-wrap cell-wide">
          {r.params.map((p) => (
            <li key={p.name} data-testid="rule-param" data-param={p.name}>
              <span className="rule-param-label">{paramLabel(t, r.ruleId, p.name)}</span>
              <span className="rule-param-value">{paramValueText(t, p.name, p.value)}</span>
              {p.changedByCharter && (
                <Typography.Text type="secondary" className="rule-param-statutory">
                  {t('rules.statutoryWas', { value: paramValueText(t, p.name, p.statutory) })}
                </Typography.Text>
              )}
            </li>
          ))}
        </ul>
      ),
    },
    {
      key: 'source',
      title: t('rules.source'),
      render: (r) => (
        <Space orientation="vertical" size={2} className="cell-wrap">
          <span>{whereText(t, r.citation)}</span>
          <Tag
            color={
              r.citation.force === 'statute'
                ? 'red'
                : r.citation.force === 'policy'
                  ? 'orange'
                  : 'blue'
            }
          >
            {t(`rules.force.${r.citation.force ?? 'local'}`)}
          </Tag>
        </Space>
      ),
    },
    {
      key: 'versions',
      title: t('rules.versions'),
      render: (r) => <RuleVersions rule={r} />,
    },
    {
      key: 'charter',
      title: t('rules.charter'),
      render: (r) =>
        r.override ? (
          <span data-testid="rule-override" className="cell-wrap cell-narrow">
            {t('rules.charter.adopted', { date: t.date(r.override.adoptedOn) })}
          </span>
        ) : (
          <Typography.Text type="secondary">{t('rules.charter.none')}</Typography.Text>
        ),
    },
  ];
  const editButton = (r: RuleView) => (
    <Button
      icon={<EditOutlined />}
      onClick={(e) => {
        e.stopPropagation();
        setEditing(r);
      }}
      data-testid="rule-edit"
      data-rule-id={r.ruleId}
    >
      {t('rules.edit')}
    </Button>
  );
  if (canEdit) columns.push({ key: 'edit', title: '', hideOnPhone: true, render: editButton });

  return (
    <div className="page" data-testid="rules-page">
      <Flex vertical className="page-head">
        <Typography.Title level={1} className="no-margin page-title">
          {t('rules.title')}
        </Typography.Title>
        <Typography.Text type="secondary">
          {t('rules.hint', { village: village.village.name })}
        </Typography.Text>
      </Flex>

      <Card size="small" className="block-gap" data-testid="rules-profile">
        <Space wrap>
          <span>
            {t('rules.profile')}
            {t('matters.colon')}
          </span>
          <strong className="profile-version" data-testid="rules-profile-text">
            {profileText(t, data.profile)}
          </strong>
        </Space>
        <Typography.Paragraph type="secondary" className="no-margin">
          {t('rules.profile.hint')}
        </Typography.Paragraph>
        <Space wrap>
          <span>
            {t('rules.law')}
            {t('matters.colon')}
          </span>
          <strong data-testid="rules-law">{t.pick(data.law.name)}</strong>
        </Space>
        <Typography.Paragraph type="secondary" className="no-margin">
          {t('rules.law.hint')}
        </Typography.Paragraph>
      </Card>

      {data.problems.length > 0 && (
        <Alert
          type="error"
          showIcon
          className="block-gap"
          data-testid="rules-problems"
          title={t('rules.problems')}
          description={
            <ul className="plain-list">
              {data.problems.map((p) => (
                <li key={`${p.ruleId}.${p.param}`}>
                  <RuleTag rule={p.ruleId} /> {paramLabel(t, p.ruleId, p.param)}
                  {t('matters.colon')}
                  {t('rules.problem.looser', { statutory: p.statutory })}
                </li>
              ))}
            </ul>
          }
        />
      )}

      <DataList
        rows={data.rules}
        rowKey={(r) => r.ruleId}
        columns={columns}
        loading={loading}
        rowTestId="rule-row"
        testId="rules-list"
        cardExtra={
          canEdit ? (r) => <div className="block-gap-top-small">{editButton(r)}</div> : undefined
        }
      />

      <AuthorisationsSection villageId={villageId} />

      {editing && (
        <Suspense fallback={null}>
          <RuleEditDrawer
            villageId={villageId}
            rule={editing}
            onClose={() => setEditing(null)}
            onSaved={() => {
              setEditing(null);
              reload();
            }}
          />
        </Suspense>
      )}
    </div>
  );
}
