import { useState } from 'react';
import { Alert, Button, Select, Space, Table, Tag, Typography } from 'antd';
import { api } from '../../api/client.ts';
import type { RosterColumnChoice, RosterPreview } from './api.ts';
import { useT } from '../../i18n/index.tsx';
import { ErrorAlert } from '../../components/errors.tsx';

type Column = RosterPreview['columns'][number];

/**
 * The mapping step of an import: the file's header as the server read it,
 * with a choice of field for each column. Columns no rule knows must be
 * chosen (or set to 不导入); any column may be changed. The village remembers
 * the choices (PUT roster-columns), and the page checks the file again.
 */
export function ColumnMapping({
  base,
  preview,
  onSaved,
  onCancel,
}: {
  base: string;
  preview: RosterPreview;
  onSaved: () => void;
  onCancel: () => void;
}) {
  const t = useT();
  const [choices, setChoices] = useState<Record<string, RosterColumnChoice | undefined>>(() =>
    Object.fromEntries(preview.columns.map((c) => [c.column, c.field ?? undefined])),
  );
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<unknown>(null);

  const changed = preview.columns.flatMap((c) => {
    const field = choices[c.column];
    return field && field !== c.field ? [{ header: c.header, field }] : [];
  });
  const unchosen = preview.columns.filter((c) => !choices[c.column]).length;

  const save = async () => {
    setSaving(true);
    setError(null);
    try {
      if (changed.length > 0)
        await api(`${base}/roster-columns`, { method: 'PUT', body: { columns: changed } });
      onSaved();
    } catch (e) {
      setError(e);
      setSaving(false);
    }
  };

  // 不导入 first: the usual answer for a column the register has no place for (民族, 备注 …)
  const options = [...preview.fields]
    .sort((a, b) => Number(b.field === 'ignore') - Number(a.field === 'ignore'))
    .map((f) => ({ value: f.field, label: f.label }));

  const source = (c: Column) =>
    c.source === 'standard' ? (
      <Tag>{t('roster.mapping.standard')}</Tag>
    ) : c.source === 'village' ? (
      <Tag color="blue">{t('roster.mapping.village')}</Tag>
    ) : (
      <Tag color="orange">{t('roster.mapping.unknown')}</Tag>
    );

  return (
    <Space orientation="vertical" size="middle" className="full-width" data-testid="roster-mapping">
      <Typography.Text strong>{t('roster.mapping.title')}</Typography.Text>
      <Typography.Paragraph type="secondary">
        {t('roster.mapping.hint', { file: preview.fileName, row: t.num(preview.headerRow) })}
      </Typography.Paragraph>
      {preview.problems.length > 0 && (
        <Alert
          type="warning"
          showIcon
          data-testid="roster-mapping-problems"
          title={t('roster.mapping.problems')}
          description={preview.problems.map((p) => (
            <div key={p}>{p}</div>
          ))}
        />
      )}
      <ErrorAlert error={error} testId="roster-mapping-refused" />
      <Table
        size="small"
        rowKey="column"
        dataSource={preview.columns}
        pagination={false}
        scroll={{ x: 'max-content' }}
        columns={[
          { key: 'column', title: t('roster.mapping.column'), dataIndex: 'column', width: 60 },
          { key: 'header', title: t('roster.mapping.header'), dataIndex: 'header' },
          {
            key: 'field',
            title: t('roster.mapping.field'),
            width: 200,
            render: (_, c: Column) => (
              <Select<RosterColumnChoice>
                className="full-width"
                value={choices[c.column]}
                placeholder={t('roster.mapping.choose')}
                status={choices[c.column] ? undefined : 'warning'}
                options={options}
                onChange={(field) => setChoices((before) => ({ ...before, [c.column]: field }))}
                data-testid={`roster-mapping-${c.column}`}
                aria-label={c.header}
              />
            ),
          },
          {
            key: 'source',
            title: t('roster.mapping.source'),
            width: 120,
            render: (_, c) => source(c),
          },
        ]}
      />
      <Space wrap>
        <Button
          type="primary"
          loading={saving}
          disabled={unchosen > 0}
          onClick={() => void save()}
          data-testid="roster-mapping-save"
        >
          {t('roster.mapping.save')}
        </Button>
        <Button onClick={onCancel} disabled={saving}>
          {t('roster.mapping.cancel')}
        </Button>
        {unchosen > 0 && (
          <Typography.Text type="warning">
            {t('roster.mapping.unchosen', { count: t.num(unchosen) })}
          </Typography.Text>
        )}
      </Space>
    </Space>
  );
}
