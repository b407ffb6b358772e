import { Tag } from 'antd';
import { VILLAGE_RULES_NOUNS } from '@cunzhi/core/villageRules/errors';
import { useT } from '../../i18n/index.tsx';
import { STATE_COLOR, type RulesState } from './api.ts';

/** A version's state, in the words core names it by. */
export function StateTag({ state }: { state: RulesState }) {
  const t = useT();
  return (
    <Tag color={STATE_COLOR[state]} data-testid="rules-state">
      {t.pick(VILLAGE_RULES_NOUNS[`villageRules_${state}`])}
    </Tag>
  );
}
