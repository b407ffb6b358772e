import type { Translator } from '../../../i18n/index.tsx';
import { roundOf } from './rounds.ts';
import type { RollView, Say, SheetData } from './sheet.tsx';

type Voter = RollView['voters'][number];

/** Voters by villager group, then by household (its number), in the roll's order within. */
function byHousehold(voters: readonly Voter[]) {
  const groups = new Map<string, Map<string, Voter[]>>();
  for (const v of voters) {
    const households = groups.get(v.groupName) ?? new Map<string, Voter[]>();
    households.set(v.householdNumber, [...(households.get(v.householdNumber) ?? []), v]);
    groups.set(v.groupName, households);
  }
  return [...groups].map(
    ([group, households]) =>
      [
        group,
        [...households].sort(([a], [b]) => a.localeCompare(b, 'zh-CN', { numeric: true })),
      ] as const,
  );
}

/**
 * 选民名单（按户）: the voters of the published roll by villager group and household, for the
 * tellers who hand out ballots on polling day — each voter signs or presses a thumbprint when
 * taking a ballot (a proxy holder signs for their principal and writes 代). Name and sex only:
 * no ID numbers, phones or birth dates on a sheet that lies open on the table.
 */
export function VoterList({ t, say, data }: { t: Translator; say: Say; data: SheetData }) {
  const { detail, village } = data;
  const round = roundOf(data);
  const voters = data.roll?.voters ?? [];
  const pollingOn = round?.pollingOn ?? detail.timetable?.pollingOn ?? null;
  return (
    <div className="ep-voter-list" data-testid="voter-list">
      <header className="print-village">{village.village.name}</header>
      {!detail.roll.publishedOn && (
        <div className="print-void" data-testid="print-unpublished">
          {t('elections.print.unpublished')}
        </div>
      )}
      <h1 className="print-title">{say('elections.paper.voters.title')}</h1>
      <p className="ep-voter-intro">
        {say('elections.paper.voters.intro', {
          election: detail.election.title,
          date: pollingOn ? t.date(pollingOn) : '',
          n: t.num(voters.length),
        })}
      </p>
      {byHousehold(voters).map(([group, households]) => (
        <section key={group} className="ep-section" data-testid="voter-list-group">
          <h2 className="ep-heading">
            {t('elections.print.roll.group', {
              group,
              n: households.reduce((n, [, h]) => n + h.length, 0),
            })}
          </h2>
          <table className="print-table ep-voter-table">
            <thead>
              <tr>
                <th>{t('elections.paper.voters.household')}</th>
                <th>{t('elections.print.candidates.name')}</th>
                <th>{t('elections.print.candidates.gender')}</th>
                <th className="ep-voter-sign">{t('elections.paper.voters.sign')}</th>
              </tr>
            </thead>
            <tbody>
              {households.flatMap(([number, members]) =>
                members.map((v, i) => (
                  <tr key={v.personId} className={i === 0 ? 'ep-household-first' : undefined}>
                    {i === 0 && <td rowSpan={members.length}>{number}</td>}
                    <td>{v.name}</td>
                    <td>{t(`elections.print.gender.${v.gender}`)}</td>
                    <td />
                  </tr>
                )),
              )}
            </tbody>
          </table>
        </section>
      ))}
      <p className="ep-small">{say('elections.paper.voters.note')}</p>
    </div>
  );
}
