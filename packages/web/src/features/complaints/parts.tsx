import { useState } from 'react';
import { Button, Descriptions, Modal, Tag, Typography } from 'antd';
import { api } from '../../api/client.ts';
import { ErrorAlert } from '../../components/errors.tsx';
import type { AnswerState, ComplainantView, ComplaintStatus } from './api.ts';
import { useT } from '../../i18n/index.tsx';

const STATUS_COLOR: Record<ComplaintStatus, string> = {
  received: 'warning',
  assigned: 'processing',
  answered: 'success',
  referred: 'purple',
};

const STATE_COLOR: Record<AnswerState, string> = {
  open: 'default',
  overdue: 'error',
  answered: 'success',
  answeredLate: 'warning',
};

export function ComplaintStatusTag({ status }: { status: ComplaintStatus }) {
  const t = useT();
  return <Tag color={STATUS_COLOR[status]}>{t(`complaints.status.${status}`)}</Tag>;
}

export function AnswerStateTag({ state }: { state: AnswerState | null }) {
  const t = useT();
  if (!state) return null;
  return (
    <Tag color={STATE_COLOR[state]} data-testid={`complaint-state-${state}`}>
      {t(`complaints.state.${state}`)}
    </Tag>
  );
}

/**
 * Who complained, on request: each reading is a request the server audits
 * (complaint.identityRead, naming the reader), so the identity is never loaded with the page.
 */
export function RevealButton({ path, testId }: { path: string; testId: string }) {
  const t = useT();
  const [shown, setShown] = useState<ComplainantView | null>(null);
  const [error, setError] = useState<unknown>(null);
  return (
    <>
      <Button
        size="small"
        type="link"
        onClick={() => void api<ComplainantView>(path).then(setShown).catch(setError)}
        data-testid={testId}
      >
        {t('complaints.reveal')}
      </Button>
      <ErrorAlert error={error} />
      <Modal
        open={shown !== null}
        title={t('complaints.complainant')}
        onCancel={() => setShown(null)}
        footer={null}
      >
        {shown && (
          <Descriptions column={1} size="small" data-testid={`${testId}-shown`}>
            <Descriptions.Item label={t('complaints.complainantName')}>
              {shown.name ?? '—'}
            </Descriptions.Item>
            <Descriptions.Item label={t('complaints.complainantPhone')}>
              {shown.phone ?? '—'}
            </Descriptions.Item>
          </Descriptions>
        )}
        <Typography.Text type="secondary">{t('complaints.reveal.hint')}</Typography.Text>
      </Modal>
    </>
  );
}
