import { useState } from 'react';
import { Navigate, useSearchParams } from 'react-router-dom';
import { Alert, App, Button, Card, Form, Input, Typography } from 'antd';
import { api } from '../../api/client.ts';
import { useT } from '../../i18n/index.tsx';
import { Shell } from '../../app/Shell.tsx';
import { homePath, safeNext, useMe, useSession } from '../../app/session.tsx';
import { applyFieldErrors, ErrorAlert } from '../../components/errors.tsx';
import type { FieldError } from '../../api/client.ts';

interface PasswordForm {
  currentPassword: string;
  newPassword: string;
  repeat: string;
}

/** Same rule as the server's `password_too_weak`: 8+ characters with letters and digits. */
const STRONG = /^(?=.*[A-Za-z])(?=.*\d).{8,}$/;

export default function ChangePasswordPage() {
  const t = useT();
  const me = useMe();
  const { refresh } = useSession();
  const { message } = App.useApp();
  const [form] = Form.useForm<PasswordForm>();
  const [error, setError] = useState<unknown>(null);
  const [unmatched, setUnmatched] = useState<FieldError[]>([]);
  const [busy, setBusy] = useState(false);
  const next = safeNext(useSearchParams()[0].get('next'));
  const [changed, setChanged] = useState(false);

  const submit = async ({ currentPassword, newPassword }: PasswordForm) => {
    setBusy(true);
    setError(null);
    try {
      await api('/api/me/password', { method: 'POST', body: { currentPassword, newPassword } });
      void message.success(t('password.changed'));
      await refresh();
      setChanged(true);
    } catch (cause) {
      setError(cause);
      setUnmatched(applyFieldErrors(form, cause));
    } finally {
      setBusy(false);
    }
  };

  // leave once the session no longer demands a change, or the route guard would send us back
  if (changed && !me.account.mustChangePassword)
    return <Navigate to={next ?? homePath(me)} replace />;

  return (
    <Shell>
      <div className="narrow-page">
        <Card>
          <Typography.Title level={3}>{t('password.title')}</Typography.Title>
          {me.account.mustChangePassword && (
            <Alert
              type="warning"
              showIcon
              title={t('password.mustChange')}
              className="block-gap"
              data-testid="must-change-password"
            />
          )}
          <ErrorAlert error={error} unmatched={unmatched} />
          <Form<PasswordForm> form={form} layout="vertical" onFinish={(v) => void submit(v)}>
            <Form.Item
              name="currentPassword"
              label={t('password.current')}
              rules={[
                {
                  required: true,
                  message: t('validate.required', { field: t('password.current') }),
                },
              ]}
            >
              <Input.Password autoComplete="current-password" data-testid="password-current" />
            </Form.Item>
            <Form.Item
              name="newPassword"
              label={t('password.new')}
              extra={t('password.new.hint')}
              rules={[
                { required: true, message: t('validate.required', { field: t('password.new') }) },
                { pattern: STRONG, message: t('password.new.hint') },
              ]}
            >
              <Input.Password autoComplete="new-password" data-testid="password-new" />
            </Form.Item>
            <Form.Item
              name="repeat"
              label={t('password.repeat')}
              dependencies={['newPassword']}
              rules={[
                {
                  required: true,
                  message: t('validate.required', { field: t('password.repeat') }),
                },
                ({ getFieldValue }) => ({
                  validator: (_, value: string | undefined) =>
                    !value || value === getFieldValue('newPassword')
                      ? Promise.resolve()
                      : Promise.reject(new Error(t('password.mismatch'))),
                }),
              ]}
            >
              <Input.Password autoComplete="new-password" data-testid="password-repeat" />
            </Form.Item>
            <Button
              type="primary"
              htmlType="submit"
              loading={busy}
              block
              data-testid="password-submit"
            >
              {t('app.save')}
            </Button>
          </Form>
        </Card>
      </div>
    </Shell>
  );
}
