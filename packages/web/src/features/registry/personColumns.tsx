import { Link } from 'react-router-dom';
import { Tag, Tooltip } from 'antd';
import { EyeInvisibleOutlined } from '@ant-design/icons';
import type { PersonView } from './api.ts';
import type { Translator } from '../../i18n/index.tsx';
import type { Column } from '../../components/DataList.tsx';

/** The ID number as the server sent it; masked numbers say so. */
export function ResidentId({ person, t }: { person: PersonView; t: Translator }) {
  if (!person.residentIdNumber) return <>—</>;
  return (
    <span
      className="resident-id"
      data-testid="resident-id"
      data-masked={person.residentIdMasked ? 'true' : 'false'}
    >
      {person.residentIdNumber}
      {person.residentIdMasked && (
        <Tooltip title={t('person.residentIdMasked')}>
          <EyeInvisibleOutlined className="masked-icon" aria-label={t('person.residentIdMasked')} />
        </Tooltip>
      )}
    </span>
  );
}

export function personColumns(t: Translator, base: string): Column<PersonView>[] {
  return [
    {
      key: 'name',
      title: t('person.name'),
      primary: true,
      render: (p) => (
        <Link
          to={`${base}/persons/${p.id}`}
          onClick={(e) => e.stopPropagation()}
          data-testid="person-link"
        >
          {p.name}
        </Link>
      ),
    },
    {
      key: 'relation',
      title: t('person.relationToHead'),
      render: (p) => t(`relation.${p.relationToHead}`),
    },
    { key: 'gender', title: t('person.gender'), render: (p) => t(`gender.${p.gender}`) },
    { key: 'age', title: t('person.age'), render: (p) => t('person.ageYears', { age: p.age }) },
    {
      key: 'id',
      title: t('person.residentIdNumber'),
      render: (p) => <ResidentId person={p} t={t} />,
    },
    { key: 'phone', title: t('person.phone'), render: (p) => p.phone ?? '—' },
    {
      key: 'residence',
      title: t('person.residenceStatus'),
      render: (p) => (
        <>
          <Tag
            color={
              p.residenceStatus === 'migrantOut'
                ? 'orange'
                : p.residenceStatus === 'movedIn'
                  ? 'blue'
                  : undefined
            }
          >
            {t(`residence.${p.residenceStatus}`)}
          </Tag>
          {p.partyMember && <Tag color="red">{t('person.partyMember')}</Tag>}
        </>
      ),
    },
  ];
}
