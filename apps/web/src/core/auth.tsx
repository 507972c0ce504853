import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { api, ApiError, onUnauthenticated, refreshSession, setAccessToken, type TokenResponse } from './api';
import type { Bilingual } from './i18n';

export type Permission =
  | 'job-seekers:read'
  | 'job-seekers:write'
  | 'vacancies:read'
  | 'vacancies:write'
  | 'training:read'
  | 'training:write'
  | 'overseas:read'
  | 'overseas:write'
  | 'loans:read'
  | 'loans:write'
  | 'households:read'
  | 'households:write'
  | 'reports:read'
  | 'reports:submit'
  | 'plan:read'
  | 'plan:write'
  | 'audit:read'
  | 'units:write'
  | 'users:write'
  | 'personal-data:erase';

export interface Grant {
  role: string;
  unitCode: string;
  roleLabel: Bilingual;
  unitName: string | null;
}

/** `GET /api/auth/me`. */
export interface Me {
  user: { userId: string; username: string; displayName: string; mustChangePassword: boolean };
  grants: Grant[];
  permissions: Permission[];
}

type Status = 'loading' | 'anonymous' | 'signed-in';

interface Auth {
  status: Status;
  me: Me | null;
  login(username: string, password: string): Promise<void>;
  logout(): Promise<void>;
  can(permission: Permission): boolean;
  /** The unit of the user's first grant: the default for unit pickers and reports. */
  homeUnit: string | null;
}

const AuthContext = createContext<Auth | null>(null);

// Whether this browser signed in and has not signed out: only then is a refresh cookie worth
// trying at load (a refresh without one answers 401, which the browser logs as an error).
const SESSION_HINT = 'vieclam.session';
function hinted(): boolean {
  try {
    return localStorage.getItem(SESSION_HINT) === '1';
  } catch {
    return true;
  }
}
function hint(on: boolean): void {
  try {
    if (on) localStorage.setItem(SESSION_HINT, '1');
    else localStorage.removeItem(SESSION_HINT);
  } catch {
    /* private mode */
  }
}

export function AuthProvider({ children }: { children: ReactNode }) {
  const [status, setStatus] = useState<Status>('loading');
  const [me, setMe] = useState<Me | null>(null);

  const signOutLocally = useCallback(() => {
    setAccessToken(null);
    hint(false);
    setMe(null);
    setStatus('anonymous');
  }, []);

  useEffect(() => {
    onUnauthenticated(signOutLocally);
    let cancelled = false;
    // A reload keeps the session through the refresh cookie.
    void (hinted() ? refreshSession() : Promise.resolve(false)).then(async (ok) => {
      if (cancelled) return;
      if (!ok) return setStatus('anonymous');
      try {
        // A passing hiccup (network, 5xx) gets one more try before the user is asked to sign in.
        const who = await api.get<Me>('/auth/me').catch(async (error: unknown) => {
          if (error instanceof ApiError && error.status === 401) throw error;
          await new Promise((wait) => setTimeout(wait, 1_000));
          return api.get<Me>('/auth/me');
        });
        if (!cancelled) {
          setMe(who);
          setStatus('signed-in');
        }
      } catch {
        if (!cancelled) signOutLocally();
      }
    });
    return () => {
      cancelled = true;
      onUnauthenticated(null);
    };
  }, [signOutLocally]);

  const login = useCallback(async (username: string, password: string) => {
    const tokens = await api.post<TokenResponse>('/auth/login', { username, password });
    setAccessToken(tokens.accessToken);
    hint(true);
    const who = await api.get<Me>('/auth/me');
    setMe(who);
    setStatus('signed-in');
  }, []);

  const logout = useCallback(async () => {
    try {
      await api.post('/auth/logout');
    } finally {
      signOutLocally();
    }
  }, [signOutLocally]);

  const value = useMemo<Auth>(
    () => ({
      status,
      me,
      login,
      logout,
      can: (permission) => me?.permissions.includes(permission) ?? false,
      homeUnit: me?.grants[0]?.unitCode ?? null,
    }),
    [status, me, login, logout],
  );
  return <AuthContext.Provider value={value}>{children}</AuthContext.Provider>;
}

export function useAuth(): Auth {
  const value = useContext(AuthContext);
  if (!value) throw new Error('useAuth outside AuthProvider');
  return value;
}
