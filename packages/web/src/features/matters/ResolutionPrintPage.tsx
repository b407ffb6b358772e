import { useParams } from 'react-router-dom';
import { documentText, withoutDraftMark } from '@cunzhi/core/documents/wording';
import { MEETING_KIND_INFO, type MeetingKind } from '@cunzhi/core/meetings/meetingKinds';
import { describePath, quorum, type QuorumPath } from '@cunzhi/core/meetings/quorum';
import { storedProfileParams } from '@cunzhi/core/rules/profile';
import { useApi } from '../../api/useApi.ts';
import type { DecisionRecord, MeetingFacts, ResolutionDetailResponse } from './api.ts';
import type { VillageFrame } from '../../api/types.ts';
import { useT } from '../../i18n/index.tsx';
import { ErrorAlert } from '../../components/errors.tsx';
import { PageLoading } from '../../components/PageLoading.tsx';
import { PrintFooter, PrintFrame, Signature } from './PrintFrame.tsx';
import { citeText, citationFor, decisionOf, decisionText } from './parts.tsx';
import { profileText } from './ruleText.ts';

type Presence = NonNullable<MeetingFacts['presence']>;

/**
 * Quorum as it stood when the decision was made: recomputed by core from the
 * stored presence under the stored rule profile when that profile is a plain
 * provincial one (a charter version cannot be rebuilt here; then only the
 * stored "quorum at close" flag is shown), else the meeting's own figures if
 * they were stored with the decision.
 */
function storedQuorum(
  kind: MeetingKind,
  profile: { id: string; version: string },
  presence: Presence | undefined,
  stored: DecisionRecord | null,
  current: MeetingFacts['quorum'],
): { met: boolean | null; paths: QuorumPath[] } | null {
  const params = storedProfileParams(profile);
  const atClose = typeof stored?.quorumAtClose === 'boolean' ? stored.quorumAtClose : null;
  if (presence && params) {
    const q = quorum(kind, presence, params);
    return { met: atClose ?? q.met, paths: q.paths };
  }
  if (atClose !== null) return { met: atClose, paths: [] };
  if (!stored && current) return { met: current.met, paths: [] };
  return null;
}

/** Splits "花乡社区村民代表会议决议〔2026〕第3号" into the heading and "〔2026〕第3号". */
function splitNumber(text: string): [string, string] {
  const at = text.indexOf('〔');
  return at > 0 ? [text.slice(0, at), text.slice(at)] : [text, ''];
}

/**
 * A resolution as printed for the archive and the notice board: number
 * 〔2026〕第n号, the meeting, attendance and quorum, the vote and the rule that
 * decided it, and whether it still stands.
 */
export default function ResolutionPrintPage() {
  const t = useT();
  const { villageId = '', resolutionId = '' } = useParams();
  const { data, error } = useApi<ResolutionDetailResponse>(
    `/api/villages/${villageId}/resolutions/${resolutionId}`,
  );
  const village = useApi<VillageFrame>(`/api/villages/${villageId}/frame`);
  const meetingId = data?.resolution.meeting.id ?? null;
  const meeting = useApi<MeetingFacts>(
    meetingId ? `/api/villages/${villageId}/meetings/${meetingId}` : null,
  );

  if (error && !data)
    return (
      <div className="narrow-page">
        <ErrorAlert error={error} />
      </div>
    );
  if (!data || (meetingId && meeting.loading && !meeting.data)) return <PageLoading />;
  const r = data.resolution;
  const facts = meeting.data;
  const stored = decisionOf(r.decision);
  // figures as stored with the decision: the meeting page recomputes quorum under today's rules
  const presence = stored?.presence ?? facts?.presence;
  const quorumAt = storedQuorum(r.meeting.kind, r.profile, presence, stored, facts?.quorum);
  const motion = facts?.motions?.find((m) => m.id === r.motionId);
  const tally =
    stored?.tally ??
    motion?.tally ??
    (typeof stored?.yes === 'number' && typeof stored.no === 'number'
      ? { yes: stored.yes, no: stored.no, abstain: stored.abstain ?? 0 }
      : null);
  const decision = decisionText(t, r.decision) ?? motion?.result?.text ?? null;
  const quorumText = quorumAt
    ? quorumAt.paths.map((p) => describePath(p, t.lang)).join(t('matters.listSep'))
    : '';
  const quorumRule = MEETING_KIND_INFO[r.meeting.kind].quorumRule;
  const quorumCite = citationFor(quorumRule, r.adoptedOn);
  const [heading, number] = splitNumber(r.numberText);
  const villageName = village.data?.village.name ?? data.village?.name ?? '';
  const committee =
    village.data?.village.kind === 'community'
      ? t('notices.print.issuer.community')
      : t('notices.print.issuer.village');
  // the public portal: to the notice that published the resolution (or "not yet published")
  const online = `${window.location.origin}/p/${villageId}/r/${resolutionId}`;
  const fingerprint = data.fingerprint;
  const paragraphs = r.body.split(/\n+/).filter((p) => p.trim());

  return (
    <PrintFrame
      backTo={r.matter ? `/v/${villageId}/matters/${r.matter.id}` : `/v/${villageId}/notices`}
      testId="resolution-print"
    >
      {villageName && (
        <header className="print-village" data-testid="print-village">
          {villageName}
        </header>
      )}
      <h1 className="print-title" data-testid="print-title">
        {heading}
      </h1>
      {number && (
        <div className="print-number" data-testid="print-number">
          {number}
        </div>
      )}
      <div className="print-section">{documentText(withoutDraftMark(r.title))}</div>
      {paragraphs.length > 0 && (
        <div className="print-body">
          {paragraphs.map((p, i) => (
            <p key={i}>{p}</p>
          ))}
        </div>
      )}
      <table className="print-table" data-testid="print-facts">
        <tbody>
          <tr>
            <th>{t('matters.resolution.meeting')}</th>
            <td>
              {t('matters.meetingWithKind', {
                title: facts?.meeting.title ?? r.meeting.title,
                kind: t.pick(r.meeting.kindName),
              })}
              <br />
              {t.date(r.meeting.meetingOn)}
              {facts?.meeting.place ? ` · ${facts.meeting.place}` : ''}
            </td>
          </tr>
          <tr>
            <th>{t('matters.resolution.attendance')}</th>
            <td data-testid="print-attendance">
              {presence
                ? t('matters.resolution.attendance.figures', {
                    members: presence.members,
                    present: presence.present,
                  })
                : '—'}
              {presence?.households
                ? `${t('matters.listSep')}${t('matters.resolution.attendance.households', {
                    households: presence.households,
                    present: presence.householdsPresent ?? 0,
                  })}`
                : ''}
            </td>
          </tr>
          <tr>
            <th>{t('matters.resolution.quorum')}</th>
            <td data-testid="print-quorum">
              {quorumText || (quorumAt ? '' : '—')}
              {quorumAt && quorumAt.met !== null && (
                <>
                  {' '}
                  <span className="print-stamp">
                    {quorumAt.met
                      ? t('matters.resolution.quorum.met')
                      : t('matters.resolution.quorum.notMet')}
                  </span>
                </>
              )}
              <br />
              {quorumCite ? citeText(t, quorumCite) : quorumRule}
            </td>
          </tr>
          <tr>
            <th>{t('matters.resolution.vote')}</th>
            <td data-testid="print-vote">{tally ? t('matters.motion.tally', tally) : '—'}</td>
          </tr>
          <tr>
            <th>{t('matters.resolution.decision')}</th>
            <td data-testid="print-decision">
              {decision ?? '—'}
              <br />
              {citeText(t, r.rule)}
            </td>
          </tr>
          <tr>
            <th>{t('matters.resolution.validity')}</th>
            <td data-testid="print-validity" data-valid={String(r.validity.valid)}>
              {r.validity.valid ? (
                t('matters.resolution.valid')
              ) : (
                <span className="print-stamp">
                  {r.validity.revoked
                    ? r.validity.revoked.on
                      ? t('matters.resolution.revokedOn', { date: t.date(r.validity.revoked.on) })
                      : t('matters.resolution.revoked')
                    : t('matters.resolution.invalid')}
                </span>
              )}
              {r.validity.invalidReason && (
                <>
                  <br />
                  {t('matters.resolution.invalidReason', { reason: r.validity.invalidReason })}
                </>
              )}
            </td>
          </tr>
          {r.matter && (
            <tr>
              <th>{t('matters.resolution.matter')}</th>
              <td>
                {t('matters.numberText', { number: r.matter.number })} {r.matter.title}
              </td>
            </tr>
          )}
          <tr>
            <th>{t('rules.profile')}</th>
            <td className="print-small">{profileText(t, r.profile)}</td>
          </tr>
        </tbody>
      </table>
      <Signature
        issuer={villageName ? `${villageName}${committee}` : committee}
        date={t.date(r.adoptedOn)}
      />
      <div className="print-spacer" />
      <PrintFooter url={online} fingerprint={fingerprint} />
    </PrintFrame>
  );
}
