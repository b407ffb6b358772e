import { prefetch } from '../api/prefetch.ts';
import { loadLang, type Words } from '../i18n/index.tsx';
import { initialLang } from './prefs.tsx';

/** The resolutions the villager's home lists (MyHomePage asks for the same). */
export const MY_HOME_RESOLUTIONS = 5;

/**
 * The villager's phone pages, opened from a link or a QR code, start loading their code and
 * their first answers together with the app instead of one after the other (the app, then
 * `/api/me`, then the village frame, then the village, then the page, then its answers): on
 * slow rural networks every step saved is a few hundred milliseconds. The lazy routes of
 * App.tsx import the same modules, so nothing loads twice; a guess that turns out wrong (the
 * reader is signed out, say) costs one small request.
 */
export function preloadFor(pathname: string): void {
  // every page asks who is signed in first (app/session.tsx)
  prefetch('/api/me');
  // and every page past sign-in waits for its words (App.tsx `page`, `phonePage`)
  if (pathname !== '/sign-in')
    void loadLang(initialLang(), wordsFor(pathname)).catch(() => undefined);
  const meeting = /^\/v\/([\w-]+)\/meetings\/([\w-]+)\/me\/?$/.exec(pathname);
  if (meeting) {
    const [, villageId = '', meetingId = ''] = meeting;
    void import('../features/meetings/MePage.tsx');
    prefetch(`/api/villages/${villageId}/meetings/${meetingId}`);
    return;
  }
  const village = /^\/v\/([\w-]+)(\/.*)?$/.exec(pathname);
  if (village) {
    const [, villageId = '', rest = ''] = village;
    void import('../features/villages/VillageShell.tsx');
    prefetch(`/api/villages/${villageId}`);
    const notice = /^\/notices\/([\w-]+)\/?$/.exec(rest);
    if (notice) void import('../features/matters/NoticePage.tsx');
    if (notice) prefetch(`/api/villages/${villageId}/notices/${notice[1] ?? ''}`);
    else if (/^\/notices\/?$/.test(rest)) prefetch(`/api/villages/${villageId}/notices`);
    return;
  }
  if (pathname === '/sign-in') void import('../features/auth/SignInPage.tsx');
}

/**
 * The phone's pages (App.tsx `phonePage`): the village's home, the notices and a notice, the phone
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

/** The villager's own home, as soon as the frame knows the reader holds no cadre's seat there. */
export function preloadMyHome(villageId: string): void {
  void import('../features/villages/villager/MyHomePage.tsx');
  prefetch(`/api/villages/${villageId}/my-home`);
  prefetch(`/api/villages/${villageId}/resolutions?limit=${MY_HOME_RESOLUTIONS}`);
  prefetch(`/api/villages/${villageId}/notices`);
}
