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
import { WriteIns, type RollVoter } from './WriteIns.tsx';

type Post = Round['posts'][number];
type Cast = ResponseOf<typeof contract.castBallot>;
type Roll = ResponseOf<typeof contract.getRoll>;

/**
 * 投票, on the voter's phone (light kit, no antd): an election by the representatives whose
 * round is electronic. One screen per post (choose up to its seats, fewer or none is allowed;
 * where the post allows, someone else from the roll: 另选他人), a screen to check the ballot, then the receipt 已投票 — which proves that one voted, never
 * what. A second ballot is refused by the server, and its words are shown. One who holds
 * written proxies (approved and published) chooses whose ballot to fill: their own, or each
 * principal's in turn.
 */
export default function BallotPage() {
  const t = useT();
  const { electionId = '' } = useParams();
  const { villageId } = useVillage();
  const path = electionPath(villageId, electionId);
  const rounds = useApi<Rounds>(`${path}/rounds`);
  const election = useApi<ElectionDetail>(path);
  // whose ballots this phone has cast in this visit ('self' for one's own)
  const [cast, setCast] = useState<ReadonlySet<string>>(new Set());
  // whose ballot is being filled: undefined while choosing, 'self' or a principal's id
  const [voter, setVoter] = useState<string | undefined>(undefined);
  const round = openElectronicRound(rounds.data);
  const done = (who: string) => {
    setCast(new Set([...cast, who]));
    setVoter(undefined);
  };
  const selfDone = cast.has('self') || Boolean(round?.mine.voted);
  const principals = (round?.mine.principals ?? []).map((p) => ({
    ...p,
    voted: p.voted || cast.has(p.personId),
  }));
  const pending = (selfDone ? [] : ['self']).concat(
    principals.filter((p) => !p.voted).map((p) => p.personId),
  );
  let body;
  if (rounds.error) body = <ErrorAlert error={rounds.error} />;
  else if (!rounds.data) body = <Spinner />;
  else if (round && pending.length === 0)
    body = (
      <>
        <Receipt round={round.round} />
        <Principals principals={principals} />
      </>
    );
  else if (!round)
    body = (
      <Card className="block-gap">
        <p className="l-secondary" data-testid="ballot-none">
          {t('ballot.none')}
        </p>
      </Card>
    );
  else if (!round.mine.onRoll) body = <Alert type="warning" title={t('ballot.notOnRoll')} />;
  else if (voter === undefined && principals.length > 0)
    body = <Chooser selfDone={selfDone} principals={principals} onChoose={setVoter} />;
  else {
    const who = voter ?? 'self';
    const principal = principals.find((p) => p.personId === who);
    body = (
      <Ballot
        key={who}
        path={path}
        round={round}
        onBehalfOf={principal ?? null}
        onCast={() => done(who)}
      />
    );
  }
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

type Principal = Round['mine']['principals'][number];

/** One who holds proxies: their own ballot and each principal's, each filled once. */
function Chooser({
  selfDone,
  principals,
  onChoose,
}: {
  selfDone: boolean;
  principals: Principal[];
  onChoose: (who: string) => void;
}) {
  const t = useT();
  const row = (who: string, label: string, voted: boolean, action: string) => (
    <li key={who} className="ballot-whose" data-testid="ballot-whose" data-voted={voted}>
      <span>{label}</span>
      {voted ? (
        <span className="l-secondary">{t('ballot.voted')}</span>
      ) : (
        <Button kind="primary" size="large" onClick={() => onChoose(who)} data-testid="ballot-for">
          {action}
        </Button>
      )}
    </li>
  );
  return (
    <Card className="block-gap" data-testid="ballot-chooser">
      <p className="l-secondary">{t('ballot.proxy.hint')}</p>
      <ul className="ballot-candidates">
        {row('self', t('ballot.proxy.self'), selfDone, t('ballot.link'))}
        {principals.map((p) =>
          row(p.personId, t('ballot.proxy.for', { name: p.name }), p.voted, t('ballot.proxy.vote')),
        )}
      </ul>
    </Card>
  );
}

/** After every ballot is cast: whose proxies were used (never what they said). */
function Principals({ principals }: { principals: Principal[] }) {
  const t = useT();
  if (principals.length === 0) return null;
  return (
    <Card className="block-gap" data-testid="ballot-principals">
      <ul className="ballot-candidates">
        {principals.map((p) => (
          <li key={p.personId}>{t('ballot.proxy.done', { name: p.name })}</li>
        ))}
      </ul>
    </Card>
  );
}

function Ballot({
  path,
  round,
  onBehalfOf,
  onCast,
}: {
  path: string;
  round: Round;
  /** The principal whose written proxy this ballot is filled under, or null for one's own. */
  onBehalfOf: Principal | null;
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
  // the roll, for the names a voter may write in (另选他人), only where a post allows them
  const roll = useApi<Roll>(posts.some((p) => p.writeIns) ? `${path}/roll` : null);
  const voters: RollVoter[] = roll.data?.voters ?? [];
  const send = async () => {
    setBusy(true);
    setError(null);
    try {
      const body = {
        marks: Object.fromEntries(posts.map((p) => [p.id, marks[p.id] ?? []])),
        onBehalfOf: onBehalfOf?.personId ?? null,
      };
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
      {onBehalfOf && (
        <Alert
          type="info"
          title={t('ballot.proxy.filling', { name: onBehalfOf.name })}
          data-testid="ballot-on-behalf"
        />
      )}
      <p className="l-secondary ballot-progress">{t('ballot.progress', { n: page + 1, total })}</p>
      {post ? (
        <PostChoice
          post={post}
          roll={voters}
          chosen={marks[post.id] ?? []}
          onChange={(ids) => setMarks({ ...marks, [post.id]: ids })}
        />
      ) : (
        <Review posts={posts} roll={voters} marks={marks} />
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
  roll,
  chosen,
  onChange,
}: {
  post: Post;
  roll: readonly RollVoter[];
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
      {full && (post.candidates.length > post.seats || post.writeIns) && (
        <p className="l-secondary" data-testid="ballot-full">
          {t('ballot.tooMany', { seats: post.seats })}
        </p>
      )}
      {post.writeIns && (
        <WriteIns
          candidates={new Set(post.candidates.map((c) => c.personId))}
          roll={roll}
          chosen={chosen}
          full={full}
          onChange={onChange}
        />
      )}
    </fieldset>
  );
}

function Review({
  posts,
  roll,
  marks,
}: {
  posts: Post[];
  roll: readonly RollVoter[];
  marks: Record<string, string[]>;
}) {
  const t = useT();
  // a printed candidate, else someone written in from the roll
  const name = (post: Post, id: string) =>
    post.candidates.find((c) => c.personId === id)?.name ??
    roll.find((v) => v.personId === id)?.name;
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
