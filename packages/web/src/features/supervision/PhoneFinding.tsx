import './evidence.css';
import { useState } from 'react';
import { ApiError } from '../../api/client.ts';
import { useT } from '../../i18n/index.tsx';
import { Button } from '../../light/Button.tsx';
import { ErrorAlert } from '../../light/ErrorAlert.tsx';
import { toast } from '../../light/feedback.tsx';
import { supervisionPath } from './api.ts';
import { MAX_EVIDENCE_FILES, recordFinding } from './evidence.ts';

/**
 * A member at the inspection, on the phone: what they found and the photos they take there
 * (the camera opens from the file input), sent as one finding. Light kit, no antd.
 */
export function PhoneFindingForm({
  villageId,
  inspectionId,
  onSaved,
}: {
  villageId: string;
  inspectionId: string;
  onSaved: () => void;
}) {
  const t = useT();
  const [open, setOpen] = useState(false);
  const [text, setText] = useState('');
  const [files, setFiles] = useState<File[]>([]);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  if (!open)
    return (
      <Button block onClick={() => setOpen(true)} data-testid="phone-finding-open">
        {t('supervision.finding.mine')}
      </Button>
    );
  const save = () => {
    setBusy(true);
    setError(null);
    const path = `${supervisionPath(villageId)}/inspections/${inspectionId}`;
    recordFinding(path, { text }, files)
      .then(() => {
        toast(t('supervision.finding.saved'));
        setText('');
        setFiles([]);
        setOpen(false);
        onSaved();
      })
      .catch(setError)
      .finally(() => setBusy(false));
  };
  return (
    <div className="phone-finding" data-testid="phone-finding">
      <ErrorAlert error={error} unmatched={error instanceof ApiError ? error.fields : undefined} />
      <label className="l-label" htmlFor={`finding-${inspectionId}`}>
        {t('supervision.finding.text')}
      </label>
      <textarea
        id={`finding-${inspectionId}`}
        className="l-input phone-finding-text"
        rows={3}
        maxLength={4000}
        value={text}
        onChange={(e) => setText(e.target.value)}
        data-testid="phone-finding-text"
      />
      <label className="l-label phone-finding-camera">
        {t('supervision.evidence.camera')}
        <input
          type="file"
          accept="image/*"
          capture="environment"
          multiple
          onChange={(e) => setFiles([...(e.target.files ?? [])].slice(0, MAX_EVIDENCE_FILES))}
          data-testid="phone-finding-files"
        />
      </label>
      <p className="phone-hint">
        {files.length > 0
          ? t('supervision.evidence.chosen', { n: files.length })
          : t('supervision.evidence.hint')}
      </p>
      <Button
        kind="primary"
        size="large"
        block
        loading={busy}
        disabled={busy || !text.trim()}
        onClick={save}
        data-testid="phone-finding-submit"
      >
        {t('supervision.finding.submit')}
      </Button>
    </div>
  );
}
