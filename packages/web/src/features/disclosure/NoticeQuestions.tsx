import { useState } from 'react';
import { api } from '../../api/client.ts';
import { useApi } from '../../api/useApi.ts';
import { useT } from '../../i18n/index.tsx';
import { Button } from '../../light/Button.tsx';
import { Card, Tag } from '../../light/Card.tsx';
import { ErrorAlert } from '../../light/ErrorAlert.tsx';
import { Segmented } from '../../light/choice.tsx';
import { Field, required, useForm } from '../../light/form.tsx';
import { Spinner } from '../../light/Spinner.tsx';
import type { FieldError } from '../../api/client.ts';
import type {
  AskQuestionInput,
  NoticeQuestionsResponse,
  QuestionResponse,
  QuestionView,
} from './api.ts';
import './disclosure.css';

type Kind = AskQuestionInput['kind'];

/**
 * Under a notice, on the villager's phone: the public answers to questions and objections
 * (质询/异议; without the askers' names), the reader's own, and during the publicity period a
 * form to ask. Drawn with the light kit, so it stays small inside any page.
 */
export function NoticeQuestions({ villageId, noticeId }: { villageId: string; noticeId: string }) {
  const t = useT();
  const path = `/api/villages/${villageId}/notices/${noticeId}/questions`;
  const { data, reload } = useApi<NoticeQuestionsResponse>(path);
  if (!data) return <Spinner />;
  const { window } = data;
  const mayAsk = data.abilities.askQuestions;
  return (
    <section className="notice-questions block-gap-top" data-testid="notice-questions">
      <Card title={<h2 className="notice-questions-h2">{t('disclosure.answers.title')}</h2>}>
        {data.items.length === 0 ? (
          <p className="l-secondary" data-testid="notice-questions-none">
            {t('disclosure.answers.none')}
          </p>
        ) : (
          <ul className="notice-questions-list">
            {data.items.map((q) => (
              <QuestionItem key={q.id} q={q} />
            ))}
          </ul>
        )}
      </Card>
      {mayAsk && window.open ? (
        <AskForm path={path} window={window} onSent={reload} />
      ) : mayAsk && window.to ? (
        <p className="l-secondary block-gap-top" data-testid="notice-questions-closed">
          {t('disclosure.ask.closed', { from: t.date(window.from), to: t.date(window.to) })}
        </p>
      ) : null}
    </section>
  );
}

function QuestionItem({ q }: { q: QuestionView }) {
  const t = useT();
  return (
    <li className="notice-question" data-testid="notice-question">
      <div className="notice-question-meta">
        <Tag color={q.kind === 'objection' ? 'orange' : 'blue'}>{t.pick(q.kindName)}</Tag>
        {q.mine ? <Tag color="green">{t('disclosure.answers.mine')}</Tag> : null}
        <span className="l-secondary">{t.date(q.askedOn)}</span>
      </div>
      <p className="notice-question-text">{q.text}</p>
      {q.answer ? (
        <div className="notice-question-answer" data-testid="notice-question-answer">
          <div className="l-secondary">
            {t('disclosure.answers.answeredOn', { date: t.date(q.answeredOn) })}
          </div>
          <p>{q.answer}</p>
        </div>
      ) : (
        <p className="l-secondary">
          {t('disclosure.answers.waiting', { date: t.date(q.answerDueOn) })}
        </p>
      )}
    </li>
  );
}

function AskForm({
  path,
  window,
  onSent,
}: {
  path: string;
  window: NoticeQuestionsResponse['window'];
  onSent: () => void;
}) {
  const t = useT();
  const [kind, setKind] = useState<Kind>('question');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [unmatched, setUnmatched] = useState<FieldError[]>([]);
  const [sent, setSent] = useState<string | null>(null);
  const form = useForm({ text: '' }, { text: [required(t('disclosure.ask.textRequired'))] });
  const text = form.field('text');

  const submit = async () => {
    if (!form.validate()) return;
    setBusy(true);
    setError(null);
    try {
      const body: AskQuestionInput = { kind, text: form.values.text };
      const answer = await api<QuestionResponse>(path, { method: 'POST', body });
      setSent(answer.question.answerDueOn);
      text.onChange('');
      onSent();
    } catch (cause) {
      setError(cause);
      setUnmatched(form.applyServerErrors(cause));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Card
      className="block-gap-top"
      title={<h2 className="notice-questions-h2">{t('disclosure.ask.title')}</h2>}
      data-testid="ask-question"
    >
      <p className="l-secondary">
        {window.to
          ? t('disclosure.ask.hint', { from: t.date(window.from), to: t.date(window.to) })
          : t('disclosure.ask.hintOpen')}
      </p>
      <ErrorAlert error={error} unmatched={unmatched} />
      {sent ? (
        <p className="notice-questions-sent" role="status" data-testid="ask-question-sent">
          {t('disclosure.ask.sent', { date: t.date(sent) })}
        </p>
      ) : null}
      <Field label={t('disclosure.ask.kind')} id="ask-kind">
        <Segmented<Kind>
          aria-label={t('disclosure.ask.kind')}
          value={kind}
          onChange={setKind}
          options={[
            { value: 'question', label: t('disclosure.ask.kind.question') },
            { value: 'objection', label: t('disclosure.ask.kind.objection') },
          ]}
        />
      </Field>
      <Field label={t('disclosure.ask.text')} id="ask-text" error={text.error}>
        <textarea
          id="ask-text"
          className={
            text.error
              ? 'l-input l-input-error notice-questions-text'
              : 'l-input notice-questions-text'
          }
          rows={4}
          maxLength={2000}
          value={text.value}
          aria-invalid={text.error ? true : undefined}
          onChange={(e) => text.onChange(e.target.value)}
          data-testid="ask-question-text"
        />
      </Field>
      <Button
        kind="primary"
        size="large"
        block
        loading={busy}
        onClick={() => void submit()}
        data-testid="ask-question-submit"
      >
        {t('disclosure.ask.submit')}
      </Button>
    </Card>
  );
}
