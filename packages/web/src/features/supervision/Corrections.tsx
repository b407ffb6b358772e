import { useState } from 'react';
import { Link } from 'react-router-dom';
import { Button, Card, Descriptions, Empty, Flex, Input, Typography } from 'antd';
import { api } from '../../api/client.ts';
import { useT } from '../../i18n/index.tsx';
import type { VillageAbilities } from '../../api/types.ts';
import { RefusalAlert } from '../matters/parts.tsx';
import {
  supervisionPage,
  supervisionPath,
  type CorrectionAnswer,
  type CorrectionView,
} from './api.ts';
import { CorrectionStateTag } from './parts.tsx';

interface CorrectionCardProps {
  villageId: string;
  correction: CorrectionView;
  abilities: VillageAbilities;
  onChange: (correction: CorrectionView) => void;
  /** Names the inspection it came from (off on the inspection's own page). */
  showInspection?: boolean;
}

/**
 * 责成整改: what the committee ordered, to whom, by when; the body ordered reports it done
 * (报告整改完成), and a member verifies it (验收).
 */
export function CorrectionCard({
  villageId,
  correction: c,
  abilities,
  onChange,
  showInspection = true,
}: CorrectionCardProps) {
  const t = useT();
  const [answering, setAnswering] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const path = `${supervisionPath(villageId)}/corrections/${c.id}`;

  const send = (verb: 'answer' | 'verify', body: object) => {
    setBusy(true);
    setError(null);
    api<CorrectionAnswer>(`${path}/${verb}`, { method: 'POST', body })
      .then((res) => {
        setAnswering(false);
        onChange(res.correction);
      })
      .catch(setError)
      .finally(() => setBusy(false));
  };
  const open = c.state === 'ordered' || c.state === 'overdue';

  return (
    <Card
      size="small"
      className="block-gap"
      data-testid="correction-row"
      data-state={c.state}
      title={
        <Flex gap={8} align="center" wrap>
          <CorrectionStateTag state={c.state} />
          <span>{t.pick(c.addresseeName)}</span>
        </Flex>
      }
      extra={
        <span className={c.state === 'overdue' ? 'overdue-text' : undefined}>
          {t('supervision.correction.dueOn', { on: t.date(c.dueOn) })}
        </span>
      }
    >
      <Typography.Paragraph className="pre-wrap">{c.what}</Typography.Paragraph>
      <Descriptions column={1} size="small">
        {showInspection && (
          <Descriptions.Item label={t('supervision.correction.inspection')}>
            <Link to={`${supervisionPage(villageId)}/inspections/${c.inspectionId}`}>
              {c.inspectionTitle}
            </Link>
          </Descriptions.Item>
        )}
        <Descriptions.Item label={t('supervision.correction.orderedOn')}>
          {t.date(c.orderedOn)}
        </Descriptions.Item>
        {c.doneOn && (
          <Descriptions.Item label={t('supervision.correction.answer')}>
            <span className="pre-wrap" data-testid="correction-answer-text">
              {t('supervision.correction.doneOn', { on: t.date(c.doneOn) })} {c.answer}
            </span>
          </Descriptions.Item>
        )}
        {c.verifiedOn && (
          <Descriptions.Item label={t('supervision.correction.verified')}>
            {t('supervision.correction.verifiedBy', {
              on: t.date(c.verifiedOn),
              name: c.verifiedBy ?? '—',
            })}
          </Descriptions.Item>
        )}
      </Descriptions>
      <RefusalAlert error={error} testId="correction-error" />
      {abilities.answerCorrection && open && !answering && (
        <Button onClick={() => setAnswering(true)} data-testid="correction-answer">
          {t('supervision.correction.report')}
        </Button>
      )}
      {answering && (
        <AnswerForm
          busy={busy}
          onCancel={() => setAnswering(false)}
          onSend={(answer) => send('answer', { answer })}
        />
      )}
      {abilities.supervise && c.state === 'done' && (
        <Button
          type="primary"
          loading={busy}
          onClick={() => send('verify', {})}
          data-testid="correction-verify"
        >
          {t('supervision.correction.verify')}
        </Button>
      )}
    </Card>
  );
}

/** 报告整改完成: what the body ordered did, in its words. */
function AnswerForm({
  busy,
  onCancel,
  onSend,
}: {
  busy: boolean;
  onCancel: () => void;
  onSend: (answer: string) => void;
}) {
  const t = useT();
  const [answer, setAnswer] = useState('');
  return (
    <Flex vertical gap={8}>
      <Input.TextArea
        value={answer}
        onChange={(e) => setAnswer(e.target.value)}
        autoSize={{ minRows: 3 }}
        maxLength={4000}
        placeholder={t('supervision.correction.answer.placeholder')}
        data-testid="correction-answer-input"
      />
      <Flex gap={8} justify="flex-end">
        <Button onClick={onCancel}>{t('app.cancel')}</Button>
        <Button
          type="primary"
          loading={busy}
          disabled={!answer.trim()}
          onClick={() => onSend(answer.trim())}
          data-testid="correction-answer-submit"
        >
          {t('supervision.correction.report')}
        </Button>
      </Flex>
    </Flex>
  );
}

/** Every correction ordered, overdue ones first. */
export function CorrectionList({
  villageId,
  corrections,
  abilities,
  onChange,
}: {
  villageId: string;
  corrections: readonly CorrectionView[];
  abilities: VillageAbilities;
  onChange: () => void;
}) {
  const t = useT();
  const rank = { overdue: 0, ordered: 1, done: 2, verified: 3 } as const;
  const sorted = [...corrections].sort(
    (a, b) => rank[a.state] - rank[b.state] || a.dueOn.localeCompare(b.dueOn),
  );
  if (sorted.length === 0)
    return (
      <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('supervision.correction.empty')} />
    );
  return (
    <div data-testid="correction-list">
      {sorted.map((c) => (
        <CorrectionCard
          key={c.id}
          villageId={villageId}
          correction={c}
          abilities={abilities}
          onChange={onChange}
        />
      ))}
    </div>
  );
}
