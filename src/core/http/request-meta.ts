import type { FastifyRequest } from 'fastify';

/** Who asked, for the audit log: the client address and the request's own id. */
export type RequestMeta = { ip: string | null; requestId: string | null };

export function requestMeta(request: FastifyRequest): RequestMeta {
  return { ip: request.ip, requestId: request.id };
}
