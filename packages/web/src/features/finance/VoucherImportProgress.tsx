import { useEffect } from 'react';
import { Alert, Button, Progress, Typography } from 'antd';
import type { ErrorId } from '@cunzhi/core/errors';
import { ApiError } from '../../api/client.ts';
import { useImportJob } from '../../components/useImportJob.ts';
import { useT } from '../../i18n/index.tsx';
import { financeBase, type VoucherImportJob } from './api.ts';
import { ImportRowsAlert } from './ImportRowsAlert.tsx';
import { yuanText } from './money.ts';

/** The job's refusal as the upload's own would be, so it is listed by sheet row the same way. */
const refusalOf = (error: NonNullable<VoucherImportJob['error']>) =>
  new ApiError(409, error.id as ErrorId, error.message, error.fields);

/**
 * A voucher import being booked in the background: a bar of the sheet's rows booked so far, then
 * what was booked, or why nothing was. `onBooked` runs once when the vouchers are in the books.
 */
export function VoucherImportProgress({
  villageId,
  importId,
  onBooked,
  onDismiss,
}: {
  villageId: string;
  importId: string;
  onBooked: () => void;
  onDismiss: () => void;
}) {
  const t = useT();
  const { job, error } = useImportJob<VoucherImportJob>(
    `${financeBase(villageId)}/imports/vouchers/${importId}`,
  );
  const status = error ? 'failed' : (job?.status ?? 'running');
  const booked = status === 'succeeded';
  useEffect(() => {
    if (booked) onBooked();
    // once per import, not on every render (the page's reload function is a new one each time)
  }, [booked, importId]);
  const percent = booked
    ? 100
    : job && job.totalRows > 0
      ? Math.floor((job.processedRows / job.totalRows) * 100)
      : 0;
  return (
    <div className="block-gap" data-testid="finance-import-job" data-status={status}>
      {status === 'running' ? (
        <Typography.Text>
          {job
            ? t('finance.import.booking', {
                file: job.fileName,
                done: t.num(job.processedRows),
                total: t.num(job.totalRows),
              })
            : t('finance.import.started')}
        </Typography.Text>
      ) : null}
      <Progress
        percent={percent}
        status={status === 'failed' ? 'exception' : booked ? 'success' : 'active'}
        data-testid="finance-import-progress"
      />
      {job?.result ? (
        <Alert
          type="success"
          showIcon
          className="block-gap"
          data-testid="finance-import-result"
          title={t('finance.import.booked', {
            vouchers: t.num(job.result.vouchers),
            lines: t.num(job.result.lines),
            first: job.result.first ?? '',
            last: job.result.last ?? '',
            total: yuanText(job.result.debitFen),
          })}
        />
      ) : null}
      <ImportRowsAlert error={error ?? (job?.error ? refusalOf(job.error) : null)} />
      {status !== 'running' ? (
        <Button onClick={onDismiss} data-testid="finance-import-dismiss">
          {t('finance.import.dismiss')}
        </Button>
      ) : null}
    </div>
  );
}
