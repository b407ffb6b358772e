import type { ReactNode } from 'react';
import { Alert, Card, Descriptions, Tag, Typography } from 'antd';
import type { DisputeDetail } from './api.ts';
import { useT } from '../../i18n/index.tsx';
import { todayIso } from '../../components/DateInput.tsx';

/** The agreement: its terms, its marks, whether in effect, and the last day for confirmation. */
export function AgreementCard({ d, print }: { d: DisputeDetail; print: ReactNode }) {
  const t = useT();
  const a = d.agreement!;
  return (
    <Card
      className="block-gap"
      size="small"
      title={`${t(`disputes.agreement.form.${a.form}`)} ${a.numberText ?? ''}`}
      extra={print}
      data-testid="dispute-agreement"
    >
      {a.missing.length > 0 && (
        <Alert
          type="warning"
          showIcon
          className="block-gap"
          data-testid="dispute-agreement-missing"
          title={t('disputes.agreement.notEffective', { missing: a.missing.join('、') })}
        />
      )}
      <Descriptions column={{ xs: 1, sm: 2 }} size="small">
        <Descriptions.Item label={t('disputes.agreement.terms')} span={2}>
          <span className="dispute-text">{a.terms}</span>
        </Descriptions.Item>
        <Descriptions.Item label={t('disputes.agreement.performance')} span={2}>
          {a.performance}
        </Descriptions.Item>
        <Descriptions.Item label={t('disputes.agreement.mediator')}>
          {a.mediator?.name ?? '—'}
        </Descriptions.Item>
        <Descriptions.Item label={t('disputes.agreement.reachedOn')}>
          {t.date(a.reachedOn)}
        </Descriptions.Item>
        {a.form === 'written' && (
          <>
            <Descriptions.Item label={t('disputes.agreement.mediatorSigned')}>
              {a.mediatorSignedOn ? t.date(a.mediatorSignedOn) : t('disputes.notSigned')}
            </Descriptions.Item>
            <Descriptions.Item label={t('disputes.agreement.sealed')}>
              {a.sealedOn ? t.date(a.sealedOn) : t('disputes.notSigned')}
            </Descriptions.Item>
          </>
        )}
        <Descriptions.Item label={t('disputes.agreement.effectiveOn')}>
          <span data-testid="dispute-effective-on">
            {a.effectiveOn ? t.date(a.effectiveOn) : '—'}
          </span>
        </Descriptions.Item>
        <Descriptions.Item label={t('disputes.confirmLastDay')}>
          <span data-testid="dispute-confirm-last-day">
            {a.confirmLastDay ? t.date(a.confirmLastDay) : '—'}
          </span>
        </Descriptions.Item>
        {a.performedOn && (
          <Descriptions.Item label={t('disputes.agreement.performedOn')}>
            {t.date(a.performedOn)}
          </Descriptions.Item>
        )}
      </Descriptions>
    </Card>
  );
}

/**
 * The court's expected day gone by without the step entered: told, not enforced (the court keeps
 * its own clock; the mediator may ask it, or enter its papers if they came).
 */
function Past({ day }: { day: string }) {
  const t = useT();
  if (todayIso() <= day) return null;
  return (
    <>
      {' '}
      <Tag color="orange" data-testid="dispute-court-past">
        {t('disputes.confirmation.past')}
      </Tag>
    </>
  );
}

/** The judicial confirmation: the application, the court's expected days and its papers. */
export function ConfirmationCard({ c }: { c: NonNullable<DisputeDetail['confirmation']> }) {
  const t = useT();
  return (
    <Card
      className="block-gap"
      size="small"
      title={t('disputes.confirmation')}
      data-testid="dispute-confirmation"
    >
      <Descriptions column={{ xs: 1, sm: 2 }} size="small">
        <Descriptions.Item label={t('disputes.confirmation.court')}>{c.court}</Descriptions.Item>
        <Descriptions.Item label={t('disputes.confirmation.appliedOn')}>
          {t.date(c.appliedOn)}
        </Descriptions.Item>
        <Descriptions.Item label={t('disputes.confirmation.acceptBy')}>
          {t.date(c.acceptBy)}
          {!c.acceptedOn && <Past day={c.acceptBy} />}
        </Descriptions.Item>
        <Descriptions.Item label={t('disputes.confirmation.acceptedOn')}>
          {c.acceptedOn ? t.date(c.acceptedOn) : '—'}
        </Descriptions.Item>
        {c.decideBy && (
          <Descriptions.Item label={t('disputes.confirmation.decideBy')}>
            {t.date(c.decideBy)}
            {c.extended ? `（${t('disputes.confirmation.extended')}）` : ''}
            {!c.ruling && <Past day={c.decideBy} />}
          </Descriptions.Item>
        )}
        {c.ruling && (
          <Descriptions.Item label={t('disputes.confirmation.ruling')}>
            <Typography.Text strong data-testid="dispute-ruling">
              {t(`disputes.confirmation.ruling.${c.ruling}`)}
            </Typography.Text>
            {c.rulingOn ? ` · ${t.date(c.rulingOn)}` : ''}
            {c.caseNumber ? ` · ${c.caseNumber}` : ''}
          </Descriptions.Item>
        )}
      </Descriptions>
    </Card>
  );
}
