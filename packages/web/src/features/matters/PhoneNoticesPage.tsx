import './matters.css';
import '../villages/villager/villager.css';
import type { ReactNode } from 'react';
import { Link } from 'react-router-dom';
import { NOTICE_KINDS } from '@cunzhi/core/disclosure/kinds';
import { useApi } from '../../api/useApi.ts';
import type { NoticesResponse, ResolutionsResponse } from './api.ts';
import { useT } from '../../i18n/index.tsx';
import { useVillage } from '../../app/villageContext.ts';
import { Tag } from '../../light/Card.tsx';
import { Segmented } from '../../light/choice.tsx';
import { ErrorAlert } from '../../light/ErrorAlert.tsx';
import { Spinner } from '../../light/Spinner.tsx';
import { noticeInForce, periodText, todayText } from './noticeText.ts';
import { useFilteredNotices, useNoticeFilters } from './noticeFilters.ts';

type Tab = ReturnType<typeof useNoticeFilters>['tab'];

/**
 * 村务公开 on a villager's phone: every notice the village has published, filtered by kind and
 * by whether it is in its publicity period, and the resolutions with their standing. Drawn
 * with the light kit (the console's twin, NoticesPage, is an antd table): the home's "全部"
 * leads here, and a phone on a rural network does not download antd for a list.
 */
export default function PhoneNoticesPage() {
  const t = useT();
  const { villageId, data: village } = useVillage();
  const { tab, kind, current, setParam } = useNoticeFilters();
  return (
    <div className="page phone-notices" data-testid="notices-page">
      <h1 className="villager-h2">{t('notices.title')}</h1>
      <p className="l-secondary">{t('notices.hint', { village: village.village.name })}</p>
      <Segmented<Tab>
        aria-label={t('notices.title')}
        value={tab}
        onChange={(next) => setParam('tab', next === 'notices' ? undefined : next)}
        options={[
          {
            value: 'notices',
            label: <span data-testid="tab-notices">{t('notices.tab.notices')}</span>,
          },
          {
            value: 'resolutions',
            label: <span data-testid="tab-resolutions">{t('notices.tab.resolutions')}</span>,
          },
        ]}
      />
      {tab === 'notices' ? (
        <NoticeList villageId={villageId} kind={kind} current={current} setParam={setParam} />
      ) : (
        <ResolutionList villageId={villageId} />
      )}
    </div>
  );
}

function NoticeList({
  villageId,
  kind,
  current,
  setParam,
}: {
  villageId: string;
  kind: string;
  current: boolean;
  setParam: (key: string, value: string | undefined) => void;
}) {
  const t = useT();
  const { data, error } = useApi<NoticesResponse>(`/api/villages/${villageId}/notices`);
  const today = todayText();
  const rows = useFilteredNotices(data?.items, kind, current);
  return (
    <>
      <div className="phone-notices-filters">
        <label className="l-field">
          <span className="l-field-label">{t('notices.kind')}</span>
          <select
            className="l-input"
            value={kind}
            onChange={(e) => setParam('kind', e.target.value || undefined)}
            data-testid="notices-kind"
          >
            <option value="">{t('notices.all')}</option>
            {NOTICE_KINDS.map((k) => (
              <option key={k} value={k}>
                {t(`notices.kind.${k}`)}
              </option>
            ))}
          </select>
        </label>
        <label className="l-field">
          <span className="l-field-label">{t('notices.periodField')}</span>
          <select
            className="l-input"
            value={current ? '1' : ''}
            onChange={(e) => setParam('current', e.target.value || undefined)}
            data-testid="notices-current"
          >
            <option value="">{t('notices.filter.all')}</option>
            <option value="1">{t('notices.filter.current')}</option>
          </select>
        </label>
      </div>
      <Listing
        loading={!data && !error}
        error={data ? null : error}
        empty={rows.length === 0 ? t('notices.none') : null}
        testId="notices-list"
      >
        {rows.map((n) => (
          <li key={n.id} data-testid="notice-row">
            <Link
              to={`/v/${villageId}/notices/${n.id}`}
              className="notices-card-title"
              data-testid="notice-link"
            >
              {n.title}
            </Link>
            <div className="notices-card-meta">
              <Tag>{t.pick(n.kindName)}</Tag>
              <span>{periodText(t, n.publishedOn, n.periodEndsOn)}</span>
              {noticeInForce(n, today) && (
                <Tag color="green" data-testid="notice-in-force">
                  {t('notices.inForce')}
                </Tag>
              )}
            </div>
            {n.matter && (
              <div className="l-secondary">
                {t('notices.matter')}：{t('matters.numberText', { number: n.matter.number })}{' '}
                {n.matter.title}
              </div>
            )}
          </li>
        ))}
      </Listing>
    </>
  );
}

function ResolutionList({ villageId }: { villageId: string }) {
  const t = useT();
  const { data, error } = useApi<ResolutionsResponse>(`/api/villages/${villageId}/resolutions`);
  const items = data?.items ?? [];
  return (
    <Listing
      loading={!data && !error}
      error={data ? null : error}
      empty={items.length === 0 ? t('matters.resolution.none') : null}
      testId="resolutions-list"
    >
      {items.map((r) => (
        <li key={r.id} data-testid="resolution-row">
          <Link
            to={`/v/${villageId}/resolutions/${r.id}/print`}
            className="notices-card-title"
            data-testid="resolution-link"
          >
            {r.numberText} {r.title}
          </Link>
          <div className="notices-card-meta">
            <span>
              {t('matters.resolution.adoptedOn')}：{t.date(r.adoptedOn)}
            </span>
            <Validity validity={r.validity} />
          </div>
        </li>
      ))}
    </Listing>
  );
}

/** A resolution's standing in words: in force, found invalid, or revoked (and when). */
function Validity({ validity }: { validity: ResolutionsResponse['items'][number]['validity'] }) {
  const t = useT();
  const [color, text] = validity.revoked
    ? [
        'red' as const,
        validity.revoked.on
          ? t('matters.resolution.revokedOn', { date: t.date(validity.revoked.on) })
          : t('matters.resolution.revoked'),
      ]
    : validity.invalidReason
      ? ['red' as const, t('matters.resolution.invalid')]
      : ['green' as const, t('matters.resolution.valid')];
  return (
    <Tag color={color} data-testid="resolution-validity" data-valid={String(color === 'green')}>
      {text}
    </Tag>
  );
}

/** The list, or a spinner, the error, or the words for none. */
function Listing({
  loading,
  error,
  empty,
  testId,
  children,
}: {
  loading: boolean;
  error: unknown;
  empty: string | null;
  testId: string;
  children: ReactNode;
}) {
  if (loading) return <Spinner />;
  if (error) return <ErrorAlert error={error} />;
  if (empty) return <p className="l-secondary center">{empty}</p>;
  return (
    <ul className="notices-card-list block-gap" data-testid={testId}>
      {children}
    </ul>
  );
}
