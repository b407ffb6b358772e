import type { Translator } from '../../../i18n/index.tsx';
import { ballotPosts, kindKey, roundOf, type BallotPost } from './rounds.ts';
import { lawOn, type Say, type SheetData } from './sheet.tsx';

/** Cells a row of the ballot holds before it wraps (A4's width at a readable size). */
const PER_ROW = 8;

const rows = <T,>(cells: readonly T[]) =>
  Array.from({ length: Math.ceil(cells.length / PER_ROW) }, (_, i) =>
    cells.slice(i * PER_ROW, (i + 1) * PER_ROW),
  );

/** A post on the ballot: 应选N名, each candidate over a box to mark, then the write-in places. */
function PostBlock({ t, say, post }: { t: Translator; say: Say; post: BallotPost }) {
  const cells = [
    ...post.candidates.map((c) => c.name),
    // as many write-in places as seats: a voter may choose others for every seat
    ...(post.writeIns ? Array.from({ length: post.seats }, () => null) : []),
  ];
  return (
    <section className="ep-ballot-post" data-testid="ballot-post">
      <h2 className="ep-ballot-heading">
        {say('elections.paper.ballot.post', { post: t.pick(post.name), seats: post.seats })}
      </h2>
      {rows(cells).map((row, i) => (
        <table key={i} className="ep-ballot-grid">
          <tbody>
            <tr>
              <th className="ep-ballot-label">
                {i === 0 ? t('elections.paper.ballot.names') : ''}
              </th>
              {row.map((name, j) => (
                <td key={j} className={name === null ? 'ep-ballot-writein' : undefined}>
                  {name ?? (
                    <span className="ep-writein-label">{t('elections.paper.ballot.writeIn')}</span>
                  )}
                </td>
              ))}
            </tr>
            <tr className="ep-ballot-marks">
              <th className="ep-ballot-label">{i === 0 ? t('elections.paper.ballot.mark') : ''}</th>
              {row.map((_, j) => (
                <td key={j} />
              ))}
            </tr>
          </tbody>
        </table>
      ))}
    </section>
  );
}

/**
 * 选票: one sheet with a block per post (so that a name marked on two posts can be seen on
 * one ballot, as the count reads it), seats stated, candidates in the list's order over a
 * box each, write-in places where the post allows them, and how to mark. Printed as many
 * times as there are registered voters (or ?copies=N), every copy alike: no number, no
 * mark, nothing that could tie a ballot to the voter who took it. The election committee's
 * seal is the only thing added by hand.
 */
export function Ballot({
  t,
  say,
  data,
  copies,
}: {
  t: Translator;
  say: Say;
  data: SheetData;
  copies: number;
}) {
  const { detail, village } = data;
  const round = roundOf(data);
  const posts = ballotPosts(data);
  const lawDay = round?.pollingOn ?? detail.timetable?.pollingOn ?? '';
  const issuer = say('elections.print.issuer', { village: village.village.name });
  const sheet = (key: number) => (
    <div className="ep-page ep-ballot" key={key} data-testid="ballot">
      <div className="ep-ballot-seal">{t('elections.paper.ballot.seal', { issuer })}</div>
      <h1 className="ep-ballot-title">
        {say('elections.paper.ballot.title', { election: detail.election.title })}
      </h1>
      {round && round.kind !== 'first' && (
        <div className="ep-ballot-kind">
          {say(kindKey(round))}
          {round.pollingOn ? ` ${t.date(round.pollingOn)}` : ''}
        </div>
      )}
      {posts.map((post) => (
        <PostBlock key={post.id} t={t} say={say} post={post} />
      ))}
      <section className="ep-ballot-rules" data-testid="ballot-rules">
        <div className="ep-ballot-rules-title">{t('elections.paper.ballot.rulesTitle')}</div>
        <ol>
          <li>{say('elections.paper.ballot.rule.mark')}</li>
          {posts.some((p) => p.writeIns) && <li>{say('elections.paper.ballot.rule.writeIn')}</li>}
          <li>{say('elections.paper.ballot.rule.tooMany')}</li>
          {posts.length > 1 && <li>{say('elections.paper.ballot.rule.twoPosts')}</li>}
          <li>{say('elections.paper.ballot.rule.twice')}</li>
          <li>
            {say('elections.paper.ballot.rule.secret', { law: lawOn(t, lawDay, 'VCOL-15-SECRET') })}
          </li>
        </ol>
      </section>
    </div>
  );
  return <>{Array.from({ length: Math.max(1, copies) }, (_, i) => sheet(i))}</>;
}
