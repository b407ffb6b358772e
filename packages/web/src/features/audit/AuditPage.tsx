import { useCallback, useEffect, useState } from 'react';
import { Link } from 'react-router-dom';
import { Alert, Breadcrumb, Button, Card, Flex, Select, Typography } from 'antd';
import { SafetyCertificateOutlined } from '@ant-design/icons';
import { api, withQuery } from '../../api/client.ts';
import { AUDIT_KINDS, type AuditEvent, type AuditKind, type AuditVerdict } from './api.ts';
import { useT } from '../../i18n/index.tsx';
import { useVillage } from '../../app/villageContext.ts';
import { DataList, type Column } from '../../components/DataList.tsx';
import { ErrorAlert } from '../../components/errors.tsx';
import { AuditTarget } from './AuditTarget.tsx';

const PAGE = 50;

/** The village's audit log, newest first, and a button to re-verify the whole hash chain. */
export default function AuditPage() {
  const t = useT();
  const { villageId, data: village } = useVillage();
  const base = `/api/villages/${villageId}/audit`;
  const [events, setEvents] = useState<AuditEvent[]>([]);
  const [more, setMore] = useState(true);
  const [loading, setLoading] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [verdict, setVerdict] = useState<AuditVerdict | null>(null);
  const [verifying, setVerifying] = useState(false);
  const [kind, setKind] = useState<AuditKind | undefined>(undefined);

  const load = useCallback(
    async (before?: number) => {
      setLoading(true);
      setError(null);
      try {
        const { items } = await api<{ items: AuditEvent[] }>(
          withQuery(base, { limit: PAGE, before, kind }),
        );
        setEvents((prev) => (before === undefined ? items : [...prev, ...items]));
        setMore(items.length === PAGE);
      } catch (cause) {
        setError(cause);
      } finally {
        setLoading(false);
      }
    },
    [base, kind],
  );

  useEffect(() => {
    void load();
  }, [load]);

  const chooseKind = (next: AuditKind | undefined) => {
    setEvents([]);
    setKind(next);
  };

  const verify = async () => {
    setVerifying(true);
    setError(null);
    setVerdict(null);
    try {
      setVerdict(await api<AuditVerdict>(`${base}/verify`));
    } catch (cause) {
      setError(cause);
    } finally {
      setVerifying(false);
    }
  };

  const columns: Column<AuditEvent>[] = [
    { key: 'seq', title: t('audit.seq'), primary: true, render: (e) => `#${e.seq}`, width: 80 },
    {
      key: 'time',
      title: t('audit.time'),
      render: (e) => <span data-testid="audit-time">{t.dateTime(e.occurredAt)}</span>,
    },
    { key: 'actor', title: t('audit.actor'), render: (e) => e.actorName },
    {
      key: 'action',
      title: t('audit.action'),
      // the key (meeting.convened) only as a tooltip, for whoever maintains the system
      render: (e) => (
        <span title={e.action} data-testid="audit-action">
          {e.actionName}
        </span>
      ),
    },
    {
      key: 'target',
      title: t('audit.target'),
      render: (e) => <AuditTarget villageId={villageId} event={e} />,
    },
    {
      key: 'hash',
      title: t('audit.hash'),
      render: (e) => <code title={e.hash}>{e.hash.slice(0, 12)}…</code>,
    },
  ];

  const last = events[events.length - 1];
  return (
    <div className="page">
      <Breadcrumb
        className="block-gap"
        items={[
          { title: <Link to={`/v/${villageId}`}>{village.village.name}</Link> },
          { title: t('audit.title') },
        ]}
      />
      <Flex justify="space-between" align="center" wrap gap={8} className="page-head">
        <Typography.Title level={1} className="no-margin page-title">
          {t('audit.title')}
        </Typography.Title>
        <Button
          type="primary"
          icon={<SafetyCertificateOutlined />}
          loading={verifying}
          onClick={() => void verify()}
          data-testid="audit-verify"
        >
          {t('audit.verify')}
        </Button>
      </Flex>
      <Typography.Paragraph type="secondary">{t('audit.hint')}</Typography.Paragraph>
      {verdict && (
        <Alert
          className="block-gap"
          showIcon
          type={verdict.ok ? 'success' : 'error'}
          data-testid="audit-verdict"
          data-ok={verdict.ok ? 'true' : 'false'}
          title={
            verdict.ok || !verdict.problem
              ? t('audit.verify.ok', { count: t.num(verdict.checked) })
              : t('audit.verify.broken', {
                  seq: verdict.problem.seq,
                  kind: t(`audit.verify.kind.${verdict.problem.kind}`),
                })
          }
          description={
            verdict.headHash ? (
              <span>
                {t('audit.verify.head')}：<code className="hash">{verdict.headHash}</code>
              </span>
            ) : undefined
          }
        />
      )}
      <ErrorAlert error={error} />
      <Flex align="center" gap={8} className="block-gap">
        <label htmlFor="audit-kind">{t('audit.kind')}</label>
        <Select<AuditKind | 'all'>
          id="audit-kind"
          className="audit-kind"
          value={kind ?? 'all'}
          onChange={(v) => chooseKind(v === 'all' ? undefined : v)}
          options={[
            { value: 'all', label: t('audit.kind.all') },
            ...AUDIT_KINDS.map((k) => ({ value: k, label: t(`audit.kind.${k}`) })),
          ]}
          data-testid="audit-kind"
        />
      </Flex>
      <Card size="small">
        <DataList
          rows={events}
          rowKey={(e) => e.seq}
          columns={columns}
          loading={loading && events.length === 0}
          rowTestId="audit-row"
          testId="audit-list"
          empty={t('audit.empty')}
        />
        {more && last && (
          <Button
            block
            className="block-gap-top"
            loading={loading}
            onClick={() => void load(last.seq)}
            data-testid="audit-more"
          >
            {t('audit.loadMore')}
          </Button>
        )}
      </Card>
    </div>
  );
}
