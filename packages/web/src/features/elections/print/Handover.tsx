import { handoverDeadline } from '@cunzhi/core/elections/dates';
import { storedProfileParams } from '@cunzhi/core/rules/profile';
import type { CalendarDate } from '@cunzhi/core/calendarDate';
import type { MessageKey, Translator } from '../../../i18n/index.tsx';
import { lawOn, type Say, type SheetData } from './sheet.tsx';

/** What the outgoing committee hands over (the common list of the provinces' handover rules). */
const ITEMS = [
  'seals',
  'premises',
  'accounts',
  'assets',
  'contracts',
  'debts',
  'archives',
  'pending',
  'other',
] as const;

/**
 * 工作移交清单: the outgoing committee hands over to the new one within ten days of its
 * election (the statute's days; rest days roll), under the election committee with the
 * town watching. The items with room for what and how many, then who hands over, who
 * receives, who presides and who supervises, and the day.
 */
export function Handover({ t, say, data }: { t: Translator; say: Say; data: SheetData }) {
  const { detail, village, result } = data;
  const electedOn = result?.certifiedOn ?? null;
  const params = storedProfileParams(detail.election.profile);
  const by = electedOn && params ? handoverDeadline(electedOn as CalendarDate, params) : null;
  const body = say(`elections.paper.body.${detail.election.body}`);
  const issuer = say('elections.print.issuer', { village: village.village.name });
  const names = (result?.seated ?? []).map((s) => s.name).join(t('elections.print.list'));
  return (
    <div className="ep-single ep-handover" data-testid="handover">
      <header className="print-village">{village.village.name}</header>
      {!electedOn && (
        <div className="print-void" data-testid="print-unpublished">
          {t('elections.paper.handover.notYet')}
        </div>
      )}
      <h1 className="print-title">{say('elections.paper.handover.title', { body })}</h1>
      <div className="print-body ep-body">
        <p>
          {say('elections.paper.handover.intro', {
            body,
            electedOn: electedOn ? t.date(electedOn) : t('elections.paper.dateBlank'),
            by: by ? t.date(by) : t('elections.paper.dateBlank'),
            town: village.village.townName,
            law: lawOn(t, electedOn ?? detail.timetable?.pollingOn ?? '', 'VCOL-20-HANDOVER'),
          })}
        </p>
        {names && <p>{say('elections.paper.handover.newMembers', { body, names })}</p>}
      </div>
      <table className="print-table ep-handover-table">
        <thead>
          <tr>
            <th>{t('elections.print.candidates.index')}</th>
            <th>{t('elections.paper.handover.item')}</th>
            <th>{t('elections.paper.handover.detail')}</th>
            <th>{t('elections.paper.handover.note')}</th>
          </tr>
        </thead>
        <tbody>
          {ITEMS.map((item, i) => (
            <tr key={item}>
              <td>{i + 1}</td>
              <td>{say(`elections.paper.handover.items.${item}` as MessageKey)}</td>
              <td />
              <td />
            </tr>
          ))}
        </tbody>
      </table>
      <div className="ep-handover-signers">
        {(['from', 'to', 'chair', 'town'] as const).map((who) => (
          <div key={who} className="ep-tally-signer">
            <span className="ep-handover-role">
              {say(`elections.paper.handover.sign.${who}`, {
                body,
                issuer,
                town: village.village.townName,
              })}
            </span>
            <span className="print-blank ep-sign-line" />
          </div>
        ))}
      </div>
      <div className="ep-tally-foot">
        <span />
        <span>
          {result?.handedOverOn ? t.date(result.handedOverOn) : t('elections.paper.dateBlank')}
        </span>
      </div>
    </div>
  );
}
