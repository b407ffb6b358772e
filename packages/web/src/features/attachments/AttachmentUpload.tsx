import { useEffect, useId, useRef, useState } from 'react';
import { ApiError } from '../../api/client.ts';
import { useT } from '../../i18n/index.tsx';
import { Button } from '../../light/Button.tsx';
import { ErrorAlert } from '../../light/ErrorAlert.tsx';
import { toast } from '../../light/feedback.tsx';
import {
  ATTACHMENT_ACCEPT,
  MAX_FILES_PER_UPLOAD,
  uploadAttachments,
  type UploadAnswer,
} from './api.ts';
import { choiceProblems, choose, release, type Chosen } from './choice.ts';
import { Thumb } from './Thumb.tsx';
import './attachments.css';

interface AttachmentUploadProps {
  /** The case's attachments path (`attachmentsPath(villageId, kind, ownerId)`). */
  path: string;
  /** How many more files the case takes (the list's `room`). */
  room: number;
  onUploaded: (answer: UploadAnswer) => void;
  /** On a phone: open the camera first (the file input's `capture`). */
  camera?: boolean;
}

/**
 * Choosing photos and documents for a case, with a preview of each photo and, before anything
 * is sent, what would be refused; then one upload. The server's field errors (it reads the
 * bytes again) show under the control. Plain React and the light kit's classes: it sits in the
 * console's antd pages and on the phone alike.
 */
export function AttachmentUpload({ path, room, onUploaded, camera }: AttachmentUploadProps) {
  const t = useT();
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const [chosen, setChosen] = useState<Chosen[]>([]);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  // the previews' object URLs go with the choice that made them
  useEffect(() => () => release(chosen), [chosen]);

  const pick = async (files: readonly File[]) => {
    setError(null);
    setChosen(await choose(t, files));
  };
  const clear = () => {
    setChosen([]);
    if (input.current) input.current.value = '';
  };
  const problems = choiceProblems(t, chosen, room);
  const send = () => {
    setBusy(true);
    setError(null);
    uploadAttachments(
      path,
      chosen.map((c) => c.file),
    )
      .then((answer) => {
        clear();
        toast(t('attachments.uploaded'));
        onUploaded(answer);
      })
      .catch(setError)
      .finally(() => setBusy(false));
  };
  const fieldErrors =
    error instanceof ApiError ? error.fields.filter((f) => f.field === 'files') : [];
  // the server's word once it has spoken, else what the browser saw in the choice
  const said = fieldErrors.length > 0 ? fieldErrors.map((f) => f.reason ?? f.message) : problems;

  return (
    <div className="attachments-upload" data-testid="attachments-upload">
      <input
        ref={input}
        id={id}
        type="file"
        multiple
        accept={ATTACHMENT_ACCEPT}
        {...(camera ? { capture: 'environment' as const } : {})}
        className="attachments-input"
        onChange={(e) => void pick([...(e.target.files ?? [])])}
        data-testid="attachments-input"
      />
      <label className="l-btn l-btn-default attachments-choose" htmlFor={id}>
        {t('attachments.choose')}
      </label>
      <div className="l-field-extra">
        {t('attachments.hint', { max: MAX_FILES_PER_UPLOAD })} · {t('attachments.room', { room })}
      </div>
      {chosen.length > 0 ? (
        <ul className="attachments-grid" aria-label={t('attachments.title')}>
          {chosen.map((c) => (
            <li
              key={`${c.file.name}-${c.file.size}-${c.file.lastModified}`}
              className={c.problem ? 'attachments-tile attachments-bad' : 'attachments-tile'}
            >
              <Thumb src={c.preview} type={c.type} name={c.file.name} />
              <span className="attachments-name">{c.file.name}</span>
            </li>
          ))}
        </ul>
      ) : null}
      {said.length > 0 ? (
        <div className="l-field-explain" role="alert">
          {said.map((text) => (
            <div key={text} className="l-field-explain-error ant-form-item-explain-error">
              {text}
            </div>
          ))}
        </div>
      ) : null}
      {error && fieldErrors.length === 0 ? <ErrorAlert error={error} /> : null}
      {chosen.length > 0 ? (
        <div className="attachments-actions">
          <Button
            kind="primary"
            loading={busy}
            disabled={problems.length > 0}
            onClick={send}
            data-testid="attachments-send"
          >
            {t('attachments.upload', { n: chosen.length })}
          </Button>
          <Button kind="text" disabled={busy} onClick={clear}>
            {t('attachments.clear')}
          </Button>
        </div>
      ) : null}
    </div>
  );
}
