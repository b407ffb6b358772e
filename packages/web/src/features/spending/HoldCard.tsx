import { useState } from 'react';
import {
  Button,
  Card,
  Flex,
  Form,
  Input,
  InputNumber,
  Radio,
  Select,
  Space,
  Typography,
} from 'antd';
import { WORKFLOWS, workflowsFor, type WorkflowId } from '@cunzhi/core/matters/workflows';
import type { HoldView, ReleaseInput, VoteChoice } from './api.ts';
import { useT } from '../../i18n/index.tsx';
import { HoldStatusTag } from './parts.tsx';

interface Props {
  hold: HoldView;
  mayAct: boolean;
  busy: boolean;
  /** The standing resolutions of the representatives' meeting or the assembly that may release it. */
  resolutions: { value: string; label: string }[];
  act: (path: string, body?: object) => void;
}

const CHOICES: VoteChoice[] = ['yes', 'no', 'abstain'];
/** The procedures a referred hold's matter may follow: those of the representatives' tier. */
const REFER_WORKFLOWS = workflowsFor('majorMatter');

/** One hold: the proposal, the members' votes, the count, the referral, the inspection and the release. */
export function HoldCard({ hold: h, mayAct, busy, resolutions, act }: Props) {
  const t = useT();
  const [note, setNote] = useState('');
  const [workflow, setWorkflow] = useState<WorkflowId>(REFER_WORKFLOWS[0]!);
  const [release] = Form.useForm<ReleaseInput>();
  const basis = Form.useWatch('basis', release);
  const path = (verb: string) => `holds/${h.id}/${verb}`;
  const d = h.decision;
  return (
    <Card
      size="small"
      className="block-gap"
      data-testid="spending-hold"
      title={
        <Flex gap={8} align="center" wrap>
          <HoldStatusTag status={h.status} />
          <span>{t.date(h.proposedOn)}</span>
        </Flex>
      }
    >
      <Typography.Paragraph>{h.reason}</Typography.Paragraph>
      <Typography.Paragraph type="secondary">
        {t('spending.hold.proposers', { names: h.proposers.join('、') })}
      </Typography.Paragraph>
      {d ? (
        <Typography.Paragraph data-testid="spending-hold-decision">
          {t('spending.hold.decision', {
            members: d.members,
            present: d.present,
            requiredPresent: d.requiredPresent,
            yes: d.yes,
            requiredYes: d.requiredYes,
          })}
        </Typography.Paragraph>
      ) : (
        <Typography.Paragraph>{t('spending.hold.votes', { ...h.votes })}</Typography.Paragraph>
      )}
      {h.referredMatter && h.referredOn && (
        <Typography.Paragraph>
          {t('spending.hold.referred', {
            on: t.date(h.referredOn),
            number: h.referredMatter.number,
          })}
        </Typography.Paragraph>
      )}
      {h.inspection && (
        <Typography.Paragraph>
          {t('spending.hold.inspection', { on: t.date(h.inspection.on), note: h.inspection.note })}
        </Typography.Paragraph>
      )}
      {h.release && (
        <Typography.Paragraph>
          {t('spending.hold.released', { on: t.date(h.release.on) })}
          {h.release.resolution ? ` · ${h.release.resolution.numberText}` : ''}
        </Typography.Paragraph>
      )}
      {mayAct && h.status === 'proposed' && (
        <Space wrap>
          <span>{t('spending.hold.myVote')}</span>
          <Radio.Group
            value={h.myVote}
            disabled={busy}
            onChange={(e) => act(path('votes'), { choice: e.target.value as VoteChoice })}
            optionType="button"
            options={CHOICES.map((c) => ({ value: c, label: t(`spending.vote.${c}`) }))}
            data-testid="spending-hold-vote"
          />
          <Button
            loading={busy}
            onClick={() => act(path('decide'))}
            data-testid="spending-hold-decide"
          >
            {t('spending.hold.decide')}
          </Button>
        </Space>
      )}
      {mayAct && h.status === 'adopted' && (
        <Flex vertical gap={12}>
          {!h.referredMatter && (
            <Space.Compact className="full-width">
              <Select<WorkflowId>
                value={workflow}
                onChange={setWorkflow}
                aria-label={t('spending.hold.referWorkflow')}
                className="full-width"
                options={REFER_WORKFLOWS.map((w) => ({
                  value: w,
                  label: t.lang === 'en' ? WORKFLOWS[w].en : WORKFLOWS[w].zh,
                }))}
                data-testid="spending-hold-refer-workflow"
              />
              <Button
                loading={busy}
                onClick={() => act(path('refer'), { workflow })}
                data-testid="spending-hold-refer"
              >
                {t('spending.hold.refer')}
              </Button>
            </Space.Compact>
          )}
          <Space.Compact className="full-width">
            <Input
              value={note}
              onChange={(e) => setNote(e.target.value)}
              placeholder={t('spending.hold.inspect')}
              maxLength={4000}
            />
            <Button
              disabled={!note.trim()}
              loading={busy}
              onClick={() => act(path('inspection'), { note })}
              data-testid="spending-hold-inspect"
            >
              {t('spending.hold.inspect')}
            </Button>
          </Space.Compact>
          <Form
            form={release}
            layout="inline"
            initialValues={{ basis: 'resolution' }}
            onFinish={(values) => act(path('release'), values)}
          >
            <Form.Item name="basis" label={t('spending.hold.releaseBasis')}>
              <Radio.Group
                options={(['resolution', 'committeeVote'] as const).map((b) => ({
                  value: b,
                  label: t(`spending.hold.basis.${b}`),
                }))}
              />
            </Form.Item>
            {basis === 'committeeVote' ? (
              <>
                <Form.Item name="present" label={t('spending.hold.present')}>
                  <InputNumber min={0} max={99} />
                </Form.Item>
                <Form.Item name="yes" label={t('spending.hold.yes')}>
                  <InputNumber min={0} max={99} />
                </Form.Item>
              </>
            ) : (
              <Form.Item name="resolutionId" label={t('spending.resolution')}>
                <Select
                  className="filter-select"
                  options={resolutions}
                  data-testid="spending-hold-resolution"
                />
              </Form.Item>
            )}
            <Button htmlType="submit" loading={busy} data-testid="spending-hold-release">
              {t('spending.hold.release')}
            </Button>
          </Form>
        </Flex>
      )}
    </Card>
  );
}
