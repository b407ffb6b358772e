import { useState } from 'react';
import {
  Button,
  Card,
  Drawer,
  Empty,
  Form,
  Input,
  InputNumber,
  Popconfirm,
  Select,
  Space,
  Tag,
  Typography,
} from 'antd';
import { PROPOSER_ROLES } from '@cunzhi/core/points/awards';
import { api } from '../../api/client.ts';
import { useT } from '../../i18n/index.tsx';
import { DateInput } from '../../components/DateInput.tsx';
import { ErrorAlert } from '../../components/errors.tsx';
import { useFormSubmit } from '../../components/useFormSubmit.ts';
import { AttachmentsPanel } from '../attachments/AttachmentsPanel.tsx';
import { ContestOutcome, useRecordName } from './LineFacts.tsx';
import {
  pointsApi,
  type Award,
  type AwardInput,
  type Contest,
  type DecisionInput,
  type Overview,
  type PaperContestInput,
} from './api.ts';

const STATE_COLOURS: Record<Award['state'], string> = {
  proposed: 'gold',
  returned: 'default',
  checked: 'blue',
  inPublicity: 'green',
};

type Open =
  | { kind: 'propose' }
  | { kind: 'return'; award: Award }
  | { kind: 'paper'; award: Award }
  | { kind: 'decide'; award: Award; contest: Contest };

/** Awards newest first: propose, check or return, publish the checked, contests and decisions. */
export function AwardsTab({
  villageId,
  data,
  onChange,
}: {
  villageId: string;
  data: Overview;
  onChange: () => void;
}) {
  const t = useT();
  const [open, setOpen] = useState<Open | null>(null);
  const [error, setError] = useState<unknown>(null);
  const a = data.abilities;
  const act = async (path: string, body?: unknown) => {
    setError(null);
    try {
      await api(`${pointsApi(villageId)}${path}`, { method: 'POST', body: body ?? {} });
      onChange();
    } catch (cause) {
      setError(cause);
    }
  };
  const done = () => {
    setOpen(null);
    onChange();
  };
  const checked = data.awards.filter((w) => w.state === 'checked').length;
  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <Space wrap>
        {a.proposePointsAwards && (
          <Button
            type="primary"
            onClick={() => setOpen({ kind: 'propose' })}
            data-testid="points-award-new"
          >
            {t('points.award.new')}
          </Button>
        )}
        {a.publishPoints && (
          <Popconfirm
            title={t('points.publish.confirm')}
            onConfirm={() => void act('/notices')}
            okButtonProps={{ ...{ 'data-testid': 'points-publish-ok' } }}
          >
            <Button disabled={checked === 0} data-testid="points-publish">
              {t('points.publish')}（{checked}）
            </Button>
          </Popconfirm>
        )}
      </Space>
      <ErrorAlert error={error} />
      {data.awards.length === 0 && <Empty description={t('points.award.none')} />}
      {data.awards.map((w) => (
        <Card key={w.id} size="small" data-testid="points-award" data-state={w.state}>
          <AwardFacts award={w} />
          {w.state === 'proposed' && a.proposePointsAwards && (
            <AttachmentsPanel villageId={villageId} ownerKind="pointsAward" ownerId={w.id} />
          )}
          <Space wrap className="block-gap-top">
            {w.state === 'proposed' && a.checkPointsAwards && (
              <>
                <Button
                  type="primary"
                  onClick={() => void act(`/awards/${w.id}/check`, { action: 'check' })}
                  data-testid="points-award-check"
                >
                  {t('points.award.check')}
                </Button>
                <Button
                  onClick={() => setOpen({ kind: 'return', award: w })}
                  data-testid="points-award-return"
                >
                  {t('points.award.return')}
                </Button>
              </>
            )}
            {w.state === 'inPublicity' &&
              a.publishPoints &&
              !w.contests.some((c) => c.state === 'open') && (
                <Button
                  onClick={() => setOpen({ kind: 'paper', award: w })}
                  data-testid="points-contest-paper"
                >
                  {t('points.contest.paper')}
                </Button>
              )}
            {a.publishPoints &&
              w.contests
                .filter((c) => c.state === 'open')
                .map((c) => (
                  <Button
                    key={c.id}
                    type="primary"
                    onClick={() => setOpen({ kind: 'decide', award: w, contest: c })}
                    data-testid="points-contest-decide"
                  >
                    {t('points.contest.decide')}
                  </Button>
                ))}
          </Space>
        </Card>
      ))}
      {open?.kind === 'propose' && (
        <ProposeDrawer
          villageId={villageId}
          data={data}
          onClose={() => setOpen(null)}
          onDone={done}
        />
      )}
      {open?.kind === 'return' && (
        <SmallForm
          title={t('points.award.return')}
          testId="points-return-drawer"
          onClose={() => setOpen(null)}
          send={(v: { reason: string }) =>
            api(`${pointsApi(villageId)}/awards/${open.award.id}/check`, {
              method: 'POST',
              body: { action: 'return', reason: v.reason },
            }).then(done)
          }
        >
          <Form.Item
            name="reason"
            label={t('points.award.returnReason')}
            rules={[{ required: true }]}
          >
            <Input.TextArea maxLength={2000} />
          </Form.Item>
        </SmallForm>
      )}
      {open?.kind === 'paper' && (
        <SmallForm
          title={t('points.contest.paper')}
          testId="points-paper-drawer"
          onClose={() => setOpen(null)}
          send={(v: PaperContestInput) =>
            api(`${pointsApi(villageId)}/awards/${open.award.id}/contests`, {
              method: 'POST',
              body: v,
            }).then(done)
          }
        >
          <Form.Item
            name="lodgedByPersonId"
            label={t('points.contest.lodgedBy')}
            rules={[{ required: true }]}
          >
            <Select
              options={(
                data.households.find((h) => h.id === open.award.householdId)?.members ?? []
              ).map((m) => ({ value: m.id, label: m.name }))}
            />
          </Form.Item>
          <Form.Item
            name="grounds"
            label={t('points.contest.grounds')}
            rules={[{ required: true }]}
          >
            <Input.TextArea maxLength={2000} />
          </Form.Item>
          <Form.Item name="lodgedOn" label={t('points.contest.lodgedOn')}>
            <DateInput />
          </Form.Item>
        </SmallForm>
      )}
      {open?.kind === 'decide' && (
        <DecideDrawer
          villageId={villageId}
          open={open}
          onClose={() => setOpen(null)}
          onDone={done}
        />
      )}
    </Space>
  );
}

function AwardFacts({ award: w }: { award: Award }) {
  const t = useT();
  const record = useRecordName();
  return (
    <>
      <div>
        <strong className={w.points > 0 ? 'points-plus' : 'points-minus'}>
          {w.points > 0 ? `+${w.points}` : w.points}
        </strong>{' '}
        <strong>{w.itemName}</strong> · {w.household}
        {w.personName ? ` · ${w.personName}` : ''}{' '}
        <Tag color={STATE_COLOURS[w.state]} data-testid="points-award-state">
          {t(`points.award.state.${w.state}`)}
        </Tag>
      </div>
      <Typography.Paragraph className="block-gap-top">
        {t.date(w.occurredOn)} {w.facts}
        {w.evidenceRecord ? `（${t('points.award.evidence')}：${record(w.evidenceRecord)}）` : ''}
      </Typography.Paragraph>
      <Typography.Text type="secondary">
        {t('points.award.proposer', {
          name: w.proposerOrganization
            ? `${w.proposerName}／${w.proposerOrganization}`
            : w.proposerName,
          role: t(`points.award.role.${w.proposerRole}`),
          on: t.date(w.proposedOn),
        })}
        {w.checkerName && w.checkedOn
          ? `；${t('points.award.checker', { name: w.checkerName, on: t.date(w.checkedOn) })}`
          : ''}
        {w.notice && w.publicityStartsOn && w.publicityEndsOn
          ? `；${t('points.award.publicity', {
              notice: w.notice,
              from: t.date(w.publicityStartsOn),
              to: t.date(w.publicityEndsOn),
            })}`
          : ''}
      </Typography.Text>
      {w.returnReason && (
        <Typography.Paragraph type="warning">
          {t('points.award.returnReason')}：{w.returnReason}
        </Typography.Paragraph>
      )}
      {w.contests.map((c) => (
        <div
          key={c.id}
          className="points-contest"
          data-testid="points-award-contest"
          data-state={c.state}
        >
          {t('points.contest.text', {
            name: c.lodgedByName,
            on: t.date(c.lodgedOn),
            channel: t(`points.contest.channel.${c.channel}`),
            grounds: c.grounds,
          })}{' '}
          <ContestOutcome contest={c} />
        </div>
      ))}
    </>
  );
}

function ProposeDrawer({
  villageId,
  data,
  onClose,
  onDone,
}: {
  villageId: string;
  data: Overview;
  onClose: () => void;
  onDone: () => void;
}) {
  const t = useT();
  const [form] = Form.useForm<AwardInput>();
  const scheme = data.schemes.find((s) => s.inForce);
  const itemId = Form.useWatch('itemId', form);
  const householdId = Form.useWatch('householdId', form);
  const item = scheme?.items.find((i) => i.id === itemId);
  const role = Form.useWatch('proposerRole', form);
  const { busy, error, unmatched, submit } = useFormSubmit(form, async (values) => {
    await api(`${pointsApi(villageId)}/awards`, { method: 'POST', body: values });
    onDone();
  });
  return (
    <Drawer
      open
      onClose={onClose}
      title={t('points.award.new')}
      size={560}
      destroyOnHidden
      data-testid="points-award-drawer"
    >
      <ErrorAlert error={error} unmatched={unmatched} />
      <Form form={form} layout="vertical" initialValues={{ proposerRole: 'cadre' }}>
        <Form.Item name="itemId" label={t('points.award.item')} rules={[{ required: true }]}>
          <Select
            showSearch
            optionFilterProp="label"
            data-testid="points-award-item"
            options={(scheme?.items ?? []).map((i) => ({
              value: i.id,
              label: `${i.name}（${i.points > 0 ? '+' : ''}${i.points}）`,
            }))}
          />
        </Form.Item>
        <Form.Item
          name="householdId"
          label={t('points.award.household')}
          rules={[{ required: true }]}
        >
          <Select
            showSearch
            optionFilterProp="label"
            data-testid="points-award-household"
            options={data.households.map((h) => ({ value: h.id, label: h.label }))}
          />
        </Form.Item>
        {item?.beneficiary === 'person' && (
          <Form.Item name="personId" label={t('points.award.person')} rules={[{ required: true }]}>
            <Select
              data-testid="points-award-person"
              options={(data.households.find((h) => h.id === householdId)?.members ?? []).map(
                (m) => ({ value: m.id, label: m.name }),
              )}
            />
          </Form.Item>
        )}
        <Form.Item name="occurredOn" label={t('points.award.occurredOn')}>
          <DateInput />
        </Form.Item>
        <Form.Item name="facts" label={t('points.award.facts')} rules={[{ required: true }]}>
          <Input.TextArea maxLength={2000} rows={3} data-testid="points-award-facts" />
        </Form.Item>
        <Form.Item name="proposerRole" label={t('points.award.proposerRole')}>
          <Select
            options={PROPOSER_ROLES.map((r) => ({ value: r, label: t(`points.award.role.${r}`) }))}
          />
        </Form.Item>
        {role === 'socialOrganization' && (
          <Form.Item name="proposerOrganization" label={t('points.award.organization')}>
            <Input maxLength={100} />
          </Form.Item>
        )}
        <Typography.Paragraph type="secondary">
          {t('points.award.evidenceHint')}
        </Typography.Paragraph>
        <Button
          type="primary"
          loading={busy}
          onClick={() => void submit()}
          data-testid="form-submit"
        >
          {t('points.award.new')}
        </Button>
      </Form>
    </Drawer>
  );
}

function DecideDrawer({
  villageId,
  open,
  onClose,
  onDone,
}: {
  villageId: string;
  open: { award: Award; contest: Contest };
  onClose: () => void;
  onDone: () => void;
}) {
  const t = useT();
  return (
    <SmallForm
      title={t('points.contest.decide')}
      testId="points-decide-drawer"
      onClose={onClose}
      initialValues={{ outcome: 'upheld', correctedPoints: open.award.points }}
      send={(v: DecisionInput) =>
        api(`${pointsApi(villageId)}/contests/${open.contest.id}/decision`, {
          method: 'POST',
          body: v,
        }).then(onDone)
      }
    >
      <Typography.Paragraph>
        {open.award.itemName} · {open.award.household}：{open.contest.grounds}
      </Typography.Paragraph>
      <Form.Item name="outcome" label={t('points.contest.outcome')}>
        <Select
          data-testid="points-decide-outcome"
          options={(['upheld', 'dismissed'] as const).map((o) => ({
            value: o,
            label: t(`points.contest.outcome.${o}`),
          }))}
        />
      </Form.Item>
      <Form.Item name="correctedPoints" label={t('points.contest.corrected')}>
        <InputNumber min={-1000} max={1000} data-testid="points-decide-points" />
      </Form.Item>
      <Form.Item name="reason" label={t('points.contest.reason')} rules={[{ required: true }]}>
        <Input.TextArea maxLength={2000} data-testid="points-decide-reason" />
      </Form.Item>
      <Form.Item name="decidedOn" label={t('points.contest.decidedOn')}>
        <DateInput />
      </Form.Item>
    </SmallForm>
  );
}

/** A drawer with one short form and its submit. */
function SmallForm<V extends object>({
  title,
  testId,
  onClose,
  send,
  initialValues,
  children,
}: {
  title: string;
  testId: string;
  onClose: () => void;
  send: (values: V) => Promise<void>;
  initialValues?: Partial<V>;
  children: React.ReactNode;
}) {
  const [form] = Form.useForm<V>();
  const { busy, error, unmatched, submit } = useFormSubmit(form, send);
  return (
    <Drawer open onClose={onClose} title={title} size={480} destroyOnHidden data-testid={testId}>
      <ErrorAlert error={error} unmatched={unmatched} />
      <Form form={form} layout="vertical" initialValues={initialValues}>
        {children}
        <Button
          type="primary"
          loading={busy}
          onClick={() => void submit()}
          data-testid="form-submit"
        >
          {title}
        </Button>
      </Form>
    </Drawer>
  );
}
