import { useState } from 'react';
import { useT } from '../../i18n/index.tsx';
import { sizeText, type Attachment } from './api.ts';
import { Thumb } from './Thumb.tsx';
import './attachments.css';

/** A SHA-256 as printed: four groups of the first sixteen digits, enough to compare by eye. */
const shortHash = (sha256: string) => sha256.slice(0, 16).replace(/(.{4})(?=.)/g, '$1 ');

interface AttachmentListProps {
  items: readonly Attachment[];
  /** Offered on the reader's own files while the case takes files: asked twice, then done. */
  onRemove?: ((a: Attachment) => void) | undefined;
}

/**
 * A case's photos and documents as thumbnails: a photo opens at full size, a PDF in the
 * browser's reader; each carries its fingerprint (the one on the audit chain) as a tooltip.
 */
export function AttachmentList({ items, onRemove }: AttachmentListProps) {
  const t = useT();
  const [confirming, setConfirming] = useState<string | null>(null);
  if (items.length === 0) return <p className="attachments-none">{t('attachments.none')}</p>;
  return (
    <ul className="attachments-grid" data-testid="attachments-list">
      {items.map((a) => (
        <li
          key={a.id}
          className="attachments-tile"
          title={t('attachments.fingerprint', { hash: shortHash(a.sha256) })}
        >
          <a
            href={a.url}
            target="_blank"
            rel="noreferrer"
            aria-label={t('attachments.open', { name: a.name })}
          >
            <Thumb src={a.url} type={a.mediaType} name={a.name} />
          </a>
          <span className="attachments-name">{a.name}</span>
          <span className="attachments-meta">
            {sizeText(a.sizeBytes)}
            {a.mine ? ` · ${t('attachments.mine')}` : ''}
          </span>
          {onRemove && a.mine ? (
            <button
              type="button"
              className="attachments-remove"
              onClick={() => (confirming === a.id ? onRemove(a) : setConfirming(a.id))}
              data-testid="attachments-remove"
            >
              {confirming === a.id ? t('attachments.removeConfirm') : t('attachments.remove')}
            </button>
          ) : null}
        </li>
      ))}
    </ul>
  );
}
