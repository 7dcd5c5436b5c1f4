import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client';
import { pipelineKeys } from '../pipeline/use-pipeline';
import type { PipelineBody } from './pipeline-draft';

/**
 * Saves a pipeline's whole definition. The boards show stage names and allowed moves, so they are fetched
 * again along with the list of definitions.
 */
export function useSavePipeline() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ code, body }: { code: string; body: PipelineBody }) =>
      unwrap(api.PUT('/api/pipelines/{code}', { params: { path: { code } }, body })),
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: pipelineKeys.definitions }),
        queryClient.invalidateQueries({ queryKey: pipelineKeys.boards }),
        // GET /api/pipelines/{code}, as the projects table caches it for its stage filter.
        queryClient.invalidateQueries({ queryKey: ['pipeline'] }),
      ]),
  });
}
