import { Col, Form, Input, Radio, Row, Select, Switch } from 'antd';
import type { Rule } from 'antd/es/form';
import { checkResidentId } from '@cunzhi/core/registry/residentIdNumber';
import {
  GENDERS,
  PHONE_PATTERN,
  RELATIONS_TO_HEAD,
  RESIDENCE_STATUSES,
  type Gender,
} from '@cunzhi/core/registry/person';
import { useT, type MessageKey, type Translator } from '../../i18n/index.tsx';
import { DateInput } from '../../components/DateInput.tsx';

interface PersonFieldsProps {
  /** Where the person's fields sit in the form, e.g. `['head']` in the new-household form. */
  prefix?: string[];
  /** The head of a new household: the relation is fixed to 户主. */
  isHead?: boolean;
  /** Editing a person whose ID number came masked: the masked value may stay as it is. */
  maskedId?: string | null;
  /**
   * Editing a person whose birth date was withheld (the editor may not see ID numbers): the ID
   * number and birth date are shown locked, and left as they are (the server refuses them).
   */
  idFieldsLocked?: boolean;
  testPrefix?: string;
}

const ID_PROBLEM: Record<'format' | 'birthDate' | 'checksum', MessageKey> = {
  format: 'validate.residentId.format',
  birthDate: 'validate.residentId.birthDate',
  checksum: 'validate.residentId.checksum',
};

/** The facts inside a valid ID number, or null (empty, masked or invalid). */
function idFacts(value: unknown, maskedId: string | null | undefined) {
  if (typeof value !== 'string' || !value.trim() || value === maskedId) return null;
  const checked = checkResidentId(value);
  return checked.ok ? checked.facts : null;
}

function residentIdRule(t: Translator, maskedId: string | null | undefined): Rule {
  return {
    validator: (_, value: unknown) => {
      if (typeof value !== 'string' || !value.trim() || value === maskedId)
        return Promise.resolve();
      const checked = checkResidentId(value);
      return checked.ok
        ? Promise.resolve()
        : Promise.reject(new Error(t(ID_PROBLEM[checked.problem])));
    },
  };
}

/**
 * The fields of one person (PersonInput), validated as they are typed: the
 * ID number by GB 11643 with its birth date and gender checked against the
 * other fields, the phone as 11 digits. A valid ID fills an empty birth date and gender.
 */
export function PersonFields({
  prefix = [],
  isHead,
  maskedId,
  idFieldsLocked = false,
  testPrefix = 'person',
}: PersonFieldsProps) {
  const t = useT();
  const form = Form.useFormInstance();
  const name = (field: string) => [...prefix, field];
  const idPath = name('residentIdNumber');
  const residenceStatus = Form.useWatch(name('residenceStatus'), form) as string | undefined;
  const partyMember = Form.useWatch(name('partyMember'), form) as boolean | undefined;
  const required = (labelKey: MessageKey): Rule => ({
    required: true,
    message: t('validate.required', { field: t(labelKey) }),
  });

  const fillFromId = (value: string) => {
    const facts = idFacts(value, maskedId);
    if (!facts) return;
    if (!form.getFieldValue(name('birthDate')))
      form.setFieldValue(name('birthDate'), facts.birthDate);
    if (!form.getFieldValue(name('gender'))) form.setFieldValue(name('gender'), facts.gender);
    void form.validateFields([name('birthDate'), name('gender')]);
  };

  return (
    <Row gutter={16}>
      <Col xs={24} md={12}>
        <Form.Item
          name={name('name')}
          label={t('person.name')}
          rules={[required('person.name'), { max: 50, whitespace: true }]}
        >
          <Input maxLength={50} autoComplete="off" data-testid={`${testPrefix}-name`} />
        </Form.Item>
      </Col>
      <Col xs={24} md={12}>
        <Form.Item
          name={idPath}
          label={t('person.residentIdNumber')}
          normalize={(v: string | undefined) =>
            v === maskedId ? v : v?.toUpperCase().replace(/\s/g, '')
          }
          rules={[residentIdRule(t, maskedId)]}
          validateFirst
          extra={idFieldsLocked && maskedId ? t('person.idFieldsLocked') : undefined}
        >
          <Input
            disabled={idFieldsLocked && Boolean(maskedId)}
            maxLength={18}
            autoComplete="off"
            inputMode="text"
            data-testid={`${testPrefix}-residentIdNumber`}
            onChange={(e) => fillFromId(e.target.value)}
          />
        </Form.Item>
      </Col>
      <Col xs={24} md={12}>
        <Form.Item
          name={name('gender')}
          label={t('person.gender')}
          dependencies={[idPath]}
          rules={[
            required('person.gender'),
            ({ getFieldValue }) => ({
              validator: (_, value: Gender | undefined) => {
                const facts = idFacts(getFieldValue(idPath), maskedId);
                return !value || !facts || facts.gender === value
                  ? Promise.resolve()
                  : Promise.reject(new Error(t('validate.residentId.genderMismatch')));
              },
            }),
          ]}
        >
          <Radio.Group
            data-testid={`${testPrefix}-gender`}
            optionType="button"
            options={GENDERS.map((g) => ({ value: g, label: t(`gender.${g}`) }))}
          />
        </Form.Item>
      </Col>
      <Col xs={24} md={12}>
        <Form.Item
          name={name('birthDate')}
          label={t('person.birthDate')}
          dependencies={[idPath]}
          extra={idFieldsLocked ? t('person.idFieldsLocked') : undefined}
          rules={
            idFieldsLocked
              ? []
              : [
                  required('person.birthDate'),
                  ({ getFieldValue }) => ({
                    validator: (_, value: string | undefined) => {
                      const facts = idFacts(getFieldValue(idPath), maskedId);
                      return !value || !facts || facts.birthDate === value
                        ? Promise.resolve()
                        : Promise.reject(new Error(t('validate.residentId.birthMismatch')));
                    },
                  }),
                ]
          }
        >
          <DateInput notAfterToday disabled={idFieldsLocked} testId={`${testPrefix}-birthDate`} />
        </Form.Item>
      </Col>
      <Col xs={24} md={12}>
        <Form.Item
          name={name('phone')}
          label={t('person.phone')}
          normalize={(v: string | undefined) => v?.replace(/\s/g, '')}
          rules={[{ pattern: PHONE_PATTERN, message: t('validate.phone') }]}
        >
          <Input
            maxLength={11}
            inputMode="numeric"
            autoComplete="off"
            data-testid={`${testPrefix}-phone`}
          />
        </Form.Item>
      </Col>
      <Col xs={24} md={12}>
        <Form.Item
          name={name('relationToHead')}
          label={t('person.relationToHead')}
          rules={[required('person.relationToHead')]}
        >
          <Select
            disabled={isHead}
            data-testid={`${testPrefix}-relationToHead`}
            options={RELATIONS_TO_HEAD.filter((r) => isHead || r !== 'head').map((r) => ({
              value: r,
              label: t(`relation.${r}`),
            }))}
          />
        </Form.Item>
      </Col>
      <Col xs={24} md={12}>
        <Form.Item
          name={name('residenceStatus')}
          label={t('person.residenceStatus')}
          rules={[required('person.residenceStatus')]}
        >
          <Select
            data-testid={`${testPrefix}-residenceStatus`}
            options={RESIDENCE_STATUSES.map((s) => ({ value: s, label: t(`residence.${s}`) }))}
          />
        </Form.Item>
      </Col>
      {residenceStatus && residenceStatus !== 'resident' && (
        <Col xs={24} md={12}>
          <Form.Item name={name('residenceSince')} label={t('person.residenceSince')}>
            <DateInput notAfterToday testId={`${testPrefix}-residenceSince`} />
          </Form.Item>
        </Col>
      )}
      <Col xs={12} md={6}>
        <Form.Item
          name={name('partyMember')}
          label={t('person.partyMember')}
          valuePropName="checked"
        >
          <Switch data-testid={`${testPrefix}-partyMember`} />
        </Form.Item>
      </Col>
      {partyMember && (
        <Col xs={24} md={12}>
          <Form.Item name={name('partyJoinedOn')} label={t('person.partyJoinedOn')}>
            <DateInput notAfterToday testId={`${testPrefix}-partyJoinedOn`} />
          </Form.Item>
        </Col>
      )}
    </Row>
  );
}

/** Form values → the API's PersonInput: empty strings become null, hidden fields are dropped. */
export function toPersonInput(values: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(values)) {
    out[key] = typeof value === 'string' && value.trim() === '' ? null : value;
  }
  if (out.residenceStatus === 'resident') out.residenceSince = null;
  if (!out.partyMember) out.partyJoinedOn = null;
  out.partyMember = Boolean(out.partyMember);
  return out;
}
