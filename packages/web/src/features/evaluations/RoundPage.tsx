import { lazy, Suspense, useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import {
  Alert,
  App,
  Button,
  Card,
  Descriptions,
  Flex,
  Popconfirm,
  Space,
  Table,
  Tag,
  Typography,
} from 'antd';
import { PrinterOutlined } from '@ant-design/icons';
import { api } from '../../api/client.ts';
import { useApi } from '../../api/useApi.ts';
import { roundPath, sheetPagePath, type CadreView, type RoundDetail } from './api.ts';
import { useT } from '../../i18n/index.tsx';
import { useVillage } from '../../app/villageContext.ts';
import { ErrorAlert } from '../../components/errors.tsx';
import { PageLoading } from '../../components/PageLoading.tsx';
import { RefusalAlert, RuleTag } from '../matters/parts.tsx';
import { QrImage } from '../meetings/parts.tsx';
import { RatingTag, RoundStatusTag } from './parts.tsx';

const PaperDrawer = lazy(() => import('./PaperDrawer.tsx'));

/** One round: turnout while open, then each cadre's counts and result, the offices it ends, the notice. */
export default function RoundPage() {
  const t = useT();
  const { message } = App.useApp();
  const { villageId } = useVillage();
  const { roundId = '' } = useParams();
  const path = roundPath(villageId, roundId);
  const { data: loaded, error: loadError, reload } = useApi<RoundDetail>(path);
  const [answer, setAnswer] = useState<RoundDetail | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const [paper, setPaper] = useState(false);
  const data = answer ?? loaded;

  const act = (verb: 'count' | 'publish', done: string) => {
    setBusy(true);
    setError(null);
    api<RoundDetail>(`${path}/${verb}`, {
      method: 'POST',
      body: verb === 'publish' ? {} : undefined,
    })
      .then((res) => {
        setAnswer(res);
        void message.success(done);
      })
      .catch(setError)
      .finally(() => setBusy(false));
  };

  if (loadError && !data)
    return (
      <div className="page">
        <ErrorAlert error={loadError} />
      </div>
    );
  if (!data) return <PageLoading />;
  const r = data.round;
  const sheetUrl = `${window.location.origin}${sheetPagePath(villageId, r.id)}`;

  return (
    <div className="page" data-testid="round-page" data-status={r.status}>
      <Typography.Paragraph>
        <Link to={`/v/${villageId}/evaluations`}>{t('evaluations.back')}</Link>
      </Typography.Paragraph>
      <Flex justify="space-between" align="center" wrap gap={8} className="page-head">
        <Typography.Title level={1} className="no-margin page-title">
          {r.title} <RoundStatusTag status={r.status} />
        </Typography.Title>
        <Space wrap>
          {data.citations.map((c) => (
            <RuleTag key={c.ruleId} rule={c} />
          ))}
        </Space>
      </Flex>
      <RefusalAlert error={error} testId="round-refused" />
      <Descriptions size="small" column={{ xs: 1, md: 2 }} className="block-gap">
        <Descriptions.Item label={t('evaluations.heldOn')}>{t.date(r.heldOn)}</Descriptions.Item>
        <Descriptions.Item label={t('evaluations.evaluators')}>
          {t.pick(r.evaluatorsName)}
        </Descriptions.Item>
        <Descriptions.Item label={t('evaluations.sheetsIn')}>
          <span data-testid="round-turnout">
            {t('evaluations.sheetsInText', {
              in: r.sheetsIn,
              due: r.evaluatorsDue,
              paper: r.paperSheets,
            })}
          </span>
        </Descriptions.Item>
        {r.countedOn && (
          <Descriptions.Item label={t('evaluations.countedOn')}>
            {t.date(r.countedOn)}
          </Descriptions.Item>
        )}
        {r.announceBy && (
          <Descriptions.Item label={t('evaluations.announceBy')}>
            {t('evaluations.announceBy.text', { date: t.date(r.announceBy) })}
          </Descriptions.Item>
        )}
        {r.publishedOn && (
          <Descriptions.Item label={t('evaluations.publishedOn')}>
            {t.date(r.publishedOn)} {r.late && <Tag color="red">{t('evaluations.late')}</Tag>}
          </Descriptions.Item>
        )}
      </Descriptions>
      <Actions
        data={data}
        busy={busy}
        onPaper={() => setPaper(true)}
        onCount={() => act('count', t('evaluations.count.done'))}
        onPublish={() => act('publish', t('evaluations.publish.done'))}
      />
      {r.status === 'open' && (
        <Card size="small" className="block-gap" title={t('evaluations.phone')}>
          <Flex gap={16} align="center" wrap>
            <QrImage text={sheetUrl} size={160} testId="round-sheet-qr" />
            <div>
              <Typography.Paragraph copyable={{ text: sheetUrl }}>
                <a href={sheetUrl}>{sheetUrl}</a>
              </Typography.Paragraph>
              <Typography.Text type="secondary">{t('evaluations.phone.hint')}</Typography.Text>
            </div>
          </Flex>
        </Card>
      )}
      <CadreTable cadres={data.cadres} counted={r.status !== 'open'} />
      {r.notice && <NoticeCard data={data} villageId={villageId} />}
      {paper && (
        <Suspense fallback={null}>
          <PaperDrawer
            villageId={villageId}
            round={data}
            onClose={() => setPaper(false)}
            onDone={(next) => {
              setPaper(false);
              setAnswer(next);
              reload();
            }}
          />
        </Suspense>
      )}
    </div>
  );
}

function Actions({
  data,
  busy,
  onPaper,
  onCount,
  onPublish,
}: {
  data: RoundDetail;
  busy: boolean;
  onPaper: () => void;
  onCount: () => void;
  onPublish: () => void;
}) {
  const t = useT();
  if (!data.can.enterPaper && !data.can.count && !data.can.publish) return null;
  return (
    <Space wrap className="block-gap">
      {data.can.enterPaper && (
        <Button onClick={onPaper} data-testid="round-paper">
          {t('evaluations.paperEntry')}
        </Button>
      )}
      {data.can.count && (
        <Popconfirm title={t('evaluations.count.confirm')} onConfirm={onCount}>
          <Button type="primary" loading={busy} data-testid="round-count">
            {t('evaluations.count')}
          </Button>
        </Popconfirm>
      )}
      {data.can.publish && (
        <Popconfirm title={t('evaluations.publish.confirm')} onConfirm={onPublish}>
          <Button type="primary" loading={busy} data-testid="round-publish">
            {t('evaluations.publish')}
          </Button>
        </Popconfirm>
      )}
    </Space>
  );
}

function CadreTable({ cadres, counted }: { cadres: CadreView[]; counted: boolean }) {
  const t = useT();
  const tally = (c: CadreView['paper']) =>
    `${c.competent} / ${c.basicallyCompetent} / ${c.incompetent}`;
  return (
    <Table<CadreView>
      className="block-gap"
      size="small"
      rowKey={(c) => c.membershipId}
      pagination={false}
      dataSource={cadres}
      data-testid="round-cadres"
      onRow={(c) => ({ 'data-testid': 'cadre-row', 'data-person-id': c.personId }) as object}
      columns={[
        { key: 'name', title: t('evaluations.cadres'), render: (_, c) => c.name },
        { key: 'post', title: t('evaluations.post'), render: (_, c) => t.pick(c.post) },
        {
          key: 'previous',
          title: t('evaluations.previous'),
          render: (_, c) =>
            c.previous ? <RatingTag rating={c.previous.result} /> : t('evaluations.previous.none'),
        },
        {
          key: 'counts',
          title: counted ? t('evaluations.counts') : t('evaluations.paper'),
          render: (_, c) => (
            <span className="tabular">{tally(counted && c.counts ? c.counts : c.paper)}</span>
          ),
        },
        {
          key: 'result',
          title: t('evaluations.result'),
          render: (_, c) =>
            c.result ? (
              <Space orientation="vertical" size={2}>
                <span>
                  <RatingTag rating={c.result} />
                  {c.resultText && (
                    <Typography.Text type="secondary">{t.pick(c.resultText)}</Typography.Text>
                  )}
                </span>
                {c.officeEndedOn ? (
                  <Tag color="red" data-testid="cadre-office-ended">
                    {t('evaluations.officeEnded', { date: t.date(c.officeEndedOn) })}
                  </Tag>
                ) : (
                  c.endsOffice && (
                    <Tag color="red" data-testid="cadre-ends-office">
                      {t('evaluations.endsOffice')}
                    </Tag>
                  )
                )}
              </Space>
            ) : (
              <Typography.Text type="secondary">{t('evaluations.result.pending')}</Typography.Text>
            ),
        },
      ]}
    />
  );
}

function NoticeCard({ data, villageId }: { data: RoundDetail; villageId: string }) {
  const t = useT();
  const notice = data.round.notice!;
  return (
    <Card
      size="small"
      className="block-gap"
      title={t('evaluations.notice')}
      data-testid="round-notice"
    >
      <Space orientation="vertical">
        <Link to={`/v/${villageId}/notices/${notice.id}`}>{notice.title}</Link>
        <Link to={`/v/${villageId}/notices/${notice.id}/print`} data-testid="round-print">
          <PrinterOutlined /> {t('evaluations.print')}
        </Link>
        {data.round.ratingsDigest && (
          <Alert
            type="info"
            title={t('evaluations.digest')}
            description={<code className="cell-wrap">{data.round.ratingsDigest}</code>}
          />
        )}
      </Space>
    </Card>
  );
}
