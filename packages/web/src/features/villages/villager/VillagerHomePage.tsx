import '../../matters/matters.css';
import './villager.css';
import { useMemo } from 'react';
import { VILLAGE_ROLE_NAMES } from '@cunzhi/core/policies/actor';
import { useT } from '../../../i18n/index.tsx';
import { useVillage } from '../../../app/villageContext.ts';
import { Tag } from '../../../light/Card.tsx';
import { groupBodies, POWERS, STATS } from '../homeParts.ts';
import { BodyCard } from './BodyCard.tsx';
import { Notices } from './Notices.tsx';

/**
 * The village's home for those who only read it (villagers, representatives, supervisors):
 * the same page as the console's VillageHomePage without the editors, drawn with the light kit
 * so a villager's phone loads no antd.
 */
export default function VillagerHomePage() {
  const t = useT();
  const { data } = useVillage();
  const { village, stats, bodies, roles, abilities } = data;
  const { byPower, children } = useMemo(() => groupBodies(bodies), [bodies]);

  return (
    <div className="page villager-home">
      <header className="village-header" data-testid="village-header">
        <h2 className="villager-h2 village-name">{village.name}</h2>
        <span className="l-secondary village-place">
          {village.countyName} · {village.townName}
        </span>
        {roles.length > 0 && (
          <div className="village-roles">
            <span className="l-secondary">{t('home.myRoles')}</span>
            {roles.map((role) => (
              <Tag key={role} color="red">
                {t.pick(VILLAGE_ROLE_NAMES[role])}
              </Tag>
            ))}
          </div>
        )}
      </header>

      <div className="stats villager-stats" data-testid="village-stats">
        {STATS.map(({ key, label }) => (
          <div key={key} className="l-card-box stat-card villager-stat" data-testid={`stat-${key}`}>
            <div className="villager-stat-title">{t(label)}</div>
            <div className="villager-stat-value">{t.num(stats[key])}</div>
          </div>
        ))}
      </div>

      {abilities.readDecisions && <Notices />}

      <h3 className="villager-h3 section-title">{t('home.whoIsWho')}</h3>
      <p className="l-secondary">{t('home.whoIsWho.hint')}</p>

      {POWERS.filter((power) => byPower.has(power)).map((power) => (
        <section key={power} className={`power power-${power}`} data-testid={`power-${power}`}>
          <div className="power-title villager-power-title">
            <h4 className="villager-h4">{t(`home.power.${power}`)}</h4>
            <span className="l-secondary">{t(`home.power.${power}.hint`)}</span>
          </div>
          <div className="villager-grid">
            {(byPower.get(power) ?? []).map((body) => (
              <div
                key={body.id}
                className={children.has(body.id) ? 'villager-grid-wide' : undefined}
              >
                <BodyCard body={body} subBodies={children.get(body.id) ?? []} />
              </div>
            ))}
          </div>
        </section>
      ))}
    </div>
  );
}
