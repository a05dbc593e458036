import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv, { type ErrorObject, type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';

/**
 * The committed OpenAPI document (src/console/api/openapi.json, `npm run console:api`) as a run-time contract: the
 * request bodies the API accepted and the JSON it answered, checked against the schemas the console and the typed
 * e2e client are generated from. ajv (JSON Schema, the validator most of the ecosystem builds on, maintained, fast)
 * validates; OpenAPI 3.0's own words (nullable) are translated to JSON Schema first.
 */
export const OPENAPI_JSON = join(__dirname, '..', '..', 'src', 'console', 'api', 'openapi.json');

type Json = Record<string, any>;
type Method = 'get' | 'put' | 'post' | 'delete' | 'patch';

/** Values, not schemas: left as they are. */
const VERBATIM = new Set(['example', 'examples', 'enum', 'default', 'const', 'description']);

/**
 * OpenAPI 3.0 schema → JSON Schema. `nullable: true` (on a type, or beside the single-member `allOf` that
 * @nestjs/swagger wraps around a `$ref`) becomes `anyOf [schema, null]`. With `closed`, an object that lists its
 * properties lists all of them: a response field the document does not name is drift too.
 */
function toJsonSchema(node: unknown, closed: boolean): unknown {
  if (Array.isArray(node)) return node.map((n) => toJsonSchema(n, closed));
  if (node === null || typeof node !== 'object') return node;
  const out: Json = {};
  for (const [k, v] of Object.entries(node)) out[k] = VERBATIM.has(k) ? v : toJsonSchema(v, closed);
  if (closed && out.properties && typeof out.properties === 'object' && out.additionalProperties === undefined && !('in' in out))
    {out.additionalProperties = false;}
  if (out.nullable === true) {
    delete out.nullable;
    return { anyOf: [out, { type: 'null' }] };
  }
  if (out.nullable === false) delete out.nullable;
  return out;
}

const pointer = (...parts: string[]): string =>
  `#/${parts.map((p) => encodeURIComponent(p.replace(/~/g, '~0').replace(/\//g, '~1'))).join('/')}`;

const isJson = (contentType: string | null | undefined): boolean => /^application\/([\w.+-]*\+)?json\b/i.test(contentType ?? '');

/** One problem per line: where in the body, what the schema says. */
export function describeErrors(errors: ErrorObject[] | null | undefined): string[] {
  return (errors ?? []).map((e) => {
    const where = e.instancePath || '(body)';
    const extra =
      e.keyword === 'additionalProperties'
        ? ` "${(e.params as { additionalProperty: string }).additionalProperty}"`
        : e.keyword === 'enum'
          ? ` ${JSON.stringify((e.params as { allowedValues: unknown[] }).allowedValues)}`
          : '';
    return `${where} ${e.message ?? e.keyword}${extra} (schema ${e.schemaPath})`;
  });
}

export interface Contract {
  /** The documented path template of a concrete address (`/api/cases/1b…/violations` → `/api/cases/{id}/violations`). */
  schemaPath(method: string, path: string): string | undefined;
  /** Problems of a JSON request body against the operation's documented request body ([] when it matches). */
  request(method: string, schemaPath: string, body: unknown): string[];
  /** Problems of an answer against the operation's documented response for that status ([] when it matches). */
  response(method: string, schemaPath: string, status: number, contentType: string | null, body: unknown): string[];
}

/** A contract over an OpenAPI document (the committed snapshot unless another is given: the contract test breaks one). */
export function openApiContract(doc: Json = JSON.parse(readFileSync(OPENAPI_JSON, 'utf8')) as Json): Contract {
  const validators = (closed: boolean) => {
    const ajv = new Ajv({ strict: false, allErrors: true, validateFormats: true });
    addFormats(ajv);
    ajv.addFormat('binary', true);
    ajv.addSchema(toJsonSchema(doc, closed) as Json, 'openapi');
    const cache = new Map<string, ValidateFunction>();
    return (ref: string): ValidateFunction => {
      let v = cache.get(ref);
      if (!v) {
        v = ajv.compile({ $ref: `openapi${ref}` });
        cache.set(ref, v);
      }
      return v;
    };
  };
  const requests = validators(false);
  const responses = validators(true);
  const operation = (method: string, schemaPath: string): Json | undefined => doc.paths?.[schemaPath]?.[method.toLowerCase() as Method];
  // Literal segments first: `/decisions/{id}/execution/requests/decide` before any template with more parameters.
  const templates = Object.keys(doc.paths ?? {})
    .map((template) => ({
      template,
      params: (template.match(/\{/g) ?? []).length,
      re: new RegExp(`^${template.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\{[^}]+\}/g, '[^/]+')}$`),
    }))
    .sort((a, b) => a.params - b.params);

  return {
    schemaPath(method, path) {
      const bare = path.split('?')[0];
      return templates.find((x) => x.re.test(bare) && operation(method, x.template))?.template;
    },
    request(method, schemaPath, body) {
      const op = operation(method, schemaPath);
      if (!op) return [`${method.toUpperCase()} ${schemaPath} is not in the document`];
      if (!op.requestBody?.content?.['application/json']) return ['the document lists no JSON request body for this operation'];
      const validate = requests(pointer('paths', schemaPath, method.toLowerCase(), 'requestBody', 'content', 'application/json', 'schema'));
      return validate(body) ? [] : describeErrors(validate.errors);
    },
    response(method, schemaPath, status, contentType, body) {
      const op = operation(method, schemaPath);
      if (!op) return [`${method.toUpperCase()} ${schemaPath} is not in the document`];
      const documented = Object.keys(op.responses ?? {});
      const key = [String(status), `${String(status)[0]}XX`, ...(status >= 400 ? ['default'] : [])].find((k) => documented.includes(k));
      if (!key) return [`status ${status} is not documented (documented: ${documented.join(', ')})`];
      const content = op.responses[key].content as Json | undefined;
      if (!isJson(contentType)) return [];
      if (!content?.['application/json'])
        {return [`a JSON body, but the document's ${key} response has ${content ? Object.keys(content).join(', ') : 'no body'}`];}
      const validate = responses(
        pointer('paths', schemaPath, method.toLowerCase(), 'responses', key, 'content', 'application/json', 'schema'),
      );
      return validate(body) ? [] : describeErrors(validate.errors);
    },
  };
}
