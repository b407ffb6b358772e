import { useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { Button, Drawer, Form, Input, Select, Typography } from 'antd';
import { api } from '../../api/client.ts';
import { useApi } from '../../api/useApi.ts';
import { useT } from '../../i18n/index.tsx';
import { ErrorAlert } from '../../components/errors.tsx';
import { useFormSubmit } from '../../components/useFormSubmit.ts';
import {
  servicesApi,
  servicesPage,
  type CatalogueResponse,
  type CounterOrder,
  type Ordered,
  type RequesterOptions,
} from './api.ts';
import { usePromised } from './parts.tsx';

/** The counter orders for a villager without a phone, then opens the request to accept it. */
export default function CounterOrderDrawer({
  villageId,
  onClose,
}: {
  villageId: string;
  onClose: () => void;
}) {
  const t = useT();
  const navigate = useNavigate();
  const promised = usePromised();
  const [form] = Form.useForm<CounterOrder>();
  const catalogue = useApi<CatalogueResponse>(`${servicesApi(villageId)}/catalogue`);
  const [query, setQuery] = useState('');
  const people = useApi<RequesterOptions>(
    query ? `${servicesApi(villageId)}/requesters?q=${encodeURIComponent(query)}` : null,
  );
  const itemId = Form.useWatch('itemId', form);
  const item = catalogue.data?.items.find((i) => i.id === itemId);
  const { busy, error, unmatched, submit } = useFormSubmit(form, async (values) => {
    const res = await api<Ordered>(`${servicesApi(villageId)}/requests`, {
      method: 'POST',
      body: values,
    });
    onClose();
    void navigate(`${servicesPage(villageId)}/${res.id}`);
  });
  const windows = catalogue.data?.windows.filter((w) => w.active) ?? [];
  return (
    <Drawer open onClose={onClose} title={t('services.counter')} size={520} destroyOnHidden>
      <Typography.Paragraph type="secondary">{t('services.counter.hint')}</Typography.Paragraph>
      <ErrorAlert error={error ?? catalogue.error} unmatched={unmatched} />
      <Form form={form} layout="vertical">
        <Form.Item name="itemId" label={t('services.item')} rules={[{ required: true }]}>
          <Select
            showSearch
            optionFilterProp="label"
            data-testid="counter-item"
            options={windows.map((w) => ({
              label: t('services.windowText', { number: w.number, name: w.name }),
              options: (catalogue.data?.items ?? [])
                .filter((i) => i.active && i.windowId === w.id)
                .map((i) => ({ value: i.id, label: i.name })),
            }))}
          />
        </Form.Item>
        {item && (
          <Typography.Paragraph data-testid="counter-materials">
            <strong>{t('services.materials')}：</strong>
            {item.materials.join('、') || '—'} · {promised(item.promisedDays, item.promisedUnit)}
          </Typography.Paragraph>
        )}
        <Form.Item name="requesterPersonId" label={t('services.requester')}>
          <Select
            showSearch
            allowClear
            filterOption={false}
            onSearch={setQuery}
            placeholder={t('services.requester.search')}
            data-testid="counter-person"
            options={(people.data?.items ?? []).map((p) => ({
              value: p.personId,
              label: [
                p.name,
                p.group,
                p.birthYear ? t('services.requester.born', { year: p.birthYear }) : null,
              ]
                .filter(Boolean)
                .join(' · '),
            }))}
          />
        </Form.Item>
        <Form.Item name="requesterName" label={t('services.requesterName')}>
          <Input maxLength={40} data-testid="counter-name" />
        </Form.Item>
        <Form.Item name="requesterPhone" label={t('services.requesterPhone')}>
          <Input maxLength={20} inputMode="tel" data-testid="counter-phone" />
        </Form.Item>
        <Form.Item name="details" label={t('services.details')}>
          <Input.TextArea
            maxLength={2000}
            autoSize={{ minRows: 2 }}
            data-testid="counter-details"
          />
        </Form.Item>
        <Button
          type="primary"
          loading={busy}
          onClick={() => void submit()}
          data-testid="counter-submit"
        >
          {t('services.do.submit')}
        </Button>
      </Form>
    </Drawer>
  );
}
