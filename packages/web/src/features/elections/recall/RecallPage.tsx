import '../elections.css';
import './recall.css';
import { Link, useParams } from 'react-router-dom';
import { Alert, Breadcrumb, Card, Flex, Typography } from 'antd';
import { useT } from '../../../i18n/index.tsx';
import { useVillage } from '../../../app/villageContext.ts';
import { ErrorAlert } from '../../../components/errors.tsx';
import { PageLoading } from '../../../components/PageLoading.tsx';
import { FindingsAlert } from '../parts.tsx';
import { recallPath, recallsPage, type RecallDetail } from './api.ts';
import { OutcomeTag, RecallStageTag, StepDays, useAnswered } from './parts.tsx';
import { SignaturesCard } from './SignaturesCard.tsx';
import { ReplyCard, VoteCard } from './VoteCard.tsx';

/** What every card of a recall's page gets. */
export interface RecallCardProps {
  data: RecallDetail;
  path: string;
  /** The page after a step: the answer replaces what is shown. */
  onDone: (answer: RecallDetail) => void;
  /** The reader runs this recall: an organiser who is not the member facing it. */
  runs: boolean;
}

/**
 * One recall request: the member and the reasons, the signatures against the two bases, the
 * member's reply, the vote's day within the deadlines and its result; each step's form only to
 * whoever may take it (the member facing recall never runs their own).
 */
export default function RecallPage() {
  const t = useT();
  const { recallId = '' } = useParams();
  const { villageId } = useVillage();
  const path = recallPath(villageId, recallId);
  const { data, error, apply } = useAnswered<RecallDetail>(path);
  if (error && !data)
    return (
      <div className="page">
        <ErrorAlert error={error} />
      </div>
    );
  if (!data) return <PageLoading />;
  const props: RecallCardProps = {
    data,
    path,
    onDone: apply,
    runs: data.mine.organiser && !data.mine.isMember,
  };
  return (
    <div className="page" data-testid="recall-page" data-stage={data.stage}>
      <Breadcrumb
        className="block-gap"
        items={[
          { title: <Link to={recallsPage(villageId)}>{t('recall.menu')}</Link> },
          { title: data.member.name },
        ]}
      />
      <Flex justify="space-between" align="center" wrap gap={8} className="page-head">
        <div>
          <Typography.Title level={1} className="no-margin page-title">
            {data.member.name}
          </Typography.Title>
          <Typography.Text type="secondary">
            {t.pick(data.member.bodyName)} {t.pick(data.member.role)}
          </Typography.Text>
        </div>
        <span>
          <RecallStageTag stage={data.stage} /> <OutcomeTag recalled={data.recalled} />
        </span>
      </Flex>
      {data.mine.isMember && data.mine.organiser && (
        <Alert type="info" showIcon className="block-gap" title={t('recall.ownCase')} />
      )}
      <FindingsAlert findings={data.findings} />
      <Timeline data={data} />
      <Card className="block-gap" title={t('recall.reasons')}>
        <Typography.Paragraph className="recall-text" data-testid="recall-reasons-shown">
          {data.reasons}
        </Typography.Paragraph>
      </Card>
      <SignaturesCard {...props} />
      {data.stage !== 'collecting' && <ReplyCard {...props} />}
      {data.stage !== 'collecting' && <VoteCard {...props} />}
    </div>
  );
}

function Timeline({ data }: { data: RecallDetail }) {
  const t = useT();
  const step = (
    key: 'open' | 'submit' | 'reply' | 'schedule' | 'vote',
    done: string | null,
    due?: string | null,
  ) => ({
    key,
    title: t(`recall.step.${key}`),
    done,
    due,
  });
  return (
    <StepDays
      testId="recall-steps"
      steps={[
        step('open', data.openedOn),
        step('submit', data.receivedOn),
        step('reply', data.reply?.on ?? null),
        step('schedule', data.voteOn, data.deadlines?.voteBy),
        step('vote', data.vote ? data.voteOn : null),
      ]}
    />
  );
}
