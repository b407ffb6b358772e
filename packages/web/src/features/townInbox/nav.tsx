import type { StaffUnit } from '@cunzhi/core/policies/actor';
import type { NavItem } from '../../app/Shell.tsx';
import type { Translator } from '../../i18n/index.tsx';
import { VillageIcon } from '../../light/villageIcons.tsx';

/** The inbox's name in a menu: the discipline commission's, or the town government's. */
export function inboxLabel(t: Translator, units: readonly StaffUnit[]): string {
  return units.includes('discipline') ? t('townInbox.menu') : t('townInbox.menu.government');
}

/** The town staff's menu around the inbox: the inbox and the villages they oversee. */
export function townNav(t: Translator, units: readonly StaffUnit[]): NavItem[] {
  return [
    // the dashboard of all the villages and 我的待办 come first: where an official starts the week
    {
      key: 'dashboard',
      label: t('oversight.menu'),
      icon: <VillageIcon name="appstore" />,
      to: '/town/dashboard',
    },
    {
      key: 'work',
      label: t('oversight.work.menu'),
      icon: <VillageIcon name="audit" />,
      to: '/town/work',
    },
    {
      key: 'inbox',
      label: inboxLabel(t, units),
      icon: <VillageIcon name="safetyCertificate" />,
      to: '/town/inbox',
    },
    ...(units.includes('government')
      ? [
          {
            key: 'overview',
            label: t('townInbox.overview.menu'),
            icon: <VillageIcon name="audit" />,
            to: '/town/overview',
          },
          {
            key: 'workAdmission',
            label: t('workAdmission.menu'),
            icon: <VillageIcon name="audit" />,
            to: '/town/work-admission',
          },
          {
            key: 'petitions',
            label: t('petitions.office.menu'),
            icon: <VillageIcon name="read" />,
            to: '/town/petitions',
          },
          {
            key: 'countyPoints',
            label: t('countyPoints.menu'),
            icon: <VillageIcon name="audit" />,
            to: '/county-points',
          },
          {
            key: 'service-lists',
            label: t('serviceLists.town.menu'),
            icon: <VillageIcon name="appstore" />,
            to: '/town/service-lists',
          },
          {
            key: 'village-rules',
            label: t('villageRules.town.menu'),
            icon: <VillageIcon name="read" />,
            to: '/town/village-rules',
          },
          {
            key: 'party',
            label: t('party.town.menu'),
            icon: <VillageIcon name="audit" />,
            to: '/town/party',
          },
        ]
      : []),
    {
      key: 'villages',
      label: t('townInbox.villages'),
      icon: <VillageIcon name="appstore" />,
      to: '/villages',
    },
  ];
}
