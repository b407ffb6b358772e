import { useT, type Lang } from '../i18n/index.tsx';
import { usePrefs } from './prefs.tsx';
import { Segmented, Switch } from '../light/choice.tsx';

const LANG_OPTIONS: { value: Lang; label: string }[] = [
  { value: 'zh-CN', label: '中文' },
  { value: 'en', label: 'English' },
];

/** Language switch 中文/English and the large-type (长辈模式) switch, shown in every header. */
export function PrefsControls() {
  const t = useT();
  const { lang, setLang, largeType, setLargeType } = usePrefs();
  return (
    <div className="prefs-controls">
      <Segmented<Lang>
        aria-label={t('header.language')}
        data-testid="lang-switch"
        value={lang}
        onChange={setLang}
        options={LANG_OPTIONS}
      />
      <label
        className="large-type-toggle"
        title={t('header.largeType.hint')}
        data-testid="large-type-toggle"
      >
        <Switch
          checked={largeType}
          onChange={setLargeType}
          aria-label={t('header.largeType')}
          data-testid="large-type-switch"
        />
        <span aria-hidden>{t('header.largeType')}</span>
      </label>
    </div>
  );
}
