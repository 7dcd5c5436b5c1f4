export { getEnterprise, isPublicStatus } from './enterprises.js';
export { enterpriseRoutes } from './routes.js';
export {
  type Enterprise,
  type EnterpriseStatus,
  enterpriseSchema,
  enterpriseStatusSchema,
} from './schema.js';
export { ENTERPRISE_STATUS_LABELS, enterpriseDocument, enterpriseSearchSource } from './search-source.js';
