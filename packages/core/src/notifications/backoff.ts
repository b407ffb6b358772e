/**
 * When a message whose delivery failed is tried again: after 30 s, then twice as long each time
 * (1 min, 2 min, 4 min, …) up to an hour, so a gateway that is down for a while is not hammered and
 * a short outage costs a villager minutes, not hours. After MAX_ATTEMPTS the message is marked
 * failed and waits for a cadre's "retry" (the delivery page lists it).
 */
export const MAX_ATTEMPTS = 6;
export const FIRST_RETRY_SECONDS = 30;
export const LONGEST_WAIT_SECONDS = 3600;

/** Seconds to wait after the attempt numbered `attempts` (1 = the first) failed, or null: give up. */
export function retryAfterSeconds(attempts: number): number | null {
  if (attempts >= MAX_ATTEMPTS) return null;
  return Math.min(FIRST_RETRY_SECONDS * 2 ** (attempts - 1), LONGEST_WAIT_SECONDS);
}
