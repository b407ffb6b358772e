import { useState } from 'react';
import { Button, Card, Table, Typography } from 'antd';
import { useT } from '../../i18n/index.tsx';
import { useApi } from '../../api/useApi.ts';
import { ErrorAlert } from '../../components/errors.tsx';
import { electionPath, type BulletinView, type RoundView } from './api.ts';
import { Fact, type SectionProps } from './parts.tsx';
import { candidateNames } from './secondHalf.ts';

type Ballot = BulletinView['ballots'][number];

/**
 * 选票公开: every counted ballot of the round under a random id with what it marks, nothing
 * else; its digest (SHA-256 over the ballots in id order) is the count's audit event's, so
 * anyone can recount and check. Loaded when asked for: a round may hold thousands.
 */
export function BulletinCard({
  villageId,
  electionId,
  round,
  digest,
}: SectionProps & { round: RoundView; digest: string }) {
  const t = useT();
  const [open, setOpen] = useState(false);
  const bulletin = useApi<BulletinView>(
    open ? `${electionPath(villageId, electionId)}/rounds/${round.round}/bulletin` : null,
  );
  const names = candidateNames(round);
  const posts = round.posts;
  return (
    <Card size="small" className="block-gap" title={t('elections.bulletin')} data-testid="bulletin">
      <dl className="election-facts">
        <Fact label={t('elections.bulletin.digest')}>
          <Typography.Text code copyable data-testid="bulletin-digest" className="election-digest">
            {digest}
          </Typography.Text>
        </Fact>
        {bulletin.data && (
          <>
            <Fact label={t('elections.bulletin.ballots')}>
              <span data-testid="bulletin-count">{t.num(bulletin.data.ballots.length)}</span>
            </Fact>
            <Fact label={t('elections.bulletin.receipts')}>
              <span data-testid="bulletin-receipts">{t.num(bulletin.data.receipts)}</span>
            </Fact>
          </>
        )}
      </dl>
      {!open && (
        <Button onClick={() => setOpen(true)} data-testid="bulletin-open">
          {t('elections.bulletin.open')}
        </Button>
      )}
      {bulletin.error && <ErrorAlert error={bulletin.error} />}
      {bulletin.data && (
        <Table<Ballot>
          size="small"
          rowKey="id"
          loading={bulletin.loading}
          dataSource={bulletin.data.ballots}
          pagination={{ pageSize: 20, showSizeChanger: false }}
          data-testid="bulletin-table"
          onRow={() => ({ 'data-testid': 'bulletin-ballot' }) as object}
          columns={[
            {
              key: 'id',
              title: t('elections.bulletin.id'),
              render: (_, b) => <Typography.Text code>{b.id}</Typography.Text>,
            },
            ...posts.map((p) => ({
              key: p.id,
              title: t.pick(p.name),
              render: (_: unknown, b: Ballot) =>
                (b.marks[p.id] ?? [])
                  .map((id) => names.get(id) ?? t('elections.bulletin.writeIn', { id }))
                  .join('、') || t('elections.paper.blank'),
            })),
          ]}
        />
      )}
    </Card>
  );
}
