import { createContext, useContext } from 'react';
import type { User } from '../lib/auth';

/** Set by RequireAuth, so pages inside it can read the user without handling the signed-out case. */
export const CurrentUserContext = createContext<User | null>(null);

export function useCurrentUser(): User {
  const user = useContext(CurrentUserContext);
  if (!user) throw new Error('useCurrentUser used outside RequireAuth');
  return user;
}
