export { toHalfWidth } from './fullwidth.js';
export { maskPhone, normalizePhone, type ParsedPhone, type PhoneKind, parsePhone } from './phone.js';
export { isValidTaiwanUbn, normalizeTaiwanUbn, taiwanUbnChecksum } from './taiwan-ubn.js';
export { explainUscc, isValidUscc, normalizeUscc, USCC_ALPHABET, usccCheckChar } from './uscc.js';
