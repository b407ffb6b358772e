import { createHmac, randomUUID } from 'node:crypto';
import type { Config } from '../config.ts';
import type { SmsAdapter } from './adapter.ts';

/** A gateway that does not answer within this is counted as a failed attempt (retried with backoff). */
const TIMEOUT_MS = 10_000;

/** RFC 3986 percent-encoding as Alibaba Cloud's RPC signature wants it (no !'()* left bare). */
function percent(text: string): string {
  return encodeURIComponent(text).replace(
    /[!'()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
}

/**
 * Alibaba Cloud's RPC request signature (SignatureVersion 1.0, HMAC-SHA1), as its SMS API
 * documents it: the parameters sorted by name and percent-encoded into one query, the string to
 * sign `METHOD&%2F&<query encoded again>`, keyed by the AccessKey secret followed by `&`.
 */
export function aliyunSignature(
  method: 'GET' | 'POST',
  params: Readonly<Record<string, string>>,
  secret: string,
): string {
  const query = Object.keys(params)
    .sort()
    .map((k) => `${percent(k)}=${percent(params[k]!)}`)
    .join('&');
  const toSign = `${method}&${percent('/')}&${percent(query)}`;
  return createHmac('sha1', `${secret}&`).update(toSign).digest('base64');
}

/** The SendSms parameters for one message, before the signature. */
export function aliyunSendSmsParams(
  config: Pick<
    Config,
    'ALIYUN_SMS_ACCESS_KEY_ID' | 'ALIYUN_SMS_SIGN_NAME' | 'ALIYUN_SMS_TEMPLATE_CODE'
  >,
  m: { id: string; phone: string; text: string },
  now: Date,
  nonce: string,
): Record<string, string> {
  return {
    AccessKeyId: config.ALIYUN_SMS_ACCESS_KEY_ID ?? '',
    Action: 'SendSms',
    Format: 'JSON',
    // the outbox id, so the provider's delivery report names the message
    OutId: m.id,
    PhoneNumbers: m.phone,
    RegionId: 'cn-hangzhou',
    SignName: config.ALIYUN_SMS_SIGN_NAME ?? '',
    SignatureMethod: 'HMAC-SHA1',
    SignatureNonce: nonce,
    SignatureVersion: '1.0',
    TemplateCode: config.ALIYUN_SMS_TEMPLATE_CODE ?? '',
    // the provider puts the registered signature in 【】 itself: ours is taken off the text
    TemplateParam: JSON.stringify({ text: m.text.replace(/^【[^】]*】/, '') }),
    Timestamp: now.toISOString().replace(/\.\d{3}Z$/, 'Z'),
    Version: '2017-05-25',
  };
}

/**
 * Alibaba Cloud SMS (dysmsapi SendSms). Chinese carriers accept only registered signatures and
 * templates, so the village's template (ALIYUN_SMS_TEMPLATE_CODE) must be one approved with a
 * single variable ${text}. The provider does not deduplicate by OutId, so this adapter cannot say
 * after a crash whether a message went: such a message is marked failed as uncertain.
 */
export function aliyunSmsAdapter(config: Config): SmsAdapter {
  const missing = (
    [
      'ALIYUN_SMS_ACCESS_KEY_ID',
      'ALIYUN_SMS_ACCESS_KEY_SECRET',
      'ALIYUN_SMS_SIGN_NAME',
      'ALIYUN_SMS_TEMPLATE_CODE',
    ] as const
  ).filter((k) => !config[k]);
  if (missing.length > 0) throw new Error(`OUTBOX_ADAPTER=aliyun needs ${missing.join(', ')}`);
  return {
    name: 'aliyun',
    async send(m) {
      const params = aliyunSendSmsParams(config, m, new Date(), randomUUID());
      const signature = aliyunSignature('POST', params, config.ALIYUN_SMS_ACCESS_KEY_SECRET ?? '');
      const res = await fetch(config.ALIYUN_SMS_ENDPOINT, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({ ...params, Signature: signature }).toString(),
        signal: AbortSignal.timeout(TIMEOUT_MS),
        redirect: 'error',
      });
      const answer = (await res.json().catch(() => ({}))) as { Code?: string };
      // the error names the provider's code only: the number stays out of logs
      if (!res.ok || answer.Code !== 'OK')
        throw new Error(`Aliyun SMS answered ${res.status} ${answer.Code ?? ''}`.trim());
    },
  };
}
