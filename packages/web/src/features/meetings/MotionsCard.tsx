import type { MeetingKind } from '@cunzhi/core/meetings/meetingKinds';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import {
  Alert,
  Button,
  Card,
  Collapse,
  Empty,
  Flex,
  Form,
  Input,
  InputNumber,
  Popconfirm,
  Progress,
  Radio,
  Select,
  Space,
  Tag,
  Tooltip,
  Typography,
} from 'antd';
import { PlusOutlined, PrinterOutlined } from '@ant-design/icons';
import { api } from '../../api/client.ts';
import { useApi } from '../../api/useApi.ts';
import {
  motionPath,
  type MatterOption,
  type MeetingDetail,
  type MotionView,
  type Tally,
  type VotingMode,
} from './api.ts';
import { useT } from '../../i18n/index.tsx';
import { citation, motionStatusLabel, RefusalAlert, TallyBars, votingLabel } from './parts.tsx';
import { SideForm } from './SideForm.tsx';
import {
  CollectiveMotionFields,
  CollectiveMotionTags,
  takesCollectiveMotionFields,
} from '../collective/meetings/CollectiveMotionFields.tsx';
import { BallotsPanel } from './BallotsPanel.tsx';
import { useRun } from './useRun.ts';
import { profileText } from '../matters/ruleText.ts';

interface MotionsCardProps {
  detail: MeetingDetail;
  villageId: string;
  path: string;
  canRun: boolean;
  onChange: () => void;
}

/** 表决事项: the motions of the meeting, opened one at a time, counted and closed with the rule. */
export function MotionsCard({ detail, villageId, path, canRun, onChange }: MotionsCardProps) {
  const t = useT();
  const [adding, setAdding] = useState(false);
  const { busy, error, run } = useRun();
  const { meeting, motions } = detail;
  const canAdd = canRun && (meeting.status === 'planned' || meeting.status === 'open');
  const anyOpen = motions.some((m) => m.status === 'open');
  const needMatters = canAdd || motions.some((m) => m.matterId);
  const matters = useApi<{ items: MatterOption[] }>(
    needMatters ? `/api/villages/${villageId}/matters` : null,
  );
  const matterTitles = new Map((matters.data?.items ?? []).map((x) => [x.id, x] as const));

  const open = (m: MotionView) =>
    void run(`open-${m.id}`, async () => {
      await api(`${motionPath(villageId, m.id)}/open`, { method: 'POST' });
      onChange();
    });
  const close = (m: MotionView, counts?: Tally) =>
    void run(`close-${m.id}`, async () => {
      await api(`${motionPath(villageId, m.id)}/close`, { method: 'POST', body: counts ?? {} });
      onChange();
    });

  return (
    <Card
      title={t('meetings.motions')}
      className="block-gap"
      data-testid="motions-card"
      extra={
        canAdd ? (
          <Button icon={<PlusOutlined />} onClick={() => setAdding(true)} data-testid="motion-add">
            {t('meetings.motion.add')}
          </Button>
        ) : null
      }
    >
      <RefusalAlert error={error} testId="motion-error" />
      {motions.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('meetings.motions.empty')} />
      ) : (
        <Flex vertical gap={16}>
          {[...motions]
            .sort((a, b) => a.number - b.number)
            .map((m) => (
              <MotionItem
                key={m.id}
                motion={m}
                matter={m.matterId ? matterTitles.get(m.matterId) : undefined}
                detail={detail}
                villageId={villageId}
                canRun={canRun}
                canOpen={canRun && meeting.status === 'open' && m.status === 'draft' && !anyOpen}
                busy={busy}
                onOpen={() => open(m)}
                onClose={(counts) => close(m, counts)}
              />
            ))}
        </Flex>
      )}
      {adding && (
        <AddMotionDrawer
          kind={meeting.kind}
          matters={matters.data?.items ?? []}
          mattersLoading={matters.loading}
          path={path}
          onClose={() => setAdding(false)}
          onDone={() => {
            setAdding(false);
            onChange();
          }}
        />
      )}
    </Card>
  );
}

interface MotionItemProps {
  motion: MotionView;
  matter: MatterOption | undefined;
  detail: MeetingDetail;
  villageId: string;
  canRun: boolean;
  canOpen: boolean;
  busy: string | null;
  onOpen: () => void;
  onClose: (counts?: Tally) => void;
}

function MotionItem(props: MotionItemProps) {
  const { motion: m, matter, detail, villageId, canRun, canOpen, busy, onOpen, onClose } = props;
  const t = useT();
  const matterTitle = matter
    ? t('meetings.motion.matter.option', { number: matter.number, title: matter.title })
    : undefined;
  const [counts, setCounts] = useState<Partial<Tally>>({});
  const base = detail.presence.present;
  const countsComplete =
    counts.yes !== undefined && counts.no !== undefined && counts.abstain !== undefined;
  const countsTotal = (counts.yes ?? 0) + (counts.no ?? 0) + (counts.abstain ?? 0);
  const closing = busy === `close-${m.id}`;

  return (
    <div
      className={`motion motion-${m.status}`}
      data-testid="motion"
      data-motion-id={m.id}
      data-status={m.status}
    >
      <Flex justify="space-between" align="baseline" wrap gap={8}>
        <Typography.Text strong className="motion-title" data-testid="motion-title">
          {t('meetings.motion.numbered', { number: m.number, title: m.title })}
        </Typography.Text>
        <Space wrap size={4}>
          <Tag>{votingLabel(t, m.voting)}</Tag>
          {m.collective && <CollectiveMotionTags collective={m.collective} />}
          {m.special && (
            <Tooltip title={t('meetings.motion.special.hint')}>
              <Tag color="orange" data-testid="motion-special">
                {t('meetings.motion.special')}
              </Tag>
            </Tooltip>
          )}
          <Tag
            color={m.status === 'open' ? 'green' : m.status === 'closed' ? 'default' : 'blue'}
            data-testid="motion-status"
          >
            {motionStatusLabel(t, m.status)}
          </Tag>
        </Space>
      </Flex>
      {m.body && (
        <Typography.Paragraph className="pre-wrap motion-body">{m.body}</Typography.Paragraph>
      )}
      {m.matterId && (
        <Typography.Paragraph type="secondary" className="small-print">
          {t('meetings.motion.matter')}
          <Link to={`/v/${villageId}/matters/${m.matterId}`}>
            {matterTitle ?? t('meetings.motion.matter.open')}
          </Link>
        </Typography.Paragraph>
      )}

      {m.status === 'draft' && canOpen && (
        <Flex gap={8} wrap>
          <Button
            type="primary"
            loading={busy === `open-${m.id}`}
            onClick={onOpen}
            data-testid="motion-open"
          >
            {t('meetings.motion.open')}
          </Button>
          <Link
            to={`/v/${villageId}/meetings/${detail.meeting.id}/print/ballot?motion=${m.id}`}
            target="_blank"
          >
            <Button icon={<PrinterOutlined />} data-testid="motion-print-ballot">
              {t('meetings.print.ballot')}
            </Button>
          </Link>
        </Flex>
      )}

      {m.status === 'open' && m.voting !== 'showOfHands' && (
        <div className="motion-live" data-testid="ballots-cast" data-count={m.ballots}>
          <Typography.Text strong>
            {t('vote.ballotsCast', { count: m.ballots, base })}
          </Typography.Text>
          <Progress
            percent={base > 0 ? Math.min(100, Math.round((m.ballots / base) * 100)) : 0}
            showInfo={false}
          />
          <Typography.Text type="secondary" className="small-print">
            {t(m.voting === 'secret' ? 'meetings.live.secret' : 'meetings.live.named')}
          </Typography.Text>
        </div>
      )}

      {m.status === 'open' && canRun && m.voting === 'showOfHands' && (
        <div className="hands-form" data-testid="hands-form">
          <Typography.Paragraph type="secondary" className="small-print">
            {t('vote.hands.hint', { base })}
          </Typography.Paragraph>
          <Flex gap={12} wrap align="flex-end">
            {(['yes', 'no', 'abstain'] as const).map((key) => (
              <label key={key} className="hands-field">
                <span>{t(`vote.${key}`)}</span>
                <InputNumber<number>
                  min={0}
                  precision={0}
                  value={counts[key]}
                  onChange={(v) => setCounts((c) => ({ ...c, [key]: v ?? undefined }))}
                  data-testid={`hands-${key}`}
                />
              </label>
            ))}
          </Flex>
          {countsComplete && countsTotal > base && (
            <Alert
              type="warning"
              showIcon
              className="block-gap-top"
              title={t('vote.hands.tooMany', { total: countsTotal, base })}
            />
          )}
        </div>
      )}

      {m.status === 'open' && canRun && (
        <Flex justify="flex-end" className="block-gap-top">
          <Popconfirm
            title={t('meetings.motion.close.confirm')}
            okText={t('app.confirm')}
            cancelText={t('app.cancel')}
            onConfirm={() => onClose(m.voting === 'showOfHands' ? (counts as Tally) : undefined)}
            okButtonProps={{ 'data-testid': 'motion-close-ok' }}
            disabled={m.voting === 'showOfHands' && !countsComplete}
          >
            <Button
              type="primary"
              danger
              loading={closing}
              disabled={m.voting === 'showOfHands' && !countsComplete}
              data-testid="motion-close"
            >
              {t('meetings.motion.close')}
            </Button>
          </Popconfirm>
        </Flex>
      )}

      {m.status === 'closed' && m.result && (
        <div
          className="motion-result"
          data-testid="motion-result"
          data-passed={m.result.passed ? 'true' : 'false'}
        >
          {m.tally && <TallyBars tally={m.tally} base={m.result.baseCount ?? base} />}
          <Alert
            type={m.result.passed ? 'success' : 'error'}
            showIcon
            className="block-gap-top"
            title={
              <span>
                <strong>
                  {m.result.passed ? t('vote.result.passed') : t('vote.result.failed')}
                </strong>
                {'　'}
                {m.result.text}
              </span>
            }
            description={
              <>
                <div>
                  {t('meetings.rule.cited', {
                    rule: citation(t, m.result, detail.meeting.meetingOn),
                  })}
                </div>
                {m.result.presence && (
                  // the figures stored when the vote closed, not recomputed
                  <div
                    className="motion-figures"
                    data-testid="motion-figures"
                    data-present={m.result.presence.present}
                    data-members={m.result.presence.members}
                  >
                    {t('meetings.motion.figures', {
                      present: m.result.presence.present,
                      members: m.result.presence.members,
                      profile: m.result.profile ? profileText(t, m.result.profile) : '—',
                    })}
                  </div>
                )}
                {m.resolution && (
                  <div data-testid="motion-resolution">
                    {t('meetings.motion.resolution', { label: m.resolution.label })}
                  </div>
                )}
              </>
            }
          />
          {m.voting === 'secret' && <BallotsPanel villageId={villageId} motionId={m.id} />}
          {m.votes && m.votes.length > 0 && (
            <Collapse
              ghost
              size="small"
              items={[
                {
                  key: 'votes',
                  label: t('meetings.motion.namedVotes', { count: m.votes.length }),
                  children: (
                    <Flex wrap gap={6} data-testid="named-votes">
                      {m.votes.map((v) => (
                        <Tag
                          key={v.personId}
                          color={
                            v.choice === 'yes' ? 'green' : v.choice === 'no' ? 'red' : 'default'
                          }
                        >
                          {v.name} · {t(`vote.${v.choice}`)}
                        </Tag>
                      ))}
                    </Flex>
                  ),
                },
              ]}
            />
          )}
        </div>
      )}
    </div>
  );
}

interface MotionValues {
  title: string;
  body?: string;
  voting: VotingMode;
  matterId?: string;
  collectivePower?: string;
  partyStudiedOn?: string;
  nonMemberRights?: boolean;
}

function AddMotionDrawer({
  kind,
  matters,
  mattersLoading,
  path,
  onClose,
  onDone,
}: {
  kind: MeetingKind;
  matters: MatterOption[];
  mattersLoading: boolean;
  path: string;
  onClose: () => void;
  onDone: () => void;
}) {
  const t = useT();
  const [form] = Form.useForm<MotionValues>();
  const { busy, error, run } = useRun();
  const voting = Form.useWatch('voting', form);

  const submit = async () => {
    let values: MotionValues;
    try {
      values = await form.validateFields();
    } catch {
      return;
    }
    await run('add', async () => {
      await api(`${path}/motions`, {
        method: 'POST',
        body: {
          ...values,
          body: values.body ?? '',
          matterId: values.matterId ?? null,
          nonMemberRights: values.nonMemberRights ?? false,
        },
      });
      onDone();
    });
  };

  return (
    <SideForm
      title={t('meetings.motion.add')}
      submitLabel={t('meetings.motion.create')}
      busy={busy === 'add'}
      onClose={onClose}
      onSubmit={() => void submit()}
      testId="motion-drawer"
      submitTestId="motion-submit"
    >
      <RefusalAlert error={error} testId="motion-add-error" />
      <Form<MotionValues> form={form} layout="vertical" initialValues={{ voting: 'showOfHands' }}>
        <Form.Item
          name="title"
          label={t('meetings.motion.title')}
          rules={[
            {
              required: true,
              whitespace: true,
              message: t('validate.required', { field: t('meetings.motion.title') }),
            },
          ]}
        >
          <Input maxLength={200} data-testid="motion-title-input" />
        </Form.Item>
        <Form.Item name="body" label={t('meetings.motion.body')}>
          <Input.TextArea rows={5} maxLength={10000} data-testid="motion-body" />
        </Form.Item>
        <Form.Item
          name="voting"
          label={t('meetings.motion.voting')}
          extra={voting ? t(`meetings.voting.${voting}.hint`) : undefined}
        >
          <Radio.Group data-testid="motion-voting">
            {(['showOfHands', 'electronic', 'secret'] as const).map((v) => (
              <Radio.Button key={v} value={v}>
                <span data-testid={`motion-voting-${v}`}>{votingLabel(t, v)}</span>
              </Radio.Button>
            ))}
          </Radio.Group>
        </Form.Item>
        {takesCollectiveMotionFields(kind) && <CollectiveMotionFields kind={kind} />}
        <Form.Item
          name="matterId"
          label={t('meetings.motion.matter.link')}
          extra={t('meetings.motion.matter.hint')}
        >
          <Select
            allowClear
            showSearch={{ optionFilterProp: 'label' }}
            loading={mattersLoading}
            data-testid="motion-matter"
            placeholder={t('meetings.motion.matter.placeholder')}
            options={matters
              .filter((x) => x.status === 'open')
              .map((x) => ({
                value: x.id,
                label: t('meetings.motion.matter.option', { number: x.number, title: x.title }),
              }))}
          />
        </Form.Item>
      </Form>
    </SideForm>
  );
}
