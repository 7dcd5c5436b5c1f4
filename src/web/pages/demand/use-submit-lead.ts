import { useMutation } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client';
import type { LeadRequest } from './demand-values';

export function submitLead(body: LeadRequest) {
  return unwrap(api.POST('/api/leads', { body }));
}

export type LeadSubmitted = Awaited<ReturnType<typeof submitLead>>;

/**
 * Sends the demand form. Public: no session is needed, and with one the client adds the CSRF token; the
 * Accept-Language header makes the server word its field messages in the interface language.
 */
export function useSubmitLead() {
  return useMutation({ mutationFn: submitLead });
}
