import { useState } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import {
  Alert,
  Button,
  Card,
  Flex,
  Form,
  Input,
  Modal,
  Select,
  Space,
  Tag,
  Typography,
} from 'antd';
import { api } from '../../api/client.ts';
import { useApi } from '../../api/useApi.ts';
import { useT } from '../../i18n/index.tsx';
import { useVillage } from '../../app/villageContext.ts';
import { DataList, type Column } from '../../components/DataList.tsx';
import { DateInput, todayIso } from '../../components/DateInput.tsx';
import { ErrorAlert } from '../../components/errors.tsx';
import { useFormSubmit } from '../../components/useFormSubmit.ts';
import { FormDrawer } from '../registry/FormDrawer.tsx';
import type {
  BoardPostingView,
  CalendarItemView,
  CalendarNoticeView,
  CalendarResponse,
  PublishAffairsInput,
  VillageQuestionItem,
  VillageQuestionsResponse,
} from './api.ts';
import './disclosure.css';

type AffairsKind = PublishAffairsInput['kind'];

const STATE_COLOR = { due: 'gold', published: 'green', overdue: 'red' } as const;

/** 公开日历: what the village must disclose and when, what it published and posted, what is overdue. */
export default function DisclosurePage() {
  const t = useT();
  const { villageId } = useVillage();
  const [params, setParams] = useSearchParams();
  const thisYear = Number(todayIso().slice(0, 4));
  const year = Number(params.get('year') ?? thisYear) || thisYear;
  const { data, error, loading, reload } = useApi<CalendarResponse>(
    `/api/villages/${villageId}/disclosure/calendar?year=${year}`,
  );
  const [publishing, setPublishing] = useState<AffairsKind | null>(null);
  const [posting, setPosting] = useState<CalendarNoticeView | null>(null);
  const [ending, setEnding] = useState<BoardPostingView | null>(null);
  const abilities = data?.abilities;

  const columns: Column<CalendarItemView>[] = [
    {
      key: 'stream',
      title: t('disclosure.stream'),
      primary: true,
      render: (i) => <Tag>{t.pick(i.streamName)}</Tag>,
    },
    {
      key: 'period',
      title: t('disclosure.period'),
      render: (i) => `${t.date(i.startsOn)} — ${t.date(i.endsOn)}`,
    },
    {
      key: 'state',
      title: t('disclosure.state'),
      render: (i) => (
        <Space direction="vertical" size={2}>
          <Tag color={STATE_COLOR[i.state]} data-testid={`disclosure-state-${i.state}`}>
            {t(`disclosure.state.${i.state}`)}
          </Tag>
          {i.findings.map((f, n) => (
            <Typography.Text key={n} type="danger" className="disclosure-cell">
              {f.message}
            </Typography.Text>
          ))}
        </Space>
      ),
    },
    {
      key: 'notices',
      title: t('disclosure.notices'),
      render: (i) => (
        <NoticesCell
          item={i}
          mayRecord={Boolean(abilities?.recordPostings)}
          onRecord={setPosting}
          onEnd={setEnding}
        />
      ),
    },
  ];

  return (
    <div className="page" data-testid="disclosure-page">
      <Flex vertical className="page-head">
        <Typography.Title level={1} className="no-margin page-title">
          {t('disclosure.title')}
        </Typography.Title>
        <Typography.Text type="secondary">{t('disclosure.hint')}</Typography.Text>
      </Flex>
      <Space wrap className="filters">
        <Select
          className="filter-select"
          aria-label={t('disclosure.year')}
          value={year}
          onChange={(v: number) => setParams({ year: String(v) }, { replace: true })}
          options={[thisYear - 2, thisYear - 1, thisYear].map((y) => ({ value: y, label: y }))}
        />
        {abilities?.publishAffairs ? (
          <>
            <Button onClick={() => setPublishing('villageAffairs')} data-testid="publish-village">
              {t('disclosure.publish.villageAffairs')}
            </Button>
            <Button onClick={() => setPublishing('partyAffairs')} data-testid="publish-party">
              {t('disclosure.publish.partyAffairs')}
            </Button>
          </>
        ) : null}
      </Space>
      {data ? (
        <Space wrap className="block-gap" data-testid="disclosure-summary">
          <Tag color={data.summary.overdue ? 'red' : 'default'}>
            {t('disclosure.summary.overdue', { n: data.summary.overdue })}
          </Tag>
          <Tag color="gold">{t('disclosure.summary.due', { n: data.summary.due })}</Tag>
          <Tag>{t('disclosure.summary.unposted', { n: data.summary.unposted })}</Tag>
          <Tag color={data.summary.overdueAnswers ? 'red' : 'default'}>
            {t('disclosure.summary.questions', {
              n: data.summary.openQuestions,
              overdue: data.summary.overdueAnswers,
            })}
          </Tag>
        </Space>
      ) : null}
      {error && !data ? <ErrorAlert error={error} /> : null}
      <DataList
        rows={data?.items ?? []}
        rowKey={(i) => `${i.stream}-${i.startsOn}`}
        columns={columns}
        loading={loading}
        rowTestId="disclosure-row"
        testId="disclosure-list"
      />
      {abilities?.superviseQuestions ? (
        <QuestionsCard villageId={villageId} mayAnswer={abilities.answerQuestions} />
      ) : null}
      {publishing ? (
        <PublishDrawer
          villageId={villageId}
          kind={publishing}
          onClose={() => setPublishing(null)}
          onDone={() => {
            setPublishing(null);
            reload();
          }}
        />
      ) : null}
      {posting ? (
        <PostingModal
          villageId={villageId}
          notice={posting}
          onClose={() => setPosting(null)}
          onDone={() => {
            setPosting(null);
            reload();
          }}
        />
      ) : null}
      {ending ? (
        <EndPostingModal
          villageId={villageId}
          posting={ending}
          onClose={() => setEnding(null)}
          onDone={() => {
            setEnding(null);
            reload();
          }}
        />
      ) : null}
    </div>
  );
}

function NoticesCell({
  item,
  mayRecord,
  onRecord,
  onEnd,
}: {
  item: CalendarItemView;
  mayRecord: boolean;
  onRecord: (n: CalendarNoticeView) => void;
  onEnd: (p: BoardPostingView) => void;
}) {
  const t = useT();
  const { villageId } = useVillage();
  if (item.notices.length === 0) return '—';
  return (
    <Space direction="vertical" size={4}>
      {item.notices.map((n) => (
        <div key={n.id} className="disclosure-cell">
          <Link to={`/v/${villageId}/notices/${n.id}`}>{n.title}</Link>{' '}
          <Typography.Text type="secondary">{t.date(n.publishedOn)}</Typography.Text>{' '}
          {n.postings.length === 0 ? <Tag color="orange">{t('disclosure.notPosted')}</Tag> : null}
          {mayRecord ? (
            <Button
              size="small"
              type="link"
              onClick={() => onRecord(n)}
              data-testid="record-posting"
            >
              {t('disclosure.posting.record')}
            </Button>
          ) : null}
          <ul className="disclosure-postings">
            {n.postings.map((p) => (
              <li key={p.id}>
                <PostingLine posting={p} />{' '}
                <a
                  href={`/api/villages/${villageId}/board-postings/${p.id}/photo`}
                  target="_blank"
                  rel="noreferrer"
                >
                  {t('disclosure.posting.photoView')}
                </a>
                {mayRecord && !p.takenDownOn ? (
                  <Button size="small" type="link" onClick={() => onEnd(p)}>
                    {t('disclosure.posting.end')}
                  </Button>
                ) : null}
                {p.finding ? (
                  <div>
                    <Typography.Text type="danger">{p.finding.message}</Typography.Text>
                  </div>
                ) : null}
              </li>
            ))}
          </ul>
        </div>
      ))}
    </Space>
  );
}

function PostingLine({ posting: p }: { posting: BoardPostingView }) {
  const t = useT();
  const where = p.place ? `${p.place}：` : '';
  if (p.days !== null)
    return (
      <span>
        {where}
        {t.date(p.postedOn)} — {t.date(p.takenDownOn)}（
        {t('disclosure.posting.days', { days: p.days })}）
      </span>
    );
  return (
    <span>
      {where}
      {p.earliestTakeDownOn
        ? t('disclosure.posting.up', {
            date: t.date(p.postedOn),
            earliest: t.date(p.earliestTakeDownOn),
          })
        : t('disclosure.posting.upNoMinimum', { date: t.date(p.postedOn) })}
    </span>
  );
}

interface PublishValues {
  title: string;
  body: string;
  publishedOn: string;
  periodEndsOn?: string | null;
}

function PublishDrawer({
  villageId,
  kind,
  onClose,
  onDone,
}: {
  villageId: string;
  kind: AffairsKind;
  onClose: () => void;
  onDone: () => void;
}) {
  const t = useT();
  const [form] = Form.useForm<PublishValues>();
  const { busy, error, unmatched, submit } = useFormSubmit(form, async (values) => {
    const body: PublishAffairsInput = {
      kind,
      title: values.title.trim(),
      body: values.body.trim(),
      publishedOn: values.publishedOn,
    };
    if (values.periodEndsOn) body.periodEndsOn = values.periodEndsOn;
    await api(`/api/villages/${villageId}/disclosure/notices`, { method: 'POST', body });
    onDone();
  });
  return (
    <FormDrawer
      title={t(`disclosure.publish.${kind}`)}
      busy={busy}
      onClose={onClose}
      onSubmit={() => void submit()}
      testId="publish-drawer"
    >
      <ErrorAlert error={error} unmatched={unmatched} />
      <Form form={form} layout="vertical" requiredMark initialValues={{ publishedOn: todayIso() }}>
        <Form.Item name="title" label={t('disclosure.publish.title')} rules={[{ required: true }]}>
          <Input maxLength={200} data-testid="publish-title" />
        </Form.Item>
        <Form.Item name="body" label={t('disclosure.publish.body')} rules={[{ required: true }]}>
          <Input.TextArea rows={8} maxLength={20000} data-testid="publish-body" />
        </Form.Item>
        <Form.Item
          name="publishedOn"
          label={t('disclosure.publish.publishedOn')}
          rules={[{ required: true }]}
        >
          <DateInput notAfterToday />
        </Form.Item>
        <Form.Item name="periodEndsOn" label={t('disclosure.publish.periodEndsOn')}>
          <DateInput />
        </Form.Item>
      </Form>
    </FormDrawer>
  );
}

function PostingModal({
  villageId,
  notice,
  onClose,
  onDone,
}: {
  villageId: string;
  notice: CalendarNoticeView;
  onClose: () => void;
  onDone: () => void;
}) {
  const t = useT();
  const [form] = Form.useForm<{ place?: string; postedOn: string; takenDownOn?: string | null }>();
  const [photo, setPhoto] = useState<File | null>(null);
  const { busy, error, unmatched, submit } = useFormSubmit(form, async (values) => {
    const body = new FormData();
    body.append('postedOn', values.postedOn);
    if (values.takenDownOn) body.append('takenDownOn', values.takenDownOn);
    if (values.place) body.append('place', values.place);
    if (photo) body.append('photo', photo, photo.name);
    await api(`/api/villages/${villageId}/notices/${notice.id}/board-postings`, {
      method: 'POST',
      body,
    });
    onDone();
  });
  const photoError = unmatched.find((f) => f.field === 'photo');
  return (
    <Modal
      open
      title={t('disclosure.posting.title')}
      onCancel={onClose}
      onOk={() => void submit()}
      confirmLoading={busy}
      destroyOnHidden
    >
      <Typography.Paragraph>{notice.title}</Typography.Paragraph>
      <ErrorAlert error={error} unmatched={unmatched.filter((f) => f.field !== 'photo')} />
      <Form form={form} layout="vertical" initialValues={{ postedOn: notice.publishedOn }}>
        <Form.Item name="place" label={t('disclosure.posting.place')}>
          <Input maxLength={60} placeholder={t('disclosure.posting.placeHint')} />
        </Form.Item>
        <Form.Item
          name="postedOn"
          label={t('disclosure.posting.postedOn')}
          rules={[{ required: true }]}
        >
          <DateInput notAfterToday />
        </Form.Item>
        <Form.Item name="takenDownOn" label={t('disclosure.posting.takenDownOn')}>
          <DateInput notAfterToday />
        </Form.Item>
        <Form.Item
          label={t('disclosure.posting.photo')}
          required
          validateStatus={photoError ? 'error' : undefined}
          help={photoError?.reason ?? photoError?.message}
        >
          <input
            type="file"
            accept="image/jpeg,image/png,image/webp"
            onChange={(e) => setPhoto(e.target.files?.[0] ?? null)}
            data-testid="posting-photo"
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}

function EndPostingModal({
  villageId,
  posting,
  onClose,
  onDone,
}: {
  villageId: string;
  posting: BoardPostingView;
  onClose: () => void;
  onDone: () => void;
}) {
  const t = useT();
  const [form] = Form.useForm<{ takenDownOn: string }>();
  const { busy, error, unmatched, submit } = useFormSubmit(form, async (values) => {
    await api(`/api/villages/${villageId}/board-postings/${posting.id}/taken-down`, {
      method: 'POST',
      body: { takenDownOn: values.takenDownOn },
    });
    onDone();
  });
  return (
    <Modal
      open
      title={t('disclosure.posting.endTitle')}
      onCancel={onClose}
      onOk={() => void submit()}
      confirmLoading={busy}
      destroyOnHidden
    >
      <ErrorAlert error={error} unmatched={unmatched} />
      <Form form={form} layout="vertical" initialValues={{ takenDownOn: todayIso() }}>
        <Form.Item
          name="takenDownOn"
          label={t('disclosure.posting.takenDownOn')}
          rules={[{ required: true }]}
        >
          <DateInput notAfterToday />
        </Form.Item>
      </Form>
    </Modal>
  );
}

function QuestionsCard({ villageId, mayAnswer }: { villageId: string; mayAnswer: boolean }) {
  const t = useT();
  const { data, error, loading, reload } = useApi<VillageQuestionsResponse>(
    `/api/villages/${villageId}/questions?state=unanswered`,
  );
  const [answering, setAnswering] = useState<VillageQuestionItem | null>(null);
  const columns: Column<VillageQuestionItem>[] = [
    {
      key: 'text',
      title: t('disclosure.questions.title'),
      primary: true,
      render: (q) => (
        <Space direction="vertical" size={2} className="disclosure-cell">
          <span>
            <Tag color={q.kind === 'objection' ? 'orange' : 'blue'}>{t.pick(q.kindName)}</Tag>
            {q.text}
          </span>
          {q.finding ? <Typography.Text type="danger">{q.finding.message}</Typography.Text> : null}
        </Space>
      ),
    },
    {
      key: 'notice',
      title: t('disclosure.questions.notice'),
      render: (q) => <Link to={`/v/${villageId}/notices/${q.notice.id}`}>{q.notice.title}</Link>,
    },
    {
      key: 'asker',
      title: t('disclosure.questions.asker'),
      render: (q) =>
        q.asker
          ? `${q.asker.name}${q.assistedBy ? `（${t('assistance.by', { name: q.assistedBy })}）` : ''}`
          : '—',
    },
    {
      key: 'asked',
      title: t('disclosure.questions.askedOn'),
      render: (q) => t.date(q.askedOn),
    },
    {
      key: 'due',
      title: t('disclosure.questions.dueOn'),
      render: (q) => (
        <Tag color={q.state === 'overdue' ? 'red' : 'default'}>{t.date(q.answerDueOn)}</Tag>
      ),
    },
    {
      key: 'answer',
      title: t('disclosure.questions.answer'),
      render: (q) =>
        mayAnswer ? (
          <Button size="small" onClick={() => setAnswering(q)} data-testid="answer-question">
            {t('disclosure.answer.submit')}
          </Button>
        ) : (
          t(`disclosure.questions.state.${q.state}`)
        ),
    },
  ];
  return (
    <Card className="block-gap-top" title={t('disclosure.questions.title')}>
      {error && !data ? <ErrorAlert error={error} /> : null}
      <DataList
        rows={data?.items ?? []}
        rowKey={(q) => q.id}
        columns={columns}
        loading={loading}
        testId="questions-list"
        empty={t('disclosure.questions.none')}
      />
      {answering ? (
        <AnswerModal
          villageId={villageId}
          question={answering}
          onClose={() => setAnswering(null)}
          onDone={() => {
            setAnswering(null);
            reload();
          }}
        />
      ) : null}
    </Card>
  );
}

function AnswerModal({
  villageId,
  question,
  onClose,
  onDone,
}: {
  villageId: string;
  question: VillageQuestionItem;
  onClose: () => void;
  onDone: () => void;
}) {
  const t = useT();
  const [form] = Form.useForm<{ answer: string }>();
  const { busy, error, unmatched, submit } = useFormSubmit(form, async (values) => {
    await api(`/api/villages/${villageId}/questions/${question.id}/answer`, {
      method: 'POST',
      body: { answer: values.answer.trim() },
    });
    onDone();
  });
  return (
    <Modal
      open
      title={t('disclosure.questions.answerTitle')}
      onCancel={onClose}
      onOk={() => void submit()}
      confirmLoading={busy}
      destroyOnHidden
    >
      <Alert type="info" className="block-gap" title={question.text} />
      <ErrorAlert error={error} unmatched={unmatched} />
      <Form form={form} layout="vertical">
        <Form.Item
          name="answer"
          label={t('disclosure.questions.answer')}
          rules={[{ required: true }]}
        >
          <Input.TextArea rows={5} maxLength={5000} data-testid="answer-text" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
