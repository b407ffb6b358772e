import { useT } from '../../i18n/index.tsx';
import { RadioList, Segmented } from '../../light/choice.tsx';
import { Field, TextInput } from '../../light/form.tsx';
import { CATEGORIES, URGENCIES, type LiaisonCategory, type LiaisonUrgency } from './api.ts';

interface TextField {
  value: string;
  onChange: (value: string) => void;
  error?: string | undefined;
}

/** A textarea of the light kit with its error state (the issue's details, a visit's note). */
export function TextArea({
  id,
  field,
  rows,
  maxLength,
  testId,
}: {
  id: string;
  field: TextField;
  rows: number;
  maxLength: number;
  testId?: string;
}) {
  return (
    <textarea
      id={id}
      className={field.error ? 'l-input l-input-error liaison-text' : 'l-input liaison-text'}
      rows={rows}
      maxLength={maxLength}
      value={field.value}
      aria-invalid={field.error ? true : undefined}
      onChange={(e) => field.onChange(e.target.value)}
      data-testid={testId}
    />
  );
}

/**
 * What an issue is on the phone — its category, urgency, subject and details — the same on
 * 我要反映 and on a visit that raises one.
 */
export function IssueFields({
  idPrefix,
  category,
  onCategory,
  urgency,
  onUrgency,
  subject,
  body,
}: {
  idPrefix: string;
  category: LiaisonCategory;
  onCategory: (c: LiaisonCategory) => void;
  urgency: LiaisonUrgency;
  onUrgency: (u: LiaisonUrgency) => void;
  subject: TextField;
  body: TextField;
}) {
  const t = useT();
  return (
    <>
      <Field label={t('liaison.category')} id={`${idPrefix}-category`}>
        <RadioList
          name={`${idPrefix}-category`}
          value={category}
          onChange={onCategory}
          options={CATEGORIES.map((c) => ({ value: c, label: t(`liaison.category.${c}`) }))}
        />
      </Field>
      <Field label={t('liaison.urgency')} id={`${idPrefix}-urgency`}>
        <Segmented
          value={urgency}
          onChange={onUrgency}
          options={URGENCIES.map((u) => ({ value: u, label: t(`liaison.urgency.${u}`) }))}
          aria-label={t('liaison.urgency')}
          data-testid={`${idPrefix}-urgency`}
        />
      </Field>
      <Field label={t('liaison.subject')} id={`${idPrefix}-subject`} error={subject.error}>
        <TextInput
          id={`${idPrefix}-subject`}
          maxLength={100}
          value={subject.value}
          onChange={subject.onChange}
          error={subject.error}
          data-testid={`${idPrefix}-subject`}
        />
      </Field>
      <Field label={t('liaison.body')} id={`${idPrefix}-body`} error={body.error}>
        <TextArea
          id={`${idPrefix}-body`}
          field={body}
          rows={4}
          maxLength={4000}
          testId={`${idPrefix}-body`}
        />
      </Field>
    </>
  );
}
