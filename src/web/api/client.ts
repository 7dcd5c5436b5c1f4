import createClient, { type Middleware } from 'openapi-fetch';
import { currentLanguage } from '../i18n';
import { ApiError, toApiError } from './api-error';
import { csrfToken } from './csrf-token';
import type { paths } from './schema';

const unsafeMethods = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/**
 * Adds the CSRF token to every write (the server refuses writes from a session without it) and the interface
 * language, in which the server words its error messages.
 */
const sessionHeaders: Middleware = {
  onRequest({ request }) {
    request.headers.set('Accept-Language', currentLanguage());
    const token = csrfToken();
    if (token && unsafeMethods.has(request.method.toUpperCase())) request.headers.set('x-csrf-token', token);
    return request;
  },
};

/** Same-origin client: the Fastify server serves both the API and this app (Vite proxies it in development). */
export const api = createClient<paths>({ baseUrl: '', credentials: 'same-origin' });
api.use(sessionHeaders);

type Outcome<T> = { data?: T; error?: unknown; response: Response };

/**
 * The data of a successful response, or an ApiError. The status decides, not the presence of `error`:
 * openapi-fetch leaves `error` undefined for an error response without a body.
 */
export async function unwrap<T>(request: Promise<Outcome<T>>): Promise<T> {
  const { data, error, response } = await request;
  if (!response.ok) throw toApiError(error, response);
  return data as T;
}

export { ApiError };
