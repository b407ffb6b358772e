import { Link } from 'react-router-dom';
import { Button, Flex, Tag, Typography } from 'antd';
import { PrinterOutlined } from '@ant-design/icons';
import { useApi } from '../../api/useApi.ts';
import { useMe } from '../../app/session.tsx';
import { Shell } from '../../app/Shell.tsx';
import { DataList, type Column } from '../../components/DataList.tsx';
import { ErrorAlert } from '../../components/errors.tsx';
import { useT } from '../../i18n/index.tsx';
import { townNav } from '../townInbox/nav.tsx';
import { workItemLink, type WorkList, type WorkListItem } from './api.ts';

const URGENCY_COLOR: Record<WorkListItem['urgency'], string | undefined> = {
  overdue: 'error',
  today: 'warning',
  soon: 'processing',
  later: undefined,
  undated: undefined,
};

/** 我的待办: what waits on the official, the most urgent first, each opening its record. */
export default function WorkListPage() {
  const t = useT();
  const me = useMe();
  const { data, error, loading } = useApi<WorkList>('/api/oversight/work');
  const columns: Column<WorkListItem>[] = [
    {
      key: 'due',
      title: t('oversight.work.due'),
      render: (i) => (
        <Flex gap={4} wrap>
          {i.dueOn ? t.date(i.dueOn) : null}
          <Tag color={URGENCY_COLOR[i.urgency]} data-testid="work-urgency">
            {t(`oversight.work.urgency.${i.urgency}`)}
          </Tag>
        </Flex>
      ),
    },
    {
      key: 'kind',
      title: t('oversight.work.kind'),
      render: (i) => t(`oversight.work.kind.${i.kind}`),
    },
    { key: 'village', title: t('oversight.village'), render: (i) => i.villageName },
    {
      key: 'item',
      title: t('oversight.work.item'),
      primary: true,
      render: (i) => <Link to={workItemLink(i)}>{i.title}</Link>,
    },
  ];
  return (
    <Shell nav={townNav(t, me.staffUnits)} selectedKey="work">
      <div className="page" data-testid="work-list-page">
        <Typography.Title level={1} className="page-h1">
          {t('oversight.work.title')}
        </Typography.Title>
        <Typography.Paragraph type="secondary">{t('oversight.work.hint')}</Typography.Paragraph>
        <ErrorAlert error={error} />
        <Flex gap={8} className="block-gap">
          <Link to="/town/work/print">
            <Button icon={<PrinterOutlined />} data-testid="work-print">
              {t('oversight.work.print')}
            </Button>
          </Link>
        </Flex>
        <DataList
          rows={data?.items ?? []}
          rowKey={(i) => `${i.kind}:${i.recordId}`}
          columns={columns}
          loading={loading}
          rowTestId="work-row"
          testId="work-list"
          empty={t('oversight.work.empty')}
        />
      </div>
    </Shell>
  );
}
