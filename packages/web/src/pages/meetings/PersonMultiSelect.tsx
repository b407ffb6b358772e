import { useEffect, useRef, useState } from 'react';
import { Select, Spin } from 'antd';
import { api, withQuery } from '../../api/client.ts';
import type { Page, PersonView } from '../../api/types.ts';
import { useT } from '../../i18n/index.tsx';

export interface PickedPerson {
  value: string;
  label: string;
}

interface PersonMultiSelectProps {
  villageId: string;
  value?: PickedPerson[];
  onChange?: (value: PickedPerson[]) => void;
  testId?: string;
  id?: string;
}

/**
 * Several persons picked one after another by name, phone or ID number (the clerk entering the
 * signatures of a paper sheet). Keeps the labels of earlier picks while searching for the next.
 */
export function PersonMultiSelect({
  villageId,
  value,
  onChange,
  testId,
  id,
}: PersonMultiSelectProps) {
  const t = useT();
  const [q, setQ] = useState('');
  const [options, setOptions] = useState<PersonView[]>([]);
  const [loading, setLoading] = useState(false);
  const timer = useRef<number | undefined>(undefined);

  useEffect(() => {
    const controller = new AbortController();
    window.clearTimeout(timer.current);
    timer.current = window.setTimeout(() => {
      setLoading(true);
      api<Page<PersonView>>(withQuery(`/api/villages/${villageId}/persons`, { q, pageSize: 20 }), {
        signal: controller.signal,
      })
        .then((page) => setOptions(page.items))
        .catch(() => undefined)
        .finally(() => setLoading(false));
    }, 250);
    return () => {
      controller.abort();
      window.clearTimeout(timer.current);
    };
  }, [villageId, q]);

  return (
    <Select<PickedPerson[]>
      id={id}
      mode="multiple"
      labelInValue
      showSearch={{ filterOption: false, onSearch: setQ }}
      value={value}
      onChange={(next) => {
        setQ('');
        onChange?.(next);
      }}
      placeholder={t('appoint.person.placeholder')}
      notFoundContent={loading ? <Spin size="small" /> : undefined}
      data-testid={testId}
      options={options.map((p) => ({
        value: p.id,
        label: t('person.option', { name: p.name, number: p.householdNumber, age: p.age }),
      }))}
    />
  );
}
