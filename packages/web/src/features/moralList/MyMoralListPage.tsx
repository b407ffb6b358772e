import { useState } from 'react';
import { api } from '../../api/client.ts';
import { useApi } from '../../api/useApi.ts';
import { useT } from '../../i18n/index.tsx';
import { useVillage } from '../../app/villageContext.ts';
import { Button } from '../../light/Button.tsx';
import { Card, Tag } from '../../light/Card.tsx';
import { ErrorAlert } from '../../light/ErrorAlert.tsx';
import { Spinner } from '../../light/Spinner.tsx';
import { RefusalAlert } from '../meetings/refusal.tsx';
import { moralApi, type Listing, type MoralBoard } from './api.ts';
import { ListingSteps } from './steps.tsx';
import './moralList.css';

/**
 * 道德红黑榜 on a villager's phone (light kit, no antd): the board as it stands today, and what was
 * proposed about the reader — the facts, the steps so far, and while they may still answer, a box
 * for their own words, which the deciding body sees before it votes.
 */
export default function MyMoralListPage() {
  const t = useT();
  const { villageId } = useVillage();
  const board = useApi<MoralBoard>(`${moralApi(villageId)}/board`);
  const mine = useApi<{ items: Listing[] }>(`/api/villages/${villageId}/my-moral-list`);
  return (
    <div className="page villager-home" data-testid="my-moral-list-page">
      <h1 className="villager-h1">{t('moralList.menu')}</h1>
      {board.error && <ErrorAlert error={board.error} />}
      {!board.data && !board.error && <Spinner />}
      {board.data && (
        <Card className="block-gap" data-testid="my-moral-board">
          <p className="l-secondary">{t('moralList.board.asOf', { on: t.date(board.data.on) })}</p>
          {(['red', 'black'] as const).map((kind) => {
            const lines = board.data!.lines.filter((l) => l.kind === kind);
            return (
              <section key={kind}>
                <h2 className="moral-phone-h2">{t(`moralList.board.${kind}`)}</h2>
                {lines.length === 0 && <p className="l-secondary">{t('moralList.board.empty')}</p>}
                {lines.map((l) => (
                  <p key={l.number}>
                    <strong>{l.personName}</strong>：{l.facts}
                    <br />
                    <span className="l-secondary">
                      {t('moralList.board.term')} {t.date(l.publishedOn)}—{t.date(l.expiresOn)}
                    </span>
                  </p>
                ))}
              </section>
            );
          })}
        </Card>
      )}
      <h2 className="moral-phone-h2">{t('moralList.mine.title')}</h2>
      <p className="l-secondary">{t('moralList.mine.hint')}</p>
      {mine.error && <ErrorAlert error={mine.error} />}
      {mine.data && mine.data.items.length === 0 && (
        <Card className="block-gap">
          <p className="l-secondary" data-testid="my-moral-none">
            {t('moralList.mine.empty')}
          </p>
        </Card>
      )}
      {mine.data?.items.map((l) => (
        <MyListing key={l.id} villageId={villageId} listing={l} />
      ))}
    </div>
  );
}

function MyListing({ villageId, listing }: { villageId: string; listing: Listing }) {
  const t = useT();
  const [l, setListing] = useState(listing);
  const [text, setText] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const send = async () => {
    setBusy(true);
    setError(null);
    try {
      const answer = await api<{ listing: Listing }>(
        `/api/villages/${villageId}/my-moral-list/${l.id}/answer`,
        { method: 'POST', body: { answer: text } },
      );
      setListing(answer.listing);
    } catch (cause) {
      setError(cause);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Card
      className="block-gap"
      data-testid="my-moral-listing"
      title={
        <h3 className="moral-phone-h2">
          {l.number} {t(`moralList.kind.${l.kind}`)}
        </h3>
      }
      extra={
        <Tag>
          {t(`moralList.state.${l.state === 'listed' && !l.onBoard ? 'expired' : l.state}`)}
        </Tag>
      }
    >
      <p>
        {t('moralList.facts')}：{l.facts}
      </p>
      <ListingSteps listing={l} />
      {l.actions.includes('answer') && (
        <div className="moral-phone-answer">
          <label htmlFor={`answer-${l.id}`}>{t('moralList.mine.answer')}</label>
          <textarea
            id={`answer-${l.id}`}
            className="l-input"
            rows={4}
            maxLength={2000}
            value={text}
            onChange={(e) => setText(e.target.value)}
            data-testid="my-moral-answer"
          />
          <RefusalAlert error={error} testId="my-moral-refused" />
          <Button
            kind="primary"
            size="large"
            block
            loading={busy}
            disabled={!text.trim()}
            onClick={() => void send()}
            data-testid="my-moral-send"
          >
            {t('moralList.mine.send')}
          </Button>
        </div>
      )}
    </Card>
  );
}
