import { useState } from 'react';
import { Link } from 'react-router-dom';
import {
  App,
  Button,
  Card,
  Empty,
  Flex,
  Form,
  Input,
  Modal,
  Progress,
  Radio,
  Select,
  Tag,
  Typography,
} from 'antd';
import { CheckOutlined, EditOutlined, PlusOutlined } from '@ant-design/icons';
import { api } from '../../api/client.ts';
import { useApi } from '../../api/useApi.ts';
import type { DemandRoute, DemandView, DemandsResponse, MeetingKind } from './api.ts';
import { useT } from '../../i18n/index.tsx';
import { useIsPhone } from '../../app/useIsPhone.ts';
import { kindName, RefusalAlert } from './parts.tsx';
import { PersonSelect, type PickedPerson } from '../../components/PersonSelect.tsx';

/** Demands go to the assembly (1/10 of villagers or 1/3 of representatives) or the representatives' meeting (1/5). */
const DEMAND_KINDS: MeetingKind[] = ['villagersAssembly', 'representativesMeeting'];

interface DemandsSectionProps {
  villageId: string;
  canRun: boolean;
  canTakePart: boolean;
  /** Convene the meeting a met demand asks for. */
  onConvene: (demand: DemandView) => void;
}

/** 提议召开会议: villagers or representatives sign until the share the law names is reached. */
export function DemandsSection({ villageId, canRun, canTakePart, onConvene }: DemandsSectionProps) {
  const t = useT();
  const { message } = App.useApp();
  const path = `/api/villages/${villageId}/demands`;
  const { data, error, reload } = useApi<DemandsResponse>(path);
  const [creating, setCreating] = useState(false);
  const [paperFor, setPaperFor] = useState<DemandView | null>(null);
  const [actionError, setActionError] = useState<unknown>(null);
  const [busyId, setBusyId] = useState<string | null>(null);
  const items = data?.items ?? [];
  // demands are the villagers' own voice (takePart); cadres enter paper signatures
  const canCreate = canTakePart;

  const sign = async (demand: DemandView) => {
    setBusyId(demand.id);
    setActionError(null);
    try {
      await api(`/api/villages/${villageId}/demands/${demand.id}/signatures`, { method: 'POST' });
      void message.success(t('demands.signed'));
      reload();
    } catch (cause) {
      setActionError(cause);
    } finally {
      setBusyId(null);
    }
  };

  return (
    <Card
      title={t('demands.title')}
      className="block-gap"
      data-testid="demands"
      extra={
        canCreate ? (
          <Button
            icon={<PlusOutlined />}
            onClick={() => setCreating(true)}
            data-testid="demand-add"
          >
            {t('demands.add')}
          </Button>
        ) : null
      }
    >
      <Typography.Paragraph type="secondary">{t('demands.hint')}</Typography.Paragraph>
      <RefusalAlert error={error ?? actionError} testId="demand-error" />
      {items.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('demands.empty')} />
      ) : (
        <Flex vertical gap={12}>
          {items.map((d) => (
            <DemandRow
              key={d.id}
              villageId={villageId}
              demand={d}
              busy={busyId === d.id}
              canSign={canTakePart && !d.signedByMe && d.status === 'collecting'}
              canPaper={canRun && d.status !== 'convened'}
              canConvene={canRun && d.status === 'met'}
              onSign={() => void sign(d)}
              onPaper={() => setPaperFor(d)}
              onConvene={() => onConvene(d)}
            />
          ))}
        </Flex>
      )}
      {creating && (
        <NewDemandModal
          villageId={villageId}
          onClose={() => setCreating(false)}
          onDone={() => {
            setCreating(false);
            reload();
          }}
        />
      )}
      {paperFor && (
        <PaperSignaturesModal
          villageId={villageId}
          demand={paperFor}
          onClose={() => setPaperFor(null)}
          onDone={() => {
            setPaperFor(null);
            reload();
          }}
        />
      )}
    </Card>
  );
}

interface DemandRowProps {
  villageId: string;
  demand: DemandView;
  busy: boolean;
  canSign: boolean;
  canPaper: boolean;
  canConvene: boolean;
  onSign: () => void;
  onPaper: () => void;
  onConvene: () => void;
}

function DemandRow(props: DemandRowProps) {
  const { demand: d, busy, canSign, canPaper, canConvene, villageId } = props;
  const t = useT();
  const isPhone = useIsPhone();
  const required = d.check?.required ?? 0;
  const percent = required > 0 ? Math.min(100, Math.round((d.signatures / required) * 100)) : 0;
  const progressText = t('demands.progress', {
    count: t.num(d.signatures),
    required: t.num(required),
    wording: d.check ? t.pick(d.check.wording) : '',
  });
  return (
    <div className="demand" data-testid="demand-row" data-demand-id={d.id} data-status={d.status}>
      <Flex justify="space-between" align="baseline" wrap gap={8}>
        <Typography.Text strong>
          {t('demands.for', { meeting: kindName(t, d.kind, d.kindName) })}
          <Tag className="title-tag">{t(`demands.route.${d.route}`)}</Tag>
          <Tag
            color={d.status === 'met' ? 'red' : d.status === 'convened' ? 'green' : 'blue'}
            data-testid="demand-status"
          >
            {t(`demands.status.${d.status}`)}
          </Tag>
        </Typography.Text>
        {d.signedByMe && (
          <Tag icon={<CheckOutlined />} color="green" data-testid="demand-signed-by-me">
            {t('demands.signedByMe')}
          </Tag>
        )}
      </Flex>
      <Typography.Paragraph className="demand-reason">{d.reason}</Typography.Paragraph>
      <Typography.Paragraph type="secondary" className="small-print no-margin">
        {t('demands.by', { name: d.createdByName, date: t.dateTime(d.createdAt) })}
        {d.meetingId && (
          <>
            {' · '}
            <Link to={`/v/${villageId}/meetings/${d.meetingId}`} data-testid="demand-meeting">
              {t('demands.meeting')}
            </Link>
          </>
        )}
      </Typography.Paragraph>
      <div data-testid="demand-progress" data-count={d.signatures} data-required={required}>
        <Typography.Text>{progressText}</Typography.Text>
        <Progress
          percent={percent}
          status={d.check?.met ? 'success' : 'active'}
          showInfo={false}
          strokeWidth={isPhone ? 14 : 10}
        />
        {d.check && (
          <Typography.Text type="secondary" className="small-print">
            {t('demands.base', {
              base: t.num(d.check.base),
              who: t(`demands.route.base.${d.route}`),
              rule: d.check.rule.text,
            })}
          </Typography.Text>
        )}
      </div>
      <Flex gap={8} wrap className="demand-actions">
        {canSign && (
          <Button
            type="primary"
            size={isPhone ? 'large' : 'middle'}
            block={isPhone}
            loading={busy}
            onClick={props.onSign}
            data-testid="demand-sign"
          >
            {t('demands.sign')}
          </Button>
        )}
        {canPaper && (
          <Button icon={<EditOutlined />} onClick={props.onPaper} data-testid="demand-paper">
            {t('demands.paper')}
          </Button>
        )}
        {canConvene && (
          <Button type="primary" danger onClick={props.onConvene} data-testid="demand-convene">
            {t('demands.convene')}
          </Button>
        )}
      </Flex>
    </div>
  );
}

function NewDemandModal({
  villageId,
  onClose,
  onDone,
}: {
  villageId: string;
  onClose: () => void;
  onDone: () => void;
}) {
  const t = useT();
  const [form] = Form.useForm<{ kind: MeetingKind; route: DemandRoute; reason: string }>();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const kind = Form.useWatch('kind', form);

  const submit = async () => {
    let values;
    try {
      values = await form.validateFields();
    } catch {
      return;
    }
    setBusy(true);
    setError(null);
    try {
      await api(`/api/villages/${villageId}/meetings/demands`, { method: 'POST', body: values });
      onDone();
    } catch (cause) {
      setError(cause);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal
      open
      title={t('demands.add')}
      onCancel={onClose}
      onOk={() => void submit()}
      okText={t('demands.create')}
      confirmLoading={busy}
      okButtonProps={{ 'data-testid': 'demand-create' }}
      data-testid="demand-modal"
      destroyOnHidden
    >
      <RefusalAlert error={error} testId="demand-create-error" />
      <Form
        form={form}
        layout="vertical"
        initialValues={{ kind: 'villagersAssembly', route: 'villagers' }}
      >
        <Form.Item name="kind" label={t('meetings.field.kind')}>
          <Select
            data-testid="demand-kind"
            options={DEMAND_KINDS.map((k) => ({ value: k, label: kindName(t, k) }))}
            onChange={(k: MeetingKind) => {
              if (k === 'representativesMeeting') form.setFieldValue('route', 'representatives');
            }}
          />
        </Form.Item>
        <Form.Item
          name="route"
          label={t('demands.route')}
          extra={t(`demands.route.hint.${kind === 'representativesMeeting' ? 'reps' : 'assembly'}`)}
        >
          <Radio.Group data-testid="demand-route">
            <Radio value="villagers" disabled={kind === 'representativesMeeting'}>
              <span data-testid="demand-route-villagers">{t('demands.route.villagers')}</span>
            </Radio>
            <Radio value="representatives">
              <span data-testid="demand-route-representatives">
                {t('demands.route.representatives')}
              </span>
            </Radio>
          </Radio.Group>
        </Form.Item>
        <Form.Item
          name="reason"
          label={t('demands.reason')}
          rules={[
            {
              required: true,
              whitespace: true,
              message: t('validate.required', { field: t('demands.reason') }),
            },
          ]}
        >
          <Input.TextArea
            rows={4}
            maxLength={2000}
            data-testid="demand-reason"
            placeholder={t('demands.reason.placeholder')}
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}

function PaperSignaturesModal({
  villageId,
  demand,
  onClose,
  onDone,
}: {
  villageId: string;
  demand: DemandView;
  onClose: () => void;
  onDone: () => void;
}) {
  const t = useT();
  const { message } = App.useApp();
  const [picked, setPicked] = useState<PickedPerson[]>([]);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);

  const submit = async () => {
    if (picked.length === 0) return;
    setBusy(true);
    setError(null);
    try {
      await api(`/api/villages/${villageId}/demands/${demand.id}/paper-signatures`, {
        method: 'POST',
        body: { personIds: picked.map((p) => p.value) },
      });
      void message.success(t('demands.paper.done', { count: picked.length }));
      onDone();
    } catch (cause) {
      setError(cause);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal
      open
      title={t('demands.paper.title')}
      onCancel={onClose}
      onOk={() => void submit()}
      okText={t('demands.paper.submit', { count: picked.length })}
      okButtonProps={{ disabled: picked.length === 0, 'data-testid': 'demand-paper-submit' }}
      confirmLoading={busy}
      data-testid="demand-paper-modal"
      destroyOnHidden
    >
      <Typography.Paragraph type="secondary">{t('demands.paper.hint')}</Typography.Paragraph>
      <RefusalAlert error={error} testId="demand-paper-error" />
      <PersonSelect
        multiple
        villageId={villageId}
        value={picked}
        onChange={setPicked}
        testId="demand-paper-persons"
      />
    </Modal>
  );
}
