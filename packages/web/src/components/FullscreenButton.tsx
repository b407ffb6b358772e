import { Button } from 'antd';
import { FullscreenOutlined } from '@ant-design/icons';
import { useT } from '../i18n/index.tsx';

/** The projector's faint corner button: the whole screen for the face (meetings, elections). */
export function FullscreenButton() {
  const t = useT();
  return (
    <Button
      className="projector-fullscreen"
      type="text"
      icon={<FullscreenOutlined />}
      aria-label={t('meetings.live.fullscreen')}
      onClick={() => void document.documentElement.requestFullscreen?.().catch(() => undefined)}
    />
  );
}
