/** OpenAPI description of GET /api/units, kept beside the route rather than in it. */
export const unitSearchQueryDescription = [
  'All filters combine with AND. `use` and `status` take comma-separated lists.',
  '`cleanroom` means "at least this clean": GMP A/B/C/D and ISO 5–8 share one ladder (A ≈ ISO 5, B ≈ ISO 6, C ≈ ISO 7, D ≈ ISO 8).',
  '`minPrice`/`maxPrice` compare the monthly rent per m² of units for lease and the price per m² of units for sale.',
  'Each facet is counted under every filter except its own.',
].join('\n\n');
