import { Drawer, Form, Input, InputNumber, Select, Button } from 'antd';
import { SHARE_CLASSES } from '@cunzhi/core/collective/charter';
import { api } from '../../../api/client.ts';
import { useT } from '../../../i18n/index.tsx';
import { DateInput } from '../../../components/DateInput.tsx';
import { ErrorAlert } from '../../../components/errors.tsx';
import { PersonSelect } from '../../../components/PersonSelect.tsx';
import { useFormSubmit } from '../../../components/useFormSubmit.ts';
import { AssemblyResolutionSelect } from './AssemblyResolutionSelect.tsx';
import type { GrantInput, InheritInput, TransferInput } from './api.ts';

export type ShareAct = 'transfer' | 'inherit' | 'grant';

const PATH: Record<ShareAct, string> = {
  transfer: 'transfers',
  inherit: 'inheritances',
  grant: 'grants',
};

type Values = Partial<TransferInput & InheritInput & GrantInput>;

/**
 * One change of the register: a transfer to another member, an inheritance by a member of the
 * deceased's household, or a confirmed newborn's grant. The server decides whether the law and the
 * charter allow it and says why not, citing the article or the charter in words.
 */
export function ShareActDrawer({
  act,
  base,
  villageId,
  onClose,
  onDone,
}: {
  act: ShareAct;
  base: string;
  villageId: string;
  onClose: () => void;
  onDone: () => void;
}) {
  const t = useT();
  const [form] = Form.useForm<Values>();
  const { busy, error, unmatched, submit } = useFormSubmit(form, async (values) => {
    await api(`${base}/${PATH[act]}`, { method: 'POST', body: values });
    onDone();
  });
  const person = (name: keyof Values, label: string) => (
    <Form.Item name={name} label={label} rules={[{ required: true }]}>
      <PersonSelect villageId={villageId} testId={`shares-${name}`} />
    </Form.Item>
  );
  const onDay = (
    <Form.Item name="on" label={t('shares.field.on')}>
      <DateInput notAfterToday testId="shares-on" />
    </Form.Item>
  );
  return (
    <Drawer open onClose={onClose} title={t(`shares.act.${act}`)} width={520}>
      <ErrorAlert error={error} unmatched={unmatched} />
      <Form form={form} layout="vertical" data-testid={`shares-${act}-form`}>
        {act === 'transfer' && (
          <>
            {person('fromPersonId', t('shares.field.from'))}
            {person('toPersonId', t('shares.field.to'))}
            <Form.Item
              name="shareClass"
              label={t('shares.field.class')}
              rules={[{ required: true }]}
            >
              <Select
                options={SHARE_CLASSES.map((c) => ({ value: c, label: t(`shares.class.${c}`) }))}
              />
            </Form.Item>
            <Form.Item name="units" label={t('shares.field.units')} rules={[{ required: true }]}>
              <InputNumber min={1} precision={0} data-testid="shares-units" />
            </Form.Item>
            {onDay}
            <Form.Item name="note" label={t('shares.field.note')}>
              <Input maxLength={500} />
            </Form.Item>
          </>
        )}
        {act === 'inherit' && (
          <>
            {person('deceasedPersonId', t('shares.field.deceased'))}
            {person('heirPersonId', t('shares.field.heir'))}
            {onDay}
          </>
        )}
        {act === 'grant' && (
          <>
            {person('personId', t('shares.field.newborn'))}
            <Form.Item
              name="resolutionId"
              label={t('shares.field.resolution')}
              extra={t('shares.field.resolutionHint')}
            >
              <AssemblyResolutionSelect villageId={villageId} />
            </Form.Item>
          </>
        )}
        <Button
          type="primary"
          loading={busy}
          onClick={() => void submit()}
          data-testid="shares-submit"
        >
          {t('shares.submit')}
        </Button>
      </Form>
    </Drawer>
  );
}
