import { Col, Form, Input, Row, Select } from 'antd';
import { useT } from '../../i18n/index.tsx';
import { useGroupsAndGrids } from './useGroupsAndGrids.ts';

/** A household's own fields (number, group, grid, address), shared by the new and edit forms. */
export function HouseholdFields({ villageId, columns }: { villageId: string; columns: boolean }) {
  const t = useT();
  const { groups, grids } = useGroupsAndGrids(villageId);
  const required = (field: string) => ({
    required: true,
    whitespace: true,
    message: t('validate.required', { field }),
  });
  const items = [
    <Form.Item
      key="number"
      name="number"
      label={t('household.number')}
      rules={[required(t('household.number')), { max: 30 }]}
    >
      <Input maxLength={30} data-testid="household-number" />
    </Form.Item>,
    <Form.Item
      key="group"
      name="villagerGroupId"
      label={t('household.villagerGroupId')}
      rules={[required(t('household.villagerGroupId'))]}
    >
      <Select
        data-testid="household-group"
        options={groups.map((g) => ({ value: g.id, label: g.name }))}
      />
    </Form.Item>,
    <Form.Item key="grid" name="gridId" label={t('household.gridId')}>
      <Select
        allowClear
        data-testid="household-grid"
        options={grids.map((g) => ({ value: g.id, label: g.name }))}
      />
    </Form.Item>,
    <Form.Item
      key="address"
      name="address"
      label={t('household.address')}
      rules={[required(t('household.address')), { max: 200 }]}
    >
      <Input maxLength={200} data-testid="household-address" />
    </Form.Item>,
  ];
  if (!columns) return <>{items}</>;
  return (
    <Row gutter={16}>
      {items.map((item) => (
        <Col key={item.key} xs={24} md={12}>
          {item}
        </Col>
      ))}
    </Row>
  );
}
