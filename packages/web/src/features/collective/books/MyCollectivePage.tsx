import { yuanText } from '@cunzhi/core/finance/voucher';
import { useApi } from '../../../api/useApi.ts';
import { useT } from '../../../i18n/index.tsx';
import { useVillage } from '../../../app/villageContext.ts';
import { Card } from '../../../light/Card.tsx';
import { ErrorAlert } from '../../../light/ErrorAlert.tsx';
import { Spinner } from '../../../light/Spinner.tsx';
import { myCollectiveApi, type MyCollective } from './api.ts';
import './books.css';

type Membership = MyCollective['memberships'][number];

/**
 * 我的集体经济组织 on a member's phone (light kit): where they stand on the register, their
 * shares by class, each year's dividend and whether it was received, the organisation's accounts
 * (the last four digits) and this year's figures, and its resolutions — what Art. 13 lets a
 * member see. The public portal shows only the totals.
 */
export default function MyCollectivePage() {
  const t = useT();
  const { villageId } = useVillage();
  const { data, error } = useApi<MyCollective>(myCollectiveApi(villageId));
  if (error && !data) return <ErrorAlert error={error} />;
  if (!data) return <Spinner />;
  return (
    <div className="page villager-home" data-testid="my-collective-page">
      <h1 className="villager-h1">{t('collectiveBooks.mine.title')}</h1>
      {data.memberships.length === 0 ? (
        <p className="l-secondary">{t('collectiveBooks.mine.none')}</p>
      ) : (
        data.memberships.map((m) => <MembershipCards key={m.orgId} m={m} />)
      )}
    </div>
  );
}

function MembershipCards({ m }: { m: Membership }) {
  const t = useT();
  const fen = (value: number) => `¥${yuanText(value)}`;
  return (
    <>
      <Card title={m.orgName} className="block-gap" data-testid="my-collective-membership">
        <div>{t('collectiveBooks.mine.registerNo', { no: m.registerNo })}</div>
        <div className="l-secondary">
          {t(`collectiveBooks.mine.status.${m.status}`, { since: t.date(m.since) })}
        </div>
      </Card>
      <Card title={t('collectiveBooks.mine.shares')} className="block-gap">
        {m.shares.length === 0 ? (
          <p className="l-secondary">{t('collectiveBooks.mine.noShares')}</p>
        ) : (
          <dl className="collective-figures" data-testid="my-collective-shares">
            {m.shares.map((s) => (
              <ShareRow key={s.shareClass} shareClass={s.shareClass} units={s.units} />
            ))}
          </dl>
        )}
      </Card>
      <Card title={t('collectiveBooks.mine.dividends')} className="block-gap">
        {m.dividends.length === 0 ? (
          <p className="l-secondary">{t('collectiveBooks.mine.noDividends')}</p>
        ) : (
          <ul className="collective-list" data-testid="my-collective-dividends">
            {m.dividends.map((d) => (
              <li key={d.year}>
                {t('collectiveBooks.mine.dividend', {
                  year: d.year,
                  shares: t.num(d.shares),
                  amount: yuanText(d.amountFen),
                })}
                {d.payeeKind === 'household' && t('collectiveBooks.mine.dividendHousehold')}
                <div className="l-secondary">
                  {d.paidOn
                    ? t('collectiveBooks.mine.paid', { on: t.date(d.paidOn) })
                    : t('collectiveBooks.mine.unpaid')}
                </div>
              </li>
            ))}
          </ul>
        )}
      </Card>
      <Card title={t('collectiveBooks.mine.year', { year: m.year })} className="block-gap">
        <dl className="collective-figures" data-testid="my-collective-totals">
          <dt>{t('collectiveBooks.mine.income')}</dt>
          <dd>{fen(m.totals.incomeFen)}</dd>
          <dt>{t('collectiveBooks.mine.spending')}</dt>
          <dd>{fen(m.totals.spendingFen)}</dd>
          <dt>{t('collectiveBooks.mine.reserve')}</dt>
          <dd>{fen(m.totals.reserveFen)}</dd>
          <dt>{t('collectiveBooks.mine.distributed')}</dt>
          <dd>{fen(m.totals.distributedFen)}</dd>
        </dl>
        {m.accounts.length > 0 && (
          <>
            <h3>{t('collectiveBooks.mine.accounts')}</h3>
            <ul className="collective-list">
              {m.accounts.map((a) => (
                <li key={a.id}>
                  {a.bankName} {a.accountNo}
                  <div className="l-secondary">{a.holderName}</div>
                </li>
              ))}
            </ul>
          </>
        )}
      </Card>
      {m.dividendList && (
        <Card
          title={t('collectiveBooks.mine.list', { year: m.dividendList.year })}
          className="block-gap"
        >
          <ul className="collective-list" data-testid="my-collective-dividend-list">
            {m.dividendList.rows.map((r) => (
              <li key={r.registerNo}>
                {t('collectiveBooks.mine.listRow', {
                  no: r.registerNo,
                  name: r.name,
                  amount: yuanText(r.amountFen),
                })}
                <span className="l-secondary">
                  {' '}
                  {r.paid ? t('collectiveBooks.mine.paidShort') : t('collectiveBooks.mine.unpaid')}
                </span>
              </li>
            ))}
          </ul>
        </Card>
      )}
      <Card title={t('collectiveBooks.mine.resolutions')} className="block-gap">
        {m.resolutions.length === 0 ? (
          <p className="l-secondary">{t('collectiveBooks.mine.noResolutions')}</p>
        ) : (
          <ul className="collective-list">
            {m.resolutions.map((r) => (
              <li key={r.number}>
                {r.number} {r.title}
                <div className="l-secondary">{t.date(r.on)}</div>
              </li>
            ))}
          </ul>
        )}
        <p className="l-secondary">{t('collectiveBooks.mine.rights')}</p>
      </Card>
    </>
  );
}

function ShareRow({ shareClass, units }: { shareClass: string; units: number }) {
  const t = useT();
  const known = ['population', 'farmingYears', 'land'].includes(shareClass);
  return (
    <>
      <dt>
        {known
          ? t(`collectiveBooks.mine.class.${shareClass as 'population' | 'farmingYears' | 'land'}`)
          : shareClass}
      </dt>
      <dd>{t('collectiveBooks.mine.units', { units: t.num(units) })}</dd>
    </>
  );
}
