/** Only a path of this app: `//host` or `https://…` would make the login page an open redirect. */
export function safeRedirect(target: string | undefined): string {
  return target && /^\/(?![/\\])/.test(target) ? target : '/';
}
