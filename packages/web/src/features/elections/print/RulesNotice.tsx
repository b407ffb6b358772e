import { withoutDraftMark } from '@cunzhi/core/documents/wording';
import type { RuleId } from '@cunzhi/core/rules/citations';
import type { MessageKey, Translator } from '../../../i18n/index.tsx';
import {
  NoticeSheet,
  noticeDay,
  lawOn,
  rulesName,
  type ElectionDetail,
  type Say,
  type SheetData,
} from './sheet.tsx';

type Step = keyof NonNullable<ElectionDetail['timetable']>;

/** The timetable's rows: each step, its day (by, or on polling day) and the rule that sets it. */
const STEPS: ReadonlyArray<{ step: Step; rule: RuleId | null }> = [
  { step: 'voterRollBy', rule: 'VCOL-14-LIST' },
  { step: 'selfNominationBy', rule: 'ZJ-20-SELF-NOMINATION' },
  { step: 'candidateListBy', rule: 'ZJ-18-CAND-LIST' },
  { step: 'pollingNoticeBy', rule: 'ZJ-22-TELLER-RECUSAL' },
  { step: 'withdrawalBy', rule: 'ZJ-18-CAND-LIST' },
  { step: 'proxiesBy', rule: 'VCOL-15-PROXY' },
  { step: 'pollingOn', rule: null },
  { step: 'announceBy', rule: 'ZJ-32-ANNOUNCE' },
  { step: 'runoffBy', rule: 'ZJ-RUNOFF-WINDOW' },
];

/**
 * 选举办法公告: the rules as adopted (the draft's text without its 草案 mark), which
 * resolution adopted them and when, the posts and seats, and the timetable core computed
 * from polling day, each date with the article that sets it.
 */
export function RulesNotice({ t, say, data }: { t: Translator; say: Say; data: SheetData }) {
  const { detail } = data;
  const { rules, timetable } = detail;
  const announcedOn = rules.announcedOn;
  const on = announcedOn ?? rules.resolution?.adoptedOn ?? rules.draftPublishedOn ?? '';
  const text = (rules.draft ?? '').split(/\n+/).filter((p) => p.trim());
  const posts = detail.posts
    .map((p) => say('elections.print.rules.postSeats', { post: t.pick(p.name), seats: p.seats }))
    .join(t('elections.print.list'));
  return (
    <NoticeSheet
      t={t}
      say={say}
      data={data}
      kind="rules"
      title={say('elections.print.rules.title')}
      on={noticeDay(detail, 'rules')}
    >
      {rules.resolution && timetable ? (
        <p>
          {say('elections.print.rules.intro', {
            rules: rulesName(detail.election.title),
            adoptedOn: t.date(rules.resolution.adoptedOn),
            resolution: data.resolutionNumber ?? rules.resolution.title,
            pollingOn: t.date(timetable.pollingOn),
          })}
        </p>
      ) : (
        <p>{say('elections.print.rules.unadopted')}</p>
      )}
      <p>{say('elections.print.rules.posts', { posts })}</p>
      {timetable && (
        <section className="ep-section" data-testid="print-timetable">
          <h2 className="ep-heading">{say('elections.print.rules.timetable')}</h2>
          <table className="print-table ep-timetable">
            <thead>
              <tr>
                <th>{t('elections.print.rules.step')}</th>
                <th>{t('elections.print.rules.when')}</th>
                <th>{t('elections.print.rules.basis')}</th>
              </tr>
            </thead>
            <tbody>
              {STEPS.map(({ step, rule }) => (
                <tr key={step}>
                  <td>{say(`elections.print.rules.${step}` as MessageKey)}</td>
                  <td>
                    {rule
                      ? t('elections.print.by', { date: t.date(timetable[step]) })
                      : t.date(timetable[step])}
                  </td>
                  <td>{rule ? lawOn(t, on, rule) : ''}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      )}
      {text.length > 0 && (
        <section className="ep-section ep-rules" data-testid="print-rules-text">
          <h2 className="ep-heading">{say('elections.print.rules.text')}</h2>
          {text.map((p, i) =>
            // the first line is the rules' own title, without the draft's 草案 mark
            i === 0 ? (
              <p key={i} className="ep-rules-title">
                {withoutDraftMark(p)}
              </p>
            ) : (
              <p key={i}>{p}</p>
            ),
          )}
        </section>
      )}
    </NoticeSheet>
  );
}
