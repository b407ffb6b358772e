import { useState } from 'react';
import { Button, Form, Modal, Select, Table, Tag, Typography } from 'antd';
import { api as call } from '../../api/client.ts';
import { useApi } from '../../api/useApi.ts';
import { useT } from '../../i18n/index.tsx';
import { ErrorAlert } from '../../components/errors.tsx';
import { PageLoading } from '../../components/PageLoading.tsx';
import { useFormSubmit } from '../../components/useFormSubmit.ts';
import type { LinksResponse } from './api.ts';

/** 党员联系户: the links with each household's visit due date (overdue flagged), the unlinked, the visits. */
export function LinksTab({ api }: { api: string }) {
  const t = useT();
  const { data, error, reload } = useApi<LinksResponse>(`${api}/links`);
  const [linking, setLinking] = useState<string | null>(null);
  const [endError, setEndError] = useState<unknown>(null);
  if (error && !data) return <ErrorAlert error={error} />;
  if (!data) return <PageLoading />;
  const manage = data.abilities.manageLinks;
  const end = async (id: string) => {
    setEndError(null);
    try {
      await call(`${api}/links/${id}/end`, { method: 'POST', body: {} });
      reload();
    } catch (cause) {
      setEndError(cause);
    }
  };
  return (
    <>
      <Typography.Paragraph type="secondary">
        {t('liaison.link.visitDays', { days: data.visitDays })}
      </Typography.Paragraph>
      <ErrorAlert error={endError} />
      <Table
        size="small"
        rowKey="id"
        dataSource={data.links}
        data-testid="liaison-links"
        columns={[
          { title: t('liaison.link.member'), dataIndex: 'memberName' },
          {
            title: t('liaison.link.household'),
            render: (_, l) => `${l.householdNumber} ${l.headName ?? ''}`,
          },
          { title: t('liaison.grid'), dataIndex: 'gridName' },
          {
            title: t('liaison.link.lastVisit'),
            render: (_, l) => (l.lastVisitOn ? t.date(l.lastVisitOn) : '—'),
          },
          {
            title: t('liaison.link.visitDue'),
            render: (_, l) => (
              <>
                {t.date(l.visitDueOn)} {l.overdue && <Tag color="red">{t('liaison.overdue')}</Tag>}
              </>
            ),
          },
          ...(manage
            ? [
                {
                  title: '',
                  render: (_: unknown, l: LinksResponse['links'][number]) => (
                    <Button size="small" onClick={() => void end(l.id)}>
                      {t('liaison.link.end')}
                    </Button>
                  ),
                },
              ]
            : []),
        ]}
      />
      <Typography.Title level={3}>
        {t('liaison.link.unlinked', { n: data.unlinked.length })}
      </Typography.Title>
      <UnlinkedByUnit unlinked={data.unlinked} />
      <Table
        size="small"
        rowKey="householdId"
        dataSource={data.unlinked}
        data-testid="liaison-unlinked"
        columns={[
          { title: t('liaison.link.unit'), render: (_, u) => u.unitName ?? '—' },
          { title: t('liaison.link.household'), dataIndex: 'householdNumber' },
          { title: t('liaison.link.head'), dataIndex: 'headName' },
          { title: t('liaison.grid'), dataIndex: 'gridName' },
          ...(manage
            ? [
                {
                  title: '',
                  render: (_: unknown, u: LinksResponse['unlinked'][number]) => (
                    <Button
                      size="small"
                      onClick={() => setLinking(u.householdId)}
                      data-testid="liaison-link-add"
                    >
                      {t('liaison.link.add')}
                    </Button>
                  ),
                },
              ]
            : []),
        ]}
      />
      <Typography.Title level={3}>{t('liaison.link.visits')}</Typography.Title>
      <Table
        size="small"
        rowKey="id"
        dataSource={data.visits}
        columns={[
          { title: t('liaison.visit.on'), render: (_, v) => t.date(v.visitedOn) },
          {
            title: t('liaison.link.household'),
            render: (_, v) => `${v.householdNumber} ${v.headName ?? ''}`,
          },
          {
            title: t('liaison.visit.visitor'),
            render: (_, v) => `${v.visitorName}（${t(`liaison.visit.kind.${v.visitorKind}`)}）`,
          },
          { title: t('liaison.visit.note'), dataIndex: 'note' },
          {
            title: t('liaison.visit.case'),
            render: (_, v) =>
              v.caseNumber ? t('liaison.numberText', { number: v.caseNumber }) : '',
          },
        ]}
      />
      {linking && (
        <LinkModal
          path={`${api}/links`}
          householdId={linking}
          members={data.members}
          onClose={() => {
            setLinking(null);
            reload();
          }}
        />
      )}
    </>
  );
}

/** How many unlinked households each Party unit has (each unit's members take them up). */
function UnlinkedByUnit({ unlinked }: { unlinked: LinksResponse['unlinked'] }) {
  const t = useT();
  const counts = new Map<string, number>();
  for (const u of unlinked) {
    const unit = u.unitName ?? t('liaison.link.unitNone');
    counts.set(unit, (counts.get(unit) ?? 0) + 1);
  }
  if (counts.size < 2) return null;
  return (
    <Typography.Paragraph type="secondary" data-testid="liaison-unlinked-by-unit">
      {[...counts].map(([unit, n]) => t('liaison.link.unitCount', { unit, n })).join('；')}
    </Typography.Paragraph>
  );
}

function LinkModal({
  path,
  householdId,
  members,
  onClose,
}: {
  path: string;
  householdId: string;
  members: LinksResponse['members'];
  onClose: () => void;
}) {
  const t = useT();
  const [form] = Form.useForm<{ memberPersonId: string }>();
  const { busy, error, unmatched, submit } = useFormSubmit(form, async (v) => {
    await call(path, { method: 'POST', body: { memberPersonId: v.memberPersonId, householdId } });
    onClose();
  });
  return (
    <Modal
      open
      title={t('liaison.link.add')}
      onCancel={onClose}
      onOk={() => void submit()}
      confirmLoading={busy}
    >
      <Form form={form} layout="vertical">
        <ErrorAlert error={error} unmatched={unmatched} />
        <Form.Item
          name="memberPersonId"
          label={t('liaison.link.member')}
          rules={[{ required: true }]}
        >
          <Select
            showSearch
            optionFilterProp="label"
            options={members.map((m) => ({ value: m.personId, label: m.name }))}
            data-testid="liaison-link-member"
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}
