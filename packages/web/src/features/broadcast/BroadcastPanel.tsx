import { Link } from 'react-router-dom';
import { useApi } from '../../api/useApi.ts';
import { useT } from '../../i18n/index.tsx';
import { Card } from '../../light/Card.tsx';
import { Alert } from '../../light/feedback.tsx';
import { Spinner } from '../../light/Spinner.tsx';
import { VillageIcon } from '../../light/villageIcons.tsx';
import { broadcastPath, type NoticeBroadcastResponse } from './api.ts';
import { ScriptLines } from './ScriptLines.tsx';
import './broadcast.css';

/**
 * Under a notice: its 广播稿 for the village loudspeaker — the audio to play (听公告: also for
 * a villager who reads poorly) and download for the broadcast system when the server has a TTS
 * engine, else a plain word that there is none; the printable large-type sheet; and the script
 * itself. Drawn with the light kit: it sits on the villager's phone page of the notice too.
 */
export function BroadcastPanel({ villageId, noticeId }: { villageId: string; noticeId: string }) {
  const t = useT();
  const path = broadcastPath(villageId, noticeId);
  const { data } = useApi<NoticeBroadcastResponse>(path);
  if (!data) return <Spinner />;
  const audio = `${path}/audio`;
  return (
    <section className="broadcast-panel block-gap-top" data-testid="broadcast-panel">
      <Card
        title={<h2 className="broadcast-h2">{t('broadcast.title')}</h2>}
        extra={
          <Link
            to={`/v/${villageId}/notices/${noticeId}/broadcast/print`}
            target="_blank"
            className="l-btn l-btn-default"
            data-testid="broadcast-print"
          >
            <VillageIcon name="printer" /> {t('broadcast.print')}
          </Link>
        }
      >
        <p className="l-secondary">{t('broadcast.hint')}</p>
        {data.audio.available ? (
          <div className="broadcast-audio" data-testid="broadcast-audio">
            <span className="broadcast-listen">{t('broadcast.listen')}</span>
            <audio controls preload="none" src={audio} aria-label={t('broadcast.listen')} />
            <a
              href={audio}
              download
              className="l-btn l-btn-default"
              data-testid="broadcast-download"
            >
              {t('broadcast.download')}
            </a>
            <p className="l-secondary">
              {t('broadcast.engine', { engine: data.audio.engine ?? '' })}
            </p>
          </div>
        ) : (
          <Alert
            type="info"
            title={t(data.audio.reason === 'tooLong' ? 'broadcast.tooLong' : 'broadcast.noAudio')}
            data-testid="broadcast-no-audio"
          />
        )}
        <ScriptLines script={data.script} />
      </Card>
    </section>
  );
}
