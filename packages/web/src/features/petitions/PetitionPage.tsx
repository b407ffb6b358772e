import { lazy, Suspense, useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import { Alert, Button, Card, Descriptions, Flex, Space, Timeline, Typography } from 'antd';
import { PrinterOutlined } from '@ant-design/icons';
import { RULE_PROFILES } from '@cunzhi/core/rules/profile';
import { useApi } from '../../api/useApi.ts';
import { useT } from '../../i18n/index.tsx';
import { ErrorAlert } from '../../components/errors.tsx';
import { PageLoading } from '../../components/PageLoading.tsx';
import {
  petitionsApi,
  petitionsPage,
  type PetitionAction,
  type PetitionDetail,
  type PetitionResponse,
} from './api.ts';
import { DueCell, PetitionStatusTag } from './parts.tsx';

const StepDrawer = lazy(() => import('./StepDrawer.tsx'));

/** Who petitioned, or that it is withheld from this reader. */
function People({ p }: { p: PetitionDetail }) {
  const t = useT();
  if (!p.people)
    return (
      <Alert
        type="info"
        showIcon
        message={t('petitions.people.hidden')}
        data-testid="petition-people-hidden"
      />
    );
  return (
    <Space orientation="vertical" size={4} data-testid="petition-people">
      {p.people.map((person) => (
        <div key={person.idNumber}>
          {t(`petitions.people.role.${person.role}`)}：{person.name} · {person.idNumber}
          {person.phone ? ` · ${person.phone}` : ''}
          {person.address ? ` · ${person.address}` : ''}
        </div>
      ))}
    </Space>
  );
}

/** The dates the statute counts from, as far as the petition has come. */
function Dates({ p }: { p: PetitionDetail }) {
  const t = useT();
  const rows: [string, string | null][] = [
    ['petitions.receivedOn', p.receivedOn],
    ['petitions.dates.forwardedOn', p.forwardedOn],
    ['petitions.dates.assignedOn', p.assignedOn],
    ['petitions.dates.objectionDueOn', p.status === 'assigned' ? p.objectionDueOn : null],
    ['petitions.dates.acceptedOn', p.acceptedOn],
    ['petitions.dates.handleDueOn', p.handleDueOn],
    ['petitions.dates.answeredOn', p.answeredOn],
    ['petitions.dates.closedOn', p.closedOn],
  ];
  return (
    <Descriptions size="small" column={{ xs: 1, sm: 2 }} bordered>
      {rows
        .filter(([, v]) => v)
        .map(([key, v]) => (
          <Descriptions.Item key={key} label={t(key as 'petitions.receivedOn')}>
            {t.date(v ?? '')}
            {key === 'petitions.dates.handleDueOn' && p.extendedDays > 0
              ? `（${t('petitions.dates.extendedDays', { days: p.extendedDays })}）`
              : ''}
          </Descriptions.Item>
        ))}
      {p.department && (
        <Descriptions.Item label={t('petitions.department')}>{p.department}</Descriptions.Item>
      )}
    </Descriptions>
  );
}

/** A petition: its matter, who petitioned (handlers only), its dates, steps, letters and what the reader may do. */
export default function PetitionPage() {
  const t = useT();
  const { villageId = '', petitionId = '' } = useParams();
  const { data, error, reload } = useApi<PetitionResponse>(
    `${petitionsApi(villageId)}/${petitionId}`,
  );
  const [acting, setActing] = useState<PetitionAction | null>(null);
  if (error && !data)
    return (
      <div className="page">
        <ErrorAlert error={error} />
      </div>
    );
  if (!data) return <PageLoading />;
  const p = data.petition;
  return (
    <div className="page" data-testid="petition-page">
      <Flex justify="space-between" align="center" wrap gap={8} className="page-head">
        <div>
          <Typography.Title level={1} className="no-margin page-title">
            {t('petitions.numberText', { number: p.number })} {p.subject}
          </Typography.Title>
          <Space wrap>
            <PetitionStatusTag status={p.status} testId="petition-status" />
            {p.dueOn && (
              <span>
                {t('petitions.dueOn')}：<DueCell dueOn={p.dueOn} overdue={p.overdue} />
              </span>
            )}
          </Space>
        </div>
        <Link to={petitionsPage(villageId)}>{t('petitions.title')}</Link>
      </Flex>
      {p.can.length > 0 && (
        <Card size="small" title={t('petitions.actions')}>
          <Space wrap>
            {p.can.map((a) => (
              <Button key={a} onClick={() => setActing(a)} data-testid={`petition-action-${a}`}>
                {t(`petitions.action.${a}`)}
              </Button>
            ))}
          </Space>
        </Card>
      )}
      <Card size="small" title={t('petitions.people')}>
        <People p={p} />
        <Typography.Paragraph>
          {t(`petitions.form.${p.form}`)}
          {p.participants > 1 ? `（${p.participants}人）` : ''}
        </Typography.Paragraph>
      </Card>
      <Card size="small" title={t('petitions.request')}>
        <Typography.Paragraph className="pre-wrap">{p.request}</Typography.Paragraph>
        <Typography.Title level={5}>{t('petitions.facts')}</Typography.Title>
        <Typography.Paragraph className="pre-wrap">{p.facts}</Typography.Paragraph>
        {p.refusalReason && <Alert type="warning" message={p.refusalReason} />}
      </Card>
      <Dates p={p} />
      {p.letters.length > 0 && (
        <Card size="small" title={t('petitions.letters')}>
          <Space orientation="vertical" size={4}>
            {p.letters.map((l) => (
              <div key={l.kind}>
                {t(`petitions.letter.${l.kind}`)} {l.number} · {t.date(l.issuedOn)}
                {p.people && (
                  <>
                    {' '}
                    <Link
                      to={`${petitionsPage(villageId)}/${p.id}/letters/${l.kind}`}
                      data-testid={`petition-letter-${l.kind}`}
                    >
                      <PrinterOutlined /> {t('petitions.letters.print')}
                    </Link>
                  </>
                )}
              </div>
            ))}
          </Space>
        </Card>
      )}
      <Card size="small" title={t('petitions.timeline')}>
        <Timeline
          data-testid="petition-timeline"
          items={p.steps.map((s) => ({
            content: (
              <>
                <div>
                  {t.date(s.on)} {t(`petitions.action.${s.action as PetitionAction}`)}
                  {s.by ? ` · ${s.by}` : ''}
                  {s.dueOn ? ` · ${t('petitions.timeline.due', { due: t.date(s.dueOn) })}` : ''}
                </div>
                {s.note && <div className="pre-wrap small-print">{s.note}</div>}
              </>
            ),
          }))}
        />
        <Typography.Text type="secondary">
          {t('petitions.profile', {
            profile: `${RULE_PROFILES[p.profile.id] ? t.pick(RULE_PROFILES[p.profile.id]!.name) : p.profile.id}（${p.profile.version}）`,
          })}
        </Typography.Text>
      </Card>
      {acting && (
        <Suspense fallback={null}>
          <StepDrawer
            villageId={villageId}
            petitionId={p.id}
            action={acting}
            onClose={() => setActing(null)}
            onDone={() => {
              setActing(null);
              reload();
            }}
          />
        </Suspense>
      )}
    </div>
  );
}
