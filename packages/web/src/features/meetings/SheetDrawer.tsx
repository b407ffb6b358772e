import { useMemo, useState } from 'react';
import { Alert, Button, Drawer, Flex, Input, Radio, Select, Table, Tag, Typography } from 'antd';
import { api, ApiError } from '../../api/client.ts';
import { useApi } from '../../api/useApi.ts';
import type { MeetingDetail, SheetResult, SheetRow } from './api.ts';
import { useIsPhone } from '../../app/useIsPhone.ts';
import { useT } from '../../i18n/index.tsx';
import { capacityLabel, RefusalAlert } from './parts.tsx';
import { useRun } from './useRun.ts';

type SheetCapacity = 'member' | 'householdRepresentative';

interface SheetDrawerProps {
  detail: MeetingDetail;
  path: string;
  onClose: () => void;
  onChange: () => void;
}

/**
 * 按签到表登记: the clerk ticks everyone who signed the paper sheet (everyone due on the meeting
 * date, by group and household) and records them all at once.
 */
export function SheetDrawer({ detail, path, onClose, onChange }: SheetDrawerProps) {
  const t = useT();
  const isPhone = useIsPhone();
  const eligible = useApi<{ items: SheetRow[] }>(`${path}/eligible`);
  const rows = useMemo(() => eligible.data?.items ?? [], [eligible.data]);
  const assembly =
    detail.meeting.kind === 'villagersAssembly' || detail.meeting.kind === 'villagerGroupMeeting';
  const [group, setGroup] = useState<string>('');
  const [search, setSearch] = useState('');
  const [selected, setSelected] = useState<string[]>([]);
  const [capacity, setCapacity] = useState<SheetCapacity>(
    assembly ? 'householdRepresentative' : 'member',
  );
  const [result, setResult] = useState<{ recorded: number; alreadyPresent: number } | null>(null);
  const { busy, error, run } = useRun();

  // the rows come in sheet order, so the groups do too
  const groups = useMemo(() => [...new Set(rows.map((r) => r.groupName))], [rows]);
  const shown = useMemo(() => {
    const q = search.trim();
    return rows.filter((r) => (!group || r.groupName === group) && (!q || r.name.includes(q)));
  }, [rows, group, search]);

  const selectGroup = () => {
    const inGroup = rows.filter((r) => r.groupName === group && !r.counted).map((r) => r.personId);
    setSelected((keys) => [...new Set([...keys, ...inGroup])]);
  };

  const submit = () => {
    const personIds = selected;
    if (personIds.length === 0) return;
    setResult(null);
    void run('sheet', async () => {
      let answer: SheetResult;
      try {
        answer = await api<SheetResult>(`${path}/attendance/sheet`, {
          method: 'POST',
          body: { personIds, capacity: assembly ? capacity : 'member' },
        });
      } catch (cause) {
        // `personIds.3` is the fourth ticked person: name them
        if (cause instanceof ApiError && cause.fields.length > 0) {
          const names = new Map(rows.map((r) => [r.personId, r.name]));
          const fields = cause.fields.map((f) => {
            const place = /^personIds\.(\d+)$/.exec(f.field);
            const id = place ? personIds[Number(place[1])] : undefined;
            const name = id ? names.get(id) : undefined;
            return name
              ? {
                  ...f,
                  message: t('checkin.sheet.personError', {
                    name,
                    reason: f.reason ?? f.message,
                  }),
                }
              : f;
          });
          throw new ApiError(cause.status, cause.id, cause.message, fields, cause.rule);
        }
        throw cause;
      }
      setResult({ recorded: answer.recorded, alreadyPresent: answer.alreadyPresent });
      setSelected([]);
      eligible.reload();
      onChange();
    });
  };

  return (
    <Drawer
      open
      title={t('checkin.sheet.title')}
      size={isPhone ? '100%' : 760}
      onClose={onClose}
      destroyOnHidden
      data-testid="sheet-drawer"
      footer={
        <Flex justify="space-between" align="center" gap={8} wrap>
          <Typography.Text strong data-testid="sheet-count" data-count={selected.length}>
            {t('checkin.sheet.selected', { count: selected.length })}
          </Typography.Text>
          <Flex gap={8}>
            <Button onClick={onClose}>{t('app.close')}</Button>
            <Button
              type="primary"
              disabled={selected.length === 0}
              loading={busy === 'sheet'}
              onClick={submit}
              data-testid="sheet-submit"
            >
              {t('checkin.sheet.submit')}
            </Button>
          </Flex>
        </Flex>
      }
    >
      <Typography.Paragraph type="secondary" className="small-print">
        {t('checkin.sheet.hint')}
      </Typography.Paragraph>
      {result && (
        <Alert
          type="success"
          showIcon
          className="block-gap"
          data-testid="sheet-result"
          data-recorded={result.recorded}
          data-already={result.alreadyPresent}
          title={t('checkin.sheet.done', {
            recorded: result.recorded,
            already: result.alreadyPresent,
          })}
        />
      )}
      <RefusalAlert error={error ?? eligible.error} testId="sheet-error" />
      {assembly && (
        <Flex gap={8} align="center" wrap className="block-gap">
          <Typography.Text>{t('checkin.sheet.capacity')}</Typography.Text>
          <Radio.Group
            value={capacity}
            onChange={(e) => setCapacity(e.target.value as SheetCapacity)}
            data-testid="sheet-capacity"
            options={(['householdRepresentative', 'member'] as const).map((c) => ({
              value: c,
              label: capacityLabel(t, c),
            }))}
          />
        </Flex>
      )}
      <Flex gap={8} wrap className="block-gap">
        <Select<string>
          value={group}
          onChange={setGroup}
          className="sheet-group-select"
          data-testid="sheet-group"
          options={[
            { value: '', label: t('households.group.all') },
            ...groups.map((g) => ({ value: g, label: g || '—' })),
          ]}
        />
        <Input.Search
          allowClear
          value={search}
          onChange={(e) => setSearch(e.target.value)}
          placeholder={t('checkin.sheet.search')}
          className="grow"
          data-testid="sheet-search"
        />
        <Button disabled={!group} onClick={selectGroup} data-testid="sheet-select-group">
          {t('checkin.sheet.selectGroup')}
        </Button>
        <Button
          disabled={selected.length === 0}
          onClick={() => setSelected([])}
          data-testid="sheet-clear"
        >
          {t('checkin.sheet.clear')}
        </Button>
      </Flex>
      <Table<SheetRow>
        size="small"
        rowKey="personId"
        loading={eligible.loading}
        dataSource={shown}
        data-testid="sheet-table"
        pagination={{ pageSize: 50, size: 'small', showSizeChanger: false }}
        rowSelection={{
          selectedRowKeys: selected,
          preserveSelectedRowKeys: true,
          onChange: (keys) => setSelected(keys as string[]),
          getCheckboxProps: (r) => ({ disabled: r.counted }),
        }}
        onRow={(r) =>
          ({
            'data-testid': 'sheet-person',
            'data-person-id': r.personId,
            'data-counted': r.counted,
          }) as object
        }
        columns={[
          { key: 'name', title: t('person.name'), render: (_, r) => r.name },
          {
            key: 'household',
            title: t('households.number'),
            render: (_, r) => r.householdNumber,
          },
          { key: 'group', title: t('households.group'), render: (_, r) => r.groupName },
          {
            key: 'status',
            title: t('checkin.sheet.status'),
            render: (_, r) =>
              r.counted ? (
                <Tag color="green" data-testid="sheet-counted">
                  {r.byProxy ? t('checkin.sheet.byProxy') : t('checkin.sheet.counted')}
                </Tag>
              ) : null,
          },
        ]}
        locale={{ emptyText: t('checkin.sheet.empty') }}
      />
    </Drawer>
  );
}
