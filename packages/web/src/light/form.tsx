import { useState, type InputHTMLAttributes, type ReactNode } from 'react';
import { ApiError, type FieldError } from '../api/client.ts';
import { Icon } from './icons.tsx';

/** One rule of a field: the message when `value` breaks it, else null. */
export type Rule<V> = (value: string, values: V) => string | null;

export const required =
  <V,>(message: string): Rule<V> =>
  (value) =>
    value.trim() === '' ? message : null;

export const matches =
  <V,>(pattern: RegExp, message: string): Rule<V> =>
  (value) =>
    value !== '' && !pattern.test(value) ? message : null;

/**
 * A small form: text values, rules per field checked as the user types (once the field was
 * touched) and all at once on submit, and the server's field errors put under the fields they
 * name. The values stay on an error. Rule messages are worked out at each render, so they follow
 * a change of language.
 */
export function useForm<V extends Record<keyof V, string>>(
  initial: V,
  rules: { [K in keyof V]?: Rule<V>[] },
) {
  const [values, setValues] = useState<V>(initial);
  // fields whose rules are shown: touched, or all after a submit
  const [checked, setChecked] = useState<ReadonlySet<keyof V>>(() => new Set());
  const [server, setServer] = useState<Partial<Record<keyof V, string>>>({});

  const check = (name: keyof V): string | undefined => {
    for (const rule of rules[name] ?? []) {
      const message = rule(values[name], values);
      if (message) return message;
    }
    return undefined;
  };

  /** Checks every field and shows what is wrong; true when all pass. */
  const validate = (): boolean => {
    const names = Object.keys(values) as (keyof V)[];
    setChecked(new Set(names));
    return names.every((name) => !check(name));
  };

  /** Puts the server's `error.fields[]` under the fields; returns those no field could show. */
  const applyServerErrors = (error: unknown): FieldError[] => {
    if (!(error instanceof ApiError)) return [];
    const unmatched: FieldError[] = [];
    const out: Partial<Record<keyof V, string>> = {};
    for (const problem of error.fields) {
      if (problem.field in values)
        out[problem.field as keyof V] = problem.reason ?? problem.message;
      else unmatched.push(problem);
    }
    setServer(out);
    return unmatched;
  };

  const field = (name: keyof V) => ({
    value: values[name],
    onChange: (value: string) => {
      setValues((old) => ({ ...old, [name]: value }));
      setChecked((old) => new Set(old).add(name));
      setServer((old) => ({ ...old, [name]: undefined }));
    },
    error: server[name] ?? (checked.has(name) ? check(name) : undefined),
  });

  return { values, field, validate, applyServerErrors };
}

interface FieldProps {
  label: string;
  id: string;
  error?: string;
  /** A hint under the field (antd's Form.Item `extra`). */
  extra?: string;
  children: ReactNode;
}

/**
 * A labelled field with its error under it. The error keeps antd's class
 * names, which the end-to-end tests read on both kinds of form.
 */
export function Field({ label, id, error, extra, children }: FieldProps) {
  return (
    <div className={error ? 'l-field l-field-error' : 'l-field'}>
      <label className="l-field-label" htmlFor={id}>
        {label}
      </label>
      {children}
      {error ? (
        <div className="l-field-explain" role="alert">
          <div className="l-field-explain-error ant-form-item-explain-error">{error}</div>
        </div>
      ) : null}
      {extra ? <div className="l-field-extra">{extra}</div> : null}
    </div>
  );
}

interface TextInputProps extends Omit<
  InputHTMLAttributes<HTMLInputElement>,
  'value' | 'onChange' | 'size' | 'prefix'
> {
  value: string;
  onChange: (value: string) => void;
  prefix?: ReactNode;
  size?: 'middle' | 'large';
  error?: string;
  [testId: `data-${string}`]: string | undefined;
}

/** A text input with an optional icon in front (antd's Input). */
export function TextInput({
  value,
  onChange,
  prefix,
  size,
  error,
  className,
  ...rest
}: TextInputProps) {
  const input = (
    <input
      {...rest}
      aria-invalid={error ? true : undefined}
      className={prefix ? 'l-input-bare' : inputClass(size, error, className)}
      value={value}
      onChange={(event) => onChange(event.target.value)}
    />
  );
  if (!prefix) return input;
  return (
    <span className={inputClass(size, error, `l-input-affix ${className ?? ''}`)}>
      <span className="l-input-prefix">{prefix}</span>
      {input}
    </span>
  );
}

function inputClass(size?: string, error?: string, className?: string): string {
  const classes = ['l-input'];
  if (size === 'large') classes.push('l-input-lg');
  if (error) classes.push('l-input-error');
  if (className) classes.push(className);
  return classes.join(' ');
}

/** A password input with a show/hide eye (antd's Input.Password). */
export function PasswordInput({
  value,
  onChange,
  prefix,
  size,
  error,
  ...rest
}: Omit<TextInputProps, 'type'>) {
  const [shown, setShown] = useState(false);
  return (
    <span className={inputClass(size, error, 'l-input-affix')}>
      {prefix ? <span className="l-input-prefix">{prefix}</span> : null}
      <input
        {...rest}
        type={shown ? 'text' : 'password'}
        aria-invalid={error ? true : undefined}
        className="l-input-bare"
        value={value}
        onChange={(event) => onChange(event.target.value)}
      />
      <button
        type="button"
        className="l-input-suffix"
        aria-label={shown ? 'hide' : 'show'}
        tabIndex={-1}
        onClick={() => setShown((s) => !s)}
      >
        <Icon name={shown ? 'eye' : 'eyeInvisible'} />
      </button>
    </span>
  );
}
