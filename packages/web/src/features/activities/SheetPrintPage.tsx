import { useParams } from 'react-router-dom';
import { useApi } from '../../api/useApi.ts';
import { useT } from '../../i18n/index.tsx';
import { ErrorAlert } from '../../components/errors.tsx';
import { PageLoading } from '../../components/PageLoading.tsx';
import { PrintFooter, PrintFrame, Signature } from '../matters/PrintFrame.tsx';
import { activitiesPath, villageApi, type HonoursRoll } from './api.ts';
import type { ActivitiesData } from './api.ts';
import { StarCard } from './parts.tsx';
import './activities.css';

/**
 * The picture sheet (最美之星 文字图集) of one published selection, for the micro-venues' walls:
 * each confirmed winner's photo, name and what they did; the QR code and the audit fingerprint of
 * the village's selections.
 */
export default function SheetPrintPage() {
  const t = useT();
  const { villageId = '', selectionId = '' } = useParams();
  const page = useApi<ActivitiesData>(`${villageApi(villageId)}/activities`);
  const s = page.data?.selections.find((x) => x.id === selectionId);
  const roll = useApi<HonoursRoll>(
    s ? `${villageApi(villageId)}/selections/honours?year=${s.year}` : null,
  );
  const error = page.error ?? roll.error;
  if (error && !roll.data)
    return (
      <div className="narrow-page">
        <ErrorAlert error={error} />
      </div>
    );
  if (!s || !roll.data) return <PageLoading />;
  const stars = s.nominations.filter((n) => n.outcome === 'confirmed');
  return (
    <PrintFrame backTo={activitiesPath(villageId)} testId="selection-sheet-page">
      <header className="print-village">{roll.data.villageName}</header>
      <h1 className="print-title">
        {t('activities.sheet.title', {
          year: s.year,
          quarter: s.quarter,
          category: t(`activities.selection.${s.category}`),
        })}
      </h1>
      <div className="print-number">
        {s.publishedOn && t('activities.sheet.published', { on: t.date(s.publishedOn) })}
      </div>
      <div className="activities-sheet">
        {stars.map((n) => (
          <StarCard key={n.id} name={n.nomineeName} reason={n.reason} photoUrl={n.photoUrl} />
        ))}
      </div>
      <Signature
        issuer={`${roll.data.villageName}${t('activities.roll.issuer')}`}
        date={t.date(s.publishedOn)}
      />
      <div className="print-spacer" />
      <PrintFooter
        url={`${window.location.origin}${activitiesPath(villageId)}`}
        scan={t('activities.roll.scan')}
        fingerprint={roll.data.fingerprint}
      />
    </PrintFrame>
  );
}
