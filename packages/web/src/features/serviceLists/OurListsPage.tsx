import '../villages/villager/villager.css';
import { useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import { previousQuarter, type Quarter } from '@cunzhi/core/serviceLists/quarters';
import { useApi } from '../../api/useApi.ts';
import { useT } from '../../i18n/index.tsx';
import { useVillage } from '../../app/villageContext.ts';
import { Button } from '../../light/Button.tsx';
import { Card, Tag } from '../../light/Card.tsx';
import { ErrorAlert } from '../../light/ErrorAlert.tsx';
import { Spinner } from '../../light/Spinner.tsx';
import { listsApi, quarterQuery, type ListsPage } from './api.ts';

/**
 * 三清单 on a villager's phone (公示): the quarter's needs and resources once published, and the
 * service projects the town Party committee filed, with who runs them, the budget and the
 * result. Drawn with the light kit: a phone on a rural network does not download antd for a list.
 */
export default function OurListsPage() {
  const t = useT();
  const { villageId } = useVillage();
  const [params] = useSearchParams();
  // the quarter the board's A4 was printed for, when its QR code was scanned
  const printed = { year: Number(params.get('year')), quarter: Number(params.get('quarter')) };
  const [asked, setAsked] = useState<Quarter | null>(
    printed.year && printed.quarter ? printed : null,
  );
  const { data, error } = useApi<ListsPage>(
    `${listsApi(villageId)}/service-lists/published${quarterQuery(asked)}`,
  );
  if (error && !data) return <ErrorAlert error={error} />;
  if (!data) return <Spinner />;
  const q = data.quarter;
  return (
    <div className="page villager-home" data-testid="our-lists-page">
      <h1 className="villager-h1">{t('serviceLists.our.title')}</h1>
      <p className="l-secondary">{t('serviceLists.our.hint')}</p>
      <p data-testid="our-lists-quarter">
        {q.publishedOn
          ? t('serviceLists.our.published', { quarter: t.pick(q.name), on: t.date(q.publishedOn) })
          : t('serviceLists.our.unpublished', { quarter: t.pick(q.name), due: t.date(q.dueOn) })}
      </p>
      {data.needs.length > 0 && (
        <Card className="block-gap" title={<h2>{t('serviceLists.our.needs')}</h2>}>
          <ol data-testid="our-lists-needs">
            {data.needs.map((n) => (
              <li key={n.id}>{n.summary}</li>
            ))}
          </ol>
        </Card>
      )}
      {data.resources.length > 0 && (
        <Card className="block-gap" title={<h2>{t('serviceLists.our.resources')}</h2>}>
          <ol data-testid="our-lists-resources">
            {data.resources.map((r) => (
              <li key={r.id}>
                {t.pick(r.kindName)}：{r.name}
                {r.amount && ` ${r.amount.text}`}
              </li>
            ))}
          </ol>
        </Card>
      )}
      <Card className="block-gap" title={<h2>{t('serviceLists.our.projects')}</h2>}>
        {data.projects.length === 0 ? (
          <p className="l-secondary">{t('serviceLists.our.projects.none')}</p>
        ) : (
          <ul data-testid="our-lists-projects">
            {data.projects.map((p) => (
              <li key={p.id} data-testid="our-lists-project">
                <strong>{p.title}</strong> <Tag color="blue">{t.pick(p.stateName)}</Tag>
                <div className="l-secondary">
                  {t('serviceLists.our.by', { designer: p.designerName, budget: p.budget.text })}
                </div>
                <div>{p.targets}</div>
                {p.result && <div>{t('serviceLists.our.result', { result: p.result })}</div>}
              </li>
            ))}
          </ul>
        )}
      </Card>
      <Button
        kind="link"
        onClick={() => setAsked(previousQuarter(q))}
        data-testid="our-lists-previous"
      >
        {t('serviceLists.our.previous')}
      </Button>
    </div>
  );
}
