import { Select } from 'antd';
import { useVillage } from '../../app/villageContext.ts';
import { PersonSelect, type PickedPerson } from '../../components/PersonSelect.tsx';
import { useVoterOptions } from './secondHalf.ts';

interface Common {
  villageId: string;
  electionId: string;
  testId?: string;
  id?: string;
}
type Props =
  | (Common & { multiple?: false; value?: string; onChange?: (personId: string) => void })
  | (Common & {
      multiple: true;
      value?: PickedPerson[];
      onChange?: (value: PickedPerson[]) => void;
    });

/**
 * A person for the election's second half (a teller, a scrutineer, a name written in): from
 * the registry for whoever may search it, else from the roll — an election committee member
 * or a counter is often a villager who sees the roll but not the registry.
 */
export function PeoplePicker(props: Props) {
  const { data } = useVillage();
  return <PeoplePickerFor {...props} registry={data.abilities.readRegistry} />;
}

/**
 * The same, on a page outside the village's frame (a printable report), which tells whether
 * the registry may be searched from its own answer's abilities.
 */
export function PeoplePickerFor(props: Props & { registry: boolean }) {
  const { registry } = props;
  const voters = useVoterOptions(props.villageId, props.electionId, !registry);
  if (registry)
    return props.multiple ? (
      <PersonSelect
        villageId={props.villageId}
        multiple
        value={props.value}
        onChange={props.onChange}
        testId={props.testId}
        id={props.id}
      />
    ) : (
      <PersonSelect
        villageId={props.villageId}
        value={props.value}
        onChange={props.onChange}
        testId={props.testId}
        id={props.id}
      />
    );
  const common = {
    id: props.id,
    showSearch: true,
    optionFilterProp: 'label',
    options: voters,
    style: { minWidth: 200 },
    'data-testid': props.testId,
  };
  return props.multiple ? (
    <Select<PickedPerson[]>
      {...common}
      mode="multiple"
      labelInValue
      value={props.value}
      onChange={(v) => props.onChange?.(v.map((x) => ({ value: x.value, label: String(x.label) })))}
    />
  ) : (
    <Select<string> {...common} value={props.value} onChange={(v) => props.onChange?.(v)} />
  );
}
