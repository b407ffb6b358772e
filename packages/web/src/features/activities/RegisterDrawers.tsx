import { Form, Input, InputNumber, Select } from 'antd';
import { MICRO_UNIT_KINDS } from '@cunzhi/core/activities/selection';
import { api } from '../../api/client.ts';
import { useT } from '../../i18n/index.tsx';
import { DateInput } from '../../components/DateInput.tsx';
import { PersonSelect } from '../../components/PersonSelect.tsx';
import { useFormSubmit } from '../../components/useFormSubmit.ts';
import { FormDrawer } from '../registry/FormDrawer.tsx';
import { RefusalAlert } from '../matters/parts.tsx';
import { villageApi, type ActivityInput, type MicroUnit, type UnitInput } from './api.ts';

interface DrawerProps {
  villageId: string;
  units: MicroUnit[];
  onClose: () => void;
  onDone: () => void;
}

/** Options of the active units of one kind (a venue's organisation, an activity's venue). */
export function unitOptions(units: MicroUnit[], kind: MicroUnit['kind']) {
  return units
    .filter((u) => u.kind === kind && u.active)
    .map((u) => ({ value: u.id, label: u.name }));
}

/** A micro-venue, organisation or service added to the register. */
export function UnitDrawer({ villageId, units, onClose, onDone }: DrawerProps) {
  const t = useT();
  const [form] = Form.useForm<UnitInput>();
  const kind = Form.useWatch('kind', form);
  const { busy, error, submit } = useFormSubmit(form, async (values) => {
    await api(`${villageApi(villageId)}/activities/units`, { method: 'POST', body: values });
    onDone();
  });
  return (
    <FormDrawer
      title={t('activities.unit.add')}
      busy={busy}
      onClose={onClose}
      onSubmit={() => void submit()}
      testId="activities-unit-drawer"
    >
      <RefusalAlert error={error} />
      <Form form={form} layout="vertical" initialValues={{ kind: 'venue' }}>
        <Form.Item name="kind" label={t('activities.unit.kind')} rules={[{ required: true }]}>
          <Select
            options={MICRO_UNIT_KINDS.map((k) => ({ value: k, label: t(`activities.kind.${k}`) }))}
          />
        </Form.Item>
        <Form.Item name="name" label={t('activities.unit.name')} rules={[{ required: true }]}>
          <Input maxLength={60} data-testid="activities-unit-name" />
        </Form.Item>
        <Form.Item name="place" label={t('activities.unit.place')}>
          <Input maxLength={100} />
        </Form.Item>
        <Form.Item name="leaderPersonId" label={t('activities.unit.leader')}>
          <PersonSelect villageId={villageId} />
        </Form.Item>
        {kind !== 'organization' && (
          <Form.Item name="organizationId" label={t('activities.unit.organization')}>
            <Select allowClear options={unitOptions(units, 'organization')} />
          </Form.Item>
        )}
        <Form.Item name="description" label={t('activities.unit.description')}>
          <Input.TextArea maxLength={1000} autoSize={{ minRows: 2 }} />
        </Form.Item>
      </Form>
    </FormDrawer>
  );
}

/** A micro-activity held: its day, venue, organiser and how many took part (photos after). */
export function ActivityDrawer({ villageId, units, onClose, onDone }: DrawerProps) {
  const t = useT();
  const [form] = Form.useForm<ActivityInput>();
  const { busy, error, submit } = useFormSubmit(form, async (values) => {
    await api(`${villageApi(villageId)}/activities/log`, { method: 'POST', body: values });
    onDone();
  });
  return (
    <FormDrawer
      title={t('activities.log.add')}
      busy={busy}
      onClose={onClose}
      onSubmit={() => void submit()}
      testId="activities-log-drawer"
    >
      <RefusalAlert error={error} />
      <Form form={form} layout="vertical" initialValues={{ participants: 0 }}>
        <Form.Item name="title" label={t('activities.log.title')} rules={[{ required: true }]}>
          <Input maxLength={100} data-testid="activities-log-title" />
        </Form.Item>
        <Form.Item name="heldOn" label={t('activities.log.heldOn')} rules={[{ required: true }]}>
          <DateInput notAfterToday testId="activities-log-date" />
        </Form.Item>
        <Form.Item name="venueId" label={t('activities.log.venue')}>
          <Select allowClear options={unitOptions(units, 'venue')} />
        </Form.Item>
        <Form.Item name="organizerId" label={t('activities.log.organizer')}>
          <Select allowClear options={unitOptions(units, 'organization')} />
        </Form.Item>
        <Form.Item name="participants" label={t('activities.log.participants')}>
          <InputNumber min={0} max={100000} precision={0} />
        </Form.Item>
        <Form.Item name="description" label={t('activities.log.description')}>
          <Input.TextArea maxLength={2000} autoSize={{ minRows: 3 }} />
        </Form.Item>
      </Form>
    </FormDrawer>
  );
}
