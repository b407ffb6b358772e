import type { Translator } from '../../i18n/index.tsx';
import type { MotionView } from './api.ts';

// antd-free: the phone inbox (SupervisionInboxPage) words motions as the console does

/**
 * The count in words: as decided ("委员 7 人，到会 4 人（须 4 人），同意 4 票（须 4 票）"),
 * or while members still vote on their phones (who has voted so far).
 */
export function countText(t: Translator, motion: MotionView): string {
  const c = motion.count;
  if (motion.status === 'open') return t('supervision.motion.running', { ...c });
  return t('supervision.motion.count', { ...c });
}

/** 网上表决，2026年11月21日至2026年11月24日 / 会议表决，2026年11月21日. */
export function sittingText(t: Translator, motion: MotionView): string {
  const s = motion.sitting;
  if (s.mode === 'remote')
    return t('supervision.motion.remote', { from: t.date(s.heldOn), to: t.date(s.closesOn) });
  return t('supervision.motion.inPerson', { on: t.date(s.heldOn) });
}
