export { ensureDefaultPipelines } from './default-pipelines.js';
export { pipelineRoutes } from './routes.js';
export { projectSearchSource } from './search-source.js';
