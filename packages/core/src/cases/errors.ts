import { defineErrors } from '../errorCatalog.ts';

/**
 * The refusals every case machine shares (cases/machine.ts). A case's own states, actions and
 * roles are nouns of its capability's slice, so these messages name them in the reader's language.
 */
export const CASES_ERRORS = defineErrors({
  case_step_refused: {
    status: 409,
    zh: '该事项当前为“{state}”，不能{action}',
    en: 'This case is “{state}”: it cannot be given “{action}” now',
  },
  case_role_refused: {
    status: 403,
    zh: '只有{roles}可以{action}',
    en: 'Only {roles} may do “{action}”',
  },
});
