import type { ReactNode } from 'react';
import { Button, Drawer, Flex } from 'antd';
import { useIsPhone } from '../../app/useIsPhone.ts';
import { useT } from '../../i18n/index.tsx';

interface SideFormProps {
  title: string;
  submitLabel: string;
  busy: boolean;
  onClose: () => void;
  onSubmit: () => void;
  children: ReactNode;
  testId: string;
  submitTestId: string;
  width?: number;
}

/** A drawer holding one form (full screen on phones), its action named for what it does. */
export function SideForm(props: SideFormProps) {
  const { title, submitLabel, busy, onClose, onSubmit, children, testId, submitTestId } = props;
  const t = useT();
  const isPhone = useIsPhone();
  return (
    <Drawer
      open
      title={title}
      size={isPhone ? '100%' : (props.width ?? 640)}
      onClose={onClose}
      destroyOnHidden
      data-testid={testId}
      footer={
        <Flex justify="flex-end" gap={8}>
          <Button onClick={onClose}>{t('app.cancel')}</Button>
          <Button type="primary" loading={busy} onClick={onSubmit} data-testid={submitTestId}>
            {submitLabel}
          </Button>
        </Flex>
      }
    >
      {children}
    </Drawer>
  );
}
