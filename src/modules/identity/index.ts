export { createUser, ensureFirstAdmin, FIRST_ADMIN_EMAIL, loadPrincipal, setPassword } from './identity.js';
export { generatePassword, hashPassword } from './passwords.js';
export { identityRoutes } from './routes.js';
export { newUserBody, roleSchema } from './schema.js';
