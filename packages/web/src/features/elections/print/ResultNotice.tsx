import type { Translator } from '../../../i18n/index.tsx';
import { atLeastThird, kindKey, overHalf } from './rounds.ts';
import { NoticeSheet, lawOn, type RoundView, type Say, type SheetData } from './sheet.tsx';

type Counted = RoundView & { result: NonNullable<RoundView['result']> };

/** Those seated, post by post in the order the posts first appear. */
function seatsByPost(seated: ReadonlyArray<{ postId: string; name: string }>) {
  const posts = new Map<string, string[]>();
  for (const s of seated) posts.set(s.postId, [...(posts.get(s.postId) ?? []), s.name]);
  return [...posts];
}

/** One counted round: the turnout against the registered, then each post's ballots and votes. */
function CountedRound({
  t,
  say,
  round,
  several,
  who,
}: {
  t: Translator;
  say: Say;
  round: Counted;
  /** Whether more than one round was counted. */
  several: boolean;
  /** Who votes, in words: 村民 (a villagers' election) or 村民代表 (the representatives'). */
  who: string;
}) {
  const registered = round.registered ?? 0;
  const cast = round.ballotsCast ?? 0;
  const on = round.countedOn ?? round.pollingOn;
  // the first round's bar is those who voted; a runoff's a third of the ballots cast
  const passes = (votes: number) =>
    round.kind === 'runoff' ? atLeastThird(votes, cast) : overHalf(votes, round.voted);
  return (
    <section className="ep-section" data-testid="print-result-round" data-round={round.round}>
      {/* a single round needs no heading of its own */}
      {(round.round > 1 || several) && (
        <h2 className="ep-heading">
          {say('elections.paper.result.round', {
            kind: say(kindKey(round)),
            date: t.date(round.pollingOn),
          })}
        </h2>
      )}
      <p data-testid="print-turnout">
        {say(round.result.valid ? 'elections.paper.result.valid' : 'elections.paper.result.void', {
          registered: t.num(registered),
          voted: t.num(round.voted),
          cast: t.num(cast),
          who,
          law: lawOn(t, on, 'VCOL-15-VALID'),
        })}
      </p>
      <div className="ep-result-posts">
        {round.result.valid &&
          round.result.posts.map((post) => (
            <div key={post.postId} className="ep-result-post" data-testid="print-result-post">
              <h3 className="ep-subheading">
                {say('elections.paper.result.post', {
                  post: t.pick(post.name),
                  seats: post.seats,
                  valid: t.num(post.valid),
                  invalid: t.num(post.invalid),
                  blank: t.num(post.blank),
                })}
              </h3>
              <table className="print-table ep-result-table">
                <thead>
                  <tr>
                    <th>{t('elections.print.candidates.name')}</th>
                    <th>{t('elections.paper.result.votes')}</th>
                    <th>{t('elections.paper.result.outcome')}</th>
                  </tr>
                </thead>
                <tbody>
                  {post.votes.map((v) => {
                    const elected = post.elected.some((e) => e.personId === v.personId);
                    const tied = post.tied?.candidates.some((c) => c.personId === v.personId);
                    return (
                      <tr key={v.personId}>
                        <td>{v.name}</td>
                        <td>
                          {t.num(v.votes)}
                          {round.kind !== 'revote' && (passes(v.votes) ? ' ✔' : '')}
                        </td>
                        <td>
                          {elected
                            ? t('elections.paper.result.elected')
                            : tied
                              ? t('elections.paper.result.tied')
                              : ''}
                        </td>
                      </tr>
                    );
                  })}
                </tbody>
              </table>
              {post.tied && (
                <p>
                  {say('elections.paper.result.tiedNote', {
                    names: post.tied.candidates.map((c) => c.name).join(t('elections.print.list')),
                    seats: post.tied.seats,
                  })}
                </p>
              )}
              {post.open > 0 && (
                <p>
                  {say('elections.paper.result.open', {
                    open: post.open,
                    names: post.runoffCandidates.map((c) => c.name).join(t('elections.print.list')),
                    law: lawOn(t, on, 'VCOL-15-RUNOFF'),
                  })}
                </p>
              )}
            </div>
          ))}
      </div>
      <p className="ep-small">
        {/* a re-vote is won by most votes, not past half: its bar is not the first round's */}
        {say(
          round.kind === 'runoff'
            ? 'elections.paper.result.barRunoff'
            : round.kind === 'revote'
              ? 'elections.paper.result.barRevote'
              : 'elections.paper.result.bar',
          {
            who,
            law: lawOn(t, on, round.kind === 'runoff' ? 'VCOL-15-RUNOFF' : 'VCOL-15-WIN'),
          },
        )}
      </p>
    </section>
  );
}

/**
 * 选举结果公告: each counted round (registered, voted and ballots cast against the turnout
 * bar; per post the valid, invalid and blank ballots, each candidate's votes with ✔ past the
 * bar, who was elected, ties and open seats), then who is elected to which post once the
 * result is certified, with the articles in words. Dated the day it was certified.
 */
export function ResultNotice({ t, say, data }: { t: Translator; say: Say; data: SheetData }) {
  const { detail } = data;
  const counted = (data.rounds?.rounds ?? []).filter((r): r is Counted => r.result !== null);
  const result = data.result;
  const on = result?.certifiedOn ?? null;
  const postName = (id: string) => {
    const post = detail.posts.find((p) => p.id === id);
    return post ? t.pick(post.name) : id;
  };
  return (
    <NoticeSheet
      t={t}
      say={say}
      data={data}
      kind="result"
      title={say('elections.paper.result.title')}
      on={on}
    >
      <div className="ep-dense">
        <p>
          {say('elections.paper.result.intro', {
            election: detail.election.title,
            law: lawOn(t, on ?? counted[0]?.pollingOn ?? '', 'VCOL-15-VALID', 'VCOL-15-WIN'),
          })}
        </p>
        {counted.length === 0 && <p>{say('elections.paper.result.none')}</p>}
        {counted.map((round) => (
          <CountedRound
            key={round.round}
            t={t}
            say={say}
            round={round}
            several={counted.length > 1}
            who={say(`elections.paper.electorate.${detail.election.electorate}`)}
          />
        ))}
        {result && result.seated.length > 0 && (
          <p className="ep-seated" data-testid="print-seated">
            {say('elections.paper.result.seated', {
              body: say(`elections.paper.body.${detail.election.body}`),
              seats: seatsByPost(result.seated)
                .map(([postId, names]) =>
                  t('elections.paper.result.seatedPost', {
                    post: postName(postId),
                    names: names.join(t('elections.print.list')),
                  }),
                )
                .join(t('elections.paper.semicolon')),
            })}
          </p>
        )}
        {result?.findings.map((f, i) => (
          <p key={i} className="ep-small">
            {f.text}
          </p>
        ))}
        {on && (
          <p>{say('elections.paper.result.announce', { law: lawOn(t, on, 'ZJ-32-ANNOUNCE') })}</p>
        )}
      </div>
    </NoticeSheet>
  );
}
