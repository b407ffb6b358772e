import type { FastifyReply } from 'fastify';

/**
 * A stored file sent back: its type, its (Chinese) name per RFC 5987 with an ASCII fallback for
 * old browsers, shown in the browser (`inline`: a photo, a receipt) or saved. Not cached by a
 * shared cache (a village's record read by a signed-in reader), unless the file is public: the
 * portal's receipts and published photos (`publicSeconds`).
 */
export function sendFile(
  reply: FastifyReply,
  file: { name: string; mediaType: string; bytes: Uint8Array },
  opts: { inline?: boolean; publicSeconds?: number } = {},
): FastifyReply {
  const ascii = file.name.replace(/[^\x20-\x7e]/g, '_').replace(/"/g, '');
  return reply
    .header('content-type', file.mediaType)
    .header(
      'content-disposition',
      `${opts.inline ? 'inline' : 'attachment'}; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(file.name)}`,
    )
    .header(
      'cache-control',
      opts.publicSeconds ? `public, max-age=${opts.publicSeconds}` : 'private, no-store',
    )
    .send(Buffer.from(file.bytes));
}
