import { Descriptions, Timeline, Typography } from 'antd';
import { useT } from '../../i18n/index.tsx';
import type { RequestDetail } from './api.ts';
import { usePromised } from './parts.tsx';

/** What a request is and where it stands, as the station keeps it. */
export function RequestFacts({ r, console }: { r: RequestDetail; console?: boolean }) {
  const t = useT();
  const promised = usePromised();
  const d = (v: string | null) => (v ? t.date(v) : '—');
  return (
    <>
      <Descriptions column={{ xs: 1, sm: 2 }} size="small">
        <Descriptions.Item label={t('services.window')}>
          {t('services.windowText', { number: r.windowNumber, name: r.windowName })}
        </Descriptions.Item>
        <Descriptions.Item label={t('services.channel')}>
          {t(`services.channel.${r.channel}`)}
        </Descriptions.Item>
        <Descriptions.Item label={t('services.requester')}>
          {r.requesterName}
          {r.assistedBy ? `（${t('assistance.by', { name: r.assistedBy })}）` : ''}
          {console && r.requesterPhone ? ` · ${r.requesterPhone}` : ''}
        </Descriptions.Item>
        <Descriptions.Item label={t('services.orderedOn')}>{d(r.orderedOn)}</Descriptions.Item>
        <Descriptions.Item label={t('services.acceptedOn')}>{d(r.acceptedOn)}</Descriptions.Item>
        <Descriptions.Item label={t('services.firstContact')}>
          {r.firstContactName ?? '—'}
        </Descriptions.Item>
        <Descriptions.Item label={t('services.promised')}>
          {promised(r.promisedDays, r.promisedUnit)}
        </Descriptions.Item>
        <Descriptions.Item label={t('services.dueOn')}>
          <span data-testid="service-due">{d(r.dueOn)}</span>
        </Descriptions.Item>
        <Descriptions.Item label={t('services.fullAgency')}>
          {r.fullAgency
            ? `${t('services.fullAgency.yes')}${r.departmentName ? ` · ${r.departmentName}` : ''}`
            : t('services.fullAgency.no')}
        </Descriptions.Item>
        {r.closedOn && (
          <Descriptions.Item label={t('services.closedOn')}>{d(r.closedOn)}</Descriptions.Item>
        )}
        {console && r.profileVersion && (
          <Descriptions.Item label={t('services.profileVersion')}>
            {r.profileVersion}
          </Descriptions.Item>
        )}
      </Descriptions>
      <Typography.Paragraph className="block-gap-top">
        <strong>{t('services.materials')}：</strong>
        {r.materials.join('、') || '—'}
      </Typography.Paragraph>
      {r.missingMaterials.length > 0 && (
        <Typography.Paragraph type="warning" data-testid="service-missing">
          <strong>{t('services.missingMaterials')}：</strong>
          {r.missingMaterials.join('、')}
        </Typography.Paragraph>
      )}
      {r.details && (
        <Typography.Paragraph className="pre-wrap">
          <strong>{t('services.details')}：</strong>
          {r.details}
        </Typography.Paragraph>
      )}
      {[
        ['services.townAnswer', r.townAnswer, 'service-town-answer'],
        ['services.refusalReason', r.refusalReason, 'service-refusal'],
        ['services.result', r.result, 'service-result'],
      ].map(([label, text, testId]) =>
        text ? (
          <Typography.Paragraph key={label} className="pre-wrap" data-testid={testId}>
            <strong>{t(label as 'services.result')}：</strong>
            {text}
          </Typography.Paragraph>
        ) : null,
      )}
      {r.rating && (
        <Typography.Paragraph data-testid="service-rating">
          <strong>{t('services.rating')}：</strong>
          {t(`services.rating.${r.rating}`)}
          {r.ratingComment ? `（${r.ratingComment}）` : ''}
        </Typography.Paragraph>
      )}
    </>
  );
}

/** Every step, with who took it, its note and the due date as it stood after it. */
export function RequestTimeline({ r }: { r: RequestDetail }) {
  const t = useT();
  return (
    <Timeline
      data-testid="service-timeline"
      items={r.timeline.map((s) => ({
        key: s.seq,
        content: (
          <div>
            <div>
              <strong>{t(`services.step.${s.action}` as 'services.step.order')}</strong>{' '}
              <Typography.Text type="secondary">
                {t.dateTime(s.at)}
                {s.byName ? ` · ${s.byName}` : ''}
              </Typography.Text>
            </div>
            {s.note && <div className="pre-wrap">{s.note}</div>}
            {s.dueOn && (
              <Typography.Text type="secondary">
                {t('services.timeline.due', { date: t.date(s.dueOn) })}
              </Typography.Text>
            )}
          </div>
        ),
      }))}
    />
  );
}
