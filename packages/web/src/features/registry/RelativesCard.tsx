import { useState } from 'react';
import { Link } from 'react-router-dom';
import { App, Button, Card, Empty, Form, List, Modal, Select, Tag } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { api } from '../../api/client.ts';
import { useApi } from '../../api/useApi.ts';
import { useT } from '../../i18n/index.tsx';
import { ErrorAlert, applyFieldErrors } from '../../components/errors.tsx';
import { PersonSelect } from '../../components/PersonSelect.tsx';
import type { Relative } from './api.ts';

/** The form's choice; `parentOf` / `childOf` become the contract's `parent` tie, in one direction or the other. */
type TieKind = 'spouse' | 'parentOf' | 'childOf' | 'sibling';

interface RelativesCardProps {
  villageId: string;
  personId: string;
  personName: string;
  canRecord: boolean;
}

/**
 * 近亲属: the person's close relatives as the register and recorded ties know
 * them. Conflict-of-interest rules (who may sit on the supervision committee,
 * who may count votes) ask exactly this. Cadres can record a tie the
 * household register does not show, such as a daughter married into another
 * household.
 */
export function RelativesCard({ villageId, personId, personName, canRecord }: RelativesCardProps) {
  const t = useT();
  const { message } = App.useApp();
  const base = `/api/villages/${villageId}`;
  const { data, error, reload } = useApi<{ items: Relative[] }>(
    `${base}/persons/${personId}/relatives`,
  );
  const [open, setOpen] = useState(false);
  const [saving, setSaving] = useState(false);
  const [saveError, setSaveError] = useState<unknown>(null);
  const [form] = Form.useForm<{ kind: TieKind; other: string }>();

  const save = async (values: { kind: TieKind; other: string }) => {
    // "parent of" and "child of" are one tie seen from either end
    const [personA, personB] =
      values.kind === 'childOf' ? [values.other, personId] : [personId, values.other];
    const kind = values.kind === 'parentOf' || values.kind === 'childOf' ? 'parent' : values.kind;
    setSaving(true);
    setSaveError(null);
    try {
      await api(`${base}/kin-ties`, { method: 'POST', body: { kind, personA, personB } });
      void message.success(t('relatives.saved'));
      setOpen(false);
      form.resetFields();
      reload();
    } catch (cause) {
      applyFieldErrors(form, cause);
      setSaveError(cause);
    } finally {
      setSaving(false);
    }
  };

  return (
    <Card
      size="small"
      className="block-gap"
      title={t('relatives.title')}
      data-testid="person-relatives"
      extra={
        canRecord && (
          <Button
            size="small"
            icon={<PlusOutlined />}
            onClick={() => setOpen(true)}
            data-testid="relatives-add"
          >
            {t('relatives.add')}
          </Button>
        )
      }
    >
      <ErrorAlert error={error} />
      {data && data.items.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('relatives.empty')} />
      ) : (
        <List
          size="small"
          dataSource={data?.items ?? []}
          renderItem={(r) => (
            <List.Item data-testid="relative">
              <Link to={`/v/${villageId}/persons/${r.personId}`}>{r.name}</Link>
              <Tag>{t(`kin.${r.relation}`)}</Tag>
            </List.Item>
          )}
        />
      )}
      <Modal
        open={open}
        title={t('relatives.add.title', { name: personName })}
        okText={t('app.save')}
        cancelText={t('app.cancel')}
        confirmLoading={saving}
        onOk={() => form.submit()}
        onCancel={() => setOpen(false)}
        okButtonProps={{ 'data-testid': 'relatives-save' }}
        destroyOnHidden
      >
        <ErrorAlert error={saveError} />
        <Form
          form={form}
          layout="vertical"
          onFinish={(v) => void save(v)}
          initialValues={{ kind: 'childOf' }}
        >
          <Form.Item name="kind" label={t('relatives.kind')} rules={[{ required: true }]}>
            <Select
              data-testid="relatives-kind"
              options={(['spouse', 'parentOf', 'childOf', 'sibling'] as const).map((k) => ({
                value: k,
                label: t(`relatives.kind.${k}`, { name: personName }),
              }))}
            />
          </Form.Item>
          <Form.Item
            name="other"
            label={t('relatives.other')}
            rules={[{ required: true, message: t('relatives.other.required') }]}
          >
            <PersonSelect villageId={villageId} testId="relatives-person" />
          </Form.Item>
        </Form>
      </Modal>
    </Card>
  );
}
