import type { Translator } from '../../../i18n/index.tsx';
import {
  NoticeSheet,
  lawOn,
  noticeDay,
  type RollView,
  type Say,
  type SheetData,
} from './sheet.tsx';

type Voter = RollView['voters'][number];

/** Class 2 (外出, declared) and class 3 (accepted from elsewhere) are marked after the name. */
const MARK = { 1: '', 2: '※', 3: '△' } as const;

/** The roll by villager group, in the roll's order (group, then name). */
function byGroup(voters: readonly Voter[]) {
  const groups = new Map<string, Voter[]>();
  for (const v of voters) groups.set(v.groupName, [...(groups.get(v.groupName) ?? []), v]);
  return [...groups];
}

/**
 * 选民名单公告, the public list: by villager group, each voter's name, sex and month of
 * birth, class 2 and 3 marked; never an ID number or a phone (the committee's own list has
 * them). How many by class, and the five days to object with the three to decide.
 */
export function RollNotice({ t, say, data }: { t: Translator; say: Say; data: SheetData }) {
  const { detail, village } = data;
  const voters = data.roll?.voters ?? [];
  const on = noticeDay(detail, 'roll');
  const lawDay = on ?? detail.rules.resolution?.adoptedOn ?? '';
  const { one, two, three } = detail.roll.byClass;
  const name = village.village.name;
  return (
    <NoticeSheet
      t={t}
      say={say}
      data={data}
      kind="roll"
      title={say('elections.print.roll.title')}
      on={on}
    >
      <p>
        {say('elections.print.roll.intro', {
          law: lawOn(t, lawDay, 'VCOL-13-ELIGIBLE', 'VCOL-14-LIST'),
          election: detail.election.title,
          n: detail.roll.registered,
        })}
      </p>
      <p>{say('elections.print.roll.classes', { village: name, one, two, three })}</p>
      {byGroup(voters).map(([group, list]) => (
        <section key={group} className="ep-section ep-group" data-testid="print-roll-group">
          <h2 className="ep-heading">
            {t('elections.print.roll.group', { group, n: list.length })}
          </h2>
          <ol className="ep-voters">
            {list.map((v) => {
              const [year, month] = v.birthDate.split('-');
              return (
                <li key={v.personId}>
                  <span className="ep-name">
                    {v.name}
                    {MARK[v.voterClass]}
                  </span>
                  <span className="ep-meta">
                    {t(`elections.print.gender.${v.gender}`)}{' '}
                    {t('elections.print.roll.born', { year: year!, month: Number(month) })}
                  </span>
                </li>
              );
            })}
          </ol>
        </section>
      ))}
      {detail.roll.objectionsBy && (
        <p data-testid="print-appeal">
          {say('elections.print.roll.appeal', {
            by: t.date(detail.roll.objectionsBy),
            law: lawOn(t, lawDay, 'VCOL-14-APPEAL'),
          })}
        </p>
      )}
    </NoticeSheet>
  );
}
