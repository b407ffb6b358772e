import type { Translator } from '../../../i18n/index.tsx';
import { ballotPosts, boxesOf, kindKey, roundOf } from './rounds.ts';
import type { Say, SheetData } from './sheet.tsx';

/**
 * 计票单, one page a box (the central box, then each mobile box): the ballots handed out and
 * taken out (filled in from the signed sheet once there is one), per post each candidate's
 * votes with room for the 正 strokes, the write-ins, the valid, invalid and blank ballots,
 * and the lines where the callers, counters and scrutineers sign (a mobile box's own
 * scrutineers under it).
 */
export function TallySheet({ t, say, data }: { t: Translator; say: Say; data: SheetData }) {
  const { detail, village } = data;
  const round = roundOf(data);
  const posts = ballotPosts(data);
  const tellers = round?.tellers ?? [];
  const issuer = say('elections.print.issuer', { village: village.village.name });
  return (
    <>
      {boxesOf(round).map((box) => {
        const signed = round?.tallySheets.find((s) => s.box === box) ?? null;
        const mobile = round?.mobileBoxes.find((b) => b.box === box) ?? null;
        const signers = [
          { role: 'caller', names: tellers.filter((x) => x.role === 'caller') },
          { role: 'counter', names: tellers.filter((x) => x.role === 'counter') },
          {
            role: 'scrutineer',
            names: mobile ? mobile.scrutineers : tellers.filter((x) => x.role === 'scrutineer'),
          },
        ] as const;
        return (
          <div className="ep-page ep-tally" key={box} data-testid="tally-sheet" data-box={box}>
            <h1 className="ep-tally-title">
              {say('elections.paper.tally.title', { election: detail.election.title })}
            </h1>
            <div className="ep-tally-head">
              <span>
                {box === 'central'
                  ? t('elections.paper.box.central')
                  : t('elections.paper.box.mobile', { box })}
              </span>
              <span>
                {round
                  ? t('elections.paper.tally.round', {
                      kind: say(kindKey(round)),
                      date: t.date(round.pollingOn),
                    })
                  : ''}
              </span>
            </div>
            <table className="print-table ep-tally-counts">
              <tbody>
                <tr>
                  <th>{t('elections.paper.tally.issued')}</th>
                  <td>{signed ? t('elections.paper.sheets', { n: signed.issued }) : ''}</td>
                  <th>{t('elections.paper.tally.returned')}</th>
                  <td>{signed ? t('elections.paper.sheets', { n: signed.returned }) : ''}</td>
                </tr>
              </tbody>
            </table>
            {posts.map((post) => (
              <section key={post.id} className="ep-tally-post">
                <h2 className="ep-heading">
                  {say('elections.paper.ballot.post', {
                    post: t.pick(post.name),
                    seats: post.seats,
                  })}
                </h2>
                <table className="print-table ep-tally-table">
                  <thead>
                    <tr>
                      <th>{t('elections.print.candidates.name')}</th>
                      <th className="ep-tally-strokes">{t('elections.paper.tally.strokes')}</th>
                      <th>{t('elections.paper.tally.votes')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {post.candidates.map((c) => (
                      <tr key={c.personId}>
                        <td>{c.name}</td>
                        <td />
                        <td />
                      </tr>
                    ))}
                    {post.writeIns && (
                      <tr>
                        <td>{t('elections.paper.tally.writeIns')}</td>
                        <td />
                        <td />
                      </tr>
                    )}
                  </tbody>
                </table>
                <div className="ep-tally-ballots">{t('elections.paper.tally.ballots')}</div>
              </section>
            ))}
            <div className="ep-tally-signers">
              {signers.map(({ role, names }) => (
                <div key={role} className="ep-tally-signer">
                  <span className="ep-tally-role">{t(`elections.paper.role.${role}`)}</span>
                  <span className="ep-tally-names">
                    {names.map((n) => n.name).join(t('elections.print.list'))}
                  </span>
                  <span>{t('elections.paper.tally.sign')}</span>
                  <span className="print-blank ep-sign-line" />
                </div>
              ))}
            </div>
            <div className="ep-tally-foot">
              <span>{issuer}</span>
              <span>{signed ? t.date(signed.signedOn) : t('elections.paper.dateBlank')}</span>
            </div>
          </div>
        );
      })}
    </>
  );
}
