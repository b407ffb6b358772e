import { useState } from 'react';
import { Button, Input, Space } from 'antd';
import { api } from '../../api/client.ts';
import { useT } from '../../i18n/index.tsx';
import { ErrorAlert } from '../../light/ErrorAlert.tsx';
import type { ElectionReconciliation } from './api.ts';

type Line = ElectionReconciliation['rollSigns'][number];

/**
 * The lines entered from the printed roll, in the order entered: the box, the proxy holder who
 * signed for a principal, and a line withdrawn by mistake struck through with its reason. The
 * election committee withdraws a line here, giving the reason, until the report is signed.
 */
export function RollSignsList({
  lines,
  path,
  canWithdraw,
  onDone,
}: {
  lines: readonly Line[];
  path: string;
  canWithdraw: boolean;
  onDone: () => void;
}) {
  const t = useT();
  if (lines.length === 0) return null;
  return (
    <section className="roll-signs" data-testid="roll-signs">
      <h2>{t('electionReconciliation.lines', { count: lines.length })}</h2>
      <ol>
        {lines.map((x) => (
          <li
            key={`${x.personId}-${x.enteredAt}`}
            className={x.withdrawn ? 'roll-sign-withdrawn' : undefined}
            data-testid={`roll-sign-${x.personId}`}
          >
            <span className="roll-sign-text">
              {x.name}
              {x.proxyHolder && t('electionReconciliation.assisted', { name: x.proxyHolder.name })}
              {t('electionReconciliation.lineBox', {
                box: x.box === 'central' ? t('electionReconciliation.central') : x.box,
              })}
            </span>
            {x.withdrawn && (
              <span>
                {t('electionReconciliation.withdrawnNote', {
                  at: t.dateTime(x.withdrawn.at),
                  reason: x.withdrawn.reason,
                })}
              </span>
            )}
            {!x.withdrawn && canWithdraw && (
              <WithdrawLine path={path} personId={x.personId} onDone={onDone} />
            )}
          </li>
        ))}
      </ol>
    </section>
  );
}

/** 撤回: the reason asked for in place, then the line is marked withdrawn. */
function WithdrawLine({
  path,
  personId,
  onDone,
}: {
  path: string;
  personId: string;
  onDone: () => void;
}) {
  const t = useT();
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState('');
  const [failed, setFailed] = useState<unknown>(null);
  if (!open)
    return (
      <Button
        size="small"
        type="link"
        className="reconciliation-entry-inline"
        onClick={() => setOpen(true)}
        data-testid={`roll-sign-withdraw-${personId}`}
      >
        {t('electionReconciliation.withdraw')}
      </Button>
    );
  const submit = () => {
    setFailed(null);
    const url = path.replace(/reconciliation$/, `roll-signs/${personId}/withdrawal`);
    api(url, { method: 'POST', body: { reason } }).then(onDone, setFailed);
  };
  return (
    <div className="reconciliation-entry-inline">
      <Space.Compact>
        <Input
          value={reason}
          maxLength={500}
          onChange={(e) => setReason(e.target.value)}
          placeholder={t('electionReconciliation.withdrawReason')}
          aria-label={t('electionReconciliation.withdrawReason')}
          data-testid={`roll-sign-reason-${personId}`}
        />
        <Button danger onClick={submit} data-testid={`roll-sign-confirm-${personId}`}>
          {t('electionReconciliation.withdrawConfirm')}
        </Button>
      </Space.Compact>
      {failed !== null && <ErrorAlert error={failed} />}
    </div>
  );
}
