import { useEffect, useState } from 'react';
import { Checkbox, Flex, Typography } from 'antd';
import { api } from '../../api/client.ts';
import { useT } from '../../i18n/index.tsx';
import { supervisionPath, type InspectionDetail } from './api.ts';
import { isPhoto, shortHash, type EvidenceFile } from './evidence.ts';
import { PhotoThumb } from './FindingEvidence.tsx';

type Photo = EvidenceFile & { findingText: string };

/** The photos of the findings of these inspections, read from each inspection's page. */
function usePhotos(villageId: string, inspectionIds: readonly string[]): Photo[] {
  const [photos, setPhotos] = useState<Photo[]>([]);
  const key = inspectionIds.join(',');
  useEffect(() => {
    const controller = new AbortController();
    const ids = key ? key.split(',') : [];
    Promise.all(
      ids.map((id) =>
        api<InspectionDetail>(`${supervisionPath(villageId)}/inspections/${id}`, {
          signal: controller.signal,
        }),
      ),
    )
      .then((pages) =>
        setPhotos(
          pages.flatMap((p) =>
            p.findingsList.flatMap((f) =>
              f.files.filter(isPhoto).map((file) => ({ ...file, findingText: f.text })),
            ),
          ),
        ),
      )
      .catch(() => setPhotos([]));
    return () => controller.abort();
  }, [villageId, key]);
  return photos;
}

/**
 * 随报告公开的照片: none by default (a photo may show people); the ones ticked are shown with
 * the report on the portal once the committee's vote publishes it — the vote is the choice.
 */
export function PublicPhotosField({
  villageId,
  inspectionIds,
  value,
  onChange,
}: {
  villageId: string;
  inspectionIds: readonly string[];
  value?: string[];
  onChange?: (ids: string[]) => void;
}) {
  const t = useT();
  const photos = usePhotos(villageId, inspectionIds);
  if (photos.length === 0)
    return (
      <Typography.Text type="secondary">{t('supervision.evidence.public.none')}</Typography.Text>
    );
  return (
    <Checkbox.Group
      value={(value ?? []).filter((id) => photos.some((p) => p.id === id))}
      onChange={(ids) => onChange?.(ids)}
      data-testid="report-form-public-photos"
    >
      <Flex vertical gap={8}>
        {photos.map((p) => (
          <Checkbox key={p.id} value={p.id}>
            <Flex gap={8} align="center">
              <PhotoThumb file={p} width={64} />
              <span>
                {p.name}
                <Typography.Text type="secondary" className="small-print">
                  {' '}
                  · {p.findingText.slice(0, 40)} · {shortHash(p.sha256)}
                </Typography.Text>
              </span>
            </Flex>
          </Checkbox>
        ))}
      </Flex>
    </Checkbox.Group>
  );
}
