import { useState, type FormEvent } from 'react';
import { Navigate, useSearchParams } from 'react-router-dom';
import { api } from '../../api/client.ts';
import type { FieldError } from '../../api/client.ts';
import { useT } from '../../i18n/index.tsx';
import { Shell } from '../../app/Shell.tsx';
import { homePath, safeNext, useMe, useSession } from '../../app/session.tsx';
import { ErrorAlert } from '../../light/ErrorAlert.tsx';
import { Alert, toast } from '../../light/feedback.tsx';
import { Button } from '../../light/Button.tsx';
import { Field, matches, PasswordInput, required, useForm, type Rule } from '../../light/form.tsx';

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
  const [error, setError] = useState<unknown>(null);
  const [unmatched, setUnmatched] = useState<FieldError[]>([]);
  const [busy, setBusy] = useState(false);
  const next = safeNext(useSearchParams()[0].get('next'));
  const [changed, setChanged] = useState(false);
  const sameAsNew: Rule<PasswordForm> = (value, values) =>
    value && value !== values.newPassword ? t('password.mismatch') : null;
  const form = useForm<PasswordForm>(
    { currentPassword: '', newPassword: '', repeat: '' },
    {
      currentPassword: [required(t('validate.required', { field: t('password.current') }))],
      newPassword: [
        required(t('validate.required', { field: t('password.new') })),
        matches(STRONG, t('password.new.hint')),
      ],
      repeat: [required(t('validate.required', { field: t('password.repeat') })), sameAsNew],
    },
  );

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy || !form.validate()) return;
    const { currentPassword, newPassword } = form.values;
    setBusy(true);
    setError(null);
    try {
      await api('/api/me/password', { method: 'POST', body: { currentPassword, newPassword } });
      toast(t('password.changed'));
      await refresh();
      setChanged(true);
    } catch (cause) {
      setError(cause);
      setUnmatched(form.applyServerErrors(cause));
    } finally {
      setBusy(false);
    }
  };

  // leave once the session no longer demands a change, or the route guard would send us back
  if (changed && !me.account.mustChangePassword)
    return <Navigate to={next ?? homePath(me)} replace />;

  const current = form.field('currentPassword');
  const fresh = form.field('newPassword');
  const repeat = form.field('repeat');
  return (
    <Shell>
      <div className="narrow-page">
        <div className="l-card">
          <h1 className="l-title">{t('password.title')}</h1>
          {me.account.mustChangePassword && (
            <Alert
              type="warning"
              title={t('password.mustChange')}
              className="block-gap"
              data-testid="must-change-password"
            />
          )}
          <ErrorAlert error={error} unmatched={unmatched} />
          <form className="l-form" noValidate onSubmit={(e) => void submit(e)}>
            <Field id="password-current" label={t('password.current')} error={current.error}>
              <PasswordInput
                id="password-current"
                {...current}
                autoComplete="current-password"
                data-testid="password-current"
              />
            </Field>
            <Field
              id="password-new"
              label={t('password.new')}
              extra={t('password.new.hint')}
              error={fresh.error}
            >
              <PasswordInput
                id="password-new"
                {...fresh}
                autoComplete="new-password"
                data-testid="password-new"
              />
            </Field>
            <Field id="password-repeat" label={t('password.repeat')} error={repeat.error}>
              <PasswordInput
                id="password-repeat"
                {...repeat}
                autoComplete="new-password"
                data-testid="password-repeat"
              />
            </Field>
            <Button
              kind="primary"
              htmlType="submit"
              loading={busy}
              block
              data-testid="password-submit"
            >
              {t('app.save')}
            </Button>
          </form>
        </div>
      </div>
    </Shell>
  );
}
