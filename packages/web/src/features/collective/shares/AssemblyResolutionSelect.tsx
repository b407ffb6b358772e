import { Select } from 'antd';
import type { ResponseOf } from '@cunzhi/contract/route';
import type * as matters from '@cunzhi/contract/matters';
import { useApi } from '../../../api/useApi.ts';
import { useT } from '../../../i18n/index.tsx';

type Resolutions = ResponseOf<typeof matters.listResolutions>;

/**
 * A members' assembly resolution to rest a quantification, an adjustment or an import on: the
 * village's resolutions of that meeting kind, newest first, by number and title (the server
 * refuses another organisation's).
 */
export function AssemblyResolutionSelect({
  villageId,
  value,
  onChange,
}: {
  villageId: string;
  value?: string;
  onChange?: (id: string | undefined) => void;
}) {
  const t = useT();
  const { data } = useApi<Resolutions>(`/api/villages/${villageId}/resolutions?limit=500`);
  const options = (data?.items ?? [])
    .filter((r) => r.meeting.kind === 'membersAssembly')
    .map((r) => ({ value: r.id, label: `${r.numberText} ${r.title}` }));
  return (
    <Select
      allowClear
      value={value}
      onChange={(id?: string) => onChange?.(id)}
      options={options}
      placeholder={t('shares.field.resolutionPick')}
      notFoundContent={t('shares.field.noResolutions')}
      data-testid="shares-resolution"
    />
  );
}
