import { useState, type ReactNode } from 'react';
import { Button } from 'antd';
import { api } from '../../api/client.ts';
import { useApi } from '../../api/useApi.ts';
import { useT } from '../../i18n/index.tsx';
import { ErrorAlert } from '../../light/ErrorAlert.tsx';
import { PageLoading } from '../../components/PageLoading.tsx';
import { PrintFooter, PrintFrame } from '../matters/PrintFrame.tsx';
import type { Reconciliation } from './api.ts';
import './assistance.css';

type Group = 'both' | 'paperOnly' | 'onlineOnly' | 'neither' | 'notDue';
const GROUPS: Group[] = ['both', 'paperOnly', 'onlineOnly', 'neither', 'notDue'];

/** What every report has, a meeting's or an election round's (the contract's ReportView). */
export type ReportData = Omit<Reconciliation, 'meeting'>;

/** A report read from `path`: its page once loaded, the error or the wait before. */
export function LoadedReport<T>({
  path,
  children,
}: {
  path: string;
  children: (data: T, reload: () => void) => ReactNode;
}) {
  const { data, error, reload } = useApi<T>(path);
  if (error && !data)
    return (
      <div className="narrow-page">
        <ErrorAlert error={error} />
      </div>
    );
  if (!data) return <PageLoading />;
  return children(data, reload);
}

/**
 * A paper ⇄ online reconciliation report on A4: its heading and figures (given), the groups under
 * the labels of `labels` (i18n prefix: a meeting's sign-in, an election's ballots), the
 * supervision committee's signatures — each member signs here once, a signature made before the
 * record changed marked so — and the footer with the report's fingerprint and the QR back.
 */
export function ReconciliationReport({
  data,
  path,
  reload,
  labels,
  title,
  heading,
  figures,
  backTo,
  pageUrl,
  testId,
  children,
}: {
  data: ReportData;
  /** The report's API path (its signatures are posted under it). */
  path: string;
  reload: () => void;
  labels: 'reconciliation' | 'electionReconciliation';
  title: string;
  heading: ReactNode;
  figures: ReactNode;
  backTo: string;
  pageUrl: string;
  testId: string;
  /** Forms shown on screen only (not printed). */
  children?: ReactNode;
}) {
  const t = useT();
  const [failed, setFailed] = useState<unknown>(null);
  const sign = () => {
    setFailed(null);
    api(`${path}/signatures`, { method: 'POST' }).then(reload, setFailed);
  };
  return (
    <PrintFrame backTo={backTo} testId={testId}>
      <h1 className="print-title" data-testid="print-title">
        {title}
      </h1>
      <div className="print-number">{heading}</div>
      <p>{t(`${labels}.intro`)}</p>
      <p data-testid="reconciliation-counts">
        <strong>{figures}</strong>
      </p>
      {GROUPS.map((g) => (
        <section key={g} data-testid={`reconciliation-${g}`}>
          <h2>
            {t(`${labels}.${g}`)}（{data[g].length}）
          </h2>
          <p>
            {data[g].length === 0
              ? t('assistance.none')
              : data[g]
                  .map((p) =>
                    p.assistedBy
                      ? `${p.name}${t(`${labels}.assisted`, { name: p.assistedBy })}`
                      : p.name,
                  )
                  .join('、')}
          </p>
        </section>
      ))}
      <h2>{t('reconciliation.signatures')}</h2>
      <ul data-testid="reconciliation-signatures">
        {data.signatures.map((s) => (
          <li key={s.personId}>
            {t('reconciliation.signed', { name: s.name, at: t.dateTime(s.signedAt) })}
            {!s.current && t('reconciliation.signedStale')}
          </li>
        ))}
      </ul>
      {failed !== null && <ErrorAlert error={failed} />}
      {data.abilities.signReconciliation && (
        <Button className="reconciliation-sign" onClick={sign} data-testid="reconciliation-sign">
          {t('reconciliation.sign')}
        </Button>
      )}
      {children}
      <div className="print-spacer" />
      <PrintFooter
        url={pageUrl}
        fingerprint={data.auditFingerprint}
        extra={
          <div>
            {t('reconciliation.fingerprint')} <code className="print-hash">{data.fingerprint}</code>
          </div>
        }
      />
    </PrintFrame>
  );
}
