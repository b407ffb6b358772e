import { useState } from 'react';
import { api } from '../../api/client.ts';
import { useApi } from '../../api/useApi.ts';
import { useT } from '../../i18n/index.tsx';
import { useVillage } from '../../app/villageContext.ts';
import { Button } from '../../light/Button.tsx';
import { Card, Tag } from '../../light/Card.tsx';
import { ErrorAlert } from '../../light/ErrorAlert.tsx';
import { RadioList } from '../../light/choice.tsx';
import { Spinner } from '../../light/Spinner.tsx';
import {
  myServicesApi,
  type OwnCatalogue,
  type OwnRequestResponse,
  type OwnRequestsResponse,
  type Ordered,
  type Rating,
  type RequestDetail,
  type RequestState,
  type ServiceItem,
} from './api.ts';
import { AttachmentsPanel } from '../attachments/AttachmentsPanel.tsx';
import './services.css';

const COLOURS: Record<RequestState, 'blue' | 'gold' | 'green' | 'orange' | 'default' | 'red'> = {
  ordered: 'blue',
  accepted: 'blue',
  awaitingMaterials: 'gold',
  processing: 'blue',
  agency: 'orange',
  completed: 'green',
  rated: 'green',
  refused: 'default',
  withdrawn: 'default',
};

/** 即办 / N个工作日 / N日, in the light kit (no antd on the phone). */
function usePromisedText() {
  const t = useT();
  return (i: Pick<ServiceItem, 'promisedDays' | 'promisedUnit'>) =>
    i.promisedDays === 0
      ? t('services.promised.instant')
      : t(`services.promised.${i.promisedUnit}`, { days: i.promisedDays });
}

/**
 * 我要办事 on the villager's phone (light kit): their requests with where each stands and its
 * promised date, one opened with its timeline (rated or withdrawn there), and the catalogue to
 * order from — the materials to bring listed before the button.
 */
export default function MyServicesPage() {
  const t = useT();
  const { villageId } = useVillage();
  const base = myServicesApi(villageId);
  const mine = useApi<OwnRequestsResponse>(base);
  const [open, setOpen] = useState<string | null>(null);
  const [ordered, setOrdered] = useState<Ordered | null>(null);
  if (open)
    return (
      <OwnRequest
        villageId={villageId}
        path={`${base}/${open}`}
        onBack={() => {
          setOpen(null);
          mine.reload();
        }}
      />
    );
  return (
    <div className="page villager-home" data-testid="my-services-page">
      <h1 className="villager-h1">{t('services.mine.title')}</h1>
      <p className="l-secondary">{t('services.mine.hint')}</p>
      {ordered && (
        <Card className="block-gap" data-testid="my-service-ordered">
          <p role="status">{t('services.mine.ordered', { number: ordered.receiptNumber })}</p>
        </Card>
      )}
      <Card
        className="block-gap"
        title={<h2 className="my-services-h2">{t('services.mine.list')}</h2>}
      >
        {!mine.data ? (
          <Spinner />
        ) : mine.data.items.length === 0 ? (
          <p className="l-secondary">{t('services.mine.none')}</p>
        ) : (
          <ul className="my-services-list" data-testid="my-services-list">
            {mine.data.items.map((r) => (
              <li key={r.id} className="my-services-item" data-testid="my-service">
                <div>
                  <strong>{r.itemName}</strong>{' '}
                  <span className="l-secondary">{r.receiptNumber}</span>
                </div>
                <div>
                  <Tag color={COLOURS[r.state]}>{t(`services.state.${r.state}`)}</Tag>
                  {r.escalation.overdue && (
                    <Tag color="red">
                      {t('services.overdue', { days: r.escalation.daysOverdue })}
                    </Tag>
                  )}
                  {r.dueOn && !['completed', 'rated', 'refused', 'withdrawn'].includes(r.state) && (
                    <span className="l-secondary">
                      {t('services.mine.due', { date: t.date(r.dueOn) })}{' '}
                    </span>
                  )}
                  <Button kind="link" onClick={() => setOpen(r.id)} data-testid="my-service-open">
                    {t('services.mine.open')}
                  </Button>
                </div>
              </li>
            ))}
          </ul>
        )}
      </Card>
      <OrderList
        path={base}
        onOrdered={(o) => {
          setOrdered(o);
          mine.reload();
        }}
      />
    </div>
  );
}

function OrderList({ path, onOrdered }: { path: string; onOrdered: (o: Ordered) => void }) {
  const t = useT();
  const promised = usePromisedText();
  const catalogue = useApi<OwnCatalogue>(`${path}/catalogue`);
  const [chosen, setChosen] = useState<string | null>(null);
  const [details, setDetails] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const order = async (itemId: string) => {
    setBusy(true);
    setError(null);
    try {
      onOrdered(await api<Ordered>(path, { method: 'POST', body: { itemId, details } }));
      setChosen(null);
      setDetails('');
    } catch (cause) {
      setError(cause);
    } finally {
      setBusy(false);
    }
  };
  if (!catalogue.data) return <Spinner />;
  const { windows, items } = catalogue.data;
  return (
    <Card
      className="block-gap-top"
      title={<h2 className="my-services-h2">{t('services.mine.catalogue')}</h2>}
    >
      <ErrorAlert error={error} />
      {windows.map((w) => (
        <section key={w.id} data-testid="my-services-window">
          <h3>{t('services.windowText', { number: w.number, name: w.name })}</h3>
          <ul className="my-services-list">
            {items
              .filter((i) => i.windowId === w.id)
              .map((i) => (
                <li key={i.id} className="my-services-item" data-testid="my-services-item">
                  <strong>{i.name}</strong>{' '}
                  <span className="l-secondary">
                    {promised(i)}
                    {i.fullAgency ? ` · ${t('services.fullAgency')}` : ''}
                  </span>
                  <div className="my-services-materials">
                    {t('services.materials')}：{i.materials.join('、') || '—'}
                  </div>
                  {chosen === i.id ? (
                    <>
                      <textarea
                        className="l-input my-services-text"
                        maxLength={2000}
                        value={details}
                        placeholder={t('services.mine.detailsPlaceholder')}
                        aria-label={t('services.details')}
                        onChange={(e) => setDetails(e.target.value)}
                        data-testid="my-service-details"
                      />
                      <Button
                        kind="primary"
                        loading={busy}
                        onClick={() => void order(i.id)}
                        data-testid="my-service-submit"
                      >
                        {t('services.do.submit')}
                      </Button>
                    </>
                  ) : (
                    <Button onClick={() => setChosen(i.id)} data-testid="my-service-order">
                      {t('services.mine.order')}
                    </Button>
                  )}
                </li>
              ))}
          </ul>
        </section>
      ))}
    </Card>
  );
}

/** One request: where it stands, its steps and dates; rated or withdrawn from here. */
function OwnRequest({
  villageId,
  path,
  onBack,
}: {
  villageId: string;
  path: string;
  onBack: () => void;
}) {
  const t = useT();
  const { data, error } = useApi<OwnRequestResponse>(path);
  const [changed, setChanged] = useState<RequestDetail | null>(null);
  const r = changed ?? data?.request;
  if (error && !r) return <ErrorAlert error={error} />;
  if (!r) return <Spinner />;
  return (
    <div className="page villager-home" data-testid="my-service-page">
      <Button kind="link" onClick={onBack} data-testid="my-service-back">
        {t('services.mine.back')}
      </Button>
      <h1 className="villager-h1">{r.itemName}</h1>
      <p>
        <Tag color={COLOURS[r.state]}>{t(`services.state.${r.state}`)}</Tag>
        <span className="l-secondary">{r.receiptNumber}</span>
      </p>
      <Card className="block-gap">
        {r.dueOn && (
          <p data-testid="my-service-due">
            {t('services.dueOn')}：{t.date(r.dueOn)}
          </p>
        )}
        {r.firstContactName && (
          <p>
            {t('services.firstContact')}：{r.firstContactName}
          </p>
        )}
        <p>
          {t('services.materials')}：{r.materials.join('、') || '—'}
        </p>
        {r.missingMaterials.length > 0 && (
          <p className="my-services-missing">
            {t('services.missingMaterials')}：{r.missingMaterials.join('、')}
          </p>
        )}
        {r.townAnswer && (
          <p>
            {t('services.townAnswer')}：{r.townAnswer}
          </p>
        )}
        {r.refusalReason && (
          <p>
            {t('services.refusalReason')}：{r.refusalReason}
          </p>
        )}
        {r.result && (
          <p data-testid="my-service-result">
            {t('services.result')}：{r.result}
          </p>
        )}
        {r.rating && (
          <p>
            {t('services.rating')}：{t(`services.rating.${r.rating}`)}
          </p>
        )}
      </Card>
      <Card className="block-gap">
        <AttachmentsPanel villageId={villageId} ownerKind="serviceRequest" ownerId={r.id} camera />
      </Card>
      {r.can.includes('rate') && <RateForm path={`${path}/rating`} onRated={setChanged} />}
      <Card
        className="block-gap"
        title={<h2 className="my-services-h2">{t('services.timeline')}</h2>}
      >
        <ul className="my-services-timeline" data-testid="my-service-timeline">
          {r.timeline.map((s) => (
            <li key={s.seq}>
              <strong>{t(`services.step.${s.action}` as 'services.step.order')}</strong>{' '}
              <span className="l-secondary">{t.date(s.onDate)}</span>
              {s.note && <div>{s.note}</div>}
            </li>
          ))}
        </ul>
      </Card>
      {r.can.includes('withdraw') && (
        <WithdrawButton path={`${path}/withdrawal`} onDone={setChanged} />
      )}
    </div>
  );
}

function RateForm({ path, onRated }: { path: string; onRated: (r: RequestDetail) => void }) {
  const t = useT();
  const [rating, setRating] = useState<Rating>('satisfied');
  const [comment, setComment] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const send = async () => {
    setBusy(true);
    try {
      const res = await api<OwnRequestResponse>(path, {
        method: 'POST',
        body: { rating, comment },
      });
      onRated(res.request);
    } catch (cause) {
      setError(cause);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Card
      className="block-gap"
      title={<h2 className="my-services-h2">{t('services.mine.rate')}</h2>}
    >
      <ErrorAlert error={error} />
      <RadioList
        name="rating"
        value={rating}
        onChange={setRating}
        options={(['satisfied', 'basicallySatisfied', 'dissatisfied'] as const).map((v) => ({
          value: v,
          label: t(`services.rating.${v}`),
        }))}
      />
      <textarea
        className="l-input my-services-text"
        maxLength={500}
        value={comment}
        aria-label={t('services.ratingComment')}
        placeholder={t('services.ratingComment')}
        onChange={(e) => setComment(e.target.value)}
        data-testid="my-service-comment"
      />
      <Button
        kind="primary"
        loading={busy}
        onClick={() => void send()}
        data-testid="my-service-rate"
      >
        {t('services.mine.rateSubmit')}
      </Button>
    </Card>
  );
}

function WithdrawButton({ path, onDone }: { path: string; onDone: (r: RequestDetail) => void }) {
  const t = useT();
  const [error, setError] = useState<unknown>(null);
  const withdraw = async () => {
    if (!window.confirm(t('services.mine.withdrawConfirm'))) return;
    try {
      onDone((await api<OwnRequestResponse>(path, { method: 'POST' })).request);
    } catch (cause) {
      setError(cause);
    }
  };
  return (
    <>
      <ErrorAlert error={error} />
      <Button onClick={() => void withdraw()} data-testid="my-service-withdraw">
        {t('services.mine.withdraw')}
      </Button>
    </>
  );
}
