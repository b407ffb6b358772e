import { App as AntApp, Button, Form, Input, Typography } from 'antd';
import { api } from '../../api/client.ts';
import { useT } from '../../i18n/index.tsx';
import { ErrorAlert } from '../../components/errors.tsx';
import { useFormSubmit } from '../../components/useFormSubmit.ts';

interface Values {
  officePhone: string;
}

/**
 * 村委会联系电话: the number the texts to someone outside the registry (no account to sign in with)
 * give as where to ask. The two committees change it; the other readers see it.
 */
export function OfficePhone(props: {
  villageId: string;
  phone: string | null;
  canEdit: boolean;
  onSaved: () => void;
}) {
  const t = useT();
  const { message } = AntApp.useApp();
  const [form] = Form.useForm<Values>();
  const { busy, error, unmatched, submit } = useFormSubmit(form, async (values) => {
    await api(`/api/villages/${props.villageId}/notifications/office-phone`, {
      method: 'PUT',
      body: { officePhone: values.officePhone ?? '' },
    });
    void message.success(t('notifications.officePhone.saved'));
    props.onSaved();
  });
  if (!props.canEdit)
    return (
      <Typography.Paragraph data-testid="office-phone">
        {t('notifications.officePhone')}：{props.phone ?? t('notifications.officePhone.none')}
      </Typography.Paragraph>
    );
  return (
    <div className="block-gap" data-testid="office-phone">
      <ErrorAlert error={error} unmatched={unmatched} />
      <Form
        form={form}
        layout="inline"
        initialValues={{ officePhone: props.phone ?? '' }}
        onFinish={() => void submit()}
      >
        <Form.Item
          name="officePhone"
          label={t('notifications.officePhone')}
          extra={t('notifications.officePhone.hint')}
        >
          <Input
            inputMode="tel"
            maxLength={20}
            placeholder="028-83561234"
            data-testid="office-phone-input"
          />
        </Form.Item>
        <Button htmlType="submit" loading={busy} data-testid="office-phone-save">
          {t('notifications.officePhone.save')}
        </Button>
      </Form>
    </div>
  );
}
