import { Card, Flex, Table, Tag, Typography } from 'antd';
import { citationText, type RuleId } from '@cunzhi/core/rules/citations';
import type { CalendarDate } from '@cunzhi/core/calendarDate';
import { useT, type Translator } from '../../i18n/index.tsx';
import type { PlacedView, PostResultView, RoundView } from './api.ts';
import { Fact, FindingsAlert, type SectionProps } from './parts.tsx';
import { BulletinCard } from './BulletinCard.tsx';
import { roundTitle } from './secondHalf.ts';

type Counted = RoundView & { result: NonNullable<RoundView['result']> };

/**
 * One counted round: its figures, the law's tests in words (the round valid with more than
 * half of the registered voting; a winner's bar: more than half of those who voted in the
 * first round, a third of the ballots in a runoff, most votes in a re-vote), the findings the
 * count recorded, each post's votes with the elected, a tie and the open seats, and the
 * bulletin of its ballots.
 */
export function RoundResultCard(props: SectionProps & { round: RoundView }) {
  const t = useT();
  const round = props.round as Counted;
  const { result } = round;
  return (
    <Card
      className="block-gap"
      title={roundTitle(t, round)}
      extra={
        <Tag
          color={result.valid ? 'green' : 'red'}
          data-testid="round-valid"
          data-valid={String(result.valid)}
        >
          {t(result.valid ? 'elections.result.valid' : 'elections.result.void')}
        </Tag>
      }
      data-testid="round-result"
      data-round={round.round}
    >
      <dl className="election-facts">
        <Fact label={t('elections.result.countedOn')}>{t.date(round.countedOn)}</Fact>
        <Fact label={t('elections.polling.registered')}>
          <span data-testid="round-registered">{t.num(round.registered ?? 0)}</span>
        </Fact>
        <Fact label={t('elections.polling.voted')}>
          <span data-testid="round-voted">{t.num(round.voted)}</span>
        </Fact>
        <Fact label={t('elections.polling.ballotsCast')}>
          <span data-testid="round-ballots-cast">{t.num(round.ballotsCast ?? 0)}</span>
        </Fact>
      </dl>
      <ul className="election-tests" data-testid="round-tests">
        {tests(t, round, props.data.election.body === 'villagersCommittee').map((x) => (
          <li key={x.rule} data-rule-id={x.rule}>
            {x.text}
          </li>
        ))}
      </ul>
      <FindingsAlert findings={result.findings} />
      {result.posts.map((post) => (
        <PostResult key={post.postId} post={post} />
      ))}
      <BulletinCard {...props} round={round} digest={result.digest} />
    </Card>
  );
}

/** The law's tests of the round, each cited in words by the law of the count's day. */
function tests(t: Translator, round: Counted, villagersCommittee: boolean) {
  const on = round.countedOn as CalendarDate;
  const cite = (rule: RuleId) => citationText(rule, t.lang, on);
  const registered = round.registered ?? 0;
  const voted = round.voted;
  const out = [
    {
      rule: 'VCOL-15-VALID',
      text: t(round.result.valid ? 'elections.result.test.valid' : 'elections.result.test.void', {
        voted,
        registered,
        law: cite('VCOL-15-VALID'),
      }),
    },
  ];
  if (round.kind === 'first')
    out.push({
      rule: 'VCOL-15-WIN',
      text: t('elections.result.test.win', {
        voted,
        needed: Math.floor(voted / 2) + 1,
        law: cite('VCOL-15-WIN'),
      }),
    });
  if (round.kind === 'runoff')
    out.push({
      rule: 'VCOL-15-RUNOFF',
      text: t('elections.result.test.runoff', {
        cast: round.ballotsCast ?? 0,
        needed: Math.ceil((round.ballotsCast ?? 0) / 3),
        law: cite('VCOL-15-RUNOFF'),
      }),
    });
  if (round.kind === 'revote')
    out.push({
      rule: 'VCOL-15-WIN',
      text: t('elections.result.test.revote', { law: cite('VCOL-15-WIN') }),
    });
  if (villagersCommittee)
    out.push({
      rule: 'VCOL-06-SIZE',
      text: t('elections.result.test.women', { law: cite('VCOL-06-SIZE') }),
    });
  return out;
}

/** A post's votes: each candidate (and anyone written in) with the elected, tied and runoff marked. */
function PostResult({ post }: { post: PostResultView }) {
  const t = useT();
  const elected = new Set(post.elected.map((x) => x.personId));
  const tied = new Set(post.tied?.candidates.map((x) => x.personId) ?? []);
  const runoff = new Set(post.runoffCandidates.map((x) => x.personId));
  return (
    <Card
      size="small"
      className="block-gap"
      title={t.pick(post.name)}
      data-testid="round-post"
      data-post={post.postId}
      extra={
        <Typography.Text type="secondary">
          {t('elections.result.ballots', {
            valid: post.valid,
            blank: post.blank,
            invalid: post.invalid,
          })}
        </Typography.Text>
      }
    >
      <Table<PlacedView>
        size="small"
        rowKey="personId"
        pagination={false}
        dataSource={post.votes}
        onRow={(x) =>
          ({
            'data-testid': 'round-candidate',
            'data-elected': String(elected.has(x.personId)),
          }) as object
        }
        columns={[
          { key: 'name', title: t('elections.name'), render: (_, x) => x.name },
          { key: 'votes', title: t('elections.result.votes'), render: (_, x) => t.num(x.votes) },
          {
            key: 'status',
            title: t('elections.status'),
            render: (_, x) => (
              <Flex gap={4} wrap>
                {elected.has(x.personId) && (
                  <Tag color="green">{t('elections.result.elected')}</Tag>
                )}
                {tied.has(x.personId) && <Tag color="orange">{t('elections.result.tied')}</Tag>}
                {runoff.has(x.personId) && (
                  <Tag color="blue">{t('elections.result.runoffCandidate')}</Tag>
                )}
              </Flex>
            ),
          },
        ]}
      />
      <Flex gap={16} wrap className="block-gap">
        <Typography.Text data-testid="round-post-seats">
          {t('elections.result.seats', { seats: post.seats, elected: post.elected.length })}
        </Typography.Text>
        {post.open > 0 && (
          <Typography.Text type="warning" data-testid="round-post-open">
            {t('elections.result.open', { n: post.open })}
          </Typography.Text>
        )}
        {post.tied && (
          <Typography.Text type="warning" data-testid="round-post-tied">
            {t('elections.result.tie', { n: post.tied.candidates.length, seats: post.tied.seats })}
          </Typography.Text>
        )}
      </Flex>
    </Card>
  );
}
