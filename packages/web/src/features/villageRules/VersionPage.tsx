import { useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import { Alert, Button, Flex, Input, List, Space, Tag, Typography, App as AntApp } from 'antd';
import { ArrowLeftOutlined, PlusOutlined, PrinterOutlined } from '@ant-design/icons';
import { calendarDate } from '@cunzhi/core/calendarDate';
import { findingWithCitation } from '@cunzhi/core/rules/findings';
import { forCommunity } from '@cunzhi/core/meetings/meetingKinds';
import { clauseLabel } from '@cunzhi/core/villageRules/clauses';
import { checkContent } from '@cunzhi/core/villageRules/content';
import { EDITABLE_STATES } from '@cunzhi/core/villageRules/procedure';
import { api } from '../../api/client.ts';
import { useApi } from '../../api/useApi.ts';
import { useT, type Translator } from '../../i18n/index.tsx';
import { useVillage } from '../../app/villageContext.ts';
import { DataList, type Column } from '../../components/DataList.tsx';
import { ErrorAlert } from '../../components/errors.tsx';
import { PageLoading } from '../../components/PageLoading.tsx';
import { todayIso } from '../../components/DateInput.tsx';
import { rulesApi, rulesPath, type RulesAction, type RulesVersion } from './api.ts';
import { FlagDrawer, OpinionDrawer, StepDrawer } from './Drawers.tsx';
import { StateTag } from './parts.tsx';
import './villageRules.css';

type Flag = RulesVersion['flags'][number];
type Change = RulesVersion['diff'][number];

/** The version's dated steps, one line each. */
function timeline(t: Translator, v: RulesVersion): string[] {
  const lines = [t('villageRules.timeline.opened', { on: t.date(v.openedOn) })];
  if (v.draftedOn) lines.push(t('villageRules.timeline.drafted', { on: t.date(v.draftedOn) }));
  if (v.submittedOn)
    lines.push(t('villageRules.timeline.submitted', { on: t.date(v.submittedOn) }));
  if (v.reviewedOn) {
    const line = t('villageRules.timeline.reviewed', { on: t.date(v.reviewedOn) });
    lines.push(v.reviewNote ? `${line}：${v.reviewNote}` : line);
  }
  if (v.adoptedOn && v.resolution)
    lines.push(
      t('villageRules.timeline.adopted', {
        on: t.date(v.adoptedOn),
        resolution: v.resolution.numberText,
        present: v.presentCount ?? 0,
        women: v.womenPresent ?? 0,
      }),
    );
  if (v.filingDueOn && !v.filedOn)
    lines.push(t('villageRules.timeline.filingDue', { on: t.date(v.filingDueOn) }));
  if (v.filedOn) lines.push(t('villageRules.timeline.filed', { on: t.date(v.filedOn) }));
  if (v.publishedOn)
    lines.push(t('villageRules.timeline.published', { on: t.date(v.publishedOn) }));
  if (v.supersededOn)
    lines.push(t('villageRules.timeline.superseded', { on: t.date(v.supersededOn) }));
  return lines;
}

/** The clauses typed one per box while the text may change; saved as a whole, renumbered. */
function ClauseEditor({
  version,
  onSave,
  onCancel,
}: {
  version: RulesVersion;
  onSave: (clauses: string[]) => Promise<void>;
  onCancel: () => void;
}) {
  const t = useT();
  const [bodies, setBodies] = useState(() =>
    version.clauses.length ? version.clauses.map((c) => c.body) : [''],
  );
  const [busy, setBusy] = useState(false);
  const today = calendarDate(todayIso());
  const set = (i: number, text: string) => setBodies((b) => b.map((x, j) => (j === i ? text : x)));
  return (
    <div data-testid="rules-clause-editor">
      {bodies.map((body, i) => (
        <div key={i} className="block-gap">
          <Flex gap={8} align="start">
            <span className="rules-clause-label">{clauseLabel(i + 1)}</span>
            <Input.TextArea
              value={body}
              maxLength={2000}
              autoSize={{ minRows: 1 }}
              onChange={(e) => set(i, e.target.value)}
              data-testid="rules-clause-input"
            />
            <Button onClick={() => setBodies((b) => b.filter((_, j) => j !== i))}>
              {t('villageRules.clauses.remove')}
            </Button>
          </Flex>
          {/* the check the township's review will run, told while typing */}
          {checkContent(body, today).map((f) => (
            <Alert
              key={String(f.params['topic'])}
              type="warning"
              showIcon
              className="rules-clause-warning"
              data-testid="rules-clause-warning"
              title={findingWithCitation(f, t.lang)}
            />
          ))}
        </div>
      ))}
      <Space wrap>
        <Button
          icon={<PlusOutlined />}
          onClick={() => setBodies((b) => [...b, ''])}
          data-testid="rules-clause-add"
        >
          {t('villageRules.clauses.add')}
        </Button>
        <Button
          type="primary"
          loading={busy}
          data-testid="rules-clauses-save"
          onClick={() => {
            setBusy(true);
            void onSave(bodies).finally(() => setBusy(false));
          }}
        >
          {t('villageRules.clauses.save')}
        </Button>
        <Button onClick={onCancel}>{t('villageRules.clauses.cancel')}</Button>
      </Space>
    </div>
  );
}

/**
 * One version of the village rules: its procedure so far and the steps open to the reader (the
 * two committees' or the township's), the clauses (edited while opinions come in and while
 * drafting), the township's flags clause by clause with the law each cites, the opinions
 * collected, and the comparison with the version it amends.
 */
export default function VersionPage() {
  const t = useT();
  const { message } = AntApp.useApp();
  const { villageId } = useVillage();
  const { versionId = '' } = useParams();
  const path = `${rulesApi(villageId)}/${versionId}`;
  const { data, error, reload } = useApi<{ version: RulesVersion }>(path);
  const [stepping, setStepping] = useState<RulesAction | null>(null);
  const [editing, setEditing] = useState(false);
  const [addingOpinion, setAddingOpinion] = useState(false);
  const [flagging, setFlagging] = useState<{ flagId: string | null } | null>(null);

  if (error && !data)
    return (
      <div className="page">
        <ErrorAlert error={error} />
      </div>
    );
  if (!data) return <PageLoading />;
  const v = data.version;
  const drafts = v.abilities.draftVillageRules && EDITABLE_STATES.includes(v.state);
  const reviews = v.abilities.reviewVillageRules && v.state === 'inReview';
  const done = () => {
    setStepping(null);
    setAddingOpinion(false);
    setFlagging(null);
    reload();
  };
  const saveClauses = async (clauses: string[]) => {
    try {
      await api(`${path}/clauses`, { method: 'PUT', body: { clauses, revision: v.revision } });
      void message.success(t('villageRules.clauses.saved'));
      setEditing(false);
      reload();
    } catch (cause) {
      void message.error(cause instanceof Error ? cause.message : String(cause));
    }
  };

  const flagColumns: Column<Flag>[] = [
    {
      key: 'clause',
      title: t('villageRules.flag.clause'),
      render: (f) => clauseLabel(f.clauseNumber),
      width: 110,
    },
    {
      key: 'message',
      title: t('villageRules.flag.note'),
      primary: true,
      render: (f) => (
        <>
          <Tag>
            {t(f.origin === 'check' ? 'villageRules.flag.check' : 'villageRules.flag.township')}
          </Tag>
          {f.message}
          {f.closingNote && <div className="rules-muted">{f.closingNote}</div>}
        </>
      ),
    },
    {
      key: 'state',
      title: t('villageRules.state'),
      render: (f) =>
        f.closing ? (
          <Tag color="success">{t(`villageRules.flag.${f.closing}`)}</Tag>
        ) : (
          <Tag color="error" data-testid="rules-flag-open">
            {t('villageRules.flag.open')}
          </Tag>
        ),
    },
    ...(reviews
      ? [
          {
            key: 'close',
            title: '',
            hideOnPhone: true,
            render: (f: Flag) =>
              f.closing ? null : (
                <Button
                  size="small"
                  onClick={() => setFlagging({ flagId: f.id })}
                  data-testid="rules-flag-close"
                >
                  {t('villageRules.flag.close')}
                </Button>
              ),
          },
        ]
      : []),
  ];

  const diffColumns: Column<Change>[] = [
    {
      key: 'change',
      title: '',
      width: 80,
      render: (c) => (
        <Tag
          color={c.change === 'same' ? 'default' : c.change === 'removed' ? 'error' : 'processing'}
        >
          {t(`villageRules.diff.${c.change}`)}
        </Tag>
      ),
    },
    {
      key: 'before',
      title: t('villageRules.diff.before'),
      width: '46%',
      render: (c) =>
        c.before ? (
          <span className={c.change === 'removed' ? 'rules-diff-removed' : undefined}>
            {clauseLabel(c.before.number)} {c.before.body}
          </span>
        ) : (
          '—'
        ),
    },
    {
      key: 'after',
      title: t('villageRules.diff.after'),
      width: '46%',
      primary: true,
      render: (c) => (c.after ? `${clauseLabel(c.after.number)} ${c.after.body}` : '—'),
    },
  ];

  return (
    <div className="page" data-testid="rules-version-page">
      <Flex justify="space-between" align="center" wrap gap={8} className="page-head">
        <div>
          <Link to={rulesPath(villageId)}>
            <Button type="link" icon={<ArrowLeftOutlined />}>
              {t('villageRules.back')}
            </Button>
          </Link>
          <Typography.Title level={1} className="no-margin page-title">
            {v.title} · {t('villageRules.version', { number: v.number })}
          </Typography.Title>
          <Space wrap>
            <StateTag state={v.state} />
            {v.basedOn && (
              <Typography.Text type="secondary">
                {t('villageRules.basedOn', { number: v.basedOn.number })}
              </Typography.Text>
            )}
          </Space>
        </div>
        <Space wrap>
          {v.actions.map((action) => (
            <Button
              key={action}
              type={action === 'return' || action === 'orderCorrection' ? 'default' : 'primary'}
              danger={action === 'orderCorrection'}
              onClick={() => setStepping(action)}
              data-testid={`rules-step-${action}`}
            >
              {t(`villageRules.step.${action}`)}
            </Button>
          ))}
          <Link to={`${rulesPath(villageId)}/${v.id}/print`}>
            <Button icon={<PrinterOutlined />} data-testid="rules-print">
              {t('villageRules.print')}
            </Button>
          </Link>
        </Space>
      </Flex>

      {v.correction && (
        <Alert
          type="error"
          showIcon
          className="block-gap"
          data-testid="rules-correction"
          title={t('villageRules.correction', {
            on: t.date(v.correction.orderedOn),
            clauses: v.correction.clauses.map(clauseLabel).join('、'),
            reason: v.correction.reason,
          })}
        />
      )}
      {v.filingNote && (
        <Alert
          type="warning"
          showIcon
          className="block-gap"
          title={v.filingNote}
          data-testid="rules-filing-late"
        />
      )}

      <Typography.Title level={2} className="section-title">
        {t('villageRules.timeline')}
      </Typography.Title>
      <ul data-testid="rules-timeline">
        {timeline(t, v)
          .map((raw) => (v.villageKind === 'community' ? forCommunity(raw) : raw))
          .map((line) => (
            <li key={line}>{line}</li>
          ))}
      </ul>

      <Flex justify="space-between" align="center" wrap gap={8}>
        <Typography.Title level={2} className="section-title">
          {t('villageRules.clauses')}
        </Typography.Title>
        {drafts && !editing && (
          <Button onClick={() => setEditing(true)} data-testid="rules-clauses-edit">
            {t('villageRules.clauses.edit')}
          </Button>
        )}
      </Flex>
      {editing ? (
        <ClauseEditor version={v} onSave={saveClauses} onCancel={() => setEditing(false)} />
      ) : v.clauses.length === 0 ? (
        <Typography.Paragraph type="secondary">
          {t('villageRules.clauses.empty')}
        </Typography.Paragraph>
      ) : (
        <ol className="rules-clauses" data-testid="rules-clauses">
          {v.clauses.map((c) => (
            <li key={c.number} className="rules-clause" data-testid="rules-clause">
              <span className="rules-clause-label">{clauseLabel(c.number)}</span>
              {c.body}
            </li>
          ))}
        </ol>
      )}

      <Flex justify="space-between" align="center" wrap gap={8}>
        <Typography.Title level={2} className="section-title">
          {t('villageRules.flags')}
        </Typography.Title>
        {reviews && (
          <Button onClick={() => setFlagging({ flagId: null })} data-testid="rules-flag-raise">
            {t('villageRules.flag.raise')}
          </Button>
        )}
      </Flex>
      <Typography.Paragraph type="secondary">{t('villageRules.flags.hint')}</Typography.Paragraph>
      <DataList
        rows={v.flags}
        rowKey={(f) => f.id}
        columns={flagColumns}
        rowTestId="rules-flag"
        testId="rules-flags"
        empty={t('villageRules.flags.empty')}
      />

      <Flex justify="space-between" align="center" wrap gap={8}>
        <Typography.Title level={2} className="section-title">
          {t('villageRules.opinions')}
        </Typography.Title>
        {drafts && (
          <Button
            icon={<PlusOutlined />}
            onClick={() => setAddingOpinion(true)}
            data-testid="rules-opinion-add"
          >
            {t('villageRules.opinion.add')}
          </Button>
        )}
      </Flex>
      <List
        size="small"
        dataSource={v.opinions}
        locale={{ emptyText: t('villageRules.opinions.empty') }}
        renderItem={(o) => (
          <List.Item data-testid="rules-opinion">
            <div>
              <div>{o.content}</div>
              <div className="rules-muted">
                {t.date(o.receivedOn)} · {t(`villageRules.channel.${o.channel}`)}
                {o.fromName && ` · ${o.fromName}`}
              </div>
            </div>
          </List.Item>
        )}
      />

      <Typography.Title level={2} className="section-title">
        {t('villageRules.diff')}
      </Typography.Title>
      <Typography.Paragraph type="secondary">
        {v.basedOn
          ? t('villageRules.diff.hint', { number: v.basedOn.number })
          : t('villageRules.diff.first')}
      </Typography.Paragraph>
      {v.basedOn && (
        <div className="rules-diff-list">
          <DataList
            rows={v.diff}
            rowKey={(c) => `${c.before?.number ?? '-'}:${c.after?.number ?? '-'}`}
            columns={diffColumns}
            rowTestId="rules-diff-row"
            testId="rules-diff"
          />
        </div>
      )}

      {stepping && (
        <StepDrawer
          villageId={villageId}
          version={v}
          action={stepping}
          onClose={() => setStepping(null)}
          onDone={done}
        />
      )}
      {addingOpinion && (
        <OpinionDrawer
          villageId={villageId}
          version={v}
          onClose={() => setAddingOpinion(false)}
          onDone={done}
        />
      )}
      {flagging && (
        <FlagDrawer
          villageId={villageId}
          version={v}
          flagId={flagging.flagId}
          onClose={() => setFlagging(null)}
          onDone={done}
        />
      )}
    </div>
  );
}
