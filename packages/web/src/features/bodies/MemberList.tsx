import { useState } from 'react';
import { Button, Space, Tag, Tooltip, Typography } from 'antd';
import { CloseOutlined } from '@ant-design/icons';
import type { BodyMember } from './api.ts';
import { useT } from '../../i18n/index.tsx';

/** Rank-and-file roles are shown as compact name chips; everyone else gets a line of their own. */
const PLAIN_ROLES = new Set(['member', 'representative', 'staff']);
/** Chips shown before "show all": a representatives' meeting can seat 80 people. */
const CHIPS_FOLDED = 18;

interface MemberListProps {
  members: BodyMember[];
  termStartsOn: string | null;
  canEdit: boolean;
  onEnd: (member: BodyMember) => void;
}

export function MemberList({ members, termStartsOn, canEdit, onEnd }: MemberListProps) {
  const t = useT();
  const [expanded, setExpanded] = useState(false);
  const officers = members.filter((m) => !PLAIN_ROLES.has(m.role));
  const plain = members.filter((m) => PLAIN_ROLES.has(m.role));
  const shown = expanded ? plain : plain.slice(0, CHIPS_FOLDED);
  // Plain members' role is the same for all: name it once.
  const plainRole = plain[0] ? t.pick(plain[0].roleName) : '';
  const since = (m: BodyMember) => t('home.memberSince', { date: t.date(m.startsOn) });

  const endButton = (m: BodyMember) =>
    canEdit ? (
      <Tooltip title={t('home.endMembership')}>
        <Button
          size="small"
          type="text"
          className="member-end"
          icon={<CloseOutlined />}
          aria-label={`${t('home.endMembership')}：${m.name}`}
          onClick={() => onEnd(m)}
          data-testid="member-end"
        />
      </Tooltip>
    ) : null;

  return (
    <div className="members">
      {officers.map((m) => (
        <div key={m.membershipId} className="member" data-testid="body-member">
          <Space wrap size={[8, 0]}>
            <span className="member-name">{m.name}</span>
            <Tag color="volcano">{t.pick(m.roleName)}</Tag>
            <Typography.Text type="secondary" className="member-since">
              {since(m)}
            </Typography.Text>
            {endButton(m)}
          </Space>
        </div>
      ))}
      {plain.length > 0 && (
        <div className="member-chips">
          <Typography.Text type="secondary" className="member-chips-title">
            {t('home.plainMembers', { role: plainRole, count: plain.length })}
          </Typography.Text>
          <div className="member-chips-list">
            {shown.map((m) => (
              <span
                key={m.membershipId}
                className="member-chip"
                data-testid="body-member"
                title={m.startsOn !== termStartsOn ? since(m) : undefined}
              >
                <span className="member-name">{m.name}</span>
                {endButton(m)}
              </span>
            ))}
            {plain.length > CHIPS_FOLDED && (
              <Button
                type="link"
                size="small"
                onClick={() => setExpanded(!expanded)}
                data-testid="members-expand"
              >
                {expanded ? t('home.members.fold') : t('home.members.all', { count: plain.length })}
              </Button>
            )}
          </div>
        </div>
      )}
    </div>
  );
}
