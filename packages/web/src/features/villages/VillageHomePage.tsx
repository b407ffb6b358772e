import { lazy, Suspense, useMemo, useState } from 'react';
import { Card, Col, Row, Space, Statistic, Tag, Typography } from 'antd';
import { BODY_KIND_INFO, type BodyKindInfo } from '@cunzhi/core/bodies/bodyKinds';
import { VILLAGE_ROLE_NAMES } from '@cunzhi/core/policies/actor';
import type { BodyView, VillageStats } from '../../api/types.ts';
import { useT, type MessageKey } from '../../i18n/index.tsx';
import { useVillage } from '../../app/villageContext.ts';
import { BodyCard } from '../bodies/BodyCard.tsx';
import { NoticesCard } from '../matters/NoticesCard.tsx';
import type { BodyEdit } from '../bodies/BodyEditor.tsx';

// Only cadres who may appoint members download the forms.
const BodyEditor = lazy(() => import('../bodies/BodyEditor.tsx'));

const POWERS: BodyKindInfo['power'][] = ['lead', 'decide', 'execute', 'supervise', 'takePart'];

const STATS: { key: keyof VillageStats; label: MessageKey }[] = [
  { key: 'households', label: 'home.stats.households' },
  { key: 'population', label: 'home.stats.population' },
  { key: 'adults', label: 'home.stats.adults' },
  { key: 'partyMembers', label: 'home.stats.partyMembers' },
  { key: 'migrantsOut', label: 'home.stats.migrantsOut' },
  { key: 'groups', label: 'home.stats.groups' },
  { key: 'grids', label: 'home.stats.grids' },
];

export default function VillageHomePage() {
  const t = useT();
  const { data, reload, villageId } = useVillage();
  const { village, stats, bodies, roles, abilities } = data;
  const [edit, setEdit] = useState<BodyEdit | null>(null);

  // Top-level bodies by power; sub-branches go inside their parent's card.
  const { byPower, children } = useMemo(() => {
    const ids = new Set(bodies.map((b) => b.id));
    const kids = new Map<string, BodyView[]>();
    const top = new Map<BodyKindInfo['power'], BodyView[]>();
    for (const body of bodies) {
      if (body.parentBodyId && ids.has(body.parentBodyId)) {
        kids.set(body.parentBodyId, [...(kids.get(body.parentBodyId) ?? []), body]);
        continue;
      }
      const power = BODY_KIND_INFO[body.kind]?.power ?? 'takePart';
      top.set(power, [...(top.get(power) ?? []), body]);
    }
    return { byPower: top, children: kids };
  }, [bodies]);

  return (
    <div className="page">
      <header className="village-header" data-testid="village-header">
        <Typography.Title level={2} className="village-name">
          {village.name}
        </Typography.Title>
        <Typography.Text type="secondary" className="village-place">
          {village.countyName} · {village.townName}
        </Typography.Text>
        {roles.length > 0 && (
          <div className="village-roles">
            <Typography.Text type="secondary">{t('home.myRoles')}</Typography.Text>
            {roles.map((role) => (
              <Tag key={role} color="red">
                {t.pick(VILLAGE_ROLE_NAMES[role])}
              </Tag>
            ))}
          </div>
        )}
      </header>

      <Row gutter={[12, 12]} className="stats" data-testid="village-stats">
        {STATS.map(({ key, label }) => (
          <Col key={key} xs={12} sm={8} md={6} xl={3}>
            <Card size="small" className="stat-card" data-testid={`stat-${key}`}>
              <Statistic title={t(label)} value={stats[key]} formatter={(v) => t.num(Number(v))} />
            </Card>
          </Col>
        ))}
      </Row>

      {abilities.readDecisions && <NoticesCard />}

      <Typography.Title level={3} className="section-title">
        {t('home.whoIsWho')}
      </Typography.Title>
      <Typography.Paragraph type="secondary">{t('home.whoIsWho.hint')}</Typography.Paragraph>

      {POWERS.filter((power) => byPower.has(power)).map((power) => (
        <section key={power} className={`power power-${power}`} data-testid={`power-${power}`}>
          <Space align="baseline" className="power-title" wrap>
            <Typography.Title level={4}>{t(`home.power.${power}`)}</Typography.Title>
            <Typography.Text type="secondary">{t(`home.power.${power}.hint`)}</Typography.Text>
          </Space>
          <Row gutter={[16, 16]}>
            {(byPower.get(power) ?? []).map((body) => (
              <Col
                key={body.id}
                xs={24}
                lg={children.has(body.id) ? 24 : 12}
                xxl={children.has(body.id) ? 24 : 8}
              >
                <BodyCard
                  body={body}
                  subBodies={children.get(body.id) ?? []}
                  canEdit={abilities.writeBodies}
                  onEdit={setEdit}
                />
              </Col>
            ))}
          </Row>
        </section>
      ))}

      {edit && (
        <Suspense fallback={null}>
          <BodyEditor
            villageId={villageId}
            edit={edit}
            onClose={() => setEdit(null)}
            onDone={() => {
              setEdit(null);
              reload();
            }}
          />
        </Suspense>
      )}
    </div>
  );
}
