import { useMemo } from 'react';
import { useT } from '../../../i18n/index.tsx';
import { useVillageView } from '../../../app/villageContext.ts';
import type { BodyView } from '../../../api/types.ts';
import { ErrorAlert } from '../../../light/ErrorAlert.tsx';
import { Spinner } from '../../../light/Spinner.tsx';
import { groupBodies, POWERS } from '../homeParts.ts';
import { BodyCard } from './BodyCard.tsx';

/** The village's bodies by power (lead, decide, execute, supervise, take part), read only. */
export function BodiesList({ bodies }: { bodies: readonly BodyView[] }) {
  const t = useT();
  const { byPower, children } = useMemo(() => groupBodies(bodies), [bodies]);
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

/** While the whole village is on its way: a spinner, or why it did not come. */
export function ViewPending({ error }: { error: unknown }) {
  return error ? <ErrorAlert error={error} /> : <Spinner />;
}

/** The bodies as the villager's home opens them: asked for only then (MyHomePage). */
export default function VillageBodies() {
  const { data, error } = useVillageView();
  return data ? <BodiesList bodies={data.bodies} /> : <ViewPending error={error} />;
}
