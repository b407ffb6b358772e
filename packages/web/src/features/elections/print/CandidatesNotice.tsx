import type { Translator } from '../../../i18n/index.tsx';
import { NoticeSheet, lawOn, noticeDay, type Say, type SheetData } from './sheet.tsx';

/**
 * 正式候选人名单公告: post by post, how many to elect, how many candidates and the 差额,
 * the candidates in the list's order (the nomination votes) with sex and how they were
 * nominated; the day to withdraw in writing and polling day.
 */
export function CandidatesNotice({ t, say, data }: { t: Translator; say: Say; data: SheetData }) {
  const { detail } = data;
  const on = noticeDay(detail, 'candidates');
  const lawDay = on ?? detail.nominationsOpenedOn ?? '';
  const lists = detail.posts.map((post) => ({
    post,
    candidates: post.nominees
      .filter((n) => n.status === 'candidate')
      .sort((a, b) => (a.listPosition ?? 0) - (b.listPosition ?? 0)),
  }));
  const routes = [...new Set(lists.flatMap((l) => l.candidates.map((c) => c.route)))]
    .map((r) => say(`elections.print.route.${r}`))
    .join(t('elections.print.list'));
  return (
    <NoticeSheet
      t={t}
      say={say}
      data={data}
      kind="candidates"
      title={say('elections.print.candidates.title')}
      on={on}
    >
      <p>
        {say('elections.print.candidates.intro', {
          law: lawOn(t, lawDay, 'ZJ-18-CAND-LIST'),
          routes,
          election: detail.election.title,
        })}
      </p>
      {lists.map(({ post, candidates }) => (
        <section key={post.id} className="ep-section" data-testid="print-candidates-post">
          <h2 className="ep-heading">
            {t('elections.print.candidates.post', {
              post: t.pick(post.name),
              seats: post.seats,
              count: candidates.length,
              extra: candidates.length - post.seats,
            })}
          </h2>
          <table className="print-table ep-candidates">
            <thead>
              <tr>
                <th>{t('elections.print.candidates.index')}</th>
                <th>{t('elections.print.candidates.name')}</th>
                <th>{t('elections.print.candidates.gender')}</th>
                <th>{t('elections.print.candidates.route')}</th>
              </tr>
            </thead>
            <tbody>
              {candidates.map((c, i) => (
                <tr key={c.id}>
                  <td>{i + 1}</td>
                  <td>{c.name}</td>
                  <td>{t(`elections.print.gender.${c.gender}`)}</td>
                  <td>{say(`elections.print.route.${c.route}`)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      ))}
      {on && (
        <p>
          {say('elections.print.candidates.surplus', { law: lawOn(t, lawDay, 'VCOL-15-SURPLUS') })}
        </p>
      )}
      {detail.timetable && (
        <>
          <p>
            {say('elections.print.candidates.withdrawal', {
              by: t.date(detail.timetable.withdrawalBy),
              law: lawOn(t, lawDay, 'ZJ-18-CAND-LIST'),
            })}
          </p>
          <p>
            {say('elections.print.candidates.polling', {
              date: t.date(detail.timetable.pollingOn),
            })}
          </p>
        </>
      )}
    </NoticeSheet>
  );
}
