// Who is signed in: the token and user of POST /api/auth/login, kept in sessionStorage (per tab, gone when the tab
// closes: suits shared office computers).
import { useSyncExternalStore } from 'react';
import { setToken, setUnauthorizedHandler, type Schemas } from '../api/client';

export type SessionUser = Schemas['SessionUserDto'];
export type Role = Schemas['Role'];

interface Session {
  token: string;
  user: SessionUser;
  expiresAt: number;
}

const KEY = 'press-inspect.session';
const listeners = new Set<() => void>();

function read(): Session | null {
  try {
    const raw = sessionStorage.getItem(KEY);
    const session = raw ? (JSON.parse(raw) as Session) : null;
    return session && session.expiresAt > Date.now() ? session : null;
  } catch {
    return null;
  }
}

let current: Session | null = read();
setToken(current?.token ?? null);

function publish(next: Session | null): void {
  current = next;
  setToken(next?.token ?? null);
  if (next) sessionStorage.setItem(KEY, JSON.stringify(next));
  else sessionStorage.removeItem(KEY);
  for (const l of listeners) l();
}

export const auth = {
  get session(): Session | null {
    return current;
  },
  signIn(answer: Schemas['LoginResponseDto']): void {
    publish({ token: answer.accessToken, user: answer.user, expiresAt: Date.now() + answer.expiresIn * 1000 });
  },
  signOut(): void {
    publish(null);
  },
  subscribe(listener: () => void): () => void {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
};

/** Forget an expired or revoked token; the router's guard then sends the user to the login page. */
setUnauthorizedHandler(() => auth.signOut());

export const useSession = (): Session | null => useSyncExternalStore(auth.subscribe, () => current);

/** What each role may do in the console (mirrors the API's @Roles; the API checks the same and has the last word). */
export const can = {
  readCases: (role: Role) => role !== 'department_admin' && role !== 'system_operator',
  // The system operator reads no department's records (only the queue dashboard).
  readRegistry: (role: Role) => role !== 'system_operator',
  openCases: (role: Role) => role === 'inspector',
  editRegistry: (role: Role) => role === 'inspector' || role === 'legal_officer' || role === 'department_admin',
  administer: (role: Role) => role === 'department_admin',
  readReports: (role: Role) => role !== 'system_operator',
  /** The catalogue's verification queue (GET /api/legal/catalogue/review: legal officer, department admin, leader). */
  reviewCatalogue: (role: Role) => role === 'legal_officer' || role === 'department_admin' || role === 'leader',
  /** The queue dashboard (/admin/queues) is the system operator's alone. */
  operate: (role: Role) => role === 'system_operator',
};
