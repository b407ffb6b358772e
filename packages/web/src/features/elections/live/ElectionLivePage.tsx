import { useEffect } from 'react';
import { useParams } from 'react-router-dom';
import { Button, Result } from 'antd';
import { useApi } from '../../../api/useApi.ts';
import type { VillageFrame } from '../../../api/types.ts';
import { useT } from '../../../i18n/index.tsx';
import { FullscreenButton } from '../../../components/FullscreenButton.tsx';
import { PageLoading } from '../../../components/PageLoading.tsx';
import { errorText } from '../../../components/errors.tsx';
import { usePolling } from '../../meetings/refusal.tsx';
import { atLeastThird, kindKey, overHalf } from '../print/rounds.ts';
import { wording, type ElectionDetail, type RoundView, type RoundsView } from '../print/sheet.tsx';
import '../../meetings/meetings.css';
import './electionLive.css';

type PostResult = NonNullable<RoundView['result']>['posts'][number];

/** A bar filled to count/base with a mark at the bar's threshold (a half, or a third). */
function Bar({
  count,
  base,
  mark,
  met,
}: {
  count: number;
  base: number;
  mark: number;
  met: boolean;
}) {
  return (
    <div className="quorum-bar">
      <div
        className={met ? 'quorum-fill quorum-met' : 'quorum-fill'}
        style={{ width: `${base > 0 ? Math.min(100, (count / base) * 100) : 0}%` }}
      />
      <div className="quorum-mark" style={{ left: `${mark * 100}%` }} />
    </div>
  );
}

/** 参加投票 / 登记选民: over half makes the election valid. */
function Turnout({ voted, registered, who }: { voted: number; registered: number; who: string }) {
  const t = useT();
  const met = overHalf(voted, registered);
  return (
    <div className="el-turnout" data-testid="live-turnout" data-met={met ? 'true' : 'false'}>
      <div className="quorum-text">
        {t('elections.live.turnout', { voted: t.num(voted), registered: t.num(registered), who })}
        <span className={met ? 'quorum-tick' : 'quorum-cross'}>
          {t(met ? 'elections.live.half.met' : 'elections.live.half.missed')}
        </span>
      </div>
      <Bar count={voted} base={registered} mark={0.5} met={met} />
    </div>
  );
}

/** A counted post: each candidate's votes against the bar, who is elected, ties and open seats. */
function CountedPost({ post, round }: { post: PostResult; round: RoundView }) {
  const t = useT();
  const runoff = round.kind === 'runoff';
  const base = runoff ? (round.ballotsCast ?? 0) : round.voted;
  const passes = (votes: number) => (runoff ? atLeastThird(votes, base) : overHalf(votes, base));
  return (
    <section className="el-post" data-testid="live-post" data-post={post.postId}>
      <h2 className="el-post-name">
        {t('elections.live.post', { post: t.pick(post.name), seats: post.seats })}
      </h2>
      {post.votes.map((v) => {
        const elected = post.elected.some((e) => e.personId === v.personId);
        const met = passes(v.votes);
        return (
          <div
            key={v.personId}
            className={elected ? 'el-candidate el-elected' : 'el-candidate'}
            data-testid="live-candidate"
            data-votes={v.votes}
          >
            <div className="el-candidate-line">
              <span className="el-candidate-name">{v.name}</span>
              <span className="el-candidate-votes">{t.num(v.votes)}</span>
              {elected && <span className="el-badge">{t('elections.live.elected')}</span>}
            </div>
            <Bar count={v.votes} base={base} mark={runoff ? 1 / 3 : 0.5} met={met} />
            <div className="el-candidate-bar">
              {t(runoff ? 'elections.live.third' : 'elections.live.half', {
                votes: t.num(v.votes),
                base: t.num(base),
              })}
              <span className={met ? 'quorum-tick' : 'quorum-cross'}>
                {t(
                  runoff
                    ? met
                      ? 'elections.live.third.met'
                      : 'elections.live.third.missed'
                    : met
                      ? 'elections.live.half.met'
                      : 'elections.live.half.missed',
                )}
              </span>
            </div>
          </div>
        );
      })}
      {post.tied && (
        <div className="el-note" data-testid="live-tied">
          {t('elections.live.tied', {
            names: post.tied.candidates.map((c) => c.name).join('、'),
            seats: post.tied.seats,
          })}
        </div>
      )}
      {post.open > 0 && (
        <div className="el-note" data-testid="live-open">
          {t('elections.live.open', {
            open: post.open,
            names: post.runoffCandidates.map((c) => c.name).join('、'),
          })}
        </div>
      )}
    </section>
  );
}

/** Before the count: the candidates on the ballot; votes are shown only once counted in public. */
function PendingPost({ post }: { post: RoundView['posts'][number] }) {
  const t = useT();
  return (
    <section className="el-post" data-testid="live-post" data-post={post.id}>
      <h2 className="el-post-name">
        {t('elections.live.post', { post: t.pick(post.name), seats: post.seats })}
      </h2>
      <div className="el-names">{post.candidates.map((c) => c.name).join('　')}</div>
    </section>
  );
}

/**
 * The projector for polling day (/v/:villageId/elections/:electionId/live), readable from the
 * back of the hall at 1920×1080 and 1280×720, refreshed every 3 seconds from the rounds:
 * the turnout against the registered voters (over half ✔), then, once counted, each post's
 * candidates with their votes as bars against the bar (more than half of those who voted;
 * in a runoff a third of the ballots cast), the elected, ties and seats left open. Before the
 * count nobody's votes are shown: the box is secret until it is counted in public.
 */
export default function ElectionLivePage() {
  const t = useT();
  const { villageId = '', electionId = '' } = useParams();
  const base = `/api/villages/${villageId}/elections/${electionId}`;
  const detail = useApi<ElectionDetail>(base);
  const rounds = useApi<RoundsView>(`${base}/rounds`);
  const village = useApi<VillageFrame>(`/api/villages/${villageId}/frame`);
  const round = rounds.data?.rounds.at(-1) ?? null;
  // a runoff or a re-vote may follow the count the same day: keep looking
  usePolling(rounds.reload, 3000);

  useEffect(() => {
    document.body.classList.add('projector-body');
    return () => document.body.classList.remove('projector-body');
  }, []);

  const error = detail.error ?? rounds.error;
  if (error && !rounds.data)
    return (
      <Result
        status="warning"
        title={errorText(t, error)}
        extra={<Button onClick={rounds.reload}>{t('app.retry')}</Button>}
      />
    );
  if (!detail.data || !rounds.data) return <PageLoading />;
  const election = detail.data.election;
  const registered = round?.registered ?? detail.data.roll.registered;
  const state = !round
    ? 'notYet'
    : round.result
      ? 'counted'
      : round.openedOn
        ? 'polling'
        : 'announced';
  return (
    <div className="projector el-live" data-testid="election-live" data-state={state}>
      <header className="projector-head">
        <div className="projector-village">
          {village.data?.village.name ?? ''}
          {rounds.error && (
            <span className="projector-offline"> · {t('meetings.live.offline')}</span>
          )}
        </div>
        <h1 className="projector-title" data-testid="live-title">
          {election.title}
        </h1>
        <div className="projector-when">
          {round
            ? `${t(kindKey(round))} · ${t.date(round.pollingOn)}${round.place ? ` · ${round.place}` : ''}`
            : election.electionDay
              ? t.date(election.electionDay)
              : ''}
          <span className="projector-state"> · {t(`elections.live.state.${state}`)}</span>
        </div>
        <FullscreenButton />
      </header>
      {round && (
        <Turnout
          voted={round.voted}
          registered={registered}
          // 登记选民, or the representatives who elect (a community's: 居民代表)
          who={
            village.data
              ? wording(t, village.data.village)(`elections.live.electorate.${election.electorate}`)
              : ''
          }
        />
      )}
      {round?.result && !round.result.valid && (
        <div className="projector-message el-void" data-testid="live-void">
          {t('elections.live.void')}
        </div>
      )}
      <main className="el-posts">
        {round?.result
          ? round.result.valid &&
            round.result.posts.map((p) => <CountedPost key={p.postId} post={p} round={round} />)
          : (round?.posts ?? []).map((p) => <PendingPost key={p.id} post={p} />)}
      </main>
      {round && !round.result && (
        <div className="el-note el-foot">{t('elections.live.secret')}</div>
      )}
      {!round && <div className="projector-message">{t('elections.live.noRound')}</div>}
    </div>
  );
}
