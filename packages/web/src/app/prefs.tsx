import {
  createContext,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useState,
  type ReactNode,
} from 'react';
import {
  isLangLoaded,
  isLangReady,
  LangContext,
  LANGS,
  loadLang,
  setActiveLang,
  type Lang,
} from '../i18n/index.tsx';

/** Viewer preferences kept on the device: language and large-type (长辈) mode. */
interface Prefs {
  lang: Lang;
  setLang: (lang: Lang) => void;
  largeType: boolean;
  setLargeType: (on: boolean) => void;
}

const PrefsContext = createContext<Prefs | null>(null);

const LANG_KEY = 'cunzhi.lang';
const LARGE_TYPE_KEY = 'cunzhi.largeType';
/** The server reads this cookie to localise its error messages. */
const LANG_COOKIE = 'cunzhi_lang';

function readStorage(key: string): string | null {
  try {
    return window.localStorage.getItem(key);
  } catch {
    return null;
  }
}

function writeStorage(key: string, value: string): void {
  try {
    window.localStorage.setItem(key, value);
  } catch {
    // Private mode or storage disabled: the preference lasts for this page only.
  }
}

function readCookie(name: string): string | null {
  const match = document.cookie.split('; ').find((part) => part.startsWith(`${name}=`));
  return match ? decodeURIComponent(match.slice(name.length + 1)) : null;
}

function isLang(value: string | null): value is Lang {
  return value !== null && (LANGS as readonly string[]).includes(value);
}

/** The language of the first screen: the reader's choice on this device, else Chinese. */
export function initialLang(): Lang {
  const stored = readStorage(LANG_KEY);
  if (isLang(stored)) return stored;
  const cookie = readCookie(LANG_COOKIE);
  if (isLang(cookie)) return cookie;
  return 'zh-CN';
}

function applyLang(lang: Lang): void {
  document.cookie = `${LANG_COOKIE}=${encodeURIComponent(lang)}; path=/; max-age=31536000; SameSite=Lax`;
  document.documentElement.lang = lang;
  setActiveLang(lang);
}

export function PrefsProvider({ children }: { children: ReactNode }) {
  // The cookie is set before the first render so the first API request already carries it.
  const [lang, setLangState] = useState<Lang>(() => {
    const first = initialLang();
    applyLang(first);
    return first;
  });
  // English is fetched on first use; until it is in, nothing is drawn (no flash of Chinese).
  // Chinese draws the first screen at once; its pages wait for the rest (lazyPage.ts `page`).
  const [loaded, setLoaded] = useState(() => isLangReady(lang));
  const [largeType, setLargeTypeState] = useState<boolean>(
    () => readStorage(LARGE_TYPE_KEY) === '1',
  );

  useEffect(() => {
    if (loaded) return;
    // offline: Chinese, which is always there
    const done = () => setLoaded(true);
    void loadLang(lang).then(done, done);
  }, [lang, loaded]);

  useEffect(() => {
    document.body.classList.toggle('large-type', largeType);
  }, [largeType]);

  const setLang = useCallback((next: Lang) => {
    writeStorage(LANG_KEY, next);
    const show = () => {
      applyLang(next);
      setLangState(next);
    };
    if (isLangLoaded(next)) show();
    else void loadLang(next).then(show, () => undefined);
  }, []);
  const setLargeType = useCallback((on: boolean) => {
    writeStorage(LARGE_TYPE_KEY, on ? '1' : '0');
    setLargeTypeState(on);
  }, []);

  const value = useMemo(
    () => ({ lang, setLang, largeType, setLargeType }),
    [lang, setLang, largeType, setLargeType],
  );
  return (
    <PrefsContext.Provider value={value}>
      <LangContext.Provider value={lang}>{loaded ? children : null}</LangContext.Provider>
    </PrefsContext.Provider>
  );
}

export function usePrefs(): Prefs {
  const prefs = useContext(PrefsContext);
  if (!prefs) throw new Error('usePrefs outside PrefsProvider');
  return prefs;
}
