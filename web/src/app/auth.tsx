// The signed-in user (GET /api/auth/me), login and logout.
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import type { LoginBody, Me } from '@xianfeng/shared/schemas/auth';
import { api, ApiError, setUnauthenticatedHandler } from './api';
import { useLocale } from './i18n';
import { setTimeZone } from './timeZone';

interface AuthState {
  me: Me | null;
  loading: boolean;
  /** Why the user was sent back to the login page (an expired session), if so. */
  endedMessage: string | null;
  login: (body: LoginBody) => Promise<Me>;
  logout: () => Promise<void>;
  refresh: () => Promise<unknown>;
}

const AuthContext = createContext<AuthState | null>(null);
export const ME_KEY = ['auth', 'me'] as const;

async function fetchMe(): Promise<Me | null> {
  try {
    const me = await api.get<Me>('/auth/me');
    setTimeZone(me.timeZone); // before the pages render with it
    return me;
  } catch (e) {
    if (e instanceof ApiError && e.status === 401) return null;
    throw e;
  }
}

export function AuthProvider({ children }: { children: ReactNode }) {
  const client = useQueryClient();
  const { locale, setLocale } = useLocale();
  const [endedMessage, setEndedMessage] = useState<string | null>(null);
  const query = useQuery({ queryKey: ME_KEY, queryFn: fetchMe, staleTime: 60_000, retry: false });
  const me = query.data ?? null;

  useEffect(() => {
    setUnauthenticatedHandler((err) => {
      setEndedMessage(err.message);
      client.setQueryData(ME_KEY, null);
    });
  }, [client]);

  // A user already signed in follows their saved language when the browser has no cookie yet.
  useEffect(() => {
    if (me && !document.cookie.includes('xf_locale=') && me.locale !== locale) setLocale(me.locale);
  }, [me, locale, setLocale]);

  const login = useCallback(
    async (body: LoginBody) => {
      const who = await api.post<Me>('/auth/login', body);
      setTimeZone(who.timeZone);
      client.removeQueries({ predicate: (q) => q.queryKey[0] !== ME_KEY[0] });
      client.setQueryData(ME_KEY, who);
      setEndedMessage(null);
      return who;
    },
    [client],
  );

  const logout = useCallback(async () => {
    try {
      await api.post('/auth/logout');
    } finally {
      client.clear();
      client.setQueryData(ME_KEY, null);
    }
  }, [client]);

  const value = useMemo<AuthState>(
    () => ({ me, loading: query.isPending, endedMessage, login, logout, refresh: () => query.refetch() }),
    [me, query, endedMessage, login, logout],
  );
  return <AuthContext.Provider value={value}>{children}</AuthContext.Provider>;
}

export function useAuth(): AuthState {
  const state = useContext(AuthContext);
  if (!state) throw new Error('useAuth outside AuthProvider');
  return state;
}

/** The signed-in user, inside pages that require one. */
export function useMe(): Me {
  const { me } = useAuth();
  if (!me) throw new Error('useMe without a signed-in user');
  return me;
}
