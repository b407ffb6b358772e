import { Fragment, useEffect, useMemo } from 'react';
import { documentText, meetingNoticeTitle, withPlace } from '@cunzhi/core/documents/wording';
import { useParams, useSearchParams } from 'react-router-dom';
import { Button, Result } from 'antd';
import { PrinterOutlined } from '@ant-design/icons';
import { forCommunity, MEETING_KIND_INFO } from '@cunzhi/core/meetings/meetingKinds';
import { BODY_KIND_INFO, type BodyKind } from '@cunzhi/core/bodies/bodyKinds';
import { useApi } from '../../api/useApi.ts';
import { meetingPath, type MeetingDetail, type MotionView, type SheetRow } from './api.ts';
import type { VillageResponse } from '../../api/types.ts';
import { useT, type Translator } from '../../i18n/index.tsx';
import { PageLoading } from '../../components/PageLoading.tsx';
import { errorText } from '../../components/errors.tsx';
import { kindName, QrImage } from './parts.tsx';

type Sheet = 'notice' | 'attendance' | 'ballot';
const SHEETS: readonly Sheet[] = ['notice', 'attendance', 'ballot'];

/** A4 print views: 会议通知, 签到表, 表决票 — black on white, no menus. */
export default function PrintPage() {
  const t = useT();
  const { villageId = '', meetingId = '', sheet = '' } = useParams();
  const path = meetingPath(villageId, meetingId);
  const detail = useApi<MeetingDetail>(path);
  const village = useApi<VillageResponse>(`/api/villages/${villageId}`);

  useEffect(() => {
    document.body.classList.add('mp-print-body');
    return () => document.body.classList.remove('mp-print-body');
  }, []);

  const error = detail.error ?? village.error;
  if (!SHEETS.includes(sheet as Sheet)) return <Result status="404" title={t('app.notFound')} />;
  if (error && !(detail.data && village.data))
    return <Result status="warning" title={errorText(t, error)} />;
  if (!detail.data || !village.data) return <PageLoading />;

  // the chain record that convened the meeting: anyone can check the paper against the chain
  const convened = detail.data.fingerprint;
  const footer = [
    convened
      ? t('meetings.print.fingerprint', { seq: convened.seq, hash: convened.hash.slice(0, 16) })
      : null,
    t('meetings.print.printed', { date: t.date(new Date().toISOString().slice(0, 10)) }),
  ]
    .filter(Boolean)
    .join(' · ');

  return (
    <div className="mp-print-root" data-testid="meeting-print-page" data-sheet={sheet}>
      <div className="mp-print-toolbar mp-no-print">
        <Button
          type="primary"
          icon={<PrinterOutlined />}
          onClick={() => window.print()}
          data-testid="print-now"
        >
          {t('meetings.print.now')}
        </Button>
        <span>{t('meetings.print.hint')}</span>
      </div>
      {sheet === 'notice' && (
        <NoticeSheet
          detail={detail.data}
          village={village.data}
          villageId={villageId}
          footer={footer}
        />
      )}
      {sheet === 'attendance' && (
        <AttendanceSheet detail={detail.data} village={village.data} path={path} footer={footer} />
      )}
      {sheet === 'ballot' && (
        <BallotSheets detail={detail.data} village={village.data} footer={footer} />
      )}
    </div>
  );
}

/** A body of the village by its own name ("花乡社区居民委员会"), else "<village><kind name>". */
function bodyName(village: VillageResponse, kind: BodyKind, zh: boolean): string {
  const info = BODY_KIND_INFO[kind];
  if (!zh) return info.en;
  const body = village.bodies.find((b) => b.kind === kind && !b.parentBodyId);
  return documentText(body ? body.name : withPlace(village.village.name, info.zh));
}

/** What the meeting is called on paper: the village's own name of the body where it has one. */
function meetingName(
  t: Translator,
  village: VillageResponse,
  meeting: MeetingDetail['meeting'],
): string {
  const own = village.bodies.find((b) => b.kind === meeting.kind && !b.parentBodyId);
  return own && t.lang === 'zh-CN' ? own.name : kindName(t, meeting.kind, meeting.kindName);
}

function NoticeSheet({
  detail,
  village,
  villageId,
  footer,
}: {
  detail: MeetingDetail;
  village: VillageResponse;
  villageId: string;
  footer: string;
}) {
  const t = useT();
  const { meeting } = detail;
  const zh = t.lang === 'zh-CN';
  const villageName = village.village.name;
  const kind = meetingName(t, village, meeting);
  // a community addresses its residents (居民), not villagers
  const asSpoken = (text: string) =>
    village.village.kind === 'community' ? forCommunity(text) : text;
  const when = `${t.date(meeting.meetingOn)}${meeting.startsAt ? ` ${meeting.startsAt}` : ''}`;
  const proxies = MEETING_KIND_INFO[meeting.kind].proxies;
  // the public portal: to the meeting's notice, readable without an account
  const url = `${window.location.origin}/p/${villageId}/m/${meeting.id}`;
  const agenda = meeting.agenda
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
  return (
    <article className="mp-print-page notice" data-testid="sheet-notice">
      <header className="mp-print-header">{villageName}</header>
      <h1 className="mp-print-title">
        {zh
          ? documentText(meetingNoticeTitle(meeting.title, kind))
          : t('meetings.notice.title', { title: meeting.title })}
      </h1>
      <p className="mp-notice-salutation">
        {documentText(asSpoken(t(`meetings.notice.to.${meeting.kind}`)))}
      </p>
      <p className="mp-notice-body">
        {documentText(t('meetings.notice.body', { when, place: meeting.place || '—', kind }))}
      </p>
      {agenda.length > 0 && (
        <>
          <p className="mp-notice-body">{t('meetings.notice.agenda')}</p>
          <ol className="mp-notice-agenda">
            {agenda.map((line, i) => (
              <li key={i}>{line.replace(/^\s*(\d+|[一二三四五六七八九十]+)[.、．)）]\s*/, '')}</li>
            ))}
          </ol>
        </>
      )}
      <p className="mp-notice-body">{t('meetings.notice.attend')}</p>
      {proxies && <p className="mp-notice-body">{asSpoken(t('meetings.notice.proxy'))}</p>}
      <p className="mp-notice-body">
        {t('meetings.notice.object', {
          supervision: bodyName(village, 'villageAffairsSupervisionCommittee', zh),
        })}
      </p>
      <div className="mp-notice-sign">
        <div>{bodyName(village, MEETING_KIND_INFO[meeting.kind].convenor, zh)}</div>
        <div>{t.date(meeting.noticeOn)}</div>
        <div className="mp-seal-space">{t('meetings.notice.seal')}</div>
      </div>
      <div className="mp-print-qr">
        <QrImage text={url} size={96} />
        <span>{t('meetings.print.online')}</span>
      </div>
      <footer className="mp-page-footer" data-testid="sheet-footer">
        {footer}
      </footer>
    </article>
  );
}

/**
 * Rows of the sign-in sheet: by section, group, household, then name. At the
 * representatives' meeting the committee's members come first, apart from the
 * representatives (Art. 30: the meeting is both), so each signs in their own list.
 */
function sortSheet(rows: SheetRow[], apart: boolean): SheetRow[] {
  const rank = (row: SheetRow) => (apart && row.representative ? 1 : 0);
  return [...rows].sort(
    (a, b) =>
      rank(a) - rank(b) ||
      (a.groupNumber ?? 0) - (b.groupNumber ?? 0) ||
      a.groupName.localeCompare(b.groupName, 'zh-CN') ||
      a.householdNumber.localeCompare(b.householdNumber, 'zh-CN', { numeric: true }) ||
      a.name.localeCompare(b.name, 'zh-CN'),
  );
}

function AttendanceSheet({
  detail,
  village,
  path,
  footer,
}: {
  detail: MeetingDetail;
  village: VillageResponse;
  path: string;
  footer: string;
}) {
  const t = useT();
  const { meeting } = detail;
  const villageName = village.village.name;
  const name = meetingName(t, village, meeting);
  // everyone due on the meeting date, as the server counts them
  const eligible = useApi<{ items: SheetRow[] }>(`${path}/eligible`);
  const rows = eligible.data?.items;
  const error = eligible.error;
  const byHousehold =
    meeting.kind === 'villagersAssembly' || meeting.kind === 'villagerGroupMeeting';
  const apart = meeting.kind === 'representativesMeeting';
  const asSpoken = (text: string) =>
    village.village.kind === 'community' ? forCommunity(text) : text;
  const sectionOf = (row: SheetRow): string => {
    if (!apart) return row.groupName;
    if (!row.representative) return asSpoken(t('meetings.sheet.committeeMembers'));
    const representatives = asSpoken(t('meetings.sheet.representatives'));
    return row.groupName ? `${representatives}（${row.groupName}）` : representatives;
  };

  const groups = useMemo(() => {
    const out: { name: string; households: { number: string; rows: SheetRow[] }[] }[] = [];
    for (const row of sortSheet(rows ?? [], apart)) {
      const groupName = sectionOf(row);
      let group = out[out.length - 1];
      if (!group || group.name !== groupName) {
        group = { name: groupName, households: [] };
        out.push(group);
      }
      let household = group.households[group.households.length - 1];
      if (!household || household.number !== row.householdNumber) {
        household = { number: row.householdNumber, rows: [] };
        group.households.push(household);
      }
      household.rows.push(row);
    }
    return out;
    // sectionOf reads only the meeting, the village and the language, which these cover
  }, [rows, apart, t, village]);

  if (error) return <Result status="warning" title={errorText(t, error)} />;
  if (!rows) return <PageLoading />;
  // a closed meeting states the number due as recorded when it closed, not as the registry is now
  const recorded = detail.figures.basis === 'atClose' ? detail.presence.members : null;
  let index = 0;
  return (
    <article className="mp-print-page sheet" data-testid="sheet-attendance">
      <header className="mp-print-header">{villageName}</header>
      <h1 className="mp-print-title">{t('meetings.sheet.title', { title: meeting.title })}</h1>
      <p className="mp-sheet-meta">
        {t('meetings.sheet.meta', {
          kind: name,
          when: `${t.date(meeting.meetingOn)} ${meeting.startsAt}`.trim(),
          place: meeting.place || '—',
          count: recorded ?? rows.length,
        })}
      </p>
      {recorded !== null && recorded !== rows.length && (
        <p className="mp-sheet-meta" data-testid="sheet-list-now">
          {t('meetings.sheet.listNow', { rows: rows.length, count: recorded })}
        </p>
      )}
      <table className="mp-print-table">
        <thead>
          <tr>
            <th className="mp-col-index">{t('meetings.sheet.index')}</th>
            {byHousehold && <th className="mp-col-household">{t('households.number')}</th>}
            <th className="mp-col-name">{t('person.name')}</th>
            {!byHousehold && <th className="mp-col-household">{t('households.number')}</th>}
            <th className="mp-col-sign">{t('meetings.sheet.sign')}</th>
            {byHousehold && <th className="mp-col-rep">{t('meetings.sheet.householdRep')}</th>}
            {byHousehold && <th className="mp-col-sign">{t('meetings.sheet.repSign')}</th>}
          </tr>
        </thead>
        <tbody>
          {groups.map((g) => (
            <Fragment key={g.name}>
              {g.name && (
                <tr className="mp-group-row">
                  <td colSpan={byHousehold ? 6 : 4}>{g.name}</td>
                </tr>
              )}
              {g.households.map((h) =>
                h.rows.map((row, i) => {
                  index += 1;
                  return (
                    <tr key={row.personId} data-testid="sheet-row">
                      <td className="mp-col-index">{index}</td>
                      {byHousehold && i === 0 && (
                        <td className="mp-col-household" rowSpan={h.rows.length}>
                          {row.householdNumber}
                        </td>
                      )}
                      <td className="mp-col-name">{row.name}</td>
                      {!byHousehold && <td className="mp-col-household">{row.householdNumber}</td>}
                      <td className="mp-col-sign" />
                      {byHousehold && i === 0 && (
                        <td className="mp-col-rep" rowSpan={h.rows.length} />
                      )}
                      {byHousehold && i === 0 && (
                        <td className="mp-col-sign" rowSpan={h.rows.length} />
                      )}
                    </tr>
                  );
                }),
              )}
            </Fragment>
          ))}
        </tbody>
        {/* a table footer repeats at the bottom of every printed page */}
        <tfoot>
          <tr>
            <td
              colSpan={byHousehold ? 6 : 4}
              className="mp-table-footer"
              data-testid="sheet-footer"
            >
              {footer}
            </td>
          </tr>
        </tfoot>
      </table>
      <p className="mp-sheet-note">
        {t(byHousehold ? 'meetings.sheet.note.households' : 'meetings.sheet.note')}
      </p>
      <div className="mp-sheet-sign">
        <span>{t('meetings.sheet.clerk')}</span>
        <span>{t('meetings.sheet.supervisor')}</span>
      </div>
    </article>
  );
}

function BallotSheets({
  detail,
  village,
  footer,
}: {
  detail: MeetingDetail;
  village: VillageResponse;
  footer: string;
}) {
  const t = useT();
  const villageName = village.village.name;
  const name = meetingName(t, village, detail.meeting);
  const [params] = useSearchParams();
  const only = params.get('motion');
  const motions = detail.motions
    .filter((m) => (only ? m.id === only : m.status !== 'closed'))
    .sort((a, b) => a.number - b.number);
  if (motions.length === 0)
    return (
      <article className="mp-print-page" data-testid="sheet-ballot">
        <header className="mp-print-header">{villageName}</header>
        <p>{t('meetings.ballot.none')}</p>
        <footer className="mp-page-footer" data-testid="sheet-footer">
          {footer}
        </footer>
      </article>
    );
  return (
    <>
      {motions.map((m) => (
        <article
          key={m.id}
          className="mp-print-page mp-ballots"
          data-testid="sheet-ballot"
          data-motion-id={m.id}
        >
          <Ballot motion={m} detail={detail} villageName={villageName} meetingName={name} />
          <div className="mp-cut-line">{t('meetings.ballot.cut')}</div>
          <Ballot motion={m} detail={detail} villageName={villageName} meetingName={name} />
          <footer className="mp-page-footer" data-testid="sheet-footer">
            {footer}
          </footer>
        </article>
      ))}
    </>
  );
}

function Ballot({
  motion,
  detail,
  villageName,
  meetingName: name,
}: {
  motion: MotionView;
  detail: MeetingDetail;
  villageName: string;
  meetingName: string;
}) {
  const t = useT();
  const { meeting } = detail;
  return (
    <section className="mp-ballot">
      <header className="mp-print-header">{villageName}</header>
      <h1 className="mp-print-title">
        {t('meetings.ballot.title', { kind: name })}
        {motion.voting === 'secret' && (
          <span className="mp-ballot-secret">{t('meetings.ballot.secretTag')}</span>
        )}
      </h1>
      <p className="mp-ballot-meeting">
        {meeting.title} · {t.date(meeting.meetingOn)}
      </p>
      <p className="mp-ballot-motion">
        {t('meetings.motion.numbered', { number: motion.number, title: motion.title })}
      </p>
      <div className="mp-ballot-boxes">
        <span>{t('vote.yes')} □</span>
        <span>{t('vote.no')} □</span>
        <span>{t('vote.abstain')} □</span>
      </div>
      <ol className="mp-ballot-instructions">
        <li>{t('meetings.ballot.howto')}</li>
        <li>{t('meetings.ballot.invalid')}</li>
        {motion.voting === 'secret' ? (
          <li>{t('meetings.ballot.secret')}</li>
        ) : (
          <li>{t('meetings.ballot.named')}</li>
        )}
      </ol>
      {motion.voting !== 'secret' && (
        <p className="mp-ballot-voter">{t('meetings.ballot.voter')}</p>
      )}
    </section>
  );
}
