import type { Translator } from '../../../i18n/index.tsx';
import { kindKey, roundOf } from './rounds.ts';
import { NoticeSheet, lawOn, type Say, type SheetData } from './sheet.tsx';

const ROLES = ['caller', 'counter', 'scrutineer'] as const;

/**
 * 选举日公告 (the polling notice): the day and where to vote, the secret booth, how ballots are
 * cast, the 唱票、计票、监票 people by role, the proxies approved and published, and each mobile
 * box with the scrutineers who carry it. The hours of polling as the notice states them, or
 * blanks to write in by hand when it did not.
 */
export function PollingNotice({ t, say, data }: { t: Translator; say: Say; data: SheetData }) {
  const { detail } = data;
  const round = roundOf(data);
  const on = round?.noticeOn ?? null;
  const pollingOn = round?.pollingOn ?? detail.timetable?.pollingOn ?? null;
  const lawDay = on ?? pollingOn ?? '';
  const approved = (data.rounds?.proxies ?? []).filter((p) => p.publishedOn);
  const names = (list: ReadonlyArray<{ name: string }>) =>
    list.map((x) => x.name).join(t('elections.print.list'));
  return (
    <NoticeSheet
      t={t}
      say={say}
      data={data}
      kind="polling"
      title={say('elections.paper.polling.title')}
      on={on}
    >
      <div className="ep-dense">
        <p>
          {say('elections.paper.polling.intro', {
            law: lawOn(t, lawDay, 'ZJ-22-TELLER-RECUSAL'),
            election: detail.election.title,
            round:
              round && round.kind !== 'first'
                ? t('elections.paper.paren', { text: say(kindKey(round)) })
                : '',
          })}
        </p>
        <h2 className="ep-heading">{say('elections.paper.polling.when')}</h2>
        <p data-testid="print-polling-day">
          {round?.hours
            ? say('elections.paper.polling.hours', {
                date: pollingOn ? t.date(pollingOn) : '',
                opens: clock(round.hours.opensAt, t.lang),
                closes: clock(round.hours.closesAt, t.lang),
              })
            : say('elections.paper.polling.day', { date: pollingOn ? t.date(pollingOn) : '' })}
        </p>
        <p>{say('elections.paper.polling.place', { place: round?.place ?? '' })}</p>
        <p>
          {round?.booth
            ? say('elections.paper.polling.booth', {
                booth: round.booth,
                law: lawOn(t, lawDay, 'VCOL-15-SECRET'),
              })
            : say('elections.paper.polling.boothToSet', {
                law: lawOn(t, lawDay, 'VCOL-15-SECRET'),
              })}
        </p>
        <p>
          {say(`elections.paper.polling.method.${round?.method ?? 'paper'}`)}
          {say('elections.paper.polling.bring')}
        </p>
        <h2 className="ep-heading">{say('elections.paper.polling.tellers')}</h2>
        <table className="print-table ep-tellers" data-testid="print-tellers">
          <thead>
            <tr>
              {ROLES.map((role) => (
                <th key={role}>{t(`elections.paper.role.${role}`)}</th>
              ))}
            </tr>
          </thead>
          <tbody>
            <tr>
              {ROLES.map((role) => (
                <td key={role}>{names((round?.tellers ?? []).filter((x) => x.role === role))}</td>
              ))}
            </tr>
          </tbody>
        </table>
        <p>
          {say('elections.paper.polling.recusal', {
            law: lawOn(t, lawDay, 'ZJ-22-TELLER-RECUSAL'),
          })}
        </p>
        <h2 className="ep-heading">{say('elections.paper.polling.proxies')}</h2>
        <p data-testid="print-polling-proxies">
          {approved.length > 0
            ? say('elections.paper.polling.proxiesApproved', { n: approved.length })
            : say('elections.paper.polling.proxiesNone')}
          {say('elections.paper.polling.proxyRule', { law: lawOn(t, lawDay, 'VCOL-15-PROXY') })}
        </p>
        {round && round.mobileBoxes.length > 0 && (
          <>
            <h2 className="ep-heading">{say('elections.paper.polling.boxes')}</h2>
            <table className="print-table ep-boxes" data-testid="print-boxes">
              <thead>
                <tr>
                  <th>{t('elections.paper.box.name')}</th>
                  <th>{t('elections.paper.box.voters')}</th>
                  <th>{t('elections.paper.box.scrutineers')}</th>
                  <th>{t('elections.paper.box.approved')}</th>
                </tr>
              </thead>
              <tbody>
                {round.mobileBoxes.map((b) => (
                  <tr key={b.box}>
                    <td>{t('elections.paper.box.mobile', { box: b.box })}</td>
                    <td>{t('elections.paper.people', { n: b.voters })}</td>
                    <td>{names(b.scrutineers)}</td>
                    <td>
                      {b.townApprovedOn
                        ? t.date(b.townApprovedOn)
                        : t('elections.paper.box.pending')}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
            <p>
              {say('elections.paper.polling.boxRule', {
                law: lawOn(t, lawDay, 'ZJ-24-MOBILE-BOX'),
              })}
            </p>
          </>
        )}
      </div>
    </NoticeSheet>
  );
}

/** A time of day as a Chinese notice writes it (8时, 8时30分); as it is in English (08:30). */
function clock(time: string, lang: 'zh-CN' | 'en'): string {
  if (lang === 'en') return time;
  const [h = '0', m = '00'] = time.split(':');
  return `${Number(h)}时${m === '00' ? '' : `${m}分`}`;
}
