import '../elections.css';
import './recall.css';
import { Link, useParams } from 'react-router-dom';
import { Alert, Breadcrumb, Card, Flex, Tag, Typography } from 'antd';
import { useT } from '../../../i18n/index.tsx';
import { useVillage } from '../../../app/villageContext.ts';
import { ErrorAlert } from '../../../components/errors.tsx';
import { PageLoading } from '../../../components/PageLoading.tsx';
import { Fact, FindingsAlert } from '../parts.tsx';
import { byElectionPath, recallsPage, type ByElectionDetail } from './api.ts';
import { ByElectionStageTag, DatedStep, StepDays, useAnswered } from './parts.tsx';
import { CandidatesForm, CountForm } from './ByElectionForms.tsx';

/**
 * One by-election: the vacant posts of the body's term, the candidates published (差额, five
 * days ahead), each round's tally from the paper sheet, and the winners certified and seated to
 * the term's end. The steps' forms are the organisers'; the server judges each.
 */
export default function ByElectionPage() {
  const t = useT();
  const { byElectionId = '' } = useParams();
  const { villageId, data: village } = useVillage();
  const path = byElectionPath(villageId, byElectionId);
  const { data, error, apply } = useAnswered<ByElectionDetail>(path);
  if (error && !data)
    return (
      <div className="page">
        <ErrorAlert error={error} />
      </div>
    );
  if (!data) return <PageLoading />;
  const runs = village.abilities.organiseElections;
  const counting = data.stage === 'candidatesPublished' || data.stage === 'counted';
  const title = `${t(`recall.by.body.${data.body.kind}`)}${t('recall.by')}`;
  return (
    <div className="page" data-testid="by-election-page" data-stage={data.stage}>
      <Breadcrumb
        className="block-gap"
        items={[{ title: <Link to={recallsPage(villageId)}>{t('recall.menu')}</Link> }, { title }]}
      />
      <Flex justify="space-between" align="center" wrap gap={8} className="page-head">
        <div>
          <Typography.Title level={1} className="no-margin page-title">
            {title}
          </Typography.Title>
          <Typography.Text type="secondary">
            {t(`recall.by.meeting.${data.meeting}`)} · {t('recall.by.pollingOn')}{' '}
            {t.date(data.pollingOn)} · {t('recall.by.termEndsOn')} {t.date(data.termEndsOn)}
          </Typography.Text>
        </div>
        <ByElectionStageTag stage={data.stage} />
      </Flex>
      <FindingsAlert findings={data.findings} />
      <Timeline data={data} />
      <Card className="block-gap" title={t('recall.by.posts')} data-testid="by-election-posts">
        <Typography.Paragraph type="secondary">{t('recall.by.law')}</Typography.Paragraph>
        {data.womenSeat && (
          <Alert
            className="block-gap"
            type="info"
            showIcon
            data-testid="by-election-women-seat"
            message={t('recall.by.womenSeat', {
              post: t.pick(data.posts.find((p) => p.role === data.womenSeat!.role)!.name),
            })}
          />
        )}
        <dl className="election-facts">
          {data.posts.map((p) => (
            <Fact key={p.role} label={`${t.pick(p.name)}（${t('recall.by.seats')} ${p.seats}）`}>
              <span data-testid="by-election-candidates" data-role={p.role}>
                {p.candidates.map((c) => c.name).join('、')}
              </span>
            </Fact>
          ))}
        </dl>
        {runs && data.stage === 'vacant' && (
          <CandidatesForm data={data} path={path} onDone={apply} />
        )}
      </Card>
      {data.stage !== 'vacant' && (
        <Card
          className="block-gap"
          title={t('recall.by.step.count')}
          data-testid="by-election-count"
        >
          {data.rounds.map((round, i) => (
            <Round key={i} n={i + 1} round={round} data={data} />
          ))}
          {runs && counting && <CountForm data={data} path={path} onDone={apply} />}
          {runs && data.stage === 'counted' && (
            <div className="recall-act">
              <DatedStep
                path={path}
                step="certify"
                testId="by-election-certify"
                label={t('recall.by.certify')}
                hint={t('recall.by.certify.hint')}
                onDone={apply}
              />
            </div>
          )}
          {data.womenSeat?.leftVacant && (
            <Alert
              className="block-gap"
              type="warning"
              showIcon
              data-testid="by-election-women-seat-vacant"
              message={t('recall.by.womenSeat.vacant', { name: data.womenSeat.leftVacant.name })}
            />
          )}
          {data.seated.length > 0 && (
            <Typography.Paragraph data-testid="by-election-seated">
              {t('recall.by.seated')}
              {data.seated
                .map(
                  (s) => `${s.name}（${t.pick(data.posts.find((p) => p.role === s.role)!.name)}）`,
                )
                .join('、')}
            </Typography.Paragraph>
          )}
        </Card>
      )}
    </div>
  );
}

function Round({
  n,
  round,
  data,
}: {
  n: number;
  round: ByElectionDetail['rounds'][number];
  data: ByElectionDetail;
}) {
  const t = useT();
  return (
    <div className="block-gap" data-testid="by-election-round" data-valid={round.valid}>
      <Flex gap={8} align="baseline" wrap>
        <strong>{t('recall.by.round', { n })}</strong>
        <Tag color={round.valid ? 'green' : 'red'}>
          {t(round.valid ? 'recall.by.round.valid' : 'recall.by.round.void')}
        </Tag>
        <span>
          {t('recall.by.round.figures', {
            members: round.members,
            voted: round.voted,
            ballots: round.ballotsCast,
          })}
        </span>
      </Flex>
      {round.posts.map((p) => (
        <Typography.Paragraph key={p.role}>
          {t.pick(data.posts.find((q) => q.role === p.role)!.name)}：
          {p.votes.map((v) => `${v.name} ${v.votes}`).join('，')}
          {p.elected.length > 0 &&
            ` · ${t('recall.by.elected')} ${p.elected.map((e) => e.name).join('、')}`}
        </Typography.Paragraph>
      ))}
      <FindingsAlert findings={round.findings} />
    </div>
  );
}

function Timeline({ data }: { data: ByElectionDetail }) {
  const t = useT();
  const step = (key: 'open' | 'candidates' | 'count' | 'certify', done: string | null) => ({
    key,
    title: t(`recall.by.step.${key}`),
    done,
  });
  return (
    <StepDays
      testId="by-election-steps"
      steps={[
        step('open', data.openedOn),
        step('candidates', data.candidatesPublishedOn),
        step('count', data.countedOn),
        step('certify', data.certifiedOn),
      ]}
    />
  );
}
