import { useEffect, useState } from 'react';
import { api } from '../api/client.ts';

const POLL_MS = 500;

interface Polled<Job> {
  url: string | null;
  job: Job | null;
  error: unknown;
}

/**
 * Follows a background import (the roster, a year of vouchers): asks for the job at `url` every
 * half second until it has succeeded or failed, or the asking itself failed. `url` null: there is
 * nothing to follow; a new `url` starts over.
 */
export function useImportJob<Job extends { status: string }>(
  url: string | null,
): { job: Job | null; error: unknown } {
  const [polled, setPolled] = useState<Polled<Job>>({ url, job: null, error: null });
  const current: Polled<Job> = polled.url === url ? polled : { url, job: null, error: null };
  const { job, error } = current;
  const finished = error !== null || (job !== null && job.status !== 'running');

  // each answer arms the next question, so a slow server is never asked twice at once
  useEffect(() => {
    if (!url || finished) return;
    let cancelled = false;
    const timer = window.setTimeout(() => {
      api<Job>(url)
        .then((next) => {
          if (!cancelled) setPolled({ url, job: next, error: null });
        })
        .catch((cause: unknown) => {
          if (!cancelled) setPolled({ url, job: null, error: cause });
        });
    }, POLL_MS);
    return () => {
      cancelled = true;
      window.clearTimeout(timer);
    };
  }, [url, finished, job]);

  return { job, error };
}
