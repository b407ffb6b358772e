/**
 * Canonical JSON for hashing audit events: object keys sorted, no spaces,
 * undefined dropped. The same bytes come out on every machine, so an exported
 * chain can be verified anywhere.
 */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') {
    if (typeof value === 'number' && !Number.isFinite(value))
      throw new TypeError('non-finite number');
    if (typeof value === 'bigint') return JSON.stringify(value.toString());
    return JSON.stringify(value) ?? 'null';
  }
  if (Array.isArray(value)) return `[${value.map((v) => canonicalJson(v ?? null)).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
}

/** The fields of an audit event that its hash covers. */
export interface AuditEventBody {
  chainId: string;
  seq: number;
  actorAccountId: string | null;
  action: string;
  targetType: string;
  targetId: string;
  data: unknown;
  occurredAt: string;
}

/** The text hashed for an event: previous hash, a newline, the canonical body. */
export function auditHashInput(prevHash: string, body: AuditEventBody): string {
  return `${prevHash}\n${canonicalJson(body)}`;
}

export const GENESIS_HASH = '0'.repeat(64);
