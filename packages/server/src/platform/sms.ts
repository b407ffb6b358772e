import type { Config } from './config.ts';

/** A text message to one mobile number. */
export interface SmsMessage {
  phone: string;
  text: string;
}

/** Sends text messages through the deployment's gateway. */
export interface SmsGateway {
  send(message: SmsMessage): Promise<void>;
}

/** A gateway that does not answer within this is given up on (the villager can ask again). */
const TIMEOUT_MS = 10_000;

/**
 * The deployment's SMS gateway, or null when none is configured (the features that need one are
 * then off). It is a generic webhook rather than one provider's SDK, so any carrier's or cloud's
 * SMS service can sit behind a small adapter the deployment controls: the server POSTs JSON
 * `{ phone, text }` to `SMS_GATEWAY_URL`, with `Authorization: Bearer SMS_GATEWAY_TOKEN` when
 * set, and counts any 2xx answer as accepted.
 */
export function smsGateway(
  config: Pick<Config, 'SMS_GATEWAY_URL' | 'SMS_GATEWAY_TOKEN'>,
): SmsGateway | null {
  const url = config.SMS_GATEWAY_URL;
  if (!url) return null;
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (config.SMS_GATEWAY_TOKEN) headers.authorization = `Bearer ${config.SMS_GATEWAY_TOKEN}`;
  return {
    async send(message) {
      const res = await fetch(url, {
        method: 'POST',
        headers,
        body: JSON.stringify({ phone: message.phone, text: message.text }),
        signal: AbortSignal.timeout(TIMEOUT_MS),
        redirect: 'error',
      });
      // drain the body so the connection is reused; its content is the gateway's business
      await res.arrayBuffer().catch(() => undefined);
      // the error names the status only: the number and the code stay out of logs
      if (!res.ok) throw new Error(`SMS gateway answered HTTP ${res.status}`);
    },
  };
}
