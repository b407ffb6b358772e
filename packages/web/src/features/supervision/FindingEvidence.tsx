import './evidence.css';
import { Button, Flex, Image, Tooltip, Typography, Upload, type UploadFile } from 'antd';
import { CameraOutlined, FilePdfOutlined } from '@ant-design/icons';
import { useT } from '../../i18n/index.tsx';
import {
  EVIDENCE_ACCEPT,
  isPhoto,
  MAX_EVIDENCE_FILES,
  shortHash,
  type EvidenceFile,
} from './evidence.ts';

/** A photo as a thumbnail (4:3, cropped) that opens full size. */
export function PhotoThumb({ file, width }: { file: EvidenceFile; width: number }) {
  return (
    <Image
      src={file.url}
      alt={file.name}
      width={width}
      height={Math.round((width * 3) / 4)}
      style={{ objectFit: 'cover' }}
    />
  );
}

/** A finding's files: photos as thumbnails that open full size, documents as links; each with its fingerprint. */
export function EvidenceThumbs({ files }: { files: EvidenceFile[] }) {
  const t = useT();
  if (files.length === 0) return null;
  return (
    <Image.PreviewGroup>
      <Flex gap={8} wrap className="finding-evidence" data-testid="finding-evidence-files">
        {files.map((f) => (
          <Tooltip
            key={f.id}
            title={`${f.name} · ${t('supervision.evidence.fingerprint')} ${f.sha256}`}
          >
            <div className="finding-evidence-file" data-testid="finding-evidence-file">
              {isPhoto(f) ? (
                <PhotoThumb file={f} width={88} />
              ) : (
                <a href={f.url} target="_blank" rel="noreferrer">
                  <FilePdfOutlined /> {f.name}
                </a>
              )}
              <Typography.Text type="secondary" className="small-print hash">
                {shortHash(f.sha256)}
              </Typography.Text>
            </div>
          </Tooltip>
        ))}
      </Flex>
    </Image.PreviewGroup>
  );
}

/** The finding form's file picker (a form field: its value is the list chosen, sent with the finding). */
export function EvidencePicker({
  value,
  onChange,
}: {
  value?: UploadFile[];
  onChange?: (files: UploadFile[]) => void;
}) {
  const t = useT();
  return (
    <Upload
      multiple
      accept={EVIDENCE_ACCEPT}
      listType="picture"
      maxCount={MAX_EVIDENCE_FILES}
      fileList={value ?? []}
      beforeUpload={() => false}
      onChange={({ fileList }) => onChange?.(fileList)}
    >
      <Button icon={<CameraOutlined />} data-testid="finding-files-choose">
        {t('supervision.evidence.choose')}
      </Button>
    </Upload>
  );
}

/** The browser's files behind the picker's list (antd keeps each as `originFileObj`). */
export const chosenFiles = (list: UploadFile[]): File[] =>
  list.map((f) => f.originFileObj).filter((f): f is NonNullable<typeof f> => Boolean(f));
