import type { EvidenceRow } from '../supervision/queries.ts';
import { markup, type Html } from './html.ts';
import { href } from './pages.ts';
import type { PortalView } from './present.ts';

/**
 * A published supervision report's photos: only those the committee chose to publish with it
 * (the rest of a finding's evidence may show people and stays with the committee and cadres).
 * Each opens full size; its SHA-256 lets a reader check it against the audit chain.
 */
export function evidenceSection(
  view: PortalView,
  noticeId: string,
  photos: readonly EvidenceRow[],
): Html | '' {
  if (photos.length === 0) return '';
  const { t } = view;
  const items = photos.map((p) => {
    const url = href(view, `/n/${noticeId}/e/${p.id}`);
    return markup`<li><a href="${url}"><img src="${url}" alt="${p.file_name}" loading="lazy" style="max-width:12rem;max-height:9rem"></a><span class="meta">${p.file_name} · SHA-256 <span class="hash">${p.sha256}</span></span></li>`;
  });
  return markup`<section id="evidence"><h2>${t('evidencePhotos')}</h2><p class="hint">${t('evidencePhotosHint')}</p><ul class="list">${items}</ul></section>`;
}
