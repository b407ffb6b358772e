import { markup, type Html } from './html.ts';
import {
  dateText,
  issuerOf,
  kindName,
  portalBase,
  stampOf,
  standingOf,
  voidText,
  type PortalView,
} from './present.ts';
import type { PortalNoticeDetail } from './queries.ts';

/** How many notices the feed carries, newest first. */
export const FEED_ENTRIES = 50;

/**
 * A village's Atom feed (RFC 4287): one entry per published notice, its id the
 * notice's (urn:uuid, never reused), its link the notice's stable page.
 * `updated` is when the notice was recorded; a notice that no longer stands
 * says so in its title and summary.
 */
export function atomFeed(
  view: PortalView,
  origin: string,
  notices: PortalNoticeDetail[],
  fallbackUpdated: Date,
): Html {
  const base = `${origin}${portalBase(view.village)}`;
  const updated = notices.reduce(
    (latest, n) => (n.created_at > latest ? n.created_at : latest),
    notices[0]?.created_at ?? fallbackUpdated,
  );
  return markup`<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${view.locale === 'en' ? 'en' : 'zh-CN'}">
<id>urn:uuid:${view.village.id}</id>
<title>${view.village.name} · ${view.t('portal')}</title>
<updated>${updated.toISOString()}</updated>
<link rel="self" type="application/atom+xml" href="${base}/feed.atom"/>
<link rel="alternate" type="text/html" href="${base}"/>
<author><name>${issuerOf(view)}</name></author>
${notices.map((n) => entry(view, base, n))}</feed>
`;
}

function entry(view: PortalView, base: string, n: PortalNoticeDetail): Html {
  const standing = standingOf(n);
  const stamp = stampOf(view, standing);
  const period = n.period_ends_on
    ? view.t('period', {
        from: dateText(view, n.published_on),
        to: dateText(view, n.period_ends_on),
      })
    : null;
  const summary = [
    `${kindName(view, n.kind)} · ${dateText(view, n.published_on)}`,
    period,
    voidText(view, standing),
  ]
    .filter(Boolean)
    .join('\n');
  return markup`<entry>
<id>urn:uuid:${n.id}</id>
<title>${stamp ? `【${stamp}】` : ''}${n.title}</title>
<updated>${n.created_at.toISOString()}</updated>
<link rel="alternate" type="text/html" href="${base}/n/${n.id}"/>
<category term="${n.kind}" label="${kindName(view, n.kind)}"/>
<summary type="text">${summary}</summary>
<content type="text">${n.body}</content>
</entry>
`;
}
