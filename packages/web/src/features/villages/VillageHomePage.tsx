import { lazy, Suspense, useMemo, useState } from 'react';
import { Card, Col, Row, Space, Spin, Statistic, Tag, Typography } from 'antd';
import { VILLAGE_ROLE_NAMES } from '@cunzhi/core/policies/actor';
import { useT } from '../../i18n/index.tsx';
import { useVillage, useVillageView } from '../../app/villageContext.ts';
import { ErrorAlert } from '../../components/errors.tsx';
import { BodyCard } from '../bodies/BodyCard.tsx';
import { mayEditBodies } from '../bodies/mayEditBodies.ts';
import { NoticesCard } from '../matters/NoticesCard.tsx';
import type { BodyEdit } from '../bodies/BodyEditor.tsx';
import { groupBodies, POWERS, STATS } from './homeParts.ts';

// Only cadres who may appoint members download the forms.
const BodyEditor = lazy(() => import('../bodies/BodyEditor.tsx'));

export default function VillageHomePage() {
  const t = useT();
  const { data, reload, villageId } = useVillage();
  const { village, roles, abilities } = data;
  // the figures and bodies come after the frame: the header draws without them
  const view = useVillageView();
  const stats = view.data?.stats;
  const bodies = view.data?.bodies;
  const [edit, setEdit] = useState<BodyEdit | null>(null);

  const { byPower, children } = useMemo(() => groupBodies(bodies ?? []), [bodies]);

  return (
    <div className="page">
      <header className="village-header" data-testid="village-header">
        <Typography.Title level={1} className="village-name">
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
              <Statistic
                title={t(label)}
                value={stats?.[key]}
                loading={!stats}
                formatter={(v) => t.num(Number(v))}
              />
            </Card>
          </Col>
        ))}
      </Row>

      {abilities.readDecisions && <NoticesCard />}

      <Typography.Title level={2} className="section-title">
        {t('home.whoIsWho')}
      </Typography.Title>
      <Typography.Paragraph type="secondary">{t('home.whoIsWho.hint')}</Typography.Paragraph>

      {!bodies && (view.error ? <ErrorAlert error={view.error} /> : <Spin />)}
      {POWERS.filter((power) => byPower.has(power)).map((power) => (
        <section key={power} className={`power power-${power}`} data-testid={`power-${power}`}>
          <Space align="baseline" className="power-title" wrap>
            <Typography.Title level={3}>{t(`home.power.${power}`)}</Typography.Title>
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
                  canEdit={mayEditBodies(abilities.writeBodies, roles, bodies ?? [])}
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
              // the bodies changed, and with them perhaps the reader's roles
              view.reload();
              reload();
            }}
          />
        </Suspense>
      )}
    </div>
  );
}
