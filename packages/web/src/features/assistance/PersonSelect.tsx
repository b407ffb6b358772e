import { useEffect, useState } from 'react';
import { Select } from 'antd';
import { api } from '../../api/client.ts';
import { useT } from '../../i18n/index.tsx';

interface Option {
  value: string;
  label: string;
}

/** A villager of the register found by name (the registry's search), for a form item. */
export function PersonSelect({
  villageId,
  value,
  onChange,
}: {
  villageId: string;
  value?: string;
  onChange?: (id: string) => void;
}) {
  const t = useT();
  const [q, setQ] = useState('');
  const [options, setOptions] = useState<Option[]>([]);
  useEffect(() => {
    if (!q.trim()) return;
    const controller = new AbortController();
    const path = `/api/villages/${villageId}/persons?q=${encodeURIComponent(q.trim())}`;
    api<{ items: Array<{ id: string; name: string; birthDate: string | null }> }>(path, {
      signal: controller.signal,
    }).then(
      (r) =>
        setOptions(
          r.items.map((p) => ({
            value: p.id,
            label: `${p.name}${p.birthDate ? `（${p.birthDate.slice(0, 4)}）` : ''}`,
          })),
        ),
      () => undefined,
    );
    return () => controller.abort();
  }, [q, villageId]);
  return (
    <Select
      showSearch
      value={value}
      onChange={onChange}
      filterOption={false}
      onSearch={setQ}
      options={options}
      placeholder={t('assistance.personPlaceholder')}
      data-testid="person-select"
    />
  );
}
