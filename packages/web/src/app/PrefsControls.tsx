import { Segmented, Space, Switch, Tooltip } from 'antd';
import { useT, type Lang } from '../i18n/index.tsx';
import { usePrefs } from './prefs.tsx';

/** Language switch 中文/English and the large-type (长辈模式) switch, shown in every header. */
export function PrefsControls() {
  const t = useT();
  const { lang, setLang, largeType, setLargeType } = usePrefs();
  return (
    <Space size="middle" wrap={false} className="prefs-controls">
      <Segmented<Lang>
        aria-label={t('header.language')}
        data-testid="lang-switch"
        size="small"
        value={lang}
        onChange={setLang}
        options={[
          { label: '中文', value: 'zh-CN' },
          { label: 'English', value: 'en' },
        ]}
      />
      <Tooltip title={t('header.largeType.hint')}>
        <label className="large-type-toggle">
          <Switch
            size="small"
            checked={largeType}
            onChange={setLargeType}
            data-testid="large-type-switch"
          />
          <span>{t('header.largeType')}</span>
        </label>
      </Tooltip>
    </Space>
  );
}
