import { lazy, Suspense, useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import {
  App,
  Breadcrumb,
  Button,
  Card,
  Descriptions,
  Empty,
  Flex,
  Popconfirm,
  Space,
  Tag,
  Timeline,
  Typography,
} from 'antd';
import { EditOutlined, KeyOutlined, UnlockOutlined } from '@ant-design/icons';
import { api, ApiError } from '../../api/client.ts';
import { useApi } from '../../api/useApi.ts';
import type { HistoryItem, PersonResponse } from './api.ts';
import { useT } from '../../i18n/index.tsx';
import { useVillage } from '../../app/villageContext.ts';
import { ErrorAlert, errorText } from '../../components/errors.tsx';
import { PageLoading } from '../../components/PageLoading.tsx';
import { ResidentId } from './personColumns.tsx';
import { actionLabel, fieldLabel, fieldValue } from './history.ts';
import { RelativesCard } from './RelativesCard.tsx';

const PersonDrawer = lazy(() => import('./PersonDrawer.tsx'));

/** One person: details, and every recorded change to them. */
export default function PersonPage() {
  const t = useT();
  const { personId = '' } = useParams();
  const { villageId, data: village } = useVillage();
  const personPath = `/api/villages/${villageId}/persons/${personId}`;
  const { data, error, reload } = useApi<PersonResponse>(personPath);
  const history = useApi<{ items: HistoryItem[] }>(`${personPath}/history`);
  const [editing, setEditing] = useState(false);
  const { modal, message } = App.useApp();
  const base = `/v/${villageId}`;

  const resetPassword = async (name: string) => {
    try {
      const { temporaryPassword, phone } = await api<{ temporaryPassword: string; phone: string }>(
        `${personPath}/reset-password`,
        { method: 'POST' },
      );
      modal.success({
        title: t('person.resetPassword.done', { name }),
        content: (
          <>
            <Typography.Title
              level={2}
              copyable
              className="temporary-password"
              data-testid="temporary-password"
            >
              {temporaryPassword}
            </Typography.Title>
            <Typography.Paragraph>{t('person.resetPassword.hint', { phone })}</Typography.Paragraph>
          </>
        ),
        okText: t('app.close'),
      });
    } catch (cause) {
      // e.g. "no mobile number on record": the field's reason says what to do
      const field = cause instanceof ApiError ? cause.fields[0] : undefined;
      void message.error(field ? field.message : errorText(t, cause));
    }
  };

  const unlockSignIn = async (name: string) => {
    try {
      const { wasLocked } = await api<{ wasLocked: boolean }>(`${personPath}/unlock-sign-in`, {
        method: 'POST',
      });
      void message.success(t(wasLocked ? 'account.unlock.done' : 'account.unlock.none', { name }));
    } catch (cause) {
      void message.error(errorText(t, cause));
    }
  };

  if (error && !data)
    return (
      <div className="page">
        <ErrorAlert error={error} />
      </div>
    );
  if (!data) return <PageLoading />;
  const { person, abilities } = data;

  return (
    <div className="page" data-testid="person-page">
      <Breadcrumb
        className="block-gap"
        items={[
          { title: <Link to={base}>{village.village.name}</Link> },
          { title: <Link to={`${base}/households`}>{t('households.title')}</Link> },
          {
            title: (
              <Link to={`${base}/households/${person.householdId}`}>
                {t('household.title', { number: person.householdNumber })}
              </Link>
            ),
          },
          { title: person.name },
        ]}
      />
      <Flex justify="space-between" align="center" wrap gap={8} className="page-head">
        <Typography.Title level={1} className="no-margin page-title" data-testid="person-title">
          {person.name}
          {person.partyMember && (
            <Tag color="red" className="title-tag">
              {t('person.partyMember')}
            </Tag>
          )}
        </Typography.Title>
        <Space wrap>
          {abilities.resetPasswords && (
            <Popconfirm
              title={t('person.resetPassword.confirm', { name: person.name })}
              okText={t('app.confirm')}
              cancelText={t('app.cancel')}
              onConfirm={() => resetPassword(person.name)}
              okButtonProps={{ 'data-testid': 'reset-password-ok' }}
            >
              <Button icon={<KeyOutlined />} data-testid="person-reset-password">
                {t('person.resetPassword')}
              </Button>
            </Popconfirm>
          )}
          {abilities.resetPasswords && (
            <Popconfirm
              title={t('account.unlock.confirm', { name: person.name })}
              okText={t('app.confirm')}
              cancelText={t('app.cancel')}
              onConfirm={() => unlockSignIn(person.name)}
              okButtonProps={{ 'data-testid': 'unlock-sign-in-ok' }}
            >
              <Button icon={<UnlockOutlined />} data-testid="person-unlock-sign-in">
                {t('account.unlock')}
              </Button>
            </Popconfirm>
          )}
          {abilities.writeRegistry && (
            <Button
              icon={<EditOutlined />}
              onClick={() => setEditing(true)}
              data-testid="person-edit"
            >
              {t('app.edit')}
            </Button>
          )}
        </Space>
      </Flex>
      <Card className="block-gap" size="small" title={t('person.details')}>
        <Descriptions column={{ xs: 1, sm: 2, lg: 3 }} size="small">
          <Descriptions.Item label={t('person.gender')}>
            {t(`gender.${person.gender}`)}
          </Descriptions.Item>
          {person.birthDate ? (
            <Descriptions.Item label={t('person.birthDate')}>
              {t('person.birthDateAge', { date: t.date(person.birthDate), age: person.age })}
            </Descriptions.Item>
          ) : (
            // the birth date is withheld where the ID number is masked: beside it, it rebuilds the number
            <Descriptions.Item label={t('person.age')}>
              <span data-testid="person-age">{t('person.ageYears', { age: person.age })}</span>
            </Descriptions.Item>
          )}
          <Descriptions.Item label={t('person.residentIdNumber')}>
            <ResidentId person={person} t={t} />
          </Descriptions.Item>
          <Descriptions.Item label={t('person.phone')}>{person.phone ?? '—'}</Descriptions.Item>
          <Descriptions.Item label={t('person.relationToHead')}>
            {t(`relation.${person.relationToHead}`)}
          </Descriptions.Item>
          <Descriptions.Item label={t('person.residenceStatus')}>
            {t(`residence.${person.residenceStatus}`)}
            {person.residenceSince
              ? t('person.residenceSinceNote', { date: t.date(person.residenceSince) })
              : ''}
          </Descriptions.Item>
          {person.partyMember && (
            <Descriptions.Item label={t('person.partyJoinedOn')}>
              {t.date(person.partyJoinedOn) || '—'}
            </Descriptions.Item>
          )}
          <Descriptions.Item label={t('person.household')}>
            <Link to={`${base}/households/${person.householdId}`}>
              {t('household.title', { number: person.householdNumber })}
            </Link>
          </Descriptions.Item>
        </Descriptions>
      </Card>
      <RelativesCard
        villageId={villageId}
        personId={person.id}
        personName={person.name}
        canRecord={abilities.writeRegistry}
      />
      <Card size="small" title={t('person.history')} data-testid="person-history">
        <ErrorAlert error={history.error} />
        {history.data && history.data.items.length === 0 ? (
          <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('person.history.empty')} />
        ) : (
          <Timeline
            items={(history.data?.items ?? []).map((item) => ({
              key: item.seq,
              color: /creat|add|import/i.test(item.action) ? 'green' : 'blue',
              title: t('person.history.by', {
                // events of the system itself (setup, the demo) have no actor
                actor: item.actorName ?? '',
                time: t.dateTime(item.occurredAt),
              }),
              content: (
                <div data-testid="history-item">
                  <Typography.Text strong>{actionLabel(t, item.action)}</Typography.Text>
                  <ul className="history-changes">
                    {Object.entries(item.changes).map(([field, change]) => (
                      <li key={field}>
                        {t('person.history.change', {
                          field: fieldLabel(t, field),
                          from: fieldValue(t, field, change.from),
                          to: fieldValue(t, field, change.to),
                        })}
                      </li>
                    ))}
                  </ul>
                </div>
              ),
            }))}
          />
        )}
      </Card>
      {editing && (
        <Suspense fallback={null}>
          <PersonDrawer
            mode="edit"
            person={person}
            onClose={() => setEditing(false)}
            onSaved={() => {
              setEditing(false);
              reload();
              history.reload();
            }}
          />
        </Suspense>
      )}
    </div>
  );
}
