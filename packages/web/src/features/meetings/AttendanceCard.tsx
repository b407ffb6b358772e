import { useMemo, useState } from 'react';
import { Button, Card, Flex, Form, Popconfirm, Select, Table, Tag, Typography } from 'antd';
import { DeleteOutlined } from '@ant-design/icons';
import { MEETING_KIND_INFO } from '@cunzhi/core/meetings/meetingKinds';
import { api, ApiError } from '../../api/client.ts';
import type { AttendanceView, Capacity, MeetingDetail, ProxyView } from './api.ts';
import { useT } from '../../i18n/index.tsx';
import { PersonSelect } from '../../components/PersonSelect.tsx';
import { DateInput, todayIso } from '../../components/DateInput.tsx';
import { capacityLabel, checkInUrl, QrImage, RefusalAlert } from './parts.tsx';
import { SheetDrawer } from './SheetDrawer.tsx';
import { useRun } from './useRun.ts';

interface AttendanceCardProps {
  detail: MeetingDetail;
  villageId: string;
  path: string;
  canRun: boolean;
  onChange: () => void;
}

/** Capacities the clerk may record at a meeting of this kind. */
function capacities(detail: MeetingDetail): Capacity[] {
  const kind = detail.meeting.kind;
  return kind === 'villagersAssembly' || kind === 'villagerGroupMeeting'
    ? ['member', 'householdRepresentative', 'supervisor', 'observer']
    : ['member', 'supervisor', 'observer'];
}

/**
 * 签到: the QR code people scan with their phones, the clerk's entries from the paper sheet,
 * and everyone checked in so far.
 */
export function AttendanceCard({ detail, villageId, path, canRun, onChange }: AttendanceCardProps) {
  const t = useT();
  const { meeting, attendance } = detail;
  const [personId, setPersonId] = useState<string | undefined>();
  const [capacity, setCapacity] = useState<Capacity>('member');
  const [pickerKey, setPickerKey] = useState(0);
  const [sheetOpen, setSheetOpen] = useState(false);
  const { busy, error, run } = useRun();
  const sitting = meeting.status === 'planned' || meeting.status === 'open';
  const code = meeting.checkInCode;

  const checkIn = () => {
    if (!personId) return;
    void run('checkIn', async () => {
      try {
        await api(`${path}/attendance`, { method: 'POST', body: { personId, capacity } });
      } catch (cause) {
        // a capacity the person does not hold: say what it means and what to do instead
        const problem =
          cause instanceof ApiError ? cause.fields.find((f) => f.field === 'capacity') : undefined;
        if (cause instanceof ApiError && problem)
          throw new ApiError(
            cause.status,
            cause.id,
            t('checkin.wrongCapacity', { reason: problem.reason ?? problem.message }),
          );
        throw cause;
      }
      setPersonId(undefined);
      setPickerKey((k) => k + 1);
      onChange();
    });
  };
  const remove = (row: AttendanceView) =>
    void run(`remove-${row.personId}`, async () => {
      await api(`${path}/attendance/${row.personId}`, { method: 'DELETE' });
      onChange();
    });

  // supervisors, observers and anyone not due sign in but are not 到会: say so, so the two figures agree
  const notCounted = attendance.filter(
    (a) => a.capacity === 'supervisor' || a.capacity === 'observer' || !a.dueToAttend,
  ).length;
  const rows = useMemo(
    () => [...attendance].sort((a, b) => b.checkedInAt.localeCompare(a.checkedInAt)),
    [attendance],
  );

  return (
    <Card
      title={t('checkin.title')}
      extra={
        <Tag data-testid="attendance-count" data-count={attendance.length}>
          {t('checkin.count', { count: attendance.length })}
          {notCounted > 0 && t('checkin.count.notCounted', { count: notCounted })}
        </Tag>
      }
      className="block-gap"
      data-testid="attendance-card"
    >
      {canRun && sitting && code && (
        <Flex gap={16} align="center" wrap className="block-gap checkin-qr">
          <QrImage text={checkInUrl(villageId, meeting.id, code)} size={168} testId="checkin-qr" />
          <div>
            <Typography.Paragraph className="no-margin">
              {t('checkin.qr.hint')}
            </Typography.Paragraph>
            <Typography.Paragraph className="no-margin">
              {t('checkin.code')}
              <Typography.Text strong copyable className="checkin-code" data-testid="checkin-code">
                {code}
              </Typography.Text>
            </Typography.Paragraph>
          </div>
        </Flex>
      )}
      <RefusalAlert error={error} testId="attendance-error" />
      {canRun && sitting && (
        <div className="block-gap" data-testid="clerk-checkin">
          <Typography.Text strong>{t('checkin.clerk')}</Typography.Text>
          <Typography.Paragraph type="secondary" className="small-print">
            {t('checkin.clerk.hint')}
          </Typography.Paragraph>
          <Flex gap={8} wrap>
            <div className="grow">
              <PersonSelect
                key={pickerKey}
                villageId={villageId}
                value={personId}
                onChange={setPersonId}
                testId="checkin-person"
              />
            </div>
            <Select<Capacity>
              value={capacity}
              onChange={setCapacity}
              className="capacity-select"
              data-testid="checkin-capacity"
              options={capacities(detail).map((c) => ({ value: c, label: capacityLabel(t, c) }))}
            />
            <Button
              type="primary"
              disabled={!personId}
              loading={busy === 'checkIn'}
              onClick={checkIn}
              data-testid="checkin-submit"
            >
              {t('checkin.submit')}
            </Button>
          </Flex>
          <Flex gap={8} align="center" wrap className="block-gap-top">
            <Button onClick={() => setSheetOpen(true)} data-testid="sheet-open">
              {t('checkin.sheet.open')}
            </Button>
            <Typography.Text type="secondary" className="small-print">
              {t('checkin.sheet.openHint')}
            </Typography.Text>
          </Flex>
          {sheetOpen && (
            <SheetDrawer
              detail={detail}
              path={path}
              onClose={() => setSheetOpen(false)}
              onChange={onChange}
            />
          )}
        </div>
      )}
      <Table<AttendanceView>
        size="small"
        rowKey="personId"
        dataSource={rows}
        data-testid="attendance-table"
        pagination={rows.length > 20 ? { pageSize: 20, size: 'small' } : false}
        onRow={(row) =>
          ({ 'data-testid': 'attendance-row', 'data-person-id': row.personId }) as object
        }
        scroll={{ x: 'max-content' }}
        columns={[
          {
            key: 'name',
            title: t('person.name'),
            render: (_, r) => (
              <span>
                {r.name}
                {r.assistedBy && (
                  // checked in for them by 代办, with their consent
                  <Tag className="title-tag" color="gold" data-testid="attendance-assisted">
                    {t('assistance.by', { name: r.assistedBy })}
                  </Tag>
                )}
                {!r.dueToAttend &&
                  (r.capacity === 'member' || r.capacity === 'householdRepresentative') && (
                    <Tag className="title-tag">{t('checkin.notDue')}</Tag>
                  )}
              </span>
            ),
          },
          {
            key: 'capacity',
            title: t('checkin.capacity'),
            render: (_, r) => (
              <Tag
                color={
                  r.capacity === 'supervisor'
                    ? 'purple'
                    : r.capacity === 'observer'
                      ? 'default'
                      : 'blue'
                }
              >
                {capacityLabel(t, r.capacity)}
              </Tag>
            ),
          },
          {
            key: 'method',
            title: t('checkin.method'),
            render: (_, r) => t(`checkin.method.${r.method}`),
          },
          {
            key: 'time',
            title: t('checkin.time'),
            render: (_, r) => t.dateTime(r.checkedInAt).slice(-5),
          },
          ...(canRun && sitting
            ? [
                {
                  key: 'remove',
                  title: '',
                  render: (_: unknown, r: AttendanceView) => (
                    <Popconfirm
                      title={t('checkin.remove.confirm', { name: r.name })}
                      okText={t('app.confirm')}
                      cancelText={t('app.cancel')}
                      onConfirm={() => remove(r)}
                      okButtonProps={{ 'data-testid': 'attendance-remove-ok' }}
                    >
                      <Button
                        type="text"
                        size="small"
                        icon={<DeleteOutlined />}
                        aria-label={t('checkin.remove')}
                        loading={busy === `remove-${r.personId}`}
                        data-testid="attendance-remove"
                      />
                    </Popconfirm>
                  ),
                },
              ]
            : []),
        ]}
        locale={{ emptyText: t('checkin.empty') }}
      />
    </Card>
  );
}

/** 委托: written proxies by close relatives (assembly and group meetings only, VCOL-15-PROXY). */
export function ProxiesCard({ detail, villageId, path, canRun, onChange }: AttendanceCardProps) {
  const t = useT();
  const { meeting, proxies } = detail;
  const [principalId, setPrincipalId] = useState<string | undefined>();
  const [holderId, setHolderId] = useState<string | undefined>();
  const [lodgedOn, setLodgedOn] = useState<string | null>(todayIso());
  const [formKey, setFormKey] = useState(0);
  const { busy, error, run } = useRun();
  const allowed = MEETING_KIND_INFO[meeting.kind].proxies;
  if (!allowed) return null;
  const sitting = meeting.status === 'planned' || meeting.status === 'open';

  const add = () => {
    if (!principalId || !holderId || !lodgedOn) return;
    void run('proxy', async () => {
      await api(`${path}/proxies`, { method: 'POST', body: { principalId, holderId, lodgedOn } });
      setPrincipalId(undefined);
      setHolderId(undefined);
      setFormKey((k) => k + 1);
      onChange();
    });
  };

  return (
    <Card title={t('meetings.proxies')} className="block-gap" data-testid="proxies-card">
      <Typography.Paragraph type="secondary" className="small-print">
        {t('meetings.proxies.hint')}
      </Typography.Paragraph>
      <RefusalAlert error={error} testId="proxy-error" />
      {canRun && sitting && (
        <Form
          layout="vertical"
          className="block-gap proxy-form"
          key={formKey}
          data-testid="proxy-form"
        >
          <Form.Item label={t('meetings.proxies.principal')} className="compact-item">
            <PersonSelect
              villageId={villageId}
              value={principalId}
              onChange={setPrincipalId}
              testId="proxy-principal"
            />
          </Form.Item>
          <Form.Item label={t('meetings.proxies.holder')} className="compact-item">
            <PersonSelect
              villageId={villageId}
              value={holderId}
              onChange={setHolderId}
              testId="proxy-holder"
            />
          </Form.Item>
          <Form.Item label={t('meetings.proxies.lodgedOn')} className="compact-item">
            <DateInput
              value={lodgedOn}
              onChange={setLodgedOn}
              notAfterToday
              testId="proxy-lodged-on"
            />
          </Form.Item>
          <Flex justify="flex-end">
            <Button
              type="primary"
              disabled={!principalId || !holderId || !lodgedOn}
              loading={busy === 'proxy'}
              onClick={add}
              data-testid="proxy-submit"
            >
              {t('meetings.proxies.add')}
            </Button>
          </Flex>
        </Form>
      )}
      <Table<ProxyView>
        size="small"
        rowKey="principalId"
        dataSource={proxies}
        pagination={false}
        data-testid="proxies-table"
        onRow={() => ({ 'data-testid': 'proxy-row' }) as object}
        columns={[
          {
            key: 'principal',
            title: t('meetings.proxies.principal'),
            render: (_, p) => p.principalName,
          },
          { key: 'holder', title: t('meetings.proxies.holder'), render: (_, p) => p.holderName },
          {
            key: 'lodgedOn',
            title: t('meetings.proxies.lodgedOn'),
            render: (_, p) => t.date(p.lodgedOn),
          },
        ]}
        locale={{ emptyText: t('meetings.proxies.empty') }}
      />
    </Card>
  );
}
