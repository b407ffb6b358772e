import type { ReactNode } from 'react';
import { Form } from 'antd';
import type { FormInstance } from 'antd';
import { ErrorAlert } from '../../components/errors.tsx';
import { useFormSubmit } from '../../components/useFormSubmit.ts';
import { FormDrawer } from '../registry/FormDrawer.tsx';

/**
 * One act on the organisation in a drawer: the form, the server's field errors on its fields,
 * a refusal (the article in words) in the alert; closed and reloaded once recorded.
 */
export function ActDrawer<V>({
  title,
  testId,
  form,
  send,
  onClose,
  onDone,
  initialValues,
  children,
}: {
  title: string;
  testId: string;
  form: FormInstance<V>;
  send: (values: V) => Promise<unknown>;
  onClose: () => void;
  onDone: () => void;
  initialValues?: Partial<V>;
  children: ReactNode;
}) {
  const { busy, error, unmatched, submit } = useFormSubmit(form, async (values) => {
    await send(values);
    onDone();
  });
  return (
    <FormDrawer
      title={title}
      busy={busy}
      onClose={onClose}
      onSubmit={() => void submit()}
      testId={testId}
    >
      <ErrorAlert error={error} unmatched={unmatched} />
      <Form form={form} layout="vertical" initialValues={initialValues}>
        {children}
      </Form>
    </FormDrawer>
  );
}
