import { useState } from 'react';
import { Navigate, useNavigate, useSearchParams } from 'react-router-dom';
import { Button, Card, Form, Input, Typography } from 'antd';
import { LockOutlined, MobileOutlined } from '@ant-design/icons';
import { PHONE_PATTERN } from '@cunzhi/core/registry/person';
import { useT } from '../../i18n/index.tsx';
import { Shell } from '../../app/Shell.tsx';
import { homePath, safeNext, useSession } from '../../app/session.tsx';
import { ErrorAlert } from '../../components/errors.tsx';

interface SignInForm {
  phone: string;
  password: string;
}

export default function SignInPage() {
  const t = useT();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const { state, signIn } = useSession();
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  const next = safeNext(params.get('next'));
  // a new account changes its password first, then goes where it was heading
  const afterChange = next
    ? `/change-password?next=${encodeURIComponent(next)}`
    : '/change-password';
  if (state.status === 'signedIn' && !busy) {
    return (
      <Navigate
        to={state.me.account.mustChangePassword ? afterChange : (next ?? homePath(state.me))}
        replace
      />
    );
  }

  const submit = async (values: SignInForm) => {
    setBusy(true);
    setError(null);
    try {
      const me = await signIn(values.phone.trim(), values.password);
      void navigate(me.account.mustChangePassword ? afterChange : (next ?? homePath(me)), {
        replace: true,
      });
    } catch (cause) {
      setError(cause);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Shell>
      <div className="narrow-page">
        <Card className="sign-in-card">
          <Typography.Title level={3} className="center">
            {t('signIn.title')}
          </Typography.Title>
          <ErrorAlert error={error} testId="signin-error" />
          <Form<SignInForm>
            layout="vertical"
            onFinish={(v) => void submit(v)}
            requiredMark={false}
            size="large"
          >
            <Form.Item
              name="phone"
              label={t('signIn.phone')}
              rules={[
                { required: true, message: t('validate.required', { field: t('signIn.phone') }) },
                { pattern: PHONE_PATTERN, message: t('validate.phone') },
              ]}
            >
              <Input
                prefix={<MobileOutlined />}
                inputMode="numeric"
                autoComplete="username"
                maxLength={11}
                placeholder={t('signIn.phone.placeholder')}
                data-testid="signin-phone"
              />
            </Form.Item>
            <Form.Item
              name="password"
              label={t('signIn.password')}
              rules={[
                {
                  required: true,
                  message: t('validate.required', { field: t('signIn.password') }),
                },
              ]}
            >
              <Input.Password
                prefix={<LockOutlined />}
                autoComplete="current-password"
                placeholder={t('signIn.password.placeholder')}
                data-testid="signin-password"
              />
            </Form.Item>
            <Button
              type="primary"
              htmlType="submit"
              block
              loading={busy}
              data-testid="signin-submit"
            >
              {t('signIn.submit')}
            </Button>
          </Form>
          <Typography.Paragraph type="secondary" className="sign-in-help">
            {t('signIn.help')}
          </Typography.Paragraph>
        </Card>
      </div>
    </Shell>
  );
}
