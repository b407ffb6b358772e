import { useEffect, useId, useState } from 'react';
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
  /** On a phone: a button that opens the camera, beside the one that chooses photos or PDFs. */
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
  const [generation, setGeneration] = useState(0);
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
    // new inputs: the browser forgets what was chosen in the old ones
    setGeneration((g) => g + 1);
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
      <div className="attachments-pickers" key={generation}>
        {camera ? (
          <FilePicker
            label={t('attachments.camera')}
            accept="image/*"
            camera
            onPick={pick}
            testId="attachments-camera"
          />
        ) : null}
        <FilePicker
          label={t('attachments.choose')}
          accept={ATTACHMENT_ACCEPT}
          onPick={pick}
          testId="attachments-input"
        />
      </div>
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

interface FilePickerProps {
  label: string;
  accept: string;
  /** Opens the camera (`capture`): a phone then offers no files, so it is a button of its own. */
  camera?: boolean;
  onPick: (files: File[]) => Promise<void>;
  testId: string;
}

/** A file input seen as a button: the input stays reachable to the keyboard and to tests. */
function FilePicker({ label, accept, camera, onPick, testId }: FilePickerProps) {
  const id = useId();
  return (
    <>
      <input
        id={id}
        type="file"
        multiple={!camera}
        accept={accept}
        {...(camera ? { capture: 'environment' as const } : {})}
        className="attachments-input"
        onChange={(e) => void onPick([...(e.target.files ?? [])])}
        data-testid={testId}
      />
      <label className="l-btn l-btn-default attachments-choose" htmlFor={id}>
        {label}
      </label>
    </>
  );
}
