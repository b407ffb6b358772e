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

type Errors<V> = Partial<Record<keyof V, string>>;

/**
 * A small form: text values, rules per field checked as the user types (once
 * the field was touched) and all at once on submit, and the server's field
 * errors put under the fields they name. The values stay on an error.
 */
export function useForm<V extends Record<keyof V, string>>(
  initial: V,
  rules: { [K in keyof V]?: Rule<V>[] },
) {
  const [values, setValues] = useState<V>(initial);
  const [errors, setErrors] = useState<Errors<V>>({});

  const check = (name: keyof V, all: V): string | undefined => {
    for (const rule of rules[name] ?? []) {
      const message = rule(all[name], all);
      if (message) return message;
    }
    return undefined;
  };

  const set = (name: keyof V, value: string) => {
    const next = { ...values, [name]: value };
    setValues(next);
    setErrors((old) => {
      const out: Errors<V> = { ...old, [name]: check(name, next) };
      // a field shown wrong is checked again when another changes (the repeated password)
      for (const other of Object.keys(old) as (keyof V)[])
        if (other !== name && old[other]) out[other] = check(other, next);
      return out;
    });
  };

  /** Checks every field; true when all pass. */
  const validate = (): boolean => {
    const out: Errors<V> = {};
    for (const name of Object.keys(values) as (keyof V)[]) out[name] = check(name, values);
    setErrors(out);
    return Object.values(out).every((e) => !e);
  };

  /** Puts the server's `error.fields[]` under the fields; returns those no field could show. */
  const applyServerErrors = (error: unknown): FieldError[] => {
    if (!(error instanceof ApiError)) return [];
    const unmatched: FieldError[] = [];
    const out: Errors<V> = {};
    for (const problem of error.fields) {
      if (problem.field in values)
        out[problem.field as keyof V] = problem.reason ?? problem.message;
      else unmatched.push(problem);
    }
    setErrors((old) => ({ ...old, ...out }));
    return unmatched;
  };

  const field = (name: keyof V) => ({
    value: values[name],
    onChange: (value: string) => set(name, value),
    error: errors[name],
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
