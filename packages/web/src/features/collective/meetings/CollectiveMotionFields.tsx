import { Checkbox, Form, Select } from 'antd';
import { COLLECTIVE_POWER_NAMES, COLLECTIVE_POWERS } from '@cunzhi/core/collective/meetings/powers';
import type { MeetingKind } from '@cunzhi/core/meetings/meetingKinds';
import { DateInput } from '../../../components/DateInput.tsx';
import { useT } from '../../../i18n/index.tsx';

/** The organisation's assemblies take these on a motion; its council and the villagers' meetings none. */
export function takesCollectiveMotionFields(kind: MeetingKind): boolean {
  return kind === 'membersAssembly' || kind === 'membersRepresentativesAssembly';
}

/**
 * A motion at the members' or representatives' assembly: which of the assembly's powers (Art.
 * 26) it exercises — the server refuses at the representatives' assembly the five Art. 28 keeps
 * for the members — the day the Party organisation studied it first, and (at the members'
 * assembly) whether it grants a non-member rights, which needs three-quarters of all members.
 */
export function CollectiveMotionFields({ kind }: { kind: MeetingKind }) {
  const t = useT();
  return (
    <>
      <Form.Item
        name="collectivePower"
        label={t('meetings.motion.collectivePower')}
        extra={t('meetings.motion.collectivePower.hint')}
        rules={[
          {
            required: true,
            message: t('validate.required', { field: t('meetings.motion.collectivePower') }),
          },
        ]}
      >
        <Select
          data-testid="motion-collective-power"
          options={COLLECTIVE_POWERS.map((p) => ({
            value: p,
            label: t.pick(COLLECTIVE_POWER_NAMES[p]),
          }))}
        />
      </Form.Item>
      <Form.Item
        name="partyStudiedOn"
        label={t('meetings.motion.partyStudiedOn')}
        extra={t('meetings.motion.partyStudiedOn.hint')}
      >
        <DateInput testId="motion-party-studied-on" />
      </Form.Item>
      {kind === 'membersAssembly' && (
        <Form.Item name="nonMemberRights" valuePropName="checked">
          <Checkbox data-testid="motion-non-member-rights">
            {t('meetings.motion.nonMemberRights')}
          </Checkbox>
        </Form.Item>
      )}
    </>
  );
}
