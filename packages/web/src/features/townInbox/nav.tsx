import type { NavItem } from '../../app/Shell.tsx';
import type { Translator } from '../../i18n/index.tsx';
import { VillageIcon } from '../../light/villageIcons.tsx';

/** The town staff's menu around the inbox: the inbox and the villages they oversee. */
export function townNav(t: Translator): NavItem[] {
  return [
    {
      key: 'inbox',
      label: t('townInbox.menu'),
      icon: <VillageIcon name="safetyCertificate" />,
      to: '/town/inbox',
    },
    {
      key: 'villages',
      label: t('townInbox.villages'),
      icon: <VillageIcon name="appstore" />,
      to: '/villages',
    },
  ];
}
