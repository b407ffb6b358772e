import '../../matters/matters.css';
import './villager.css';
import { VILLAGE_ROLE_NAMES } from '@cunzhi/core/policies/actor';
import { useT } from '../../../i18n/index.tsx';
import { Link } from 'react-router-dom';
import { useVillage, useVillageView } from '../../../app/villageContext.ts';
import { Card, Tag } from '../../../light/Card.tsx';
import { STATS } from '../homeParts.ts';
import { BodiesList, ViewPending } from './BodiesList.tsx';
import { Notices } from './Notices.tsx';

/**
 * The village's dashboard for those who oversee it without changing its bodies (council and
 * supervision members, county officials): the console's VillageHomePage without the editors,
 * drawn with the light kit so a phone loads no antd. Villagers and representatives get their
 * own home (MyHomePage).
 */
export default function VillagerHomePage() {
  const t = useT();
  const { data, villageId } = useVillage();
  const { village, roles, abilities } = data;
  // the figures and bodies come after the frame: the header draws without them
  const view = useVillageView();
  const stats = view.data?.stats;

  return (
    <div className="page villager-home">
      <header className="village-header" data-testid="village-header">
        <h1 className="villager-h2 village-name">{village.name}</h1>
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
            {/* a dash until the figures arrive: the cards keep their size, nothing below moves */}
            <div className="villager-stat-value">{stats ? t.num(stats[key]) : '—'}</div>
          </div>
        ))}
      </div>

      {abilities.supervise && (
        // a supervision member's phone work: the motions awaiting their vote, their inspections
        <Link to={`/v/${villageId}/supervision/me`} data-testid="home-supervision-inbox">
          <Card size="small" className="block-gap">
            {t('supervision.home.inbox')} ›
          </Card>
        </Link>
      )}

      {abilities.readDecisions && <Notices />}

      <h2 className="villager-h3 section-title">{t('home.whoIsWho')}</h2>
      <p className="l-secondary">{t('home.whoIsWho.hint')}</p>
      {view.data ? <BodiesList bodies={view.data.bodies} /> : <ViewPending error={view.error} />}
    </div>
  );
}
