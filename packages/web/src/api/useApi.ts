import { useCallback, useEffect, useRef, useState } from 'react';
import { api, ApiError } from './client.ts';
import { takePrefetched } from './prefetch.ts';

export interface ApiState<T> {
  data: T | undefined;
  error: ApiError | undefined;
  loading: boolean;
  reload: () => void;
}

/**
 * Loads `path` (GET) and reloads when it changes; `null` loads nothing.
 * The previous answer stays on screen while the next one loads, so tables
 * do not flash when paging.
 */
export function useApi<T>(path: string | null): ApiState<T> {
  const [data, setData] = useState<T | undefined>(undefined);
  const [error, setError] = useState<ApiError | undefined>(undefined);
  const [loading, setLoading] = useState(path !== null);
  const [nonce, setNonce] = useState(0);
  const lastPath = useRef<string | null>(null);

  useEffect(() => {
    if (path === null) return;
    const controller = new AbortController();
    if (lastPath.current !== null && !samePage(lastPath.current, path)) setData(undefined);
    lastPath.current = path;
    setLoading(true);
    setError(undefined);
    // the first load may already be on its way (app/preload.ts)
    (takePrefetched<T>(path) ?? api<T>(path, { signal: controller.signal }))
      .then((answer) => {
        setData(answer);
        setLoading(false);
      })
      .catch((cause: unknown) => {
        if (controller.signal.aborted) return;
        setError(cause instanceof ApiError ? cause : new ApiError(0, 'unknown', String(cause)));
        setLoading(false);
      });
    return () => controller.abort();
  }, [path, nonce]);

  const reload = useCallback(() => setNonce((n) => n + 1), []);
  return { data, error, loading, reload };
}

/** Same resource, different query: keep showing the old rows while loading. */
function samePage(a: string, b: string): boolean {
  return a.split('?')[0] === b.split('?')[0];
}
