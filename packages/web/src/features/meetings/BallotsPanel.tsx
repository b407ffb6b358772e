import { useEffect, useState } from 'react';
import { Alert, Button, Collapse, Flex, Space, Tag, Typography } from 'antd';
import { DownloadOutlined } from '@ant-design/icons';
import { useApi } from '../../api/useApi.ts';
import { useT } from '../../i18n/index.tsx';
import { motionPath, type BallotsView, type Choice, type Tally } from './api.ts';

const CHOICES: readonly Choice[] = ['yes', 'no', 'abstain'];

/** The text the digest is taken over: one line `<id> <choice>` per ballot, ids ascending. */
function ballotLines(ballots: BallotsView['ballots']): string {
  return [...ballots]
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .map((b) => `${b.id} ${b.choice}\n`)
    .join('');
}

/** SHA-256 in the browser (null where the page has no Web Crypto, e.g. plain HTTP). */
function useSha256(text: string | null): string | null {
  const [hex, setHex] = useState<string | null>(null);
  useEffect(() => {
    if (text === null || !globalThis.crypto?.subtle) return;
    let live = true;
    void globalThis.crypto.subtle.digest('SHA-256', new TextEncoder().encode(text)).then((buf) => {
      if (live)
        setHex([...new Uint8Array(buf)].map((b) => b.toString(16).padStart(2, '0')).join(''));
    });
    return () => {
      live = false;
    };
  }, [text]);
  return hex;
}

/** The recount, done here in the browser from the published ballots. */
function Recount({ data }: { data: BallotsView }) {
  const t = useT();
  const lines = ballotLines(data.ballots);
  const local = useSha256(lines);
  const recount: Tally = { yes: 0, no: 0, abstain: 0 };
  for (const b of data.ballots) recount[b.choice] += 1;
  const same = data.tally !== null && CHOICES.every((c) => recount[c] === data.tally?.[c]);
  const download = () => {
    const url = URL.createObjectURL(new Blob([lines], { type: 'text/plain' }));
    const a = Object.assign(document.createElement('a'), {
      href: url,
      download: `ballots-${data.motionId}.txt`,
    });
    a.click();
    URL.revokeObjectURL(url);
  };
  return (
    <Flex vertical gap={8}>
      <Alert
        type={same ? 'success' : 'warning'}
        showIcon
        data-testid="ballots-recount"
        data-same={same ? 'true' : 'false'}
        title={t(same ? 'ballots.recount.same' : 'ballots.recount.differs', {
          yes: recount.yes,
          no: recount.no,
          abstain: recount.abstain,
        })}
        description={t('ballots.receipts', { receipts: data.receipts, count: data.ballots.length })}
      />
      <Typography.Text type="secondary" className="small-print" data-testid="ballots-digest">
        {t('ballots.digest', { digest: data.digest ?? '—' })}
        {local !== null && data.recordedDigest !== null && (
          <Tag color={local === data.recordedDigest ? 'green' : 'red'} style={{ marginLeft: 8 }}>
            {t(local === data.recordedDigest ? 'ballots.digest.same' : 'ballots.digest.differs')}
          </Tag>
        )}
      </Typography.Text>
      <Space>
        <Button size="small" icon={<DownloadOutlined />} onClick={download}>
          {t('ballots.download')}
        </Button>
        <Typography.Text type="secondary" className="small-print">
          {t('ballots.download.hint')}
        </Typography.Text>
      </Space>
      <Flex wrap gap={4} data-testid="ballots-list">
        {data.ballots.map((b) => (
          <Tag
            key={b.id}
            color={b.choice === 'yes' ? 'green' : b.choice === 'no' ? 'red' : 'default'}
          >
            <code>{b.id.slice(0, 8)}</code> {t(`vote.${b.choice}`)}
          </Tag>
        ))}
      </Flex>
    </Flex>
  );
}

/** 选票公开: a closed secret vote's ballots, loaded when opened, recounted in the browser. */
export function BallotsPanel({ villageId, motionId }: { villageId: string; motionId: string }) {
  const t = useT();
  const [open, setOpen] = useState(false);
  const ballots = useApi<BallotsView>(open ? `${motionPath(villageId, motionId)}/ballots` : null);
  return (
    <Collapse
      ghost
      size="small"
      data-testid="ballots-panel"
      onChange={(keys) => setOpen(keys.length > 0)}
      items={[
        {
          key: 'ballots',
          label: t('ballots.title'),
          children: (
            <>
              <Typography.Paragraph type="secondary" className="small-print">
                {t('ballots.hint')}
              </Typography.Paragraph>
              {ballots.error && <Alert type="error" showIcon title={ballots.error.message} />}
              {ballots.data && <Recount data={ballots.data} />}
            </>
          ),
        },
      ]}
    />
  );
}
