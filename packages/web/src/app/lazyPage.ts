import { lazy, type ComponentType } from 'react';
import { loadMessages, type Words } from '../i18n/index.tsx';

/**
 * A page past sign-in: its code and the dictionary of the language in use load together (the
 * first chunk has only the sign-in's words: i18n/index.tsx), so no page draws a raw key. The
 * console's pages wait for the whole dictionary, the phone's for their part of it.
 */
export function page<P extends object>(
  load: () => Promise<{ default: ComponentType<P> }>,
  words: Words = 'whole',
) {
  return lazy(async () => {
    const [module] = await Promise.all([load(), loadMessages(words)]);
    return module;
  });
}

/** A villager's phone page: the phone's words only (i18n/phone.zh-CN.ts), not the console's. */
export function phonePage<P extends object>(load: () => Promise<{ default: ComponentType<P> }>) {
  return page(load, 'phone');
}

/** The console's frame (antd's theme and App), for the console's pages and the village's. */
export const ConsoleRoot = page(() => import('./ConsoleRoot.tsx'));
