import type { ReactNode } from 'react';

interface SwitchProps {
  checked: boolean;
  onChange: (checked: boolean) => void;
  /** Its name for screen readers, when no visible label names it. */
  'aria-label'?: string;
  [testId: `data-${string}`]: string | undefined;
}

/** An on/off switch (antd's small Switch): a button with role switch and aria-checked. */
export function Switch({ checked, onChange, ...data }: SwitchProps) {
  return (
    <button
      {...data}
      type="button"
      role="switch"
      aria-checked={checked}
      className={checked ? 'l-switch l-switch-on' : 'l-switch'}
      onClick={() => onChange(!checked)}
    >
      <span className="l-switch-handle" />
    </button>
  );
}

interface Option<T extends string> {
  value: T;
  label: ReactNode;
}

interface SegmentedProps<T extends string> {
  value: T;
  onChange: (value: T) => void;
  options: Option<T>[];
  'aria-label'?: string;
  [testId: `data-${string}`]: string | undefined;
}

/** One of a few, side by side (antd's Segmented). */
export function Segmented<T extends string>({
  value,
  onChange,
  options,
  ...rest
}: SegmentedProps<T>) {
  return (
    <div {...rest} role="radiogroup" className="l-segmented">
      {options.map((option) => (
        <button
          key={option.value}
          type="button"
          role="radio"
          aria-checked={option.value === value}
          className={option.value === value ? 'l-segmented-item selected' : 'l-segmented-item'}
          onClick={() => onChange(option.value)}
        >
          {option.label}
        </button>
      ))}
    </div>
  );
}

interface RadioListProps<T extends string> {
  name: string;
  value: T;
  onChange: (value: T) => void;
  options: Option<T>[];
  optionClassName?: string;
}

/** Radio buttons one under another (antd's vertical Radio.Group). */
export function RadioList<T extends string>({
  name,
  value,
  onChange,
  options,
  optionClassName,
}: RadioListProps<T>) {
  return (
    <div role="radiogroup" className="l-radio-list">
      {options.map((option) => (
        <label
          key={option.value}
          className={optionClassName ? `l-radio ${optionClassName}` : 'l-radio'}
        >
          <input
            type="radio"
            name={name}
            value={option.value}
            checked={option.value === value}
            onChange={() => onChange(option.value)}
          />
          <span>{option.label}</span>
        </label>
      ))}
    </div>
  );
}
