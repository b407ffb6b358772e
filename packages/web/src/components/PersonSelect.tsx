import { useEffect, useRef, useState } from 'react';
import { Select, Spin } from 'antd';
import { api, withQuery } from '../api/client.ts';
import type { Page, PersonView } from '../api/types.ts';
import { useT } from '../i18n/index.tsx';

/** A person picked in `multiple` mode: the id and the label shown for it. */
export interface PickedPerson {
  value: string;
  label: string;
}

interface CommonProps {
  villageId: string;
  testId?: string;
  id?: string;
}

interface SingleProps extends CommonProps {
  multiple?: false;
  value?: string;
  onChange?: (personId: string) => void;
}

interface MultipleProps extends CommonProps {
  /** Several persons picked one after another (the clerk entering a paper sheet). */
  multiple: true;
  value?: PickedPerson[];
  onChange?: (value: PickedPerson[]) => void;
}

export type PersonSelectProps = SingleProps | MultipleProps;

/**
 * Search the village's persons by name, phone or ID number and pick one, or with `multiple`
 * several one after another: the labels of earlier picks stay while searching for the next.
 */
export function PersonSelect(props: PersonSelectProps) {
  const { villageId, testId, id } = props;
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

  const common = {
    id,
    showSearch: { filterOption: false, onSearch: setQ },
    placeholder: t('appoint.person.placeholder'),
    notFoundContent: loading ? <Spin size="small" /> : undefined,
    'data-testid': testId,
    options: options.map((p) => ({
      value: p.id,
      label: t('person.option', { name: p.name, number: p.householdNumber, age: p.age }),
    })),
  };

  if (props.multiple)
    return (
      <Select<PickedPerson[]>
        {...common}
        mode="multiple"
        labelInValue
        value={props.value}
        onChange={(next) => {
          // start the next search afresh; picked labels are kept in the value
          setQ('');
          props.onChange?.(next);
        }}
      />
    );
  return <Select<string> {...common} value={props.value} onChange={props.onChange} />;
}
