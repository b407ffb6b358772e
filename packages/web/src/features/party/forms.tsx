import { Checkbox, Form, Input, InputNumber, Modal, Select } from 'antd';
import { api as call } from '../../api/client.ts';
import { useT } from '../../i18n/index.tsx';
import { DateInput } from '../../components/DateInput.tsx';
import { ErrorAlert } from '../../components/errors.tsx';
import { PersonSelect } from '../../components/PersonSelect.tsx';
import { useFormSubmit } from '../../components/useFormSubmit.ts';
import {
  MEETING_KINDS,
  UNIT_KINDS,
  type CreateUnitInput,
  type PartyBoard,
  type RecordMeetingInput,
  type RecordMemberInput,
} from './api.ts';

interface FormProps {
  api: string;
  board: PartyBoard;
  onDone: () => void;
  onCancel: () => void;
}

/** A modal form that sends its values and shows the server's field errors on the fields. */
function useModalForm<V>(send: (values: V) => Promise<unknown>, onDone: () => void) {
  const [form] = Form.useForm<V>();
  const submit = useFormSubmit(form, async (values) => {
    await send(values);
    onDone();
  });
  return { form, ...submit };
}

const undefinedIfEmpty = <T,>(v: T | null | '' | undefined): T | undefined =>
  v === null || v === '' ? undefined : v;

export function UnitForm({ api, board, onDone, onCancel }: FormProps) {
  const t = useT();
  const top = board.units.find((u) => u.parentId === null);
  const f = useModalForm<CreateUnitInput>(
    (v) => call(`${api}/units`, { method: 'POST', body: v }),
    onDone,
  );
  const kind = Form.useWatch('kind', f.form);
  const basis = Form.useWatch('basis', f.form);
  const kinds = UNIT_KINDS.filter((k) =>
    top ? k === 'subBranch' || k === 'group' : k !== 'subBranch' && k !== 'group',
  );
  return (
    <Modal
      open
      title={t('party.unit.new')}
      onOk={() => void f.submit()}
      onCancel={onCancel}
      confirmLoading={f.busy}
      okText={t('party.save')}
    >
      <ErrorAlert error={f.unmatched.length ? f.error : null} />
      <Form form={f.form} layout="vertical" data-testid="party-unit-form">
        <Form.Item name="kind" label={t('party.unit.kind')} rules={[{ required: true }]}>
          <Select options={kinds.map((k) => ({ value: k, label: t(`party.unitKind.${k}`) }))} />
        </Form.Item>
        <Form.Item name="name" label={t('party.unit.name')} rules={[{ required: true }]}>
          <Input maxLength={60} />
        </Form.Item>
        {top && (
          <Form.Item name="parentId" label={t('party.unit.parent')} rules={[{ required: true }]}>
            <Select
              options={board.units
                .filter((u) => u.kind !== 'group')
                .map((u) => ({ value: u.id, label: u.name }))}
            />
          </Form.Item>
        )}
        {top && (
          <Form.Item name="basis" label={t('party.unit.basis')}>
            <Select
              allowClear
              options={(['villagerGroup', 'kind'] as const).map((b) => ({
                value: b,
                label: t(`party.basis.${b}`),
              }))}
            />
          </Form.Item>
        )}
        {basis === 'villagerGroup' && (
          <Form.Item
            name="villagerGroupId"
            label={t('party.unit.villagerGroup')}
            rules={[{ required: true }]}
          >
            <Select options={board.groups.map((g) => ({ value: g.id, label: g.name }))} />
          </Form.Item>
        )}
        {kind !== 'group' && (
          <Form.Item name="themeDay" label={t('party.themeDay')}>
            <InputNumber min={1} max={28} />
          </Form.Item>
        )}
        {kind === 'committee' && (
          <Form.Item name="approvalRef" label={t('party.unit.approvalRef')}>
            <Input maxLength={100} />
          </Form.Item>
        )}
        <Form.Item
          name="foundedOn"
          label={t('party.foundedOn')}
          getValueFromEvent={undefinedIfEmpty}
        >
          <DateInput />
        </Form.Item>
      </Form>
    </Modal>
  );
}

export function MemberForm({
  api,
  board,
  villageId,
  onDone,
  onCancel,
}: FormProps & { villageId: string }) {
  const t = useT();
  const f = useModalForm<RecordMemberInput & { personId: string }>(
    ({ personId, ...v }) => call(`${api}/members/${personId}`, { method: 'PUT', body: v }),
    onDone,
  );
  const category = Form.useWatch('category', f.form);
  const status = Form.useWatch('status', f.form);
  return (
    <Modal
      open
      title={t('party.member.new')}
      onOk={() => void f.submit()}
      onCancel={onCancel}
      confirmLoading={f.busy}
      okText={t('party.save')}
    >
      <ErrorAlert error={f.unmatched.length ? f.error : null} />
      <Form
        form={f.form}
        layout="vertical"
        initialValues={{ status: 'formal' }}
        data-testid="party-member-form"
      >
        <Form.Item name="personId" label={t('party.member.name')} rules={[{ required: true }]}>
          <PersonSelect villageId={villageId} />
        </Form.Item>
        <Form.Item name="unitId" label={t('party.unit')}>
          <Select allowClear options={board.units.map((u) => ({ value: u.id, label: u.name }))} />
        </Form.Item>
        <Form.Item name="status" label={t('party.member.status')} rules={[{ required: true }]}>
          <Select
            options={(['formal', 'probationary'] as const).map((s) => ({
              value: s,
              label: t(`party.status.${s}`),
            }))}
          />
        </Form.Item>
        <Form.Item name="joinedOn" label={t('party.member.joinedOn')} rules={[{ required: true }]}>
          <DateInput />
        </Form.Item>
        {status === 'formal' && (
          <Form.Item
            name="formalOn"
            label={t('party.member.formalOn')}
            getValueFromEvent={undefinedIfEmpty}
          >
            <DateInput />
          </Form.Item>
        )}
        <Form.Item name="category" label={t('party.member.category')} rules={[{ required: true }]}>
          <Select
            options={(['employed', 'withoutPost', 'retired', 'migrant'] as const).map((c) => ({
              value: c,
              label: t(`party.category.${c}`),
            }))}
          />
        </Form.Item>
        {category === 'migrant' && (
          <Form.Item name="whereabouts" label={t('party.member.whereabouts')}>
            <Input maxLength={100} />
          </Form.Item>
        )}
      </Form>
    </Modal>
  );
}

export function SeatForm({ api, board, onDone, onCancel }: FormProps) {
  const t = useT();
  const f = useModalForm<{ unitId: string; personId: string; role: string; since?: string }>(
    ({ unitId, ...v }) => call(`${api}/units/${unitId}/seats`, { method: 'POST', body: v }),
    onDone,
  );
  const recorded = board.members.filter((m) => m.recorded);
  return (
    <Modal
      open
      title={t('party.seat.new')}
      onOk={() => void f.submit()}
      onCancel={onCancel}
      confirmLoading={f.busy}
      okText={t('party.save')}
    >
      <ErrorAlert error={f.unmatched.length ? f.error : null} />
      <Form form={f.form} layout="vertical">
        <Form.Item name="unitId" label={t('party.unit')} rules={[{ required: true }]}>
          <Select
            options={board.units
              .filter((u) => u.kind !== 'group')
              .map((u) => ({ value: u.id, label: u.name }))}
          />
        </Form.Item>
        <Form.Item name="personId" label={t('party.member.name')} rules={[{ required: true }]}>
          <Select
            showSearch
            optionFilterProp="label"
            options={recorded.map((m) => ({ value: m.personId, label: m.name }))}
          />
        </Form.Item>
        <Form.Item name="role" label={t('party.seat.role')} rules={[{ required: true }]}>
          <Select
            options={(['secretary', 'deputySecretary', 'member'] as const).map((r) => ({
              value: r,
              label: t(`party.role.${r}`),
            }))}
          />
        </Form.Item>
        <Form.Item name="since" label={t('party.seat.since')} getValueFromEvent={undefinedIfEmpty}>
          <DateInput />
        </Form.Item>
      </Form>
    </Modal>
  );
}

interface MeetingValues extends Omit<RecordMeetingInput, 'attendance'> {
  present: string[];
}

/**
 * Records a meeting: the unit's members are listed (a 支委会: its committee) and ticked present;
 * the rest are recorded on leave (请假) — the clerk corrects one to absent in the record if need be.
 */
export function MeetingForm({ api, board, onDone, onCancel }: FormProps) {
  const t = useT();
  const [form] = Form.useForm<MeetingValues>();
  const unitId = Form.useWatch('unitId', form);
  const kind = Form.useWatch('kind', form);
  const unit = board.units.find((u) => u.id === unitId);
  const invited = unit
    ? kind === 'committeeMeeting'
      ? unit.seats.map((s) => ({ personId: s.personId, name: s.name }))
      : board.members.filter((m) => memberOf(board, m.unitId, unit.id))
    : [];
  const submit = useFormSubmit(form, async ({ present, ...v }) => {
    const attendance = invited.map((m) =>
      (present ?? []).includes(m.personId)
        ? { personId: m.personId, presence: 'present' as const }
        : {
            personId: m.personId,
            presence: 'leave' as const,
            leaveReason: t('party.meeting.leaveDefault'),
          },
    );
    await call(`${api}/meetings`, { method: 'POST', body: { ...v, attendance } });
    onDone();
  });
  return (
    <Modal
      open
      width={640}
      title={t('party.meeting.new')}
      onOk={() => void submit.submit()}
      onCancel={onCancel}
      confirmLoading={submit.busy}
      okText={t('party.save')}
    >
      <ErrorAlert error={submit.unmatched.length ? submit.error : null} />
      <Form form={form} layout="vertical" data-testid="party-meeting-form">
        <Form.Item name="unitId" label={t('party.unit')} rules={[{ required: true }]}>
          <Select options={board.units.map((u) => ({ value: u.id, label: u.name }))} />
        </Form.Item>
        <Form.Item name="kind" label={t('party.meeting.kind')} rules={[{ required: true }]}>
          <Select options={MEETING_KINDS.map((k) => ({ value: k, label: t(`party.kind.${k}`) }))} />
        </Form.Item>
        <Form.Item name="heldOn" label={t('party.meeting.heldOn')} rules={[{ required: true }]}>
          <DateInput />
        </Form.Item>
        {board.venues.length > 0 ? (
          <Form.Item name="venueId" label={t('party.meeting.venue')} rules={[{ required: true }]}>
            <Select options={board.venues.map((v) => ({ value: v.id, label: v.name }))} />
          </Form.Item>
        ) : (
          <Form.Item name="venue" label={t('party.meeting.venue')} rules={[{ required: true }]}>
            <Input maxLength={100} />
          </Form.Item>
        )}
        <Form.Item name="hostPersonId" label={t('party.meeting.host')} rules={[{ required: true }]}>
          <Select
            showSearch
            optionFilterProp="label"
            options={board.members.map((m) => ({ value: m.personId, label: m.name }))}
          />
        </Form.Item>
        <Form.Item name="topic" label={t('party.meeting.topic')} rules={[{ required: true }]}>
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item name="minutes" label={t('party.meeting.minutes')} rules={[{ required: true }]}>
          <Input.TextArea rows={4} maxLength={5000} />
        </Form.Item>
        <Form.Item name="present" label={t('party.meeting.present')}>
          <Checkbox.Group options={invited.map((m) => ({ value: m.personId, label: m.name }))} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

/** Does a member of `memberUnit` belong to `unitId` (the unit itself or one under it)? */
function memberOf(board: PartyBoard, memberUnit: string | null, unitId: string): boolean {
  const top = board.units.find((u) => u.parentId === null)?.id ?? null;
  for (
    let at = memberUnit ?? top;
    at !== null;
    at = board.units.find((u) => u.id === at)?.parentId ?? null
  )
    if (at === unitId) return true;
  return false;
}
