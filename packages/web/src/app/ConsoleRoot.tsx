import { Suspense, type ReactNode } from 'react';
import { Outlet } from 'react-router-dom';
import { App as AntApp, ConfigProvider } from 'antd';
import zhCNLocale from 'antd/es/locale/zh_CN';
import enUSLocale from 'antd/es/locale/en_US';
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import type { Lang } from '../i18n/index.tsx';
import { usePrefs } from './prefs.tsx';
import { appTheme } from './theme.ts';
import { PageLoading } from '../components/PageLoading.tsx';

/** Date pickers read dayjs's global locale; set before the pages below render. */
function syncDayjs(lang: Lang): void {
  const locale = lang === 'zh-CN' ? 'zh-cn' : 'en';
  if (dayjs.locale() !== locale) dayjs.locale(locale);
}

/**
 * The cadre console's routes (or `children`), inside antd's theme, locale and App (messages,
 * modals). Loaded lazily: the sign-in page and the villager's phone pages
 * never download antd.
 */
export default function ConsoleRoot({ children }: { children?: ReactNode }) {
  const { lang, largeType } = usePrefs();
  syncDayjs(lang);
  return (
    <ConfigProvider
      locale={lang === 'en' ? enUSLocale : zhCNLocale}
      theme={appTheme(largeType)}
      componentSize={largeType ? 'large' : 'middle'}
    >
      <AntApp>
        <Suspense fallback={<PageLoading />}>{children ?? <Outlet />}</Suspense>
      </AntApp>
    </ConfigProvider>
  );
}
