import fs from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import openapiTS, { astToString } from 'openapi-typescript';
import { openApiDocument } from '../server/openapi.js';

export const clientTypesPath = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '../web/api/schema.d.ts',
);

const HEADER = "// Generated from the server's OpenAPI document by `npm run api:generate`. Do not edit.\n";

/** TypeScript types of the API, as the web app's openapi-fetch client sees it. */
export async function generateClientTypes(): Promise<string> {
  const document = await openApiDocument();
  const ast = await openapiTS(document as unknown as Parameters<typeof openapiTS>[0]);
  return HEADER + astToString(ast);
}

export async function writeClientTypes(): Promise<string> {
  const source = await generateClientTypes();
  await fs.mkdir(path.dirname(clientTypesPath), { recursive: true });
  await fs.writeFile(clientTypesPath, source);
  return clientTypesPath;
}
