import { useState } from 'react';
import { useParams } from 'react-router-dom';
import '../meetings/phone.css';
import './evaluations.css';
import { api } from '../../api/client.ts';
import { useApi } from '../../api/useApi.ts';
import { RATINGS, roundPath, type MySheet, type Rating } from './api.ts';
import { useT } from '../../i18n/index.tsx';
import { Shell } from '../../app/Shell.tsx';
import { PageLoading } from '../../components/PageLoading.tsx';
import { Button } from '../../light/Button.tsx';
import { ErrorAlert } from '../../light/ErrorAlert.tsx';
import { Alert, Result } from '../../light/feedback.tsx';
import { Segmented } from '../../light/choice.tsx';

/**
 * The evaluator's phone (reached from the round's QR code): every cadre with
 * 称职 / 基本称职 / 不称职, a confirmation, then "handed in". Drawn with the
 * light kit, so a village phone loads little. The sheet is secret: the
 * server keeps who handed one in apart from what it said.
 */
export default function SheetPage() {
  return (
    <Shell>
      <SheetScreens />
    </Shell>
  );
}

function SheetScreens() {
  const t = useT();
  const { villageId = '', roundId = '' } = useParams();
  const path = `${roundPath(villageId, roundId)}/my-sheet`;
  const { data, error, reload } = useApi<MySheet>(path);
  if (error && !data)
    return (
      <div className="phone-page">
        <ErrorAlert error={error} />
        <Button size="large" block onClick={reload}>
          {t('app.retry')}
        </Button>
      </div>
    );
  if (!data) return <PageLoading />;

  let screen;
  if (data.rated)
    screen = (
      <Result
        status="success"
        title={t('evaluations.sheet.done')}
        subTitle={t('evaluations.sheet.done.hint')}
        data-testid="sheet-done"
      />
    );
  else if (data.round.status !== 'open')
    screen = (
      <Result status="info" title={t('evaluations.sheet.closed')} data-testid="sheet-closed" />
    );
  else if (!data.evaluator)
    screen = (
      <Result
        status="warning"
        title={t('evaluations.sheet.cannot')}
        subTitle={data.refusal ?? undefined}
        data-testid="sheet-not-evaluator"
      />
    );
  else screen = <SheetForm sheet={data} path={path} onDone={reload} />;

  return (
    <div className="phone-page" data-testid="sheet-page">
      <div className="phone-meeting">
        <div className="phone-meeting-kind">
          {data.village.name} · {t('evaluations.sheet.title')}
        </div>
        <h1 className="phone-meeting-title">{data.round.title}</h1>
        <div className="phone-meeting-when">
          {t.date(data.round.heldOn)} · {t.pick(data.round.evaluatorsName)}
        </div>
      </div>
      {screen}
    </div>
  );
}

function SheetForm({ sheet, path, onDone }: { sheet: MySheet; path: string; onDone: () => void }) {
  const t = useT();
  const [ratings, setRatings] = useState<Record<string, Rating>>({});
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const missing = sheet.cadres.filter((c) => !ratings[c.membershipId]).length;

  const handIn = async () => {
    setBusy(true);
    setError(null);
    try {
      await api(path, {
        method: 'POST',
        body: {
          ratings: sheet.cadres.map((c) => ({
            membershipId: c.membershipId,
            rating: ratings[c.membershipId]!,
          })),
        },
      });
      onDone();
    } catch (cause) {
      setError(cause);
      setConfirming(false);
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="phone-screen" data-testid="sheet-form">
      <p className="sheet-secret">{t('evaluations.sheet.secret')}</p>
      <div>
        {sheet.cadres.map((c, i) => (
          <div key={c.membershipId} className="sheet-cadre" data-testid="sheet-cadre">
            <span className="sheet-cadre-name">{c.name}</span>
            <span className="sheet-cadre-post">{t.pick(c.post)}</span>
            <Segmented<Rating>
              aria-label={c.name}
              data-testid={`sheet-rate-${i}`}
              value={ratings[c.membershipId] ?? ('' as Rating)}
              onChange={(rating) => setRatings((r) => ({ ...r, [c.membershipId]: rating }))}
              options={RATINGS.map((rating) => ({
                value: rating,
                label: (
                  <span data-testid={`sheet-${rating}`}>{t(`evaluations.rating.${rating}`)}</span>
                ),
              }))}
            />
          </div>
        ))}
      </div>
      <ErrorAlert error={error} testId="sheet-error" />
      {missing > 0 ? (
        <Alert type="info" title={t('evaluations.sheet.missing', { n: missing })} />
      ) : confirming ? (
        <Alert type="warning" title={t('evaluations.sheet.confirm')} />
      ) : null}
      <Button
        kind="primary"
        size="large"
        block
        className="phone-button"
        disabled={missing > 0}
        loading={busy}
        onClick={() => (confirming ? void handIn() : setConfirming(true))}
        data-testid={confirming ? 'sheet-confirm' : 'sheet-submit'}
      >
        {confirming ? t('app.confirm') : t('evaluations.sheet.submit')}
      </Button>
    </div>
  );
}
