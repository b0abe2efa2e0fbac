/** docs/openapi.json as a validator of real responses (JSON Schema 2020-12, the dialect of OpenAPI 3.1). */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import type { ApiResponse } from '../../../functions/api/api';
import type { ApiRoute } from '../../../resources';
import { REPO_ROOT } from '../../../resources/repo';

interface Operation {
  parameters?: { name: string; in: string; required?: boolean; schema: object }[];
  responses: Record<
    string,
    { $ref?: string; headers?: Record<string, unknown>; content?: Record<string, { schema: object }> }
  >;
}
export const OPENAPI = JSON.parse(readFileSync(path.join(REPO_ROOT, 'docs/openapi.json'), 'utf8')) as {
  openapi: string;
  paths: Record<string, Record<string, Operation>>;
  components: { responses: Record<string, { content: Record<string, { schema: object }> }> };
};

const ajv = new Ajv2020({ strict: false, allErrors: true });
ajv.addFormat('date-time', (s: string) => /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/.test(s));
ajv.addSchema(OPENAPI, 'openapi');

/** Every operation of the document as an API Gateway route key. */
export const documentedRoutes = (): string[] =>
  Object.entries(OPENAPI.paths).flatMap(([p, ops]) => Object.keys(ops).map((m) => `${m.toUpperCase()} ${p}`));

export function operation(route: ApiRoute): Operation {
  const [method, p] = route.split(' ') as [string, string];
  const op = OPENAPI.paths[p]?.[method.toLowerCase()];
  if (!op) throw new Error(`${route} is not in docs/openapi.json`);
  return op;
}

/** Problems with `r` as a response of `route` per the document: an undocumented status, a body off its schema. */
export function conformance(route: ApiRoute, r: ApiResponse): string[] {
  const documented = operation(route).responses[String(r.statusCode)];
  if (!documented) return [`status ${r.statusCode} is not documented for ${route}`];
  const response = documented.$ref
    ? OPENAPI.components.responses[documented.$ref.split('/').at(-1)!]!
    : (documented as { content: Record<string, { schema: object }> });
  const problems: string[] = [];
  if (r.headers?.['content-type'] !== 'application/json') problems.push('content-type is not application/json');
  for (const h of Object.keys(documented.headers ?? {}))
    if (!(h in (r.headers ?? {}))) problems.push(`header ${h} missing`);
  const schema = response.content['application/json']!.schema as { $ref?: string };
  const validate = ajv.compile(schema.$ref ? { $ref: `openapi${schema.$ref}` } : schema);
  if (!validate(JSON.parse(r.body)))
    problems.push(...(validate.errors ?? []).map((e) => `${e.instancePath} ${e.message}`));
  return problems;
}
