import { useParams, useSearchParams } from 'react-router-dom';
import { useApi } from '../../api/useApi.ts';
import { useT } from '../../i18n/index.tsx';
import { ErrorAlert } from '../../components/errors.tsx';
import { PageLoading } from '../../components/PageLoading.tsx';
import { PrintFooter, PrintFrame, Signature } from '../matters/PrintFrame.tsx';
import { activitiesPath, villageApi, type HonoursRoll } from './api.ts';
import { StarCard } from './parts.tsx';
import './activities.css';

/**
 * "百家明星" honours roll on A4: every confirmed winner of the year's published selections, by
 * quarter, with photo and what they did; the committee with room for the seal, the QR code and
 * the audit fingerprint of the village's latest act on its selections.
 */
export default function HonoursPrintPage() {
  const t = useT();
  const { villageId = '' } = useParams();
  const [params] = useSearchParams();
  const year = Number(params.get('year')) || new Date().getFullYear();
  const { data, error } = useApi<HonoursRoll>(
    `${villageApi(villageId)}/selections/honours?year=${year}`,
  );
  if (error && !data)
    return (
      <div className="narrow-page">
        <ErrorAlert error={error} />
      </div>
    );
  if (!data) return <PageLoading />;
  const quarters = [...new Set(data.lines.map((l) => l.quarter))];
  return (
    <PrintFrame backTo={activitiesPath(villageId)} testId="honours-print-page">
      <header className="print-village">{data.villageName}</header>
      <h1 className="print-title">{t('activities.roll.title', { year })}</h1>
      {data.lines.length === 0 && <p>{t('activities.roll.empty')}</p>}
      {quarters.map((q) => (
        <section key={q}>
          <div className="activities-roll-quarter">
            {t('activities.roll.quarter', { quarter: q })}
          </div>
          <div className="activities-sheet">
            {data.lines
              .filter((l) => l.quarter === q)
              .map((l) => (
                <StarCard
                  key={`${l.category}-${l.nomineeName}`}
                  name={l.nomineeName}
                  reason={l.reason}
                  photoUrl={l.photoUrl}
                  label={t(`activities.selection.${l.category}`)}
                />
              ))}
          </div>
        </section>
      ))}
      <Signature
        issuer={`${data.villageName}${t('activities.roll.issuer')}`}
        date={t.date(data.lines.at(-1)?.publishedOn ?? null)}
      />
      <div className="print-spacer" />
      <PrintFooter
        url={`${window.location.origin}${activitiesPath(villageId)}/honours?year=${year}`}
        scan={t('activities.roll.scan')}
        fingerprint={data.fingerprint}
      />
    </PrintFrame>
  );
}
