import { BODY_KIND_INFO } from '@cunzhi/core/bodies/bodyKinds';
import { forCommunity } from '@cunzhi/core/meetings/meetingKinds';
import { useT } from '../../i18n/index.tsx';
import { useVillage } from '../../app/villageContext.ts';
import type { Line } from './api.ts';

/**
 * One ledger line explained, in plain elements so the phone (light kit) and the console share
 * it: points and kind, whether it counts, the item and the scheme's version, the facts, the
 * evidence, proposer and checker, the publicity dates, and its contest.
 */
export function LineFacts({ line: l }: { line: Line }) {
  const t = useT();
  const record = useRecordName();
  const sign = l.points > 0 ? `+${l.points}` : String(l.points);
  const status =
    l.status === 'pending'
      ? t('points.line.status.pending', { on: t.date(l.effectiveOn) })
      : t(`points.line.status.${l.status}`);
  return (
    <div className="points-line-facts" data-testid="points-line" data-kind={l.kind}>
      <div className="points-line-head">
        <strong className={l.points > 0 ? 'points-plus' : 'points-minus'}>{sign}</strong>{' '}
        <span>{t(`points.line.kind.${l.kind}`)}</span> {l.itemName && <span>{l.itemName}</span>}{' '}
        <span
          className={`points-status points-status-${l.status}`}
          data-testid="points-line-status"
        >
          {status}
        </span>
      </div>
      {l.personName && <div>{l.personName}</div>}
      {l.facts && <div>{l.facts}</div>}
      {l.itemName && l.schemeVersion !== null && (
        <div className="l-secondary">
          {t('points.line.item', { item: l.itemName, version: l.schemeVersion })}
        </div>
      )}
      {(l.evidenceFiles > 0 || l.evidence) && (
        <div className="l-secondary">
          {t('points.line.evidence', {
            evidence: [
              l.evidenceFiles > 0 ? t('points.line.files', { files: l.evidenceFiles }) : '',
              l.evidence ? record(l.evidence) : '',
            ]
              .filter(Boolean)
              .join('；'),
          })}
        </div>
      )}
      {l.proposerName && (
        <div className="l-secondary">
          {t('points.line.people', { proposer: l.proposerName, checker: l.checkerName ?? '—' })}
        </div>
      )}
      {l.publicityStartsOn && l.publicityEndsOn && (
        <div className="l-secondary">
          {t('points.line.publicity', {
            from: t.date(l.publicityStartsOn),
            to: t.date(l.publicityEndsOn),
          })}
        </div>
      )}
      {l.note && <div className="l-secondary">{t('points.line.note', { note: l.note })}</div>}
      {l.source && (
        <div className="l-secondary">{t('points.line.source', { source: l.source })}</div>
      )}
      {l.contest && (
        <div className="points-contest" data-testid="points-line-contest">
          {t('points.contest.text', {
            name: l.contest.lodgedByName,
            on: t.date(l.contest.lodgedOn),
            channel: t(`points.contest.channel.${l.contest.channel}`),
            grounds: l.contest.grounds,
          })}{' '}
          <ContestOutcome contest={l.contest} />
        </div>
      )}
    </div>
  );
}

const RECORD_KINDS = ['microActivity', 'selectionNomination', 'serviceRequest'] as const;

/** A platform record named as evidence (kind:id), in words: 一领四微活动记录 …, never its id alone. */
export function useRecordName() {
  const t = useT();
  return (evidence: string) => {
    const kind = evidence.split(':')[0] ?? '';
    const known = RECORD_KINDS.find((k) => k === kind);
    return known ? t(`points.record.${known}`) : t('points.record.other');
  };
}

/** Names as the village says them: a community's 居民代表会议, 居民委员会. */
export function useSay() {
  const { data } = useVillage();
  return (text: string) => (data.village.kind === 'community' ? forCommunity(text) : text);
}

export function ContestOutcome({ contest: c }: { contest: NonNullable<Line['contest']> }) {
  const t = useT();
  const say = useSay();
  if (c.state === 'open')
    return (
      <span>{t('points.contest.state.open', { body: say(t.pick(BODY_KIND_INFO[c.body])) })}</span>
    );
  if (c.state === 'upheld')
    return (
      <span>
        {t('points.contest.state.upheld', {
          reason: c.reason ?? '',
          points: c.correctedPoints ?? 0,
        })}
      </span>
    );
  return <span>{t('points.contest.state.dismissed', { reason: c.reason ?? '' })}</span>;
}
