import { useState } from 'react';
import type { FormInstance } from 'antd';
import type { FieldError } from '../api/client.ts';
import { applyFieldErrors } from './errors.tsx';

/**
 * A form's submit: validate, send, and put the server's field errors on the
 * fields (`unmatched` holds those no field could show, for the form's alert).
 * Nothing is lost: on an error the values stay in the form.
 */
export function useFormSubmit<V>(form: FormInstance<V>, send: (values: V) => Promise<void>) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [unmatched, setUnmatched] = useState<FieldError[]>([]);
  const submit = async () => {
    let values: V;
    try {
      values = await form.validateFields();
    } catch {
      return; // antd shows what is wrong under each field
    }
    setBusy(true);
    setError(null);
    setUnmatched([]);
    try {
      await send(values);
    } catch (cause) {
      setError(cause);
      setUnmatched(applyFieldErrors(form, cause));
    } finally {
      setBusy(false);
    }
  };
  return { busy, error, unmatched, submit };
}
