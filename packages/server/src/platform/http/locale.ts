import type { FastifyRequest } from 'fastify';
import type { Locale } from '@cunzhi/core/errors';

/** zh-CN unless the user chose English (query, cookie) or only accepts English. */
export function requestLocale(request: FastifyRequest): Locale {
  const query = request.query as Record<string, unknown> | undefined;
  if (query?.lang === 'en') return 'en';
  if (query?.lang === 'zh-CN') return 'zh-CN';
  const cookie = request.cookies?.cunzhi_lang;
  if (cookie === 'en') return 'en';
  if (cookie === 'zh-CN') return 'zh-CN';
  const accept = request.headers['accept-language'] ?? '';
  return /^en\b/i.test(accept) ? 'en' : 'zh-CN';
}
