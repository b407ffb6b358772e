import { appendFileSync, existsSync, mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Config } from '../config.ts';
import { smsGateway } from '../sms.ts';
import { aliyunSmsAdapter } from './aliyun.ts';

/** One SMS as the gateway gets it: the outbox id travels with it as the idempotency key. */
export interface OutgoingSms {
  id: string;
  villageId: string;
  phone: string;
  text: string;
}

/**
 * Where SMS go. `send` resolves once the gateway has taken the message and throws otherwise.
 * `delivered` answers, after a crash, which of the messages a dead worker had claimed reached the
 * gateway: an adapter that can tell (it keeps the ids it was given) makes delivery exactly-once;
 * one that cannot leaves it undefined, and such a message is marked failed as uncertain for a
 * cadre to retry knowingly rather than risk a villager getting it twice (docs/notifications.md).
 */
export interface SmsAdapter {
  readonly name: string;
  send(message: OutgoingSms): Promise<void>;
  delivered?(ids: readonly string[]): Promise<Set<string>>;
}

/**
 * The default: each message appended as one JSON line to a file (an office's SMS modem or a
 * person can send from it; tests and the demo read it). One synchronous write per line, so a
 * process killed mid-batch leaves whole lines only; the ids in the file are what it delivered.
 */
export function fileAdapter(file: string): SmsAdapter {
  mkdirSync(path.dirname(file), { recursive: true });
  return {
    name: 'file',
    async send(m) {
      const line = { id: m.id, villageId: m.villageId, phone: m.phone, text: m.text };
      appendFileSync(file, `${JSON.stringify(line)}\n`);
    },
    async delivered(ids) {
      const asked = new Set(ids);
      const found = new Set<string>();
      if (!existsSync(file)) return found;
      for (const line of readFileSync(file, 'utf8').split('\n')) {
        const id = line.slice(7, 43); // {"id":"<uuid>" — every line starts so
        if (asked.has(id)) found.add(id);
      }
      return found;
    },
  };
}

/** The deployment's generic SMS webhook (platform/sms.ts), the same one the portal's codes use. */
function webhookAdapter(config: Config): SmsAdapter {
  const gateway = smsGateway(config);
  if (!gateway) throw new Error('OUTBOX_ADAPTER=webhook needs SMS_GATEWAY_URL');
  return { name: 'webhook', send: (m) => gateway.send({ phone: m.phone, text: m.text }) };
}

/** The file the file adapter writes when OUTBOX_FILE is not set: beside the embedded database. */
export function defaultOutboxFile(config: Pick<Config, 'DATA_DIR' | 'OUTBOX_FILE'>): string {
  return config.OUTBOX_FILE ?? path.join(config.DATA_DIR, 'outbox-sms.jsonl');
}

/** The adapter the configuration names (OUTBOX_ADAPTER; docs/notifications.md). */
export function smsAdapterFor(config: Config): SmsAdapter {
  switch (config.OUTBOX_ADAPTER) {
    case 'file':
      return fileAdapter(defaultOutboxFile(config));
    case 'webhook':
      return webhookAdapter(config);
    case 'aliyun':
      return aliyunSmsAdapter(config);
  }
}
