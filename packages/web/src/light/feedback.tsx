import type { ReactNode } from 'react';
import { Icon, type IconName } from './icons.tsx';

type Tone = 'success' | 'info' | 'warning' | 'error';

const TONE_ICON: Record<Tone, IconName> = {
  success: 'checkCircle',
  info: 'infoCircle',
  warning: 'exclamationCircle',
  error: 'closeCircle',
};

interface AlertProps {
  type: Tone;
  title: ReactNode;
  description?: ReactNode;
  className?: string;
  [data: `data-${string}`]: string | undefined;
}

/** A message box (antd's Alert with showIcon). */
export function Alert({ type, title, description, className, ...data }: AlertProps) {
  const classes = ['l-alert', `l-alert-${type}`];
  if (description) classes.push('l-alert-with-description');
  if (className) classes.push(className);
  return (
    <div {...data} role="alert" className={classes.join(' ')}>
      <Icon name={TONE_ICON[type]} className="l-alert-icon" />
      <div className="l-alert-content">
        <div className="l-alert-title">{title}</div>
        {description ? <div className="l-alert-description">{description}</div> : null}
      </div>
    </div>
  );
}

interface ResultProps {
  status: Tone | '403' | '404';
  title: ReactNode;
  subTitle?: ReactNode;
  extra?: ReactNode;
  [data: `data-${string}`]: string | undefined;
}

/** A whole-page outcome (antd's Result): an icon or the HTTP status, a title and what to do. */
export function Result({ status, title, subTitle, extra, ...data }: ResultProps) {
  const tone: Tone = status === '403' || status === '404' ? 'warning' : status;
  return (
    <div {...data} className={`l-result l-result-${tone}`}>
      <div className="l-result-icon">
        {status === '403' || status === '404' ? (
          <span className="l-result-code">{status}</span>
        ) : (
          <Icon name={TONE_ICON[tone]} />
        )}
      </div>
      <div className="l-result-title">{title}</div>
      {subTitle ? <div className="l-result-subtitle">{subTitle}</div> : null}
      {extra ? <div className="l-result-extra">{extra}</div> : null}
    </div>
  );
}

/** A short confirmation at the top of the screen (antd's message.success), gone after 3 s. */
export function toast(text: string): void {
  const box = document.createElement('div');
  box.className = 'l-toast';
  box.setAttribute('role', 'status');
  box.textContent = text;
  document.body.appendChild(box);
  window.setTimeout(() => box.remove(), 3000);
}
