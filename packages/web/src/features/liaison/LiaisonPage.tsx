import { useSearchParams } from 'react-router-dom';
import { Flex, Tabs, Typography } from 'antd';
import { useT } from '../../i18n/index.tsx';
import { useVillage } from '../../app/villageContext.ts';
import { LedgerButton } from '../../components/LedgerButton.tsx';
import { useApi } from '../../api/useApi.ts';
import type { CasesResponse } from './api.ts';
import { CasesTab } from './CasesTab.tsx';
import { DutiesTab } from './DutiesTab.tsx';
import { LinksTab } from './LinksTab.tsx';
import './liaison.css';

const TABS = ['cases', 'duties', 'links'] as const;
type Tab = (typeof TABS)[number];

/** 网格民情: the 民情 queue, the grid chiefs' duty list, the household links and visits (tab in the address). */
export default function LiaisonPage() {
  const t = useT();
  const { villageId } = useVillage();
  const [params, setParams] = useSearchParams();
  const tab: Tab = TABS.find((x) => x === params.get('tab')) ?? 'cases';
  const api = `/api/villages/${villageId}/liaison`;
  const cases = useApi<CasesResponse>(`${api}/cases`);
  return (
    <div className="page" data-testid="liaison-page">
      <Flex justify="space-between" align="center" wrap gap={8} className="page-head">
        <div>
          <Typography.Title level={1} className="no-margin page-title">
            {t('liaison.title')}
          </Typography.Title>
          <Typography.Text type="secondary">{t('liaison.hint')}</Typography.Text>
        </div>
        {cases.data?.abilities.exportLiaison && (
          <LedgerButton
            href={(from, to) => `${api}/ledger.xlsx?from=${from}&to=${to}`}
            labels={{
              button: t('liaison.ledger'),
              from: t('liaison.ledger.from'),
              to: t('liaison.ledger.to'),
              download: t('liaison.ledger.download'),
            }}
            testId="liaison-ledger"
          />
        )}
      </Flex>
      <Tabs
        activeKey={tab}
        onChange={(key) => setParams({ tab: key }, { replace: true })}
        items={[
          {
            key: 'cases',
            label: t('liaison.tab.cases'),
            children: <CasesTab api={api} state={cases} />,
          },
          { key: 'duties', label: t('liaison.tab.duties'), children: <DutiesTab api={api} /> },
          { key: 'links', label: t('liaison.tab.links'), children: <LinksTab api={api} /> },
        ]}
      />
    </div>
  );
}
