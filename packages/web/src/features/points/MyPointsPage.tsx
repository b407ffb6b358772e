import { useState } from 'react';
import { BODY_KIND_INFO } from '@cunzhi/core/bodies/bodyKinds';
import { api } from '../../api/client.ts';
import { useApi } from '../../api/useApi.ts';
import { useT } from '../../i18n/index.tsx';
import { useVillage } from '../../app/villageContext.ts';
import { Button } from '../../light/Button.tsx';
import { Card } from '../../light/Card.tsx';
import { ErrorAlert } from '../../light/ErrorAlert.tsx';
import { Spinner } from '../../light/Spinner.tsx';
import { myPointsApi, type Line, type OwnLedger } from './api.ts';
import { LineFacts, useSay } from './LineFacts.tsx';
import './points.css';

/**
 * 我家积分 on the villager's phone (light kit): the household's balance today and every line
 * with what explains it — the item and the scheme's version, the facts, the evidence, who
 * proposed and who checked, the publicity dates, whether it counts yet — and, while a line is in
 * publicity, a contest sent to the body the scheme names.
 */
export default function MyPointsPage() {
  const t = useT();
  const { villageId } = useVillage();
  const say = useSay();
  const { data, error, reload } = useApi<OwnLedger>(myPointsApi(villageId));
  if (error && !data) return <ErrorAlert error={error} />;
  if (!data) return <Spinner />;
  const body = data.contestBody ? say(t.pick(BODY_KIND_INFO[data.contestBody])) : '';
  return (
    <div className="page villager-home" data-testid="my-points-page">
      <h1 className="villager-h1">{t('points.mine.title')}</h1>
      <p className="l-secondary">{t('points.mine.hint', { body })}</p>
      <Card className="block-gap">
        <div className="points-balance" data-testid="my-points-balance">
          <span>{t('points.balanceOn', { on: t.date(data.on) })}</span>
          <strong>{t.num(data.balance)}</strong>
        </div>
        <div className="l-secondary">{data.household}</div>
      </Card>
      {data.lines.length === 0 ? (
        <p className="l-secondary">{t('points.line.none')}</p>
      ) : (
        <ul className="points-lines" data-testid="my-points-lines">
          {data.lines.map((l) => (
            <li key={l.id} className="points-line" data-testid="my-points-line">
              <LineFacts line={l} />
              {l.contestable && l.awardId && (
                <ContestForm villageId={villageId} line={l} onSent={reload} />
              )}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

function ContestForm({
  villageId,
  line,
  onSent,
}: {
  villageId: string;
  line: Line;
  onSent: () => void;
}) {
  const t = useT();
  const [open, setOpen] = useState(false);
  const [grounds, setGrounds] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [sent, setSent] = useState(false);
  const send = async () => {
    setBusy(true);
    setError(null);
    try {
      await api(`${myPointsApi(villageId)}/awards/${line.awardId!}/contest`, {
        method: 'POST',
        body: { grounds },
      });
      setSent(true);
      onSent();
    } catch (cause) {
      setError(cause);
    } finally {
      setBusy(false);
    }
  };
  if (sent) return <p role="status">{t('points.mine.sent')}</p>;
  if (!open)
    return (
      <Button onClick={() => setOpen(true)} data-testid="my-points-contest">
        {t('points.mine.contest')}
      </Button>
    );
  return (
    <div className="points-contest-form">
      <ErrorAlert error={error} />
      <textarea
        className="l-input"
        maxLength={2000}
        value={grounds}
        placeholder={t('points.mine.grounds')}
        aria-label={t('points.contest.grounds')}
        onChange={(e) => setGrounds(e.target.value)}
        data-testid="my-points-grounds"
      />
      <Button
        kind="primary"
        loading={busy}
        disabled={grounds.trim() === ''}
        onClick={() => void send()}
        data-testid="my-points-send"
      >
        {t('points.mine.send')}
      </Button>
    </div>
  );
}
