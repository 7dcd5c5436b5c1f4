import fs from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { clientTypesPath, generateClientTypes } from './client-types.js';

describe("the web app's typed API client", () => {
  it('is generated from the current routes (run `npm run api:generate` when this fails)', async () => {
    const committed = await fs.readFile(clientTypesPath, 'utf8');
    expect(committed).toBe(await generateClientTypes());
  });
});
