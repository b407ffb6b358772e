import { useState } from 'react';
import { Empty, Select, Tabs, Typography } from 'antd';
import { useApi } from '../../../api/useApi.ts';
import { withQuery } from '../../../api/client.ts';
import { useT } from '../../../i18n/index.tsx';
import { useVillage } from '../../../app/villageContext.ts';
import { ErrorAlert } from '../../../components/errors.tsx';
import { PageLoading } from '../../../components/PageLoading.tsx';
import { AccountsTab } from './AccountsTab.tsx';
import { BookTab } from './BookTab.tsx';
import { RequestsTab } from './RequestsTab.tsx';
import { booksApi, type BooksOverview } from './api.ts';
import './books.css';

/**
 * 集体账户与账簿 in the console: the organisation's bank accounts (in its name only), its own
 * book beside the village ledger with the balances per account, and the members' written
 * requests to the supervisors to sue with where each stands.
 */
export default function CollectiveBooksPage() {
  const t = useT();
  const { villageId } = useVillage();
  const [orgId, setOrgId] = useState<string | undefined>();
  const { data, error, reload } = useApi<BooksOverview>(withQuery(booksApi(villageId), { orgId }));
  if (error && !data) return <ErrorAlert error={error} />;
  if (!data) return <PageLoading />;
  const org = data.orgs.find((o) => o.id === data.orgId);
  return (
    <div className="page" data-testid="collective-books-page">
      <div className="page-head">
        <Typography.Title level={1} className="no-margin page-title">
          {t('collectiveBooks.title')}
        </Typography.Title>
        <Typography.Text type="secondary">{t('collectiveBooks.hint')}</Typography.Text>
      </div>
      {!org ? (
        <Empty description={t('collectiveBooks.none')} />
      ) : (
        <>
          {data.orgs.length > 1 && (
            <Select
              aria-label={t('collectiveBooks.org')}
              value={org.id}
              onChange={setOrgId}
              options={data.orgs.map((o) => ({ value: o.id, label: o.name }))}
              style={{ minWidth: 280 }}
            />
          )}
          <Tabs
            items={[
              {
                key: 'accounts',
                label: t('collectiveBooks.tab.accounts'),
                children: (
                  <AccountsTab villageId={villageId} org={org} data={data} onChange={reload} />
                ),
              },
              {
                key: 'book',
                label: t('collectiveBooks.tab.book'),
                children: (
                  <BookTab villageId={villageId} orgId={org.id} data={data} onChange={reload} />
                ),
              },
              {
                key: 'requests',
                label: t('collectiveBooks.tab.requests'),
                children: (
                  <RequestsTab villageId={villageId} orgId={org.id} data={data} onChange={reload} />
                ),
              },
            ]}
          />
        </>
      )}
    </div>
  );
}
