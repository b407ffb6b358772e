import type { CharterTerms } from '../charter.ts';
import type { RuleParams } from '../../rules/profile.ts';
import { atLeastAsStrict } from '../../rules/threshold.ts';

/**
 * The numbers an organisation's meetings are judged by: the village's profile,
 * with the organisation's charter in force over it where the charter is
 * stricter — its members' assembly threshold (Art. 27: a charter may ask more
 * than two-thirds of all members, never less) and whether skipping the Party
 * organisation's study refuses (Art. 26 last para.).
 */
export function withCharter(
  params: RuleParams,
  terms: Pick<CharterTerms, 'partyStudy' | 'assemblyDecision'> | null,
): RuleParams {
  if (!terms) return params;
  const decision = params['NJJ-27-DECISION'].yes;
  const party = params['NJJ-26-PARTY-FIRST'].enforcement;
  return {
    ...params,
    'NJJ-27-DECISION': {
      yes: atLeastAsStrict(terms.assemblyDecision, decision) ? terms.assemblyDecision : decision,
    },
    'NJJ-26-PARTY-FIRST': {
      enforcement: terms.partyStudy === 'refuse' || party === 'refuse' ? 'refuse' : 'warn',
    },
  };
}
