import type { Queryable } from '../db/database.ts';
import { outboxDepth } from '../outbox/repository.ts';
import type { ScrapedGauge } from './metrics.ts';

/**
 * The figures read from the database when Prometheus scrapes. The outbox's depth: messages to
 * households waiting for delivery or on their way; one that only grows means the SMS gateway or
 * the delivery loop has stopped (docs/operations.md "What to watch").
 */
export function scrapedGauges(db: Queryable): ScrapedGauge[] {
  return [
    {
      name: 'cunzhi_outbox_depth',
      help: 'Notification messages pending or being sent.',
      read: () => outboxDepth(db),
    },
  ];
}
