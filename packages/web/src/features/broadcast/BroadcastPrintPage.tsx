import { useParams } from 'react-router-dom';
import { useApi } from '../../api/useApi.ts';
import { useT } from '../../i18n/index.tsx';
import { ErrorAlert } from '../../components/errors.tsx';
import { PageLoading } from '../../components/PageLoading.tsx';
import { PrintFrame } from '../matters/PrintFrame.tsx';
import { broadcastPath, type NoticeBroadcastResponse } from './api.ts';
import { ScriptLines } from './ScriptLines.tsx';
import './broadcast.css';

/**
 * The 广播稿 on A4 in large type, for the announcer at the microphone: which notice it is,
 * the script part by part, and a line to note who read it and when (the broadcast room's log).
 */
export default function BroadcastPrintPage() {
  const t = useT();
  const { villageId = '', noticeId = '' } = useParams();
  const { data, error } = useApi<NoticeBroadcastResponse>(broadcastPath(villageId, noticeId));
  if (error && !data)
    return (
      <div className="narrow-page">
        <ErrorAlert error={error} />
      </div>
    );
  if (!data) return <PageLoading />;
  const { notice, village, script } = data;
  return (
    <PrintFrame
      backTo={`/v/${villageId}/notices/${noticeId}`}
      testId="broadcast-print-page"
      hint={t('broadcast.print.hint')}
    >
      <header className="print-village">{village.name}</header>
      <h1 className="broadcast-print-title">{t('broadcast.print.kind')}</h1>
      <div className="broadcast-print-of">
        {t('broadcast.print.of', { kind: t.pick(notice.kindName), title: notice.title })}
      </div>
      <div className="broadcast-print-body">
        <ScriptLines script={script} />
      </div>
      <div className="broadcast-print-record">{t('broadcast.print.record')}</div>
    </PrintFrame>
  );
}
