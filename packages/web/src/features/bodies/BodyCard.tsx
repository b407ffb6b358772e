import { Button, Card, Col, Empty, Row, Tag, Typography } from 'antd';
import { ApartmentOutlined, CalendarOutlined, UserAddOutlined } from '@ant-design/icons';
import { BODY_KIND_INFO } from '@cunzhi/core/bodies/bodyKinds';
import type { BodyView } from './api.ts';
import { useT } from '../../i18n/index.tsx';
import type { BodyEdit } from './BodyEditor.tsx';
import { MemberList } from './MemberList.tsx';
import { CompositionFindings, hasCompositionRules } from '../matters/CompositionFindings.tsx';

interface BodyCardProps {
  body: BodyView;
  subBodies: BodyView[];
  canEdit: boolean;
  onEdit: (edit: BodyEdit) => void;
  nested?: boolean;
}

/** One body of the village: its current term and who sits in it. */
export function BodyCard({ body, subBodies, canEdit, onEdit, nested }: BodyCardProps) {
  const t = useT();
  const info = BODY_KIND_INFO[body.kind];
  const kindName = t.pick(body.kindName);
  const fromRegistry = info?.membersFromRegistry ?? false;

  const actions =
    canEdit && !fromRegistry
      ? [
          <Button
            key="appoint"
            type="link"
            icon={<UserAddOutlined />}
            disabled={!body.term}
            onClick={() => onEdit({ kind: 'appoint', body })}
            data-testid="body-appoint"
          >
            {t('home.appoint')}
          </Button>,
          <Button
            key="term"
            type="link"
            icon={<CalendarOutlined />}
            onClick={() => onEdit({ kind: 'term', body })}
            data-testid="body-new-term"
          >
            {t('home.newTerm')}
          </Button>,
        ]
      : undefined;

  return (
    <Card
      className={nested ? 'body-card body-card-nested' : 'body-card'}
      size={nested ? 'small' : 'default'}
      data-testid="body-card"
      data-body-kind={body.kind}
      title={
        <div className="body-card-title">
          <span>{body.name}</span>
          {body.name !== kindName && <Typography.Text type="secondary">{kindName}</Typography.Text>}
        </div>
      }
      extra={body.seats ? <Tag>{t('home.seats', { seats: body.seats })}</Tag> : undefined}
      actions={actions}
    >
      <Typography.Paragraph type="secondary" className="body-term">
        {body.term
          ? t('home.term', { from: t.date(body.term.startsOn), to: t.date(body.term.endsOn) })
          : fromRegistry
            ? null
            : t('home.term.none')}
      </Typography.Paragraph>
      {hasCompositionRules(body.kind) && <CompositionFindings bodyId={body.id} />}
      {fromRegistry ? (
        <Typography.Paragraph>{t('home.membersFromRegistry')}</Typography.Paragraph>
      ) : body.members.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('home.noMembers')} />
      ) : (
        <MemberList
          members={body.members}
          termStartsOn={body.term?.startsOn ?? null}
          canEdit={canEdit}
          onEnd={(member) => onEdit({ kind: 'end', body, member })}
        />
      )}
      {body.departed.length > 0 && <Departed body={body} />}
      {subBodies.length > 0 && (
        <div className="sub-bodies">
          <Typography.Text strong>
            <ApartmentOutlined /> {t('home.subBranches')}
          </Typography.Text>
          <Row gutter={[12, 12]}>
            {subBodies.map((sub) => (
              <Col key={sub.id} xs={24} lg={12} xxl={8}>
                <BodyCard body={sub} subBodies={[]} canEdit={canEdit} onEdit={onEdit} nested />
              </Col>
            ))}
          </Row>
        </div>
      )}
    </Card>
  );
}

/** Members of this term whose office ended early, and why where the product ended it (民主评议). */
function Departed({ body }: { body: BodyView }) {
  const t = useT();
  return (
    <div className="body-departed" data-testid="body-departed">
      <Typography.Text strong>{t('home.departed')}</Typography.Text>
      {body.departed.map((m) => (
        <Typography.Paragraph
          key={m.membershipId}
          className="no-margin"
          data-testid="departed-member"
        >
          {t('home.departedText', {
            name: m.name,
            role: t.pick(m.roleName),
            date: t.date(m.endedOn),
          })}
          {m.endReasonText && (
            <Typography.Text type="danger" data-testid="departed-reason">
              {t.lang === 'en' ? ': ' : '：'}
              {t.pick(m.endReasonText)}
            </Typography.Text>
          )}
        </Typography.Paragraph>
      ))}
    </div>
  );
}
