import {
  createContext,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useState,
  type ReactNode,
} from 'react';
import { api, ApiError, setSignedOutHandler } from '../api/client.ts';
import { forgetPrefetched, takePrefetched } from '../api/prefetch.ts';
import type { Account, MeResponse } from '../api/types.ts';

type SessionState =
  | { status: 'loading' }
  | { status: 'signedOut' }
  | { status: 'error'; error: ApiError }
  | { status: 'signedIn'; me: MeResponse };

interface Session {
  state: SessionState;
  refresh: () => Promise<MeResponse | null>;
  signIn: (phone: string, password: string) => Promise<MeResponse>;
  signOut: () => Promise<void>;
}

const SessionContext = createContext<Session | null>(null);

export function SessionProvider({ children }: { children: ReactNode }) {
  const [state, setState] = useState<SessionState>({ status: 'loading' });

  const refresh = useCallback(async (): Promise<MeResponse | null> => {
    try {
      // the first answer may already be on its way (app/preload.ts)
      const me = await (takePrefetched<MeResponse>('/api/me') ?? api<MeResponse>('/api/me'));
      setState({ status: 'signedIn', me });
      return me;
    } catch (cause) {
      if (cause instanceof ApiError && cause.status === 401) {
        setState({ status: 'signedOut' });
        return null;
      }
      setState({
        status: 'error',
        error: cause instanceof ApiError ? cause : new ApiError(0, 'unknown', String(cause)),
      });
      return null;
    }
  }, []);

  useEffect(() => {
    setSignedOutHandler(() => {
      forgetPrefetched();
      setState({ status: 'signedOut' });
    });
    void refresh();
    return () => setSignedOutHandler(null);
  }, [refresh]);

  const signIn = useCallback(async (phone: string, password: string): Promise<MeResponse> => {
    await api<{ account: Account }>('/api/auth/sign-in', {
      method: 'POST',
      body: { phone, password },
    });
    forgetPrefetched();
    const me = await api<MeResponse>('/api/me');
    setState({ status: 'signedIn', me });
    return me;
  }, []);

  const signOut = useCallback(async () => {
    try {
      await api('/api/auth/sign-out', { method: 'POST' });
    } finally {
      forgetPrefetched();
      setState({ status: 'signedOut' });
    }
  }, []);

  const value = useMemo(
    () => ({ state, refresh, signIn, signOut }),
    [state, refresh, signIn, signOut],
  );
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): Session {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession outside SessionProvider');
  return session;
}

/** The signed-in user's answer from `/api/me`; only inside routes guarded by RequireAuth. */
export function useMe(): MeResponse {
  const { state } = useSession();
  if (state.status !== 'signedIn') throw new Error('useMe outside a signed-in route');
  return state.me;
}

/** Where a user lands after signing in: one village's villager or cadre on it, officials on their dashboard. */
export function homePath(me: MeResponse): string {
  const only = me.villages.length === 1 ? me.villages[0] : undefined;
  if (me.account.kind !== 'staff' && only) return `/v/${only.id}`;
  // the town discipline commission's work is its inbox of referrals
  if (me.staffUnits.includes('discipline')) return '/town/inbox';
  // town and county officials start the week on the dashboard of all their villages (the menu
  // keeps the village list)
  if (me.account.kind === 'staff') return '/town/dashboard';
  return '/villages';
}

/** Only same-site paths are followed after sign-in or a password change (the QR link to a meeting, say). */
export function safeNext(next: string | null): string | null {
  return next && next.startsWith('/') && !next.startsWith('//') ? next : null;
}
