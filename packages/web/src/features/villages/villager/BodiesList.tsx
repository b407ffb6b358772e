import { useMemo } from 'react';
import { useT } from '../../../i18n/index.tsx';
import { useVillage } from '../../../app/villageContext.ts';
import { groupBodies, POWERS } from '../homeParts.ts';
import { BodyCard } from './BodyCard.tsx';

/** The village's bodies by power (lead, decide, execute, supervise, take part), read only. */
export default function BodiesList() {
  const t = useT();
  const { data } = useVillage();
  const { byPower, children } = useMemo(() => groupBodies(data.bodies), [data.bodies]);
  return (
    <>
      {POWERS.filter((power) => byPower.has(power)).map((power) => (
        <section key={power} className={`power power-${power}`} data-testid={`power-${power}`}>
          <div className="power-title villager-power-title">
            <h3 className="villager-h4">{t(`home.power.${power}`)}</h3>
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
    </>
  );
}
