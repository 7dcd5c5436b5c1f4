/** Signed-in roles, plus 'public' for anyone (signed in or not). */
export const roles = ['admin', 'officer', 'park_manager', 'enterprise'] as const;
export type Role = (typeof roles)[number];
export type Audience = Role | 'public';

/** What the server knows about the caller of a request. */
export type Principal = {
  userId: number;
  email: string;
  displayName: string;
  role: Role;
  /** Parks a park manager may edit; empty for other roles. */
  parkIds: number[];
  mustChangePassword: boolean;
};

/** Roles that may act on every park; park managers only on theirs. */
export function canEditPark(principal: Principal | null, parkId: number): boolean {
  if (!principal) return false;
  if (principal.role === 'admin' || principal.role === 'officer') return true;
  return principal.role === 'park_manager' && principal.parkIds.includes(parkId);
}

export function isAllowed(access: readonly Audience[], principal: Principal | null): boolean {
  if (access.includes('public')) return true;
  return principal !== null && access.includes(principal.role);
}
