import { useParams } from 'react-router-dom';
import { useApi } from '../../api/useApi.ts';
import { useT } from '../../i18n/index.tsx';
import { ErrorAlert } from '../../components/errors.tsx';
import { PageLoading } from '../../components/PageLoading.tsx';
import { PrintFooter, PrintFrame } from '../matters/PrintFrame.tsx';
import type { NoticeDetailResponse } from '../matters/api.ts';
import { financeBase, type StatementItem, type StatementResponse } from './api.ts';
import { yuanText } from './money.ts';
import './finance.css';

function Items({ items }: { items: StatementItem[] }) {
  const t = useT();
  return (
    <>
      {items.map((i) => (
        <tr key={`${i.voucherId}-${i.amountFen}-${i.summary}`}>
          <td>{t.date(i.on)}</td>
          <td>{i.number}</td>
          <td>{i.summary}</td>
          <td>{i.counterparty}</td>
          <td className="print-amount">{yuanText(i.amountFen)}</td>
        </tr>
      ))}
    </>
  );
}

/** The monthly finance statement on A4 for the notice board: totals in figures and capitals. */
export default function StatementPrintPage() {
  const t = useT();
  const { villageId = '', period = '' } = useParams();
  const { data: s, error } = useApi<StatementResponse>(
    `${financeBase(villageId)}/statements/${encodeURIComponent(period)}`,
  );
  // a published statement prints the chain record of its notice, as every notice does
  const notice = useApi<NoticeDetailResponse>(
    s?.noticeId
      ? `/api/villages/${encodeURIComponent(villageId)}/notices/${encodeURIComponent(s.noticeId)}`
      : null,
  );
  if (error) return <ErrorAlert error={error} />;
  if (!s) return <PageLoading />;
  const section = (kind: 'income' | 'spending', total: StatementResponse['incomeTotal']) => (
    <>
      <h2>
        {t(kind === 'income' ? 'finance.st.incomeTotal' : 'finance.st.spendingTotal')}：{total.text}
        （{t('finance.st.capitals', { capitals: total.capitals })}）
      </h2>
      <table className="print-table">
        <tbody>
          {s[kind].map((l) => (
            <Line key={l.account.code} line={l} />
          ))}
        </tbody>
      </table>
    </>
  );
  const f = s.publicServiceFunds;
  const url = s.noticeId
    ? `${window.location.origin}/v/${villageId}/notices/${s.noticeId}`
    : window.location.href;
  return (
    <PrintFrame backTo={`/v/${villageId}/finance?tab=statement`} testId="finance-statement-print">
      <div className="finance-print">
        <h1 className="print-title">{s.title}</h1>
        {section('income', s.incomeTotal)}
        {section('spending', s.spendingTotal)}
        <h2>
          {t('finance.st.cash')}：{s.cash.opening.text} → {s.cash.closing.text}；
          {t('finance.st.bank')}：{s.bank.opening.text} → {s.bank.closing.text}
        </h2>
        <h2>
          {t('finance.st.psf')}：{f.opening.text} + {f.allocated.text} − {f.used.text} ={' '}
          {f.closing.text}
        </h2>
        <table className="print-table">
          <tbody>
            <Items items={[...f.allocations, ...f.uses]} />
          </tbody>
        </table>
        {s.review ? (
          <p>
            {t('finance.st.review')}：{s.review.opinion}（
            {t('finance.st.review.by', {
              name: s.review.reviewedBy,
              at: t.dateTime(s.review.reviewedAt),
            })}
            ）
          </p>
        ) : null}
      </div>
      <PrintFooter url={url} fingerprint={notice.data?.fingerprint ?? null} />
    </PrintFrame>
  );
}

function Line({ line: l }: { line: StatementResponse['income'][number] }) {
  const t = useT();
  return (
    <>
      <tr>
        <th colSpan={4}>{t.pick(l.account.name)}</th>
        <th className="print-amount">{l.total.text}</th>
      </tr>
      <Items items={l.items} />
    </>
  );
}
