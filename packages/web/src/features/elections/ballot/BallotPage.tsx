import '../elections.css';
import './ballot.css';
import { useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import type { ResponseOf } from '@cunzhi/contract/route';
import type * as contract from '@cunzhi/contract/elections';
import { api } from '../../../api/client.ts';
import { useApi } from '../../../api/useApi.ts';
import { useT } from '../../../i18n/index.tsx';
import { useVillage } from '../../../app/villageContext.ts';
import { Button } from '../../../light/Button.tsx';
import { Card } from '../../../light/Card.tsx';
import { Alert, Result } from '../../../light/feedback.tsx';
import { ErrorAlert } from '../../../light/ErrorAlert.tsx';
import { Spinner } from '../../../light/Spinner.tsx';
import { RefusalAlert } from '../../meetings/refusal.tsx';
import { electionPath, myRegistrationPage, type ElectionDetail } from '../api.ts';
import { openElectronicRound, type Round, type Rounds } from './rounds.ts';

type Post = Round['posts'][number];
type Cast = ResponseOf<typeof contract.castBallot>;

/**
 * 投票, on the voter's phone (light kit, no antd): an election by the representatives whose
 * round is electronic. One screen per post (choose up to its seats, fewer or none is allowed),
 * a screen to check the ballot, then the receipt 已投票 — which proves that one voted, never
 * what. A second ballot is refused by the server, and its words are shown.
 */
export default function BallotPage() {
  const t = useT();
  const { electionId = '' } = useParams();
  const { villageId } = useVillage();
  const path = electionPath(villageId, electionId);
  const rounds = useApi<Rounds>(`${path}/rounds`);
  const election = useApi<ElectionDetail>(path);
  const [cast, setCast] = useState<Cast | null>(null);
  const round = openElectronicRound(rounds.data);
  let body;
  if (rounds.error) body = <ErrorAlert error={rounds.error} />;
  else if (!rounds.data) body = <Spinner />;
  else if (cast || round?.mine.voted) body = <Receipt round={cast?.round ?? round!.round} />;
  else if (!round)
    body = (
      <Card className="block-gap">
        <p className="l-secondary" data-testid="ballot-none">
          {t('ballot.none')}
        </p>
      </Card>
    );
  else if (!round.mine.onRoll) body = <Alert type="warning" title={t('ballot.notOnRoll')} />;
  else body = <Ballot path={path} round={round} onCast={setCast} />;
  return (
    <div className="page villager-home" data-testid="ballot-page">
      <h1 className="villager-h1">{t('ballot.title')}</h1>
      {election.data && (
        <p className="l-secondary" data-testid="ballot-election">
          {election.data.election.title}
        </p>
      )}
      {body}
      <p>
        <Link to={myRegistrationPage(villageId)}>‹ {t('elections.mine.title')}</Link>
      </p>
    </div>
  );
}

function Receipt({ round }: { round: number }) {
  const t = useT();
  return (
    <Result
      status="success"
      data-testid="ballot-receipt"
      title={t('ballot.receipt')}
      subTitle={t('ballot.receipt.hint', { round })}
    />
  );
}

function Ballot({
  path,
  round,
  onCast,
}: {
  path: string;
  round: Round;
  onCast: (answer: Cast) => void;
}) {
  const t = useT();
  // a page per post, then the page to check it all
  const [page, setPage] = useState(0);
  const [marks, setMarks] = useState<Record<string, string[]>>({});
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const posts = round.posts;
  const total = posts.length + 1;
  const send = async () => {
    setBusy(true);
    setError(null);
    try {
      const body = { marks: Object.fromEntries(posts.map((p) => [p.id, marks[p.id] ?? []])) };
      onCast(await api<Cast>(`${path}/ballots`, { method: 'POST', body }));
    } catch (cause) {
      setError(cause);
    } finally {
      setBusy(false);
    }
  };
  const post = posts[page];
  return (
    <Card className="block-gap" data-testid="ballot">
      <p className="l-secondary ballot-progress">{t('ballot.progress', { n: page + 1, total })}</p>
      {post ? (
        <PostChoice
          post={post}
          chosen={marks[post.id] ?? []}
          onChange={(ids) => setMarks({ ...marks, [post.id]: ids })}
        />
      ) : (
        <Review posts={posts} marks={marks} />
      )}
      <RefusalAlert error={error} testId="ballot-refused" />
      <div className="ballot-nav">
        {page > 0 && (
          <Button size="large" onClick={() => setPage(page - 1)} data-testid="ballot-back">
            {t('ballot.back')}
          </Button>
        )}
        {post ? (
          <Button
            kind="primary"
            size="large"
            onClick={() => setPage(page + 1)}
            data-testid="ballot-next"
          >
            {t('ballot.next')}
          </Button>
        ) : (
          <Button
            kind="primary"
            size="large"
            loading={busy}
            onClick={() => void send()}
            data-testid="ballot-cast"
          >
            {t('ballot.cast')}
          </Button>
        )}
      </div>
    </Card>
  );
}

/** One post's candidates: up to its seats may be ticked; the rest are held until one is unticked. */
function PostChoice({
  post,
  chosen,
  onChange,
}: {
  post: Post;
  chosen: string[];
  onChange: (ids: string[]) => void;
}) {
  const t = useT();
  const full = chosen.length >= post.seats;
  return (
    <fieldset className="ballot-post" data-testid="ballot-post" data-post={post.id}>
      <legend className="ballot-legend">
        {t('ballot.post', { post: t.pick(post.name), seats: post.seats })}
      </legend>
      <p className="l-secondary">{t('ballot.choose', { seats: post.seats })}</p>
      <ul className="ballot-candidates">
        {post.candidates.map((c) => {
          const on = chosen.includes(c.personId);
          return (
            <li key={c.personId}>
              <label className={on ? 'ballot-candidate ballot-chosen' : 'ballot-candidate'}>
                <input
                  type="checkbox"
                  checked={on}
                  disabled={!on && full}
                  onChange={() =>
                    onChange(
                      on ? chosen.filter((id) => id !== c.personId) : [...chosen, c.personId],
                    )
                  }
                  data-testid="ballot-candidate"
                />
                <span>{c.name}</span>
              </label>
            </li>
          );
        })}
      </ul>
      {full && post.candidates.length > post.seats && (
        <p className="l-secondary" data-testid="ballot-full">
          {t('ballot.tooMany', { seats: post.seats })}
        </p>
      )}
    </fieldset>
  );
}

function Review({ posts, marks }: { posts: Post[]; marks: Record<string, string[]> }) {
  const t = useT();
  const name = (post: Post, id: string) => post.candidates.find((c) => c.personId === id)?.name;
  return (
    <div data-testid="ballot-review">
      <h2 className="my-registration-h2">{t('ballot.review')}</h2>
      <p className="l-secondary">{t('ballot.review.hint')}</p>
      <dl className="my-registration-dates">
        {posts.map((p) => (
          <div key={p.id}>
            <dt>{t.pick(p.name)}</dt>
            <dd data-testid="ballot-review-post">
              {(marks[p.id] ?? []).length === 0
                ? t('ballot.review.none')
                : (marks[p.id] ?? []).map((id) => name(p, id)).join('、')}
            </dd>
          </div>
        ))}
      </dl>
    </div>
  );
}
