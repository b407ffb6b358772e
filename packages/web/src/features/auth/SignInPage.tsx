import { useState, type FormEvent } from 'react';
import { Navigate, useNavigate, useSearchParams } from 'react-router-dom';
import { PHONE_PATTERN } from '@cunzhi/core/registry/person';
import { loadMessages, useT } from '../../i18n/index.tsx';
import { Shell } from '../../app/Shell.tsx';
import { homePath, safeNext, useSession } from '../../app/session.tsx';
import { ErrorAlert } from '../../light/ErrorAlert.tsx';
import { Button } from '../../light/Button.tsx';
import { Icon } from '../../light/icons.tsx';
import { Field, matches, PasswordInput, required, TextInput, useForm } from '../../light/form.tsx';

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
  const form = useForm<SignInForm>(
    { phone: '', password: '' },
    {
      phone: [
        required(t('validate.required', { field: t('signIn.phone') })),
        matches(PHONE_PATTERN, t('validate.phone')),
      ],
      password: [required(t('validate.required', { field: t('signIn.password') }))],
    },
  );

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

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy || !form.validate()) return;
    setBusy(true);
    setError(null);
    // the phone's words load while the password is checked (i18n/index.tsx): every home
    // starts with them; a cadre's console fetches the rest with its own code
    void loadMessages('phone').catch(() => undefined);
    try {
      const me = await signIn(form.values.phone.trim(), form.values.password);
      void navigate(me.account.mustChangePassword ? afterChange : (next ?? homePath(me)), {
        replace: true,
      });
    } catch (cause) {
      setError(cause);
    } finally {
      setBusy(false);
    }
  };

  const phone = form.field('phone');
  const password = form.field('password');
  return (
    <Shell>
      <div className="narrow-page">
        <div className="l-card sign-in-card">
          <h1 className="l-title center">{t('signIn.title')}</h1>
          <ErrorAlert error={error} testId="signin-error" />
          <form className="l-form" noValidate onSubmit={(e) => void submit(e)}>
            <Field id="signin-phone" label={t('signIn.phone')} error={phone.error}>
              <TextInput
                id="signin-phone"
                {...phone}
                size="large"
                prefix={<Icon name="mobile" />}
                inputMode="numeric"
                autoComplete="username"
                maxLength={11}
                placeholder={t('signIn.phone.placeholder')}
                data-testid="signin-phone"
              />
            </Field>
            <Field id="signin-password" label={t('signIn.password')} error={password.error}>
              <PasswordInput
                id="signin-password"
                {...password}
                size="large"
                prefix={<Icon name="lock" />}
                autoComplete="current-password"
                placeholder={t('signIn.password.placeholder')}
                data-testid="signin-password"
              />
            </Field>
            <Button
              kind="primary"
              htmlType="submit"
              size="large"
              block
              loading={busy}
              data-testid="signin-submit"
            >
              {t('signIn.submit')}
            </Button>
          </form>
          <p className="l-secondary sign-in-help">{t('signIn.help')}</p>
        </div>
      </div>
    </Shell>
  );
}
