import { useNavigate } from 'react-router-dom';
import { Button, Flex, Popconfirm, Tag, Typography, App as AntApp } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { api } from '../../api/client.ts';
import { useApi } from '../../api/useApi.ts';
import { useT } from '../../i18n/index.tsx';
import { useVillage } from '../../app/villageContext.ts';
import { DataList, type Column } from '../../components/DataList.tsx';
import { ErrorAlert } from '../../components/errors.tsx';
import { PageLoading } from '../../components/PageLoading.tsx';
import { OPEN_STATES } from '@cunzhi/core/villageRules/procedure';
import { rulesApi, rulesPath, type RulesList, type RulesVersion } from './api.ts';
import { StateTag } from './parts.tsx';

type Summary = RulesList['items'][number];

/**
 * 村规民约: the village's versions, newest first — the one in force, the one on its way (at most
 * one), and those superseded. The two committees start a version (an amendment starts from the
 * text in force); each opens on its own page.
 */
export default function RulesPage() {
  const t = useT();
  const { message } = AntApp.useApp();
  const navigate = useNavigate();
  const { villageId } = useVillage();
  const { data, error } = useApi<RulesList>(rulesApi(villageId));
  if (error && !data)
    return (
      <div className="page">
        <ErrorAlert error={error} />
      </div>
    );
  if (!data) return <PageLoading />;
  const open = (id: string) => navigate(`${rulesPath(villageId)}/${id}`);
  const start = async () => {
    try {
      const res = await api<{ version: RulesVersion }>(rulesApi(villageId), {
        method: 'POST',
        body: {},
      });
      void open(res.version.id);
    } catch (cause) {
      void message.error(cause instanceof Error ? cause.message : String(cause));
    }
  };
  const columns: Column<Summary>[] = [
    {
      key: 'number',
      title: t('villageRules.version', { number: '' }).trim(),
      render: (v) => t('villageRules.version', { number: v.number }),
      width: 96,
    },
    {
      key: 'title',
      title: t('villageRules.versionTitle'),
      primary: true,
      render: (v) => (
        <>
          {v.title}
          {v.openFlags > 0 && (
            <Tag color="error" className="rules-tag-gap">
              {t('villageRules.openFlags', { count: v.openFlags })}
            </Tag>
          )}
        </>
      ),
    },
    { key: 'state', title: t('villageRules.state'), render: (v) => <StateTag state={v.state} /> },
    {
      key: 'clauses',
      title: t('villageRules.clauseCount'),
      render: (v) => t('villageRules.clauseCount.value', { count: v.clauseCount }),
    },
    { key: 'opened', title: t('villageRules.openedOn'), render: (v) => t.date(v.openedOn) },
    {
      key: 'published',
      title: t('villageRules.publishedOn'),
      render: (v) => (v.publishedOn ? t.date(v.publishedOn) : '—'),
    },
  ];
  const inProgress = data.items.some((v) => OPEN_STATES.includes(v.state));
  return (
    <div className="page" data-testid="village-rules-page">
      <Flex justify="space-between" align="center" wrap gap={8} className="page-head">
        <div>
          <Typography.Title level={1} className="no-margin page-title">
            {t('villageRules.title')}
          </Typography.Title>
          <Typography.Text type="secondary">{t('villageRules.hint')}</Typography.Text>
        </div>
        {data.abilities.draftVillageRules && !inProgress && (
          <Popconfirm title={t('villageRules.start.confirm')} onConfirm={() => void start()}>
            <Button type="primary" icon={<PlusOutlined />} data-testid="rules-start">
              {t('villageRules.start')}
            </Button>
          </Popconfirm>
        )}
      </Flex>
      <DataList
        rows={data.items}
        rowKey={(v) => v.id}
        columns={columns}
        onOpen={(v) => open(v.id)}
        rowTestId="rules-version"
        testId="rules-versions"
        empty={t('villageRules.versions.empty')}
      />
    </div>
  );
}
