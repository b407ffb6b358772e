import type { Translator } from '../../../i18n/index.tsx';
import { NoticeSheet, lawOn, type Say, type SheetData } from './sheet.tsx';

/**
 * 委托投票公告: the proxies the election committee approved and published, each principal with
 * the one who votes for them (a proxy not approved and published counts for nothing). Before
 * any is published, the committee's members see those lodged, marked 尚未公布.
 */
export function ProxiesNotice({ t, say, data }: { t: Translator; say: Say; data: SheetData }) {
  const all = data.rounds?.proxies ?? [];
  const published = all.filter((p) => p.publishedOn);
  const list = published.length > 0 ? published : all;
  const on =
    published
      .map((p) => p.publishedOn!)
      .sort()
      .at(-1) ?? null;
  const lawDay = on ?? all[0]?.lodgedOn ?? data.detail.timetable?.proxiesBy ?? '';
  return (
    <NoticeSheet
      t={t}
      say={say}
      data={data}
      kind="proxies"
      title={say('elections.paper.proxies.title')}
      on={on}
    >
      <p>
        {say('elections.paper.proxies.intro', {
          law: lawOn(t, lawDay, 'VCOL-15-PROXY'),
          election: data.detail.election.title,
          n: list.length,
        })}
      </p>
      <table className="print-table ep-proxies" data-testid="print-proxies">
        <thead>
          <tr>
            <th>{t('elections.print.candidates.index')}</th>
            <th>{t('elections.paper.proxies.principal')}</th>
            <th>{t('elections.paper.proxies.holder')}</th>
            <th>{t('elections.paper.proxies.lodged')}</th>
          </tr>
        </thead>
        <tbody>
          {list.map((p, i) => (
            <tr key={p.principal.personId}>
              <td>{i + 1}</td>
              <td>{p.principal.name}</td>
              <td>{p.holder.name}</td>
              <td>{t.date(p.lodgedOn)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p>{say('elections.paper.proxies.rule')}</p>
    </NoticeSheet>
  );
}
