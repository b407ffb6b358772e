import type { Translator } from '../../../i18n/index.tsx';
import { NoticeSheet, lawOn, noticeDay, type Say, type SheetData } from './sheet.tsx';

/** The day the amended law (2026) has a member leave when a near relative is nominated. */
const AMENDED_LAW = '2026-01-01';

/**
 * 村民选举委员会组成人员公告: who chose it and when, the members by seat, the reserves in
 * their ranking, any who left and who took the seat, the rule on leaving, the days for
 * objections and the filing with the town (XJGC-EC; the organic law's article on the committee).
 */
export function CommitteeNotice({ t, say, data }: { t: Translator; say: Say; data: SheetData }) {
  const { detail, village } = data;
  const c = detail.committee;
  const chosenOn = c.chosenOn ?? c.publishedOn ?? '';
  const seated = c.members.filter((m) => m.status === 'seated');
  const reserves = c.members.filter((m) => m.status === 'reserve');
  const withdrawn = c.members.filter((m) => m.status === 'withdrawn');
  const town = village.village.townName;
  return (
    <NoticeSheet
      t={t}
      say={say}
      data={data}
      kind="committee"
      title={say('elections.print.committee.title')}
      on={noticeDay(detail, 'committee')}
    >
      <p>
        {say('elections.print.committee.intro', {
          law: lawOn(t, chosenOn, 'XJGC-EC'),
          chosenBy: c.chosenBy ? say(`elections.print.chosenBy.${c.chosenBy}`) : '',
          chosenOn: t.date(chosenOn),
          village: village.village.name,
          n: seated.length,
          election: detail.election.title,
        })}
      </p>
      <table className="print-table ep-committee" data-testid="print-committee">
        <thead>
          <tr>
            <th>{t('elections.print.committee.seat')}</th>
            <th>{t('elections.print.committee.name')}</th>
          </tr>
        </thead>
        <tbody>
          {seated.map((m) => (
            <tr key={m.personId}>
              <td>{t(`elections.print.seat.${m.seat}`)}</td>
              <td>{m.name}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {reserves.length > 0 && (
        <p>
          {say('elections.print.committee.reserves', {
            names: reserves.map((m) => m.name).join(t('elections.print.list')),
          })}
        </p>
      )}
      {withdrawn.map((m) => (
        <p key={m.personId} data-testid="print-withdrawn">
          {say('elections.print.committee.withdrawn', {
            name: m.name,
            date: t.date(m.withdrawnOn),
            reason: m.withdrawalReason
              ? say(`elections.print.withdrawal.${m.withdrawalReason}`)
              : '',
          })}
        </p>
      ))}
      <p>
        {say(
          chosenOn >= AMENDED_LAW
            ? 'elections.print.committee.rule2026'
            : 'elections.print.committee.rule2018',
          { law: lawOn(t, chosenOn, 'VCOL-12-EC-WITHDRAW') },
        )}
      </p>
      {c.objectionsBy && (
        <p>{say('elections.print.committee.objections', { date: t.date(c.objectionsBy) })}</p>
      )}
      <p data-testid="print-filed">
        {c.filedOn
          ? say('elections.print.committee.filed', { date: t.date(c.filedOn), town })
          : say('elections.print.committee.toFile', { town })}
      </p>
    </NoticeSheet>
  );
}
