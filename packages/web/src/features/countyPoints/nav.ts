import type { Translator } from '../../i18n/index.tsx';
import type { SchemeState } from './api.ts';

/** A scheme's state as a tag colour and its words. */
export function stateTag(t: Translator, state: SchemeState): { color: string; text: string } {
  const color: Record<SchemeState, string> = {
    collecting: 'default',
    computed: 'processing',
    inPublicity: 'warning',
    final: 'success',
    awarded: 'success',
  };
  return { color: color[state], text: t(`countyPoints.status.${state}`) };
}

/** Yuan text (`6666.67`) as the page shows it: ¥6,666.67. */
export function yuan(text: string): string {
  const [whole = '0', cents = '00'] = text.split('.');
  return `¥${whole.replace(/\B(?=(\d{3})+$)/g, ',')}.${cents.padEnd(2, '0')}`;
}
