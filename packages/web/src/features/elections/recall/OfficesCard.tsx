import { lazy, Suspense, useState } from 'react';
import { Alert, Button, Card, Flex, Table, Typography } from 'antd';
import { useT } from '../../../i18n/index.tsx';
import { useVillage } from '../../../app/villageContext.ts';
import type { OfficeEnded } from './api.ts';
import { useElectedCommittees } from './committees.ts';
import { useLaw } from './parts.tsx';

const OfficeEndDrawer = lazy(() => import('./OfficeEndDrawer.tsx'));

/**
 * 职务终止: members of the two committees who left during the term in force, with why; the
 * organisers record a sentence, incapacity, death or accepted resignation, the town or county a
 * win void for improper means. No one may remove a member otherwise.
 */
export function OfficesCard() {
  const t = useT();
  const law = useLaw();
  const { data: village, reload } = useVillage();
  const committees = useElectedCommittees();
  const [drawer, setDrawer] = useState<'end' | 'void' | null>(null);
  const [ended, setEnded] = useState<OfficeEnded | null>(null);
  const departed = committees.bodies.flatMap((b) =>
    b.departed.map((m) => ({ ...m, body: t.pick(b.kindName) })),
  );
  const can = village.abilities;
  return (
    <Card
      className="block-gap"
      title={t('recall.offices')}
      data-testid="offices-card"
      extra={
        <Flex gap={8} wrap>
          {can.organiseElections && (
            <Button onClick={() => setDrawer('end')} data-testid="office-end">
              {t('recall.offices.end')}
            </Button>
          )}
          {can.findElectionFraud && (
            <Button danger onClick={() => setDrawer('void')} data-testid="office-void-win">
              {t('recall.offices.voidWin')}
            </Button>
          )}
        </Flex>
      }
    >
      <Typography.Paragraph type="secondary">
        {t('recall.offices.hint')} {t('recall.offices.law', { law: law('VCOL-18-AUTO-END') })}
      </Typography.Paragraph>
      {ended && (
        <Alert
          type="success"
          showIcon
          className="block-gap"
          data-testid="office-ended"
          title={t('recall.offices.ended', { name: ended.name, date: t.date(ended.endedOn) })}
          description={ended.findings.map((f) => f.text).join(' ')}
        />
      )}
      <Table
        size="small"
        rowKey="membershipId"
        pagination={false}
        dataSource={departed}
        loading={committees.loading}
        locale={{ emptyText: t('recall.offices.empty') }}
        data-testid="offices-departed"
        columns={[
          { key: 'name', title: t('recall.offices.member'), render: (_, m) => m.name },
          {
            key: 'seat',
            title: t('recall.seat'),
            render: (_, m) => `${m.body} ${t.pick(m.roleName)}`,
          },
          { key: 'on', title: t('recall.offices.endedOn'), render: (_, m) => t.date(m.endedOn) },
          {
            key: 'why',
            title: t('recall.offices.reason'),
            render: (_, m) => (m.endReasonText ? t.pick(m.endReasonText) : ''),
          },
        ]}
      />
      {drawer && (
        <Suspense fallback={null}>
          <OfficeEndDrawer
            mode={drawer}
            onClose={() => setDrawer(null)}
            onEnded={(answer) => {
              setDrawer(null);
              setEnded(answer);
              // the member left their body, and the reader perhaps a role
              committees.reload();
              reload();
            }}
          />
        </Suspense>
      )}
    </Card>
  );
}
