import { useCallback, useState } from 'react';

/**
 * One card's commands: which one is running, and the last refusal (shown in the card, next
 * to what was refused).
 */
export function useRun() {
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const run = useCallback(async (key: string, work: () => Promise<unknown>): Promise<boolean> => {
    setBusy(key);
    setError(null);
    try {
      await work();
      return true;
    } catch (cause) {
      setError(cause);
      return false;
    } finally {
      setBusy(null);
    }
  }, []);
  const clear = useCallback(() => setError(null), []);
  return { busy, error, run, clear };
}
