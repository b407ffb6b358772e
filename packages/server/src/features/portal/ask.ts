import type { CalendarDate } from '@cunzhi/core/calendarDate';
import { QUESTION_KINDS, type QuestionKind } from '@cunzhi/core/disclosure/kinds';
import { PHONE_CODE } from '@cunzhi/core/disclosure/phoneCodes';
import { markup, type Fragment, type Html } from './html.ts';
import { href } from './pages.ts';
import { asSpoken, dateText, type PortalView } from './present.ts';

/**
 * Pure: asking a question on the public portal without an account, in plain forms (no script):
 * the notice's form (kind, text, name, phone) → the code page (the code from the text message)
 * → the page that says it was recorded. A phone number is never written back into a page.
 */

/** The fields of the forms, and a message at the form's head (not about one field). */
export type AskField = 'kind' | 'text' | 'name' | 'phone' | 'code' | 'form';
export type AskErrors = Partial<Record<AskField, string>>;

/** What the reader typed, given back with the errors (never the phone). */
export interface AskValues {
  kind?: QuestionKind;
  text?: string;
  name?: string;
}

export interface AskState {
  window: { from: CalendarDate; to: CalendarDate | null };
  /** Today is within the window. */
  open: boolean;
  /** The deployment has an SMS gateway. */
  codes: boolean;
  values?: AskValues;
  errors?: AskErrors;
}

const noticePath = (noticeId: string) => `/n/${noticeId}`;

function fieldError(id: string, error: string | undefined): Fragment {
  return error ? markup`<p class="error" id="${id}-error">${error}</p>` : '';
}

/** The attributes of an input that has an error: read with its message by a screen reader. */
function invalid(id: string, error: string | undefined): Html {
  return error ? markup` aria-invalid="true" aria-describedby="${id}-error"` : markup``;
}

function formError(errors: AskErrors): Fragment {
  return errors.form ? markup`<p class="error" role="alert">${errors.form}</p>` : '';
}

function kindRadios(view: PortalView, chosen: QuestionKind, error: string | undefined): Html {
  const { t } = view;
  const label = { question: t('kindQuestion'), objection: t('kindObjection') };
  const radios = QUESTION_KINDS.map(
    (k) =>
      markup`<label><input type="radio" name="kind" value="${k}"${k === chosen ? markup` checked` : ''}> ${label[k]}</label>`,
  );
  return markup`<fieldset><legend>${t('kind')}</legend>${fieldError('ask-kind', error)}${radios}</fieldset>`;
}

function askForm(view: PortalView, noticeId: string, state: AskState): Html {
  const { t } = view;
  const values = state.values ?? {};
  const errors = state.errors ?? {};
  return markup`<form class="ask" method="post" action="${href(view, `${noticePath(noticeId)}/ask`)}">
${kindRadios(view, values.kind ?? 'question', errors.kind)}
<label for="ask-text">${t('askText')}</label>${fieldError('ask-text', errors.text)}
<textarea id="ask-text" name="text" rows="5" maxlength="2000" required${invalid('ask-text', errors.text)}>${values.text ?? ''}</textarea>
<label for="ask-name">${t('askName')}</label>${fieldError('ask-name', errors.name)}
<input id="ask-name" name="name" value="${values.name ?? ''}" maxlength="50" autocomplete="name" required${invalid('ask-name', errors.name)}>
<label for="ask-phone">${t('askPhone')}</label>${fieldError('ask-phone', errors.phone)}
<input id="ask-phone" name="phone" type="tel" inputmode="tel" maxlength="20" autocomplete="tel" required${invalid('ask-phone', errors.phone)}>
<button type="submit">${t('getCode')}</button>
</form>
<p class="hint">${asSpoken(view, t('askPrivacy'))}</p>`;
}

/** Under a notice: the form while its period runs (or how to ask without one), else that it closed. */
export function askSection(view: PortalView, noticeId: string, state: AskState): Html {
  const { t } = view;
  const { from, to } = state.window;
  const dates = { from: dateText(view, from), to: to ? dateText(view, to) : '' };
  let content: Fragment;
  if (!state.open) content = markup`<p>${t('askClosed', dates)}</p>`;
  else if (!state.codes)
    content = markup`<p>${asSpoken(view, t(to ? 'askOff' : 'askOffOpen', dates))}</p>`;
  else
    content = markup`<p class="hint">${asSpoken(view, t(to ? 'askHint' : 'askHintOpen', dates))}</p>${askForm(view, noticeId, state)}`;
  // a refusal not about one field (the period, the limits, no gateway) heads the section
  return markup`<section id="ask" class="no-print"><h2>${t('ask')}</h2>${formError(state.errors ?? {})}${content}</section>`;
}

export interface CodeStep {
  codeId: string;
  kind: QuestionKind;
  text: string;
  error?: string;
}

function kindName(view: PortalView, kind: QuestionKind): string {
  return kind === 'objection' ? view.t('objection_') : view.t('question');
}

/** Step two: the code from the text message; the question travels in the form, not the server. */
export function codePage(view: PortalView, noticeId: string, step: CodeStep): Html {
  const { t } = view;
  const action = href(view, `${noticePath(noticeId)}/ask/code`);
  return markup`<section id="code"><h2>${t('codeTitle')}</h2>
<p>${t('codeSent', { minutes: PHONE_CODE.validMinutes })}</p>
<form class="ask" method="post" action="${action}">
<input type="hidden" name="codeId" value="${step.codeId}">
<input type="hidden" name="kind" value="${step.kind}">
<input type="hidden" name="text" value="${step.text}">
<label for="code-input">${t('codeLabel', { digits: PHONE_CODE.digits })}</label>${fieldError('code-input', step.error)}
<input id="code-input" name="code" inputmode="numeric" pattern="[0-9]*" maxlength="${PHONE_CODE.digits}" autocomplete="one-time-code" required${invalid('code-input', step.error)}>
<button type="submit">${t('submitQuestion')}</button>
</form>
<h3>${t('yourQuestion')}</h3>
<div class="quote"><p><strong>${kindName(view, step.kind)}</strong></p><p>${step.text}</p></div>
<p class="hint">${asSpoken(view, t('codeHelp', { perPhone: PHONE_CODE.perPhone }))}</p>
<p><a href="${href(view, noticePath(noticeId))}#ask">${t('askAgain')}</a></p>
</section>`;
}

/** The question is recorded: when it is due an answer, and that the answer will be public without a name. */
export function askedPage(
  view: PortalView,
  noticeId: string,
  q: { kind: QuestionKind; asked_on: CalendarDate; answer_due_on: CalendarDate },
): Html {
  const { t } = view;
  const kind = kindName(view, q.kind);
  const text = t('askedText', {
    kind: view.locale === 'en' ? kind.toLowerCase() : kind,
    date: dateText(view, q.asked_on),
    due: dateText(view, q.answer_due_on),
  });
  return markup`<section><h2>${t('asked')}</h2><p role="status">${text}</p><p>${t('askedPublic')}</p>
<p><a href="${href(view, noticePath(noticeId))}">${t('backToNotice')}</a></p></section>`;
}
