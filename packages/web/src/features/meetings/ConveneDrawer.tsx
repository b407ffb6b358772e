import { useState } from 'react';
import { Alert, Form, Input, Select, TimePicker } from 'antd';
import dayjs from 'dayjs';
import {
  isCollectiveMeeting,
  MEETING_KINDS,
  type MeetingKind,
} from '@cunzhi/core/meetings/meetingKinds';
import { noticeDays as coreNoticeDays } from '@cunzhi/core/meetings/convening';
import { NATIONAL_PARAMS } from '@cunzhi/core/rules/profile';
import { lawOn } from '@cunzhi/core/rules/law';
import { earliestMeetingAfterNotice } from '@cunzhi/core/rules/dayCount';
import type { CalendarDate } from '@cunzhi/core/calendarDate';
import { api } from '../../api/client.ts';
import type { MeetingView } from './api.ts';
import { useT } from '../../i18n/index.tsx';
import { DateInput, todayIso } from '../../components/DateInput.tsx';
import { applyFieldErrors } from '../../components/errors.tsx';
import { useGroupsAndGrids } from '../registry/useGroupsAndGrids.ts';
import { useApi } from '../../api/useApi.ts';
import { collectiveApi, type Overview } from '../collective/api.ts';
import { kindName, RefusalAlert } from './parts.tsx';
import { SideForm } from './SideForm.tsx';

export interface ConveneValues {
  kind: MeetingKind;
  villagerGroupId?: string;
  /** The organisation whose assembly or council meets (its three kinds). */
  collectiveOrgId?: string;
  title: string;
  meetingOn: string;
  startsAt?: string;
  place?: string;
  noticeOn: string;
  agenda?: string;
  demandId?: string;
}

interface ConveneDrawerProps {
  villageId: string;
  /** Days of notice per kind under the village's profile, when the server sends them. */
  noticeDays?: Partial<Record<MeetingKind, number>>;
  /** Convening a met demand: its kind and id. */
  preset?: Partial<ConveneValues>;
  onClose: () => void;
  onDone: (meetingId: string) => void;
}

/** 召集会议: the kind, date and notice (with the earliest lawful date), place and agenda. */
export default function ConveneDrawer(props: ConveneDrawerProps) {
  const { villageId, preset, onClose, onDone } = props;
  const t = useT();
  const [form] = Form.useForm<ConveneValues>();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const { groups } = useGroupsAndGrids(villageId);
  const kind = Form.useWatch('kind', form);
  const noticeOn = Form.useWatch('noticeOn', form);
  const meetingOn = Form.useWatch('meetingOn', form);
  const collective = !!kind && isCollectiveMeeting(kind);
  const orgs = useApi<Overview>(collective ? collectiveApi(villageId) : null).data?.orgs ?? [];

  const days = kind
    ? (props.noticeDays?.[kind] ??
      coreNoticeDays(kind, NATIONAL_PARAMS[lawOn((meetingOn ?? todayIso()) as CalendarDate)]))
    : 0;
  const earliest =
    days > 0 && noticeOn ? earliestMeetingAfterNotice(noticeOn as CalendarDate, days) : null;
  const tooSoon = earliest !== null && !!meetingOn && meetingOn < earliest;

  const submit = async () => {
    let values: ConveneValues;
    try {
      values = await form.validateFields();
    } catch {
      return;
    }
    setBusy(true);
    setError(null);
    try {
      const body = {
        ...values,
        villagerGroupId:
          values.kind === 'villagerGroupMeeting' ? values.villagerGroupId : undefined,
        collectiveOrgId: isCollectiveMeeting(values.kind) ? values.collectiveOrgId : undefined,
        startsAt: values.startsAt ?? '',
        place: values.place ?? '',
        agenda: values.agenda ?? '',
        demandId: preset?.demandId,
      };
      const answer = await api<{ meeting: MeetingView }>(`/api/villages/${villageId}/meetings`, {
        method: 'POST',
        body,
      });
      onDone(answer.meeting.id);
    } catch (cause) {
      applyFieldErrors(form, cause);
      setError(cause);
    } finally {
      setBusy(false);
    }
  };

  return (
    <SideForm
      title={t('meetings.convene.title')}
      submitLabel={t('meetings.convene.submit')}
      busy={busy}
      onClose={onClose}
      onSubmit={() => void submit()}
      testId="convene-drawer"
      submitTestId="convene-submit"
    >
      <RefusalAlert error={error} testId="convene-error" />
      <Form<ConveneValues>
        form={form}
        layout="vertical"
        initialValues={{ noticeOn: todayIso(), kind: 'representativesMeeting', ...preset }}
      >
        <Form.Item
          name="kind"
          label={t('meetings.field.kind')}
          rules={[
            {
              required: true,
              message: t('validate.required', { field: t('meetings.field.kind') }),
            },
          ]}
        >
          <Select
            data-testid="convene-kind"
            disabled={!!preset?.demandId}
            options={MEETING_KINDS.map((k) => ({ value: k, label: kindName(t, k) }))}
          />
        </Form.Item>
        {kind === 'villagerGroupMeeting' && (
          <Form.Item
            name="villagerGroupId"
            label={t('households.group')}
            rules={[
              { required: true, message: t('validate.required', { field: t('households.group') }) },
            ]}
          >
            <Select
              data-testid="convene-group"
              options={groups.map((g) => ({ value: g.id, label: g.name }))}
            />
          </Form.Item>
        )}
        {collective && (
          <Form.Item
            name="collectiveOrgId"
            label={t('meetings.field.collectiveOrg')}
            extra={t('meetings.field.collectiveOrg.hint')}
            rules={[
              {
                required: true,
                message: t('validate.required', { field: t('meetings.field.collectiveOrg') }),
              },
            ]}
          >
            <Select
              data-testid="convene-org"
              options={orgs.map((o) => ({ value: o.id, label: o.name }))}
            />
          </Form.Item>
        )}
        <Form.Item
          name="title"
          label={t('meetings.field.title')}
          rules={[
            {
              required: true,
              whitespace: true,
              message: t('validate.required', { field: t('meetings.field.title') }),
            },
          ]}
        >
          <Input
            data-testid="convene-title"
            maxLength={200}
            placeholder={t('meetings.field.title.placeholder')}
          />
        </Form.Item>
        <Form.Item
          name="noticeOn"
          label={t('meetings.field.noticeOn')}
          extra={t('meetings.field.noticeOn.hint')}
          rules={[
            {
              required: true,
              message: t('validate.required', { field: t('meetings.field.noticeOn') }),
            },
          ]}
        >
          <DateInput testId="convene-notice-on" />
        </Form.Item>
        <Form.Item
          name="meetingOn"
          label={t('meetings.field.meetingOn')}
          rules={[
            {
              required: true,
              message: t('validate.required', { field: t('meetings.field.meetingOn') }),
            },
          ]}
          extra={
            earliest ? (
              <span data-testid="convene-earliest" data-earliest={earliest}>
                {t('meetings.convene.earliest', {
                  meeting: kind ? kindName(t, kind) : '',
                  days,
                  earliest: t.date(earliest),
                })}
              </span>
            ) : undefined
          }
        >
          <DateInput testId="convene-meeting-on" />
        </Form.Item>
        {tooSoon && (
          <Alert
            type="warning"
            showIcon
            className="block-gap"
            data-testid="convene-too-soon"
            title={t('meetings.convene.tooSoon', { earliest: t.date(earliest) })}
          />
        )}
        <Form.Item
          name="startsAt"
          label={t('meetings.field.startsAt')}
          getValueProps={(value: string | undefined) => ({
            value: value ? dayjs(value, 'HH:mm') : null,
          })}
          normalize={(value: dayjs.Dayjs | null) => (value ? value.format('HH:mm') : undefined)}
        >
          <TimePicker
            format="HH:mm"
            minuteStep={5}
            needConfirm={false}
            data-testid="convene-starts-at"
            className="full-width"
          />
        </Form.Item>
        <Form.Item name="place" label={t('meetings.field.place')}>
          <Input
            data-testid="convene-place"
            maxLength={200}
            placeholder={t('meetings.field.place.placeholder')}
          />
        </Form.Item>
        <Form.Item
          name="agenda"
          label={t('meetings.field.agenda')}
          extra={t('meetings.field.agenda.hint')}
        >
          <Input.TextArea data-testid="convene-agenda" rows={6} maxLength={5000} />
        </Form.Item>
      </Form>
    </SideForm>
  );
}
