export {
  AppError,
  type FieldError,
  type FieldProblem,
  fieldMessage,
  formatMessage,
  invalidFields,
  type Lang,
  langFromAcceptLanguage,
  notFound,
} from './app-error.js';
export { type ErrorCode, errorCatalogue, type FieldMessageKey, fieldMessages } from './catalogue.js';
export { issuesToFields, localiseIssue } from './zod-messages.js';
