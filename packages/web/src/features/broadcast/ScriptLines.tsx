import { useT } from '../../i18n/index.tsx';
import type { BroadcastScriptView } from './api.ts';

/**
 * The script as the announcer reads it, part by part: each part's lines under a small label
 * (开头, 公告, 重播, 结尾) that is not read aloud. The panel and the printed sheet both draw it.
 */
export function ScriptLines({ script }: { script: BroadcastScriptView }) {
  const t = useT();
  return (
    <div className="broadcast-script" data-testid="broadcast-script">
      {script.parts.map((part, i) => (
        <section key={i} className={`broadcast-part broadcast-part-${part.part}`}>
          <div className="broadcast-part-label" aria-hidden>
            {t(`broadcast.part.${part.part}`)}
          </div>
          {part.lines.map((line, j) => (
            <p key={j}>{line}</p>
          ))}
        </section>
      ))}
    </div>
  );
}
