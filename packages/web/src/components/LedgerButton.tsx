import { useState } from 'react';
import { Button, Popover, Space } from 'antd';
import { DownloadOutlined } from '@ant-design/icons';
import { DateInput, todayIso } from './DateInput.tsx';

interface LedgerButtonProps {
  /** The export's address for a period (`…/ledger.xlsx?from=…&to=…`). */
  href: (from: string, to: string) => string;
  labels: { button: string; from: string; to: string; download: string };
  testId: string;
}

/**
 * A 台账 of a period as Excel (the server records each export): this month by default, the
 * period picked in a popover. Each capability passes its export's address and words.
 */
export function LedgerButton({ href, labels, testId }: LedgerButtonProps) {
  const today = todayIso();
  const [from, setFrom] = useState<string | null>(`${today.slice(0, 8)}01`);
  const [to, setTo] = useState<string | null>(today);
  const link = from && to ? href(from, to) : undefined;
  return (
    <Popover
      trigger="click"
      content={
        <Space orientation="vertical">
          <label>
            {labels.from}
            <DateInput value={from} onChange={setFrom} testId={`${testId}-from`} />
          </label>
          <label>
            {labels.to}
            <DateInput value={to} onChange={setTo} testId={`${testId}-to`} />
          </label>
          <Button
            type="primary"
            icon={<DownloadOutlined />}
            href={link}
            disabled={!link}
            data-testid={`${testId}-download`}
          >
            {labels.download}
          </Button>
        </Space>
      }
    >
      <Button icon={<DownloadOutlined />} data-testid={testId}>
        {labels.button}
      </Button>
    </Popover>
  );
}
