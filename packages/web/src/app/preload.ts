import { prefetch } from '../api/prefetch.ts';
import type { VillageFrame } from '../api/types.ts';
import { loadLang, type Words } from '../i18n/index.tsx';
import { initialLang } from './prefs.tsx';

import { myHomeAsks } from './myHomeAsks.ts';

export { MY_HOME_NOTICES, MY_HOME_RESOLUTIONS } from './myHomeAsks.ts';

/**
 * The villager's phone pages, opened from a link or a QR code, start loading their code and
 * their first answers together with the app instead of one after the other (the app, then
 * `/api/me`, then the village frame's code, then its answer, then the page, then its answers): on
 * slow rural networks every step saved is a few hundred milliseconds. The lazy routes of
 * App.tsx import the same modules, so nothing loads twice; a guess that turns out wrong (the
 * reader is signed out, say) costs one small request.
 */
export function preloadFor(pathname: string): void {
  // every page asks who is signed in first (app/session.tsx)
  void prefetch('/api/me');
  // and every page past sign-in waits for its words (lazyPage.ts `page`, `phonePage`)
  if (pathname !== '/sign-in')
    void loadLang(initialLang(), wordsFor(pathname)).catch(() => undefined);
  const meeting = /^\/v\/([\w-]+)\/meetings\/([\w-]+)\/me\/?$/.exec(pathname);
  if (meeting) {
    const [, villageId = '', meetingId = ''] = meeting;
    void import('../features/meetings/MePage.tsx');
    void prefetch(`/api/villages/${villageId}/meetings/${meetingId}`);
    return;
  }
  const village = /^\/v\/([\w-]+)(\/.*)?$/.exec(pathname);
  if (village) {
    const [, villageId = '', rest = ''] = village;
    void import('../features/villages/VillageShell.tsx');
    const frame = prefetch<VillageFrame>(`/api/villages/${villageId}/frame`);
    // the villager's own home: known from the frame's answer, before the frame's code and words
    // have arrived and drawn it; any other home shows the whole village's figures and bodies
    if (rest === '' || rest === '/')
      frame.then(
        (answer) => {
          if (opensMyHome(answer.abilities)) preloadMyHome(villageId);
          else void prefetch(`/api/villages/${villageId}`);
        },
        () => undefined,
      );
    const notice = /^\/notices\/([\w-]+)\/?$/.exec(rest);
    if (notice) void import('../features/matters/NoticePage.tsx');
    if (notice) void prefetch(`/api/villages/${villageId}/notices/${notice[1] ?? ''}`);
    else if (/^\/notices\/?$/.test(rest)) {
      void prefetch(`/api/villages/${villageId}/notices`);
      // the phone's list for all but those who run the village (App.tsx `VillageNotices`)
      frame.then(
        (answer) => {
          if (!answer.abilities.writeBodies)
            void import('../features/matters/PhoneNoticesPage.tsx');
        },
        () => undefined,
      );
    }
    return;
  }
  if (pathname === '/sign-in') void import('../features/auth/SignInPage.tsx');
}

/**
 * The phone's pages (lazyPage.ts `phonePage`): the village's home, the notices and a notice, the phone
 * at a meeting, my complaints, my registration, my recalls, the ballot, the supervision member's
 * inbox, the evaluator's sheet. A cadre's home under `/v/:id` loads the rest with the console.
 */
const PHONE_PATHS = [
  /^\/v\/[\w-]+\/?$/,
  /^\/v\/[\w-]+\/notices(\/[\w-]+)?\/?$/,
  /^\/v\/[\w-]+\/meetings\/[\w-]+\/me\/?$/,
  /^\/v\/[\w-]+\/(my-complaints|my-registration|my-recalls|supervision\/me)\/?$/,
  /^\/v\/[\w-]+\/my-services\/?$/,
  /^\/v\/[\w-]+\/my-messages\/?$/,
  /^\/v\/[\w-]+\/my-shop\/?$/,
  /^\/v\/[\w-]+\/my-points\/?$/,
  /^\/v\/[\w-]+\/my-dues\/?$/,
  /^\/v\/[\w-]+\/my-assistance\/?$/,
  /^\/v\/[\w-]+\/my-collective\/?$/,
  /^\/v\/[\w-]+\/our-lists\/?$/,
  /^\/v\/[\w-]+\/my-moral-list\/?$/,
  /^\/v\/[\w-]+\/(my-issues|my-visits)\/?$/,
  /^\/v\/[\w-]+\/elections\/[\w-]+\/ballot\/?$/,
  /^\/v\/[\w-]+\/evaluations\/[\w-]+\/sheet\/?$/,
];

function wordsFor(pathname: string): Words {
  return PHONE_PATHS.some((p) => p.test(pathname)) ? 'phone' : 'whole';
}

/**
 * Whether the village's home is the reader's own home (App.tsx `VillageHome`): not the console's
 * for those who change its bodies, nor the register's for those who browse it.
 */
export function opensMyHome(abilities: VillageFrame['abilities']): boolean {
  return !abilities.writeBodies && !abilities.readRegistry;
}

let myHomeLoaded = false;

/**
 * The villager's own home, as soon as the reader is known to get it: its code and its answers
 * together. Once its code is here the page asks for its answers itself as it is drawn.
 */
export function preloadMyHome(villageId: string): void {
  if (myHomeLoaded) return;
  void import('../features/villages/villager/MyHomePage.tsx').then(
    () => (myHomeLoaded = true),
    () => undefined,
  );
  for (const ask of myHomeAsks(villageId)) void prefetch(ask);
}
