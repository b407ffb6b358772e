import type { ButtonHTMLAttributes, ReactNode } from 'react';
import { Spinner } from './Spinner.tsx';

interface ButtonProps extends Omit<ButtonHTMLAttributes<HTMLButtonElement>, 'type'> {
  /** antd's `type`: primary (filled), default (outlined), text, link. */
  kind?: 'primary' | 'default' | 'text' | 'link';
  size?: 'middle' | 'large';
  block?: boolean;
  /** Busy: shows a spinner and takes no clicks. */
  loading?: boolean;
  icon?: ReactNode;
  htmlType?: 'button' | 'submit';
  [testId: `data-${string}`]: string | undefined;
}

/** A button styled as antd's, without antd. */
export function Button({
  kind = 'default',
  size = 'middle',
  block,
  loading,
  icon,
  htmlType = 'button',
  className,
  children,
  disabled,
  onClick,
  ...rest
}: ButtonProps) {
  const classes = ['l-btn', `l-btn-${kind}`];
  if (size === 'large') classes.push('l-btn-lg');
  if (block) classes.push('l-btn-block');
  if (loading) classes.push('l-btn-loading');
  if (className) classes.push(className);
  return (
    <button
      {...rest}
      type={htmlType}
      className={classes.join(' ')}
      disabled={disabled}
      aria-busy={loading || undefined}
      onClick={loading ? (event) => event.preventDefault() : onClick}
    >
      {loading ? <Spinner small /> : icon}
      {children !== undefined && children !== null ? <span>{children}</span> : null}
    </button>
  );
}
