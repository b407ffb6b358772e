import { useState } from 'react';
import { Alert, Form, Input, Select, Upload, Button } from 'antd';
import { UploadOutlined } from '@ant-design/icons';
import { api } from '../../api/client.ts';
import { useT } from '../../i18n/index.tsx';
import { useFormSubmit } from '../../components/useFormSubmit.ts';
import { DateInput } from '../../components/DateInput.tsx';
import { FormDrawer } from '../registry/FormDrawer.tsx';
import { RefusalAlert } from '../matters/parts.tsx';
import type { ArchivePage, FiledAnswer } from './api.ts';

interface Values {
  type: string;
  title: string;
  documentOn: string;
  note?: string;
}

/** Files a document by hand: its kind, title, date, a note and the file itself. */
export default function FileItemDrawer({
  villageId,
  types,
  onClose,
  onFiled,
}: {
  villageId: string;
  types: ArchivePage['types'];
  onClose: () => void;
  onFiled: () => void;
}) {
  const t = useT();
  const [form] = Form.useForm<Values>();
  const [file, setFile] = useState<File | null>(null);
  const [missingFile, setMissingFile] = useState(false);
  const { busy, error, submit } = useFormSubmit(form, async (values) => {
    if (!file) {
      setMissingFile(true);
      return;
    }
    const body = new FormData();
    body.set('type', values.type);
    body.set('title', values.title);
    body.set('documentOn', values.documentOn);
    if (values.note) body.set('note', values.note);
    body.set('file', file, file.name);
    await api<FiledAnswer>(`/api/villages/${villageId}/archive/items`, { method: 'POST', body });
    onFiled();
  });
  return (
    <FormDrawer
      title={t('archive.file')}
      busy={busy}
      onClose={onClose}
      onSubmit={() => void submit()}
      testId="archive-file-drawer"
    >
      <RefusalAlert error={error} testId="archive-refused" />
      <Form form={form} layout="vertical" requiredMark="optional">
        <Form.Item name="type" label={t('archive.file.type')} rules={[{ required: true }]}>
          <Select
            data-testid="archive-file-type"
            options={types.map((k) => ({ value: k.type, label: t.pick(k.name) }))}
          />
        </Form.Item>
        <Form.Item name="title" label={t('archive.file.title')} rules={[{ required: true }]}>
          <Input maxLength={200} data-testid="archive-file-title" />
        </Form.Item>
        <Form.Item
          name="documentOn"
          label={t('archive.file.documentOn')}
          rules={[{ required: true }]}
        >
          <DateInput notAfterToday testId="archive-file-date" />
        </Form.Item>
        <Form.Item name="note" label={t('archive.file.note')}>
          <Input.TextArea maxLength={2000} autoSize={{ minRows: 2 }} />
        </Form.Item>
        <Form.Item label={t('archive.file.file')} required>
          <Upload
            maxCount={1}
            beforeUpload={(f) => {
              setFile(f);
              setMissingFile(false);
              return false;
            }}
            onRemove={() => setFile(null)}
          >
            <Button icon={<UploadOutlined />} data-testid="archive-file-choose">
              {t('archive.file.choose')}
            </Button>
          </Upload>
          {missingFile && <Alert type="error" title={t('archive.file.required')} />}
        </Form.Item>
      </Form>
    </FormDrawer>
  );
}
