import { useEffect, useRef, useState } from 'react';
import { Select, Spin } from 'antd';
import { api, withQuery } from '../api/client.ts';
import type { Page, PersonView } from '../api/types.ts';
import { useT } from '../i18n/index.tsx';

interface PersonSelectProps {
  villageId: string;
  value?: string;
  onChange?: (personId: string) => void;
  testId?: string;
  id?: string;
}

/** Search the village's persons by name, phone or ID number and pick one. */
export function PersonSelect({ villageId, value, onChange, testId, id }: PersonSelectProps) {
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
    <Select<string>
      id={id}
      showSearch={{ filterOption: false, onSearch: setQ }}
      value={value}
      onChange={onChange}
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
