import '../elections.css';
import './recall.css';
import { useState } from 'react';
import { api } from '../../../api/client.ts';
import { useApi } from '../../../api/useApi.ts';
import { useT } from '../../../i18n/index.tsx';
import { useVillage } from '../../../app/villageContext.ts';
import { Button } from '../../../light/Button.tsx';
import { Card, Tag } from '../../../light/Card.tsx';
import { ErrorAlert } from '../../../light/ErrorAlert.tsx';
import { Spinner } from '../../../light/Spinner.tsx';
import { RefusalAlert } from '../../meetings/refusal.tsx';
import { recallPath, recallsPath, type RecallDetail, type RecallList } from './api.ts';
import { OpenRecallForm } from './OpenRecallForm.tsx';

/**
 * 罢免联名, on the villager's phone (light kit, no antd): each recall request still collecting
 * signatures, its reasons and how many signed against how many are needed; the villager signs in
 * their own name, once. Who signed is never shown here (only the organisers and the town see it).
 */
export default function MyRecallsPage() {
  const t = useT();
  const { villageId, data: village } = useVillage();
  const list = useApi<RecallList>(recallsPath(villageId));
  const open = (list.data?.recalls ?? []).filter((r) => r.stage === 'collecting');
  return (
    <div className="page villager-home" data-testid="my-recalls-page">
      <h1 className="villager-h1">{t('recall.mine.title')}</h1>
      <p className="l-secondary">{t('recall.mine.hint')}</p>
      {list.error && <ErrorAlert error={list.error} />}
      {!list.data && !list.error && <Spinner />}
      {list.data && open.length === 0 && (
        <Card className="block-gap">
          <p className="l-secondary" data-testid="my-recalls-none">
            {t('recall.mine.none')}
          </p>
        </Card>
      )}
      {open.map((r) => (
        <Petition key={r.id} path={recallPath(villageId, r.id)} />
      ))}
      {village.abilities.requestRecall && <OpenRecallForm onOpened={list.reload} />}
    </div>
  );
}

function Petition({ path }: { path: string }) {
  const t = useT();
  const loaded = useApi<RecallDetail>(path);
  const [answer, setAnswer] = useState<RecallDetail | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const r = answer ?? loaded.data;
  if (!r) return <Spinner />;
  const th = r.threshold;
  const sign = async () => {
    setBusy(true);
    setError(null);
    try {
      setAnswer(await api<RecallDetail>(`${path}/signatures/mine`, { method: 'POST', body: {} }));
    } catch (cause) {
      setError(cause);
    } finally {
      setBusy(false);
      setConfirming(false);
    }
  };
  return (
    <Card
      className="block-gap"
      data-testid="my-recall"
      title={
        <h2 className="my-registration-h2">
          {r.member.name}（{t.pick(r.member.bodyName)}
          {t.pick(r.member.role)}）
        </h2>
      }
    >
      <p className="l-secondary">{t('recall.mine.reasons')}</p>
      <p className="recall-text" data-testid="my-recall-reasons">
        {r.reasons}
      </p>
      <p className="recall-count" data-testid="my-recall-count">
        {t('recall.mine.count', { n: th.signers, m: th.votersRequired })}
      </p>
      <RefusalAlert error={error} testId="my-recall-refused" />
      {r.signatures.mine ? (
        <Tag color="green" data-testid="my-recall-signed">
          {t('recall.mine.signed', { date: t.date(r.signatures.mine.signedOn) })}
        </Tag>
      ) : r.stage !== 'collecting' ? (
        <Tag>{t('recall.mine.closed')}</Tag>
      ) : (
        !r.mine.isMember &&
        (confirming ? (
          <div data-testid="my-recall-confirm">
            <p>{t('recall.mine.confirm', { name: r.member.name })}</p>
            <Button
              kind="primary"
              size="large"
              block
              loading={busy}
              onClick={() => void sign()}
              data-testid="my-recall-confirm-yes"
            >
              {t('recall.mine.confirmYes')}
            </Button>
            <Button block size="large" onClick={() => setConfirming(false)}>
              {t('app.cancel')}
            </Button>
          </div>
        ) : (
          <Button
            kind="primary"
            size="large"
            block
            onClick={() => setConfirming(true)}
            data-testid="my-recall-sign"
          >
            {t('recall.mine.sign')}
          </Button>
        ))
      )}
    </Card>
  );
}
