import type { ReactNode } from 'react';
import { Button, Drawer, Flex } from 'antd';
import { useIsPhone } from '../../app/useIsPhone.ts';
import { useT } from '../../i18n/index.tsx';

interface FormDrawerProps {
  title: string;
  busy: boolean;
  onClose: () => void;
  onSubmit: () => void;
  children: ReactNode;
  testId?: string;
}

/** A side drawer holding one form, full-screen on phones, with save and cancel at the bottom. */
export function FormDrawer({ title, busy, onClose, onSubmit, children, testId }: FormDrawerProps) {
  const t = useT();
  const isPhone = useIsPhone();
  return (
    <Drawer
      open
      title={title}
      size={isPhone ? '100%' : 720}
      onClose={onClose}
      destroyOnHidden
      data-testid={testId}
      footer={
        <Flex justify="flex-end" gap={8}>
          <Button onClick={onClose}>{t('app.cancel')}</Button>
          <Button type="primary" loading={busy} onClick={onSubmit} data-testid="form-submit">
            {t('app.save')}
          </Button>
        </Flex>
      }
    >
      {children}
    </Drawer>
  );
}
