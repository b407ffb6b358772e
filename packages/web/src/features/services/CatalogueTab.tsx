import { useState } from 'react';
import {
  Button,
  Card,
  Form,
  Input,
  InputNumber,
  Modal,
  Radio,
  Select,
  Space,
  Switch,
  Tag,
} from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { api } from '../../api/client.ts';
import { useApi } from '../../api/useApi.ts';
import { useT } from '../../i18n/index.tsx';
import { ErrorAlert } from '../../components/errors.tsx';
import { PageLoading } from '../../components/PageLoading.tsx';
import { useFormSubmit } from '../../components/useFormSubmit.ts';
import {
  servicesApi,
  type CatalogueResponse,
  type ServiceItem,
  type ServiceWindow,
} from './api.ts';
import { usePromised } from './parts.tsx';

type Editing =
  | { kind: 'window'; window: ServiceWindow | null }
  | { kind: 'item'; item: ServiceItem | null; windowId: string };

/** The windows by number, each with its services; kept by the station and the committee's chair. */
export default function CatalogueTab({ villageId }: { villageId: string }) {
  const t = useT();
  const promised = usePromised();
  const { data, error, reload } = useApi<CatalogueResponse>(`${servicesApi(villageId)}/catalogue`);
  const [editing, setEditing] = useState<Editing | null>(null);
  if (error && !data) return <ErrorAlert error={error} />;
  if (!data) return <PageLoading />;
  const may = data.abilities.manageServiceCatalogue;
  return (
    <div data-testid="services-catalogue">
      {may && (
        <Button
          icon={<PlusOutlined />}
          className="block-gap"
          onClick={() => setEditing({ kind: 'window', window: null })}
          data-testid="catalogue-add-window"
        >
          {t('services.catalogue.addWindow')}
        </Button>
      )}
      {data.windows.map((w) => (
        <Card
          key={w.id}
          className="block-gap"
          data-testid="catalogue-window"
          title={
            <Space wrap>
              {t('services.windowText', { number: w.number, name: w.name })}
              <Tag>{w.townDepartmentName ?? t('services.catalogue.none')}</Tag>
              {!w.active && <Tag>{t('services.catalogue.inactive')}</Tag>}
            </Space>
          }
          extra={
            may && (
              <Space>
                <Button size="small" onClick={() => setEditing({ kind: 'window', window: w })}>
                  {t('services.catalogue.edit')}
                </Button>
                <Button
                  size="small"
                  icon={<PlusOutlined />}
                  onClick={() => setEditing({ kind: 'item', item: null, windowId: w.id })}
                  data-testid="catalogue-add-item"
                >
                  {t('services.catalogue.addItem')}
                </Button>
              </Space>
            )
          }
        >
          <ul className="services-items">
            {data.items
              .filter((i) => i.windowId === w.id)
              .map((i) => (
                <li key={i.id} data-testid="catalogue-item">
                  <strong>{i.name}</strong> · {promised(i.promisedDays, i.promisedUnit)}
                  {i.fullAgency && <Tag color="purple">{t('services.fullAgency')}</Tag>}
                  {!i.active && <Tag>{t('services.catalogue.inactive')}</Tag>}
                  {may && (
                    <Button
                      type="link"
                      size="small"
                      onClick={() => setEditing({ kind: 'item', item: i, windowId: w.id })}
                    >
                      {t('services.catalogue.edit')}
                    </Button>
                  )}
                  <div className="services-materials">
                    {t('services.materials')}：{i.materials.join('、') || '—'}
                  </div>
                </li>
              ))}
          </ul>
        </Card>
      ))}
      {editing && (
        <EditModal
          villageId={villageId}
          editing={editing}
          departments={data.departments}
          onClose={(saved) => {
            setEditing(null);
            if (saved) reload();
          }}
        />
      )}
    </div>
  );
}

interface Values {
  windowNumber?: number;
  windowName?: string;
  townDepartmentId?: string | null;
  itemName?: string;
  materials?: string;
  promisedDays?: number;
  promisedUnit?: 'working' | 'calendar';
  fullAgency?: boolean;
  active?: boolean;
}

function EditModal({
  villageId,
  editing,
  departments,
  onClose,
}: {
  villageId: string;
  editing: Editing;
  departments: CatalogueResponse['departments'];
  onClose: (saved: boolean) => void;
}) {
  const t = useT();
  const [form] = Form.useForm<Values>();
  const base = servicesApi(villageId);
  const initial: Values =
    editing.kind === 'window'
      ? {
          windowNumber: editing.window?.number,
          windowName: editing.window?.name,
          townDepartmentId: editing.window?.townDepartmentId ?? null,
          active: editing.window?.active ?? true,
        }
      : {
          itemName: editing.item?.name,
          materials: editing.item?.materials.join('\n') ?? '',
          promisedDays: editing.item?.promisedDays ?? 5,
          promisedUnit: editing.item?.promisedUnit ?? 'working',
          fullAgency: editing.item?.fullAgency ?? false,
          active: editing.item?.active ?? true,
        };
  const { busy, error, unmatched, submit } = useFormSubmit(form, async (v) => {
    if (editing.kind === 'window') {
      const body = {
        windowNumber: v.windowNumber,
        windowName: v.windowName,
        townDepartmentId: v.townDepartmentId ?? null,
        active: v.active,
      };
      await (editing.window
        ? api(`${base}/windows/${editing.window.id}`, { method: 'PATCH', body })
        : api(`${base}/windows`, { method: 'POST', body }));
    } else {
      const body = {
        windowId: editing.windowId,
        itemName: v.itemName,
        materials: (v.materials ?? '').split(/\n+/),
        promisedDays: v.promisedDays,
        promisedUnit: v.promisedUnit,
        fullAgency: v.fullAgency ?? false,
        active: v.active,
      };
      await (editing.item
        ? api(`${base}/items/${editing.item.id}`, { method: 'PATCH', body })
        : api(`${base}/items`, { method: 'POST', body }));
    }
    onClose(true);
  });
  return (
    <Modal
      open
      title={t(
        editing.kind === 'window' ? 'services.catalogue.addWindow' : 'services.catalogue.addItem',
      )}
      okText={t('services.do.submit')}
      okButtonProps={{ loading: busy, ...{ 'data-testid': 'catalogue-save' } }}
      onOk={() => void submit()}
      onCancel={() => onClose(false)}
      destroyOnHidden
    >
      <ErrorAlert error={error} unmatched={unmatched} />
      <Form form={form} layout="vertical" initialValues={initial}>
        {editing.kind === 'window' ? (
          <>
            <Form.Item
              name="windowNumber"
              label={t('services.catalogue.windowNumber')}
              rules={[{ required: true }]}
            >
              <InputNumber min={1} max={99} data-testid="catalogue-window-number" />
            </Form.Item>
            <Form.Item
              name="windowName"
              label={t('services.catalogue.windowName')}
              rules={[{ required: true, whitespace: true }]}
            >
              <Input maxLength={40} data-testid="catalogue-window-name" />
            </Form.Item>
            <Form.Item name="townDepartmentId" label={t('services.department')}>
              <Select
                allowClear
                options={departments.map((d) => ({ value: d.id, label: d.name }))}
              />
            </Form.Item>
          </>
        ) : (
          <>
            <Form.Item
              name="itemName"
              label={t('services.catalogue.itemName')}
              rules={[{ required: true, whitespace: true }]}
            >
              <Input maxLength={60} data-testid="catalogue-item-name" />
            </Form.Item>
            <Form.Item
              name="materials"
              label={t('services.materials')}
              extra={t('services.catalogue.materialsHint')}
            >
              <Input.TextArea autoSize={{ minRows: 3 }} data-testid="catalogue-item-materials" />
            </Form.Item>
            <Space wrap>
              <Form.Item
                name="promisedDays"
                label={t('services.catalogue.days')}
                rules={[{ required: true }]}
              >
                <InputNumber min={0} max={365} data-testid="catalogue-item-days" />
              </Form.Item>
              <Form.Item name="promisedUnit" label={t('services.catalogue.unit')}>
                <Radio.Group
                  options={(['working', 'calendar'] as const).map((u) => ({
                    value: u,
                    label: t(`services.catalogue.unit.${u}`),
                  }))}
                />
              </Form.Item>
            </Space>
            <Form.Item name="fullAgency" label={t('services.fullAgency')} valuePropName="checked">
              <Switch data-testid="catalogue-item-agency" />
            </Form.Item>
          </>
        )}
        <Form.Item name="active" label={t('services.catalogue.active')} valuePropName="checked">
          <Switch />
        </Form.Item>
      </Form>
    </Modal>
  );
}
