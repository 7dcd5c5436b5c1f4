import type { User } from '../api/queries';

/** Roles the inventory routes let write (space/routes.ts EDITORS); park managers only in their own parks. */
export const staffRoles = ['admin', 'officer', 'park_manager'] as const satisfies readonly User['role'][];

export function isStaff(user: User | null | undefined): user is User {
  return !!user && (staffRoles as readonly string[]).includes(user.role);
}

/** Park managers work on their own parks; administrators and officers on every park. */
export function managesAllParks(user: User): boolean {
  return user.role === 'admin' || user.role === 'officer';
}

/** The parks of a list the user works on: all of them for administrators and officers, else their own. */
export function managedParks<T extends { id: number }>(user: User, parks: readonly T[]): T[] {
  return managesAllParks(user) ? [...parks] : parks.filter((park) => user.parkIds.includes(park.id));
}

/** Roles the leads and pipeline routes let in (leads/routes.ts and pipeline/routes.ts STAFF). */
export const pipelineRoles = ['admin', 'officer'] as const satisfies readonly User['role'][];

/** Administrators and investment officers: the people who follow leads and projects. */
export function worksPipeline(user: User | null | undefined): user is User {
  return !!user && (pipelineRoles as readonly string[]).includes(user.role);
}
