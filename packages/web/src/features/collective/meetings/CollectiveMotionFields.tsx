import { Checkbox, Form, Select, Tag } from 'antd';
import {
  COLLECTIVE_POWER_NAMES,
  COLLECTIVE_POWERS,
  type CollectivePower,
} from '@cunzhi/core/collective/meetings/powers';
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

/**
 * What a motion at the organisation's assembly says of itself: the power it exercises, the day
 * the Party organisation studied it (or that it did not, in orange), and a non-member grant's
 * three-quarters.
 */
export function CollectiveMotionTags({
  collective,
}: {
  collective: { power: string; partyStudiedOn: string | null; nonMemberRights: boolean };
}) {
  const t = useT();
  const power = COLLECTIVE_POWER_NAMES[collective.power as CollectivePower];
  return (
    <>
      {power && <Tag data-testid="motion-collective-power-tag">{t.pick(power)}</Tag>}
      {collective.partyStudiedOn ? (
        <Tag color="green">
          {t('meetings.motion.partyStudied', { date: t.date(collective.partyStudiedOn) })}
        </Tag>
      ) : (
        <Tag color="orange" data-testid="motion-party-missing">
          {t('meetings.motion.partyMissing')}
        </Tag>
      )}
      {collective.nonMemberRights && (
        <Tag color="purple">{t('meetings.motion.nonMemberRights.tag')}</Tag>
      )}
    </>
  );
}
