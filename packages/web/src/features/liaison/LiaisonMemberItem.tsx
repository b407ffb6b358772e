import { useT } from '../../i18n/index.tsx';
import { VillageIcon } from '../../light/villageIcons.tsx';

/**
 * 党员联系户 on the household's phone: the Party member linked to the household, to call (light
 * kit; a line of the household's facts list).
 */
export function LiaisonMemberItem({ member }: { member: { name: string; phone: string | null } }) {
  const t = useT();
  return (
    <div>
      <dt>{t('liaison.home.member')}</dt>
      <dd data-testid="my-household-party-liaison">
        <span>{member.name}</span>
        {member.phone && (
          <a
            href={`tel:${member.phone}`}
            className="l-btn l-btn-default tel-link"
            aria-label={t('myHome.household.call', { phone: member.phone })}
          >
            <VillageIcon name="phone" /> {member.phone}
          </a>
        )}
      </dd>
    </div>
  );
}
