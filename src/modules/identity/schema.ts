import { z } from 'zod';
import { roles } from '../../core/auth/roles.js';
import { MIN_PASSWORD_LENGTH } from './passwords.js';

export const roleSchema = z.enum(roles);

export const emailSchema = z.string().trim().toLowerCase().max(254).pipe(z.email());

export const passwordSchema = z.string().min(MIN_PASSWORD_LENGTH).max(256);

export const userSchema = z.object({
  id: z.number().int(),
  email: z.string(),
  displayName: z.string(),
  role: roleSchema,
  parkIds: z.array(z.number().int()),
  mustChangePassword: z.boolean(),
});

export const loginBody = z.object({ email: emailSchema, password: z.string().min(1).max(256) });
export const sessionResponse = z.object({ user: userSchema.nullable(), csrfToken: z.string() });
export const changePasswordBody = z.object({
  currentPassword: z.string().min(1).max(256),
  newPassword: passwordSchema,
});

export const newUserBody = z
  .object({
    email: emailSchema,
    displayName: z.string().trim().min(1).max(100).optional(),
    role: roleSchema,
    parkIds: z.array(z.number().int().positive()).max(100).default([]),
    password: passwordSchema.optional(),
  })
  .refine((u) => u.role !== 'park_manager' || u.parkIds.length > 0, {
    path: ['parkIds'],
    params: { messageKey: 'parkScope' },
  });
export type NewUser = z.input<typeof newUserBody>;

export const createdUserResponse = z.object({ user: userSchema, password: z.string().optional() });

/** Unit codes are short ASCII identifiers, e.g. investment_1. */
export const orgUnitCode = z.string().regex(/^[a-z][a-z0-9_]{1,39}$/);
export const orgUnitParam = z.object({ code: orgUnitCode });
export const orgUnitBody = z.object({
  nameZh: z.string().trim().min(1).max(60),
  nameEn: z.string().trim().min(1).max(100),
  position: z.number().int().min(0).max(1000).default(0),
});
export const orgUnitSchema = orgUnitBody.extend({
  code: z.string(),
  isDemo: z.boolean(),
  members: z.number().int(),
});
export const userOrgUnitBody = z.object({ orgUnit: orgUnitCode.nullable() });
