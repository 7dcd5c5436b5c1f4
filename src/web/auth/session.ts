import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../api/client';
import { setCsrfToken } from '../api/csrf-token';
import { queryKeys, type Session, sessionQuery } from '../api/queries';

export function useSession() {
  return useQuery(sessionQuery);
}

export type Credentials = { email: string; password: string };
export type PasswordChange = { currentPassword: string; newPassword: string };

/** Signs in; the answer carries the new session's CSRF token and user, so no extra round trip is needed. */
export function useLogin() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: Credentials) => unwrap(api.POST('/api/auth/login', { body })),
    onSuccess: (session: Session) => {
      setCsrfToken(session.csrfToken);
      queryClient.setQueryData(queryKeys.session, session);
    },
  });
}

/** Signs out, then asks the server again: the CSRF token belongs to the old session. */
export function useLogout() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => unwrap(api.POST('/api/auth/logout')),
    onSettled: () => queryClient.invalidateQueries({ queryKey: queryKeys.session }),
  });
}

/** Changes the password; the session is refetched so that mustChangePassword clears. */
export function useChangePassword() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: PasswordChange) => unwrap(api.POST('/api/auth/password', { body })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.session }),
  });
}
