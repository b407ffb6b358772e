import { useEffect, useRef, useState, type ReactNode } from 'react';
import { Icon } from './icons.tsx';

/** Calls `onClose` on Escape while `open`. */
function useEscape(open: boolean, onClose: () => void): void {
  useEffect(() => {
    if (!open) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') onClose();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [open, onClose]);
}

interface DrawerProps {
  open: boolean;
  onClose: () => void;
  title: ReactNode;
  children: ReactNode;
  closeLabel: string;
  [testId: `data-${string}`]: string | undefined;
}

/** A panel sliding in from the left over a mask (antd's Drawer), for the phone menu. */
export function Drawer({ open, onClose, title, children, closeLabel, ...data }: DrawerProps) {
  useEscape(open, onClose);
  if (!open) return null;
  return (
    <div className="l-drawer-root">
      <div className="l-drawer-mask" onClick={onClose} />
      <div {...data} className="l-drawer" role="dialog" aria-modal="true">
        <div className="l-drawer-header">
          <button
            type="button"
            className="l-drawer-close"
            aria-label={closeLabel}
            onClick={onClose}
          >
            <Icon name="close" />
          </button>
          <div className="l-drawer-title">{title}</div>
        </div>
        <div className="l-drawer-body">{children}</div>
      </div>
    </div>
  );
}

interface DropdownProps {
  /** The button that opens the menu; gets `onClick` and `aria-expanded`. */
  trigger: (props: { onClick: () => void; 'aria-expanded': boolean }) => ReactNode;
  children: ReactNode;
}

/** A menu under a button, closed by a click anywhere or Escape (antd's Dropdown). */
export function Dropdown({ trigger, children }: DropdownProps) {
  const [open, setOpen] = useState(false);
  const root = useRef<HTMLDivElement>(null);
  const close = () => setOpen(false);
  useEscape(open, close);
  useEffect(() => {
    if (!open) return;
    const onDown = (event: MouseEvent) => {
      if (!root.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener('mousedown', onDown);
    return () => document.removeEventListener('mousedown', onDown);
  }, [open]);
  return (
    <div className="l-dropdown" ref={root}>
      {trigger({ onClick: () => setOpen((o) => !o), 'aria-expanded': open })}
      {open ? (
        <div className="l-dropdown-menu" role="menu" onClick={close}>
          {children}
        </div>
      ) : null}
    </div>
  );
}

export interface MenuEntry {
  key: string;
  label: ReactNode;
  icon?: ReactNode;
  /** Drawn selected (the current section). */
  selected?: boolean;
}

/** A vertical list of entries (antd's inline Menu); `render` draws each entry's link or button. */
export function MenuList({
  entries,
  className,
  render,
}: {
  entries: MenuEntry[];
  className?: string;
  render: (entry: MenuEntry, content: ReactNode) => ReactNode;
}) {
  return (
    <ul className={className ? `l-menu ${className}` : 'l-menu'} role="menu">
      {entries.map((entry) => (
        <li
          key={entry.key}
          role="none"
          className={entry.selected ? 'l-menu-item selected' : 'l-menu-item'}
        >
          {render(
            entry,
            <>
              {entry.icon ? <span className="l-menu-icon">{entry.icon}</span> : null}
              <span className="l-menu-label">{entry.label}</span>
            </>,
          )}
        </li>
      ))}
    </ul>
  );
}
