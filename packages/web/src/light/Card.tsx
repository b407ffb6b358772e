import type { ReactNode } from 'react';

interface CardProps {
  title?: ReactNode;
  /** Top right of the header (antd's `extra`). */
  extra?: ReactNode;
  size?: 'default' | 'small';
  className?: string;
  children: ReactNode;
  [data: `data-${string}`]: string | undefined;
}

/** A white box with an optional header (antd's Card). */
export function Card({ title, extra, size, className, children, ...data }: CardProps) {
  const classes = ['l-card-box'];
  if (size === 'small') classes.push('l-card-sm');
  if (className) classes.push(className);
  return (
    <div {...data} className={classes.join(' ')}>
      {title || extra ? (
        <div className="l-card-head">
          <div className="l-card-title">{title}</div>
          {extra ? <div className="l-card-extra">{extra}</div> : null}
        </div>
      ) : null}
      <div className="l-card-body">{children}</div>
    </div>
  );
}

type TagColor = 'default' | 'red' | 'volcano' | 'orange' | 'gold' | 'green' | 'blue';

/** A small label (antd's Tag with its preset colours). */
export function Tag({
  color = 'default',
  className,
  title,
  children,
  ...data
}: {
  color?: TagColor;
  className?: string;
  title?: string;
  children: ReactNode;
  [data: `data-${string}`]: string | undefined;
}) {
  return (
    <span
      {...data}
      title={title}
      className={className ? `l-tag l-tag-${color} ${className}` : `l-tag l-tag-${color}`}
    >
      {children}
    </span>
  );
}
