export { BUSINESSES, companyName } from './company-names.js';
export { GENERATED, generatedUscc, generateEnterprises } from './generate-enterprises.js';
export { generateNews, newsAt } from './generate-news.js';
export { generatedPolicyCode, generatePolicies } from './generate-policies.js';
export { generateUnits } from './generate-units.js';
