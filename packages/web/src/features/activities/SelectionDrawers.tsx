import { Checkbox, Form, Input, InputNumber, Select, Space } from 'antd';
import { SELECTION_CATEGORIES, SELECTION_QUOTA } from '@cunzhi/core/activities/selection';
import { api } from '../../api/client.ts';
import { useT } from '../../i18n/index.tsx';
import { PersonSelect } from '../../components/PersonSelect.tsx';
import { useFormSubmit } from '../../components/useFormSubmit.ts';
import { FormDrawer } from '../registry/FormDrawer.tsx';
import { RefusalAlert } from '../matters/parts.tsx';
import { ResolutionSelect } from '../moralList/Drawers.tsx';
import { unitOptions } from './RegisterDrawers.tsx';
import { villageApi, type ActivitiesData, type Selection } from './api.ts';

interface DrawerProps {
  villageId: string;
  onClose: () => void;
  onDone: () => void;
}

/** A quarter's selection of one category, with its places. */
export function OpenDrawer({ villageId, onClose, onDone }: DrawerProps) {
  const t = useT();
  const [form] = Form.useForm<Record<string, unknown>>();
  const now = new Date();
  const { busy, error, submit } = useFormSubmit(form, async (values) => {
    await api(`${villageApi(villageId)}/selections`, { method: 'POST', body: values });
    onDone();
  });
  return (
    <FormDrawer
      title={t('activities.selection.open')}
      busy={busy}
      onClose={onClose}
      onSubmit={() => void submit()}
      testId="selection-open-drawer"
    >
      <RefusalAlert error={error} />
      <Form
        form={form}
        layout="vertical"
        initialValues={{
          category: 'courtyard',
          year: now.getFullYear(),
          quarter: Math.floor(now.getMonth() / 3) + 1,
          quota: 5,
        }}
      >
        <Form.Item name="category" label={t('activities.selection.category')}>
          <Select
            options={SELECTION_CATEGORIES.map((c) => ({
              value: c,
              label: t(`activities.selection.${c}`),
            }))}
          />
        </Form.Item>
        <Space wrap>
          <Form.Item name="year" label={t('activities.selection.year')}>
            <InputNumber min={2000} max={2100} precision={0} />
          </Form.Item>
          <Form.Item name="quarter" label={t('activities.selection.quarter')}>
            <InputNumber min={1} max={4} precision={0} />
          </Form.Item>
          <Form.Item name="quota" label={t('activities.selection.quota')}>
            <InputNumber min={SELECTION_QUOTA.min} max={SELECTION_QUOTA.max} precision={0} />
          </Form.Item>
        </Space>
      </Form>
    </FormDrawer>
  );
}

/**
 * A nomination entered by a cadre: an organisation's (组织推荐) or a villager's on paper (个人推荐).
 * A courtyard is a household's: the cadre picks any member and the household is looked up.
 */
export function NominateDrawer({
  villageId,
  selection,
  units,
  onClose,
  onDone,
}: DrawerProps & { selection: Selection; units: ActivitiesData['units'] }) {
  const t = useT();
  const [form] = Form.useForm<Record<string, string>>();
  const source = Form.useWatch('source', form);
  const courtyard = selection.category === 'courtyard';
  const { busy, error, submit } = useFormSubmit(form, async ({ nomineeId, ...values }) => {
    const nominee = courtyard
      ? {
          householdId: (
            await api<{ person: { householdId: string } }>(
              `${villageApi(villageId)}/persons/${nomineeId ?? ''}`,
            )
          ).person.householdId,
        }
      : { personId: nomineeId };
    await api(`${villageApi(villageId)}/selections/${selection.id}/nominations`, {
      method: 'POST',
      body: { ...values, ...nominee },
    });
    onDone();
  });
  return (
    <FormDrawer
      title={t('activities.selection.nominate')}
      busy={busy}
      onClose={onClose}
      onSubmit={() => void submit()}
      testId="selection-nominate-drawer"
    >
      <RefusalAlert error={error} />
      <Form form={form} layout="vertical" initialValues={{ source: 'organization' }}>
        <Form.Item
          name="nomineeId"
          label={t(courtyard ? 'activities.nomination.household' : 'activities.nomination.person')}
          rules={[{ required: true }]}
        >
          <PersonSelect villageId={villageId} testId="selection-nominee" />
        </Form.Item>
        <Form.Item name="source" label={t('activities.nomination.source')}>
          <Select
            options={(['organization', 'person'] as const).map((s) => ({
              value: s,
              label: t(`activities.nomination.source.${s}`),
            }))}
          />
        </Form.Item>
        {source === 'person' ? (
          <Form.Item
            name="byPersonId"
            label={t('activities.nomination.byPerson')}
            rules={[{ required: true }]}
          >
            <PersonSelect villageId={villageId} />
          </Form.Item>
        ) : (
          <Form.Item
            name="byUnitId"
            label={t('activities.nomination.byUnit')}
            rules={[{ required: true }]}
          >
            <Select options={unitOptions(units, 'organization')} data-testid="selection-by-unit" />
          </Form.Item>
        )}
        <Form.Item
          name="reason"
          label={t('activities.nomination.reason')}
          rules={[{ required: true }]}
        >
          <Input.TextArea
            maxLength={500}
            autoSize={{ minRows: 3 }}
            data-testid="selection-reason"
          />
        </Form.Item>
      </Form>
    </FormDrawer>
  );
}

/** The representatives' vote: their meeting, how many came, each nominee's votes. */
export function VoteDrawer({
  villageId,
  selection,
  meetings,
  onClose,
  onDone,
}: DrawerProps & { selection: Selection; meetings: ActivitiesData['meetings'] }) {
  const t = useT();
  const [form] = Form.useForm<{
    meetingId: string;
    present: number;
    yes: Record<string, number>;
  }>();
  const { busy, error, submit } = useFormSubmit(form, async (values) => {
    await api(`${villageApi(villageId)}/selections/${selection.id}/vote`, {
      method: 'POST',
      body: {
        meetingId: values.meetingId,
        present: values.present,
        votes: selection.nominations.map((n) => ({
          nominationId: n.id,
          yes: values.yes[n.id] ?? 0,
        })),
      },
    });
    onDone();
  });
  return (
    <FormDrawer
      title={t('activities.selection.vote')}
      busy={busy}
      onClose={onClose}
      onSubmit={() => void submit()}
      testId="selection-vote-drawer"
    >
      <RefusalAlert error={error} />
      <Form form={form} layout="vertical">
        <Form.Item
          name="meetingId"
          label={t('activities.vote.meeting')}
          rules={[{ required: true }]}
        >
          <Select
            options={meetings.map((m) => ({
              value: m.id,
              label: `${t.date(m.meetingOn)} ${m.title}`,
            }))}
          />
        </Form.Item>
        <Form.Item name="present" label={t('activities.vote.present')} rules={[{ required: true }]}>
          <InputNumber min={0} max={999} precision={0} />
        </Form.Item>
        {selection.nominations.map((n) => (
          <Form.Item key={n.id} name={['yes', n.id]} label={n.nomineeName} initialValue={0}>
            <InputNumber
              min={0}
              max={999}
              precision={0}
              addonAfter={t('activities.nomination.yes')}
            />
          </Form.Item>
        ))}
      </Form>
    </FormDrawer>
  );
}

/** The two committees' review: each winner confirmed, or struck with the reason. */
export function ReviewDrawer({
  villageId,
  selection,
  onClose,
  onDone,
}: DrawerProps & { selection: Selection }) {
  const t = useT();
  const elected = selection.nominations.filter((n) => n.outcome === 'elected');
  const [form] = Form.useForm<{
    resolutionId: string;
    review: Record<string, { confirm: boolean; reason?: string }>;
  }>();
  const { busy, error, submit } = useFormSubmit(form, async ({ resolutionId, review }) => {
    await api(`${villageApi(villageId)}/selections/${selection.id}/review`, {
      method: 'POST',
      body: {
        resolutionId,
        decisions: elected.map((n) => ({
          nominationId: n.id,
          confirm: review[n.id]?.confirm ?? true,
          reason: review[n.id]?.reason ?? '',
        })),
      },
    });
    onDone();
  });
  return (
    <FormDrawer
      title={t('activities.selection.review')}
      busy={busy}
      onClose={onClose}
      onSubmit={() => void submit()}
      testId="selection-review-drawer"
    >
      <RefusalAlert error={error} />
      <Form form={form} layout="vertical">
        <Form.Item
          name="resolutionId"
          label={t('activities.review.resolution')}
          rules={[{ required: true }]}
        >
          <ResolutionSelect villageId={villageId} kinds={['twoCommitteesJointMeeting']} />
        </Form.Item>
        {elected.map((n) => (
          <Space key={n.id} align="start" wrap>
            <Form.Item
              name={['review', n.id, 'confirm']}
              valuePropName="checked"
              initialValue={true}
            >
              <Checkbox>{`${t('activities.review.confirm')} ${n.nomineeName}`}</Checkbox>
            </Form.Item>
            <Form.Item name={['review', n.id, 'reason']} label={t('activities.review.reason')}>
              <Input maxLength={500} />
            </Form.Item>
          </Space>
        ))}
      </Form>
    </FormDrawer>
  );
}
