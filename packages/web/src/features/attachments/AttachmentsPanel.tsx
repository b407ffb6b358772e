import { useApi } from '../../api/useApi.ts';
import { useT } from '../../i18n/index.tsx';
import { ErrorAlert } from '../../light/ErrorAlert.tsx';
import { Spinner } from '../../light/Spinner.tsx';
import { useState } from 'react';
import { api } from '../../api/client.ts';
import { attachmentsPath, type Attachment, type AttachmentList as ListAnswer } from './api.ts';
import { AttachmentList } from './AttachmentList.tsx';
import { AttachmentUpload } from './AttachmentUpload.tsx';
import { MAX_ATTACHMENTS_PER_OWNER } from '@cunzhi/core/attachments/attachments';

interface AttachmentsPanelProps {
  villageId: string;
  /** The kind of case, as its feature registered it on the server (serviceRequest …). */
  ownerKind: string;
  ownerId: string;
  /** On a phone: the upload opens the camera first. */
  camera?: boolean;
}

/**
 * A case's photos and documents in one block for a case page, console or phone: the
 * thumbnails, and the upload control when the reader may add (the case's kind says so).
 */
export function AttachmentsPanel({ villageId, ownerKind, ownerId, camera }: AttachmentsPanelProps) {
  const t = useT();
  const path = attachmentsPath(villageId, ownerKind, ownerId);
  const { data, error, loading, reload } = useApi<ListAnswer>(path);
  const [removeError, setRemoveError] = useState<unknown>(null);
  const remove = (a: Attachment) => {
    setRemoveError(null);
    api(`${path}/${a.id}`, { method: 'DELETE' }).then(reload, setRemoveError);
  };
  return (
    <section className="attachments-panel" data-testid="attachments-panel">
      <h3 className="attachments-title">{t('attachments.title')}</h3>
      {error ? <ErrorAlert error={error} /> : null}
      {loading && !data ? <Spinner /> : null}
      {removeError ? <ErrorAlert error={removeError} /> : null}
      {data ? (
        <AttachmentList items={data.attachments} onRemove={data.canAttach ? remove : undefined} />
      ) : null}
      {data?.canAttach && data.room > 0 ? (
        <AttachmentUpload path={path} room={data.room} camera={camera} onUploaded={reload} />
      ) : null}
      {data?.canAttach && data.room === 0 ? (
        <p className="l-field-extra">{t('attachments.full', { max: MAX_ATTACHMENTS_PER_OWNER })}</p>
      ) : null}
    </section>
  );
}
