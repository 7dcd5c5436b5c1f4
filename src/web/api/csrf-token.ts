// The synchroniser token of the current session (see docs/decisions/004). It comes from GET /api/auth/me
// and from login, and changes when the session does, so the session code replaces it after login/logout.
let token: string | null = null;

export function csrfToken(): string | null {
  return token;
}

export function setCsrfToken(next: string | null): void {
  token = next;
}
