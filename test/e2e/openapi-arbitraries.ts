import fc from 'fast-check';
import { Operation, Schema } from './openapi-support';
import { EXTRA_FIELDS, HOSTILE_TEXT, hostileText, HTML_INJECTION, IMPOSSIBLE_DATES, MALFORMED_IDS, SQL_INJECTION, textOfLength } from './openapi-values';

/**
 * fast-check arbitraries of request payloads that are invalid by construction, derived from an operation's OpenAPI
 * request schema: each one carries at least one defect the schema itself rules out (or that Postgres cannot store),
 * so the only acceptable answers are 4xx. Around that defect the rest of the body is hostile but well-typed text.
 */

/** One generated request. `field` is the field a 422 must name when one field is to blame. */
export interface BadRequest {
  kind: string;
  field?: string;
  body?: unknown;
  /** Sent as-is instead of `JSON.stringify(body)`. */
  raw?: { text: string; contentType: string };
  /** Replaces a path parameter's value (malformed or unknown ids). */
  pathParam?: { name: string; value: string };
  /** A query string (without `?`) to append. */
  query?: string;
  /** A multipart/form-data body instead of JSON. */
  form?: { fields: Record<string, string>; files: { field: string; name: string; type: string; bytes: Buffer }[] };
}

const isoDate = fc.date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2030-12-31T00:00:00Z'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));

/** A well-typed value for `s`, with hostile content where the type is free text. */
export function plausible(s: Schema, depth = 0): fc.Arbitrary<unknown> {
  if (s.enum) return fc.constantFrom(...s.enum);
  if (s.type === 'string' && s.format === 'date') return isoDate;
  if (s.type === 'string' && s.format === 'date-time') return isoDate.map((d) => `${d}T08:00:00+07:00`);
  if (s.type === 'string' && s.format === 'uuid') return fc.uuid();
  if (s.type === 'string') return hostileText(Math.min(s.maxLength ?? 200, 200));
  if (s.type === 'integer' || s.type === 'number') return fc.integer({ min: Math.ceil(s.minimum ?? 0), max: Math.floor(s.maximum ?? 1_000_000) });
  if (s.type === 'boolean') return fc.boolean();
  if (s.type === 'array' && s.items) return depth > 3 ? fc.constant([]) : fc.array(plausible(s.items, depth + 1), { maxLength: 2 });
  if (s.properties) {
    const model = Object.fromEntries(
      Object.entries(s.properties)
        .filter(([, p]) => p.format !== 'binary')
        .map(([k, p]) => [k, plausible(p, depth + 1)]),
    );
    return fc.record(model, { requiredKeys: (s.required ?? []).filter((k) => k in model) });
  }
  return fc.constant('x');
}

/** Property paths of a schema (one level into nested objects and into the first array element). */
function fieldPaths(s: Schema, prefix = '', depth = 0): { path: string[]; label: string; schema: Schema; required: boolean }[] {
  const out: { path: string[]; label: string; schema: Schema; required: boolean }[] = [];
  for (const [k, p] of Object.entries(s.properties ?? {})) {
    if (p.format === 'binary') continue;
    const label = prefix ? `${prefix}.${k}` : k;
    out.push({ path: [k], label, schema: p, required: (s.required ?? []).includes(k) });
    if (depth > 0) continue;
    if (p.properties) out.push(...fieldPaths(p, label, depth + 1).map((f) => ({ ...f, path: [k, ...f.path] })));
    if (p.type === 'array' && p.items?.properties) out.push(...fieldPaths(p.items, `${label}[0]`, depth + 1).map((f) => ({ ...f, path: [k, '0', ...f.path] })));
  }
  return out;
}

type Field = ReturnType<typeof fieldPaths>[number];

/** Sets `value` at `path`, creating the parent objects/arrays the path walks through. */
function setAt(body: Record<string, unknown>, path: string[], value: unknown, remove = false): Record<string, unknown> {
  const copy = structuredClone(body);
  let node: Record<string, unknown> = copy;
  for (const [i, key] of path.slice(0, -1).entries()) {
    const nextIsIndex = /^\d+$/.test(path[i + 1]);
    if (typeof node[key] !== 'object' || node[key] === null) node[key] = nextIsIndex ? [{}] : {};
    if (nextIsIndex && (node[key] as unknown[]).length === 0) (node[key] as unknown[]).push({});
    node = node[key] as Record<string, unknown>;
  }
  const last = path[path.length - 1];
  if (remove) delete node[last];
  else node[last] = value;
  return copy;
}

const RAW_NUMBER = '\u0001raw-number\u0001';

/** Values of the wrong JSON type for `s` (never null where null is allowed: optional and nullable fields take it). */
function wrongTypes(s: Schema, required: boolean): fc.Arbitrary<unknown> {
  const nul = required && !s.nullable ? [fc.constant(null)] : [];
  const nanLike = fc.constantFrom('NaN', 'Infinity', '-0', '1e3', '0x10', '١٢', '12abc', '');
  if (s.type === 'integer' || s.type === 'number') return fc.oneof(nanLike, fc.boolean(), fc.constant({}), fc.constant([1]), ...nul);
  if (s.type === 'boolean') return fc.oneof(fc.constantFrom('true', 'false', 1, 0, 'yes'), fc.constant({}), ...nul);
  if (s.type === 'array') return fc.oneof(fc.constantFrom('a,b', 7, true), fc.constant({ 0: 'a' }), ...nul);
  if (s.properties) return fc.oneof(fc.constantFrom('{}', 7, true), fc.constant([1, 2]), fc.constant([[]]), ...nul);
  return fc.oneof(fc.integer(), fc.boolean(), fc.constant({ toString: 'x' }), fc.constant(['a']), ...nul);
}

/** A defect for one field, chosen by its schema: each of these the schema rules out. */
function fieldDefects(f: Field): fc.Arbitrary<{ kind: string; value: unknown }>[] {
  const s = f.schema;
  const defects: fc.Arbitrary<{ kind: string; value: unknown }>[] = [wrongTypes(s, f.required).map((value) => ({ kind: 'wrong-type', value }))];
  if (s.enum) {
    defects.push(
      fc
        .oneof(fc.constantFrom(...HOSTILE_TEXT), fc.constantFrom(...s.enum.map((e) => String(e).toUpperCase() + ' ')))
        .filter((v) => !s.enum?.includes(v))
        .map((value) => ({ kind: 'not-in-enum', value })),
    );
  } else if (s.format === 'date') defects.push(fc.constantFrom(...IMPOSSIBLE_DATES, ...SQL_INJECTION).map((value) => ({ kind: 'impossible-date', value })));
  else if (s.format === 'uuid') defects.push(fc.constantFrom(...MALFORMED_IDS, ...HTML_INJECTION).map((value) => ({ kind: 'malformed-uuid', value })));
  else if (s.type === 'string') {
    const room = Math.min(s.maxLength ?? 200, 200) - 1;
    defects.push(
      fc.tuple(hostileText(50), fc.nat()).map(([t, at]) => {
        const kept = t.slice(0, room);
        const i = at % (kept.length + 1);
        return { kind: 'nul-character', value: `${kept.slice(0, i)}\u0000${kept.slice(i)}` };
      }),
    );
    if (s.maxLength !== undefined) {
      const max = s.maxLength;
      defects.push(fc.tuple(fc.constantFrom(max + 1, max + 17, 100_001, 250_000), fc.nat()).map(([n, seed]) => ({ kind: n > 100_000 ? 'huge-string' : 'too-long', value: textOfLength(n, seed) })));
    }
  }
  if (s.type === 'integer' || s.type === 'number') {
    const below = s.minimum !== undefined ? [fc.integer({ min: -1_000_000_000, max: Math.ceil(s.minimum) - 1 }), fc.constant(-1e15)] : [];
    const above = [fc.constant(Number.MAX_SAFE_INTEGER + 2), fc.constant(1e21), ...(s.maximum !== undefined ? [fc.integer({ min: Math.floor(s.maximum) + 1, max: Math.floor(s.maximum) + 1e6 })] : [])];
    const fraction = s.type === 'integer' ? [fc.constantFrom(1.5, 2.25, 1e-7 + 1)] : [];
    defects.push(fc.oneof(...below, ...above, ...fraction).map((value) => ({ kind: Number(value) < (s.minimum ?? 0) ? 'negative-or-below-minimum' : 'out-of-range', value })));
    defects.push(fc.constant({ kind: 'overflowing-literal', value: RAW_NUMBER }));
  }
  if (s.type === 'array' && s.items) defects.push(fc.constantFrom(1, 101).map((n) => ({ kind: 'wrong-item-type', value: Array.from({ length: n }, (_v, i) => (i % 2 === 0 ? 7 : null)) })));
  return defects;
}

/** Whole-body defects: not an object, not JSON, nested too deep, the wrong content type. */
const bodyDefects: fc.Arbitrary<BadRequest> = fc.oneof(
  fc.constantFrom<unknown>([], [{}], 'text', 42, true, null).map((body) => ({
    kind: 'body-not-an-object',
    body,
    raw: body === null ? { text: 'null', contentType: 'application/json' } : undefined,
  })),
  fc
    .constantFrom('{', '{"a":}', "{'a':1}", '[1,2', 'NaN', '{"a":1}garbage', '\ufeff{}', '{"a":"\\ud800"', '{"__proto__":{"admin":true}}', '{"constructor":{"prototype":{"admin":true}}}')
    .map((text) => ({ kind: 'malformed-json', raw: { text, contentType: 'application/json' } })),
  fc.constantFrom(40, 2_000, 100_000).chain((n) =>
    fc.constantFrom('[', '{"a":').map((open) => ({
      kind: 'deep-nesting',
      raw: {
        text: open === '[' ? `${'['.repeat(n)}${']'.repeat(n)}` : `${open.repeat(n)}1${'}'.repeat(n)}`,
        contentType: 'application/json',
      },
    })),
  ),
  fc.constantFrom('text/plain', 'application/xml', 'multipart/form-data; boundary=x').map((contentType) => ({ kind: 'wrong-content-type', raw: { text: '<a>1</a>', contentType } })),
  fc.constant({ kind: 'body-too-large', raw: { text: JSON.stringify({ x: 'Đ'.repeat(1_100_000) }), contentType: 'application/json' } }),
);

/** Invalid payloads for a JSON body schema: one field defect, a dropped required field, an unknown field, or a body defect. */
export function badJsonBody(schema: Schema): fc.Arbitrary<BadRequest> {
  const fields = fieldPaths(schema);
  const required = fields.filter((f) => f.required && f.path.length === 1);
  const base = plausible(schema) as fc.Arbitrary<Record<string, unknown>>;
  // Field defects get the largest share: they are where schemas differ; whole-body defects are few and costly.
  const choices: fc.WeightedArbitrary<BadRequest>[] = [{ arbitrary: bodyDefects, weight: 1 }];
  if (fields.length > 0) {
    const fieldDefect = fc.constantFrom(...fields).chain((f) => fc.oneof(...fieldDefects(f)).map((d) => ({ f, d })));
    const arbitrary = fc.tuple(base, fieldDefect).map(([b, { f, d }]) => withRawNumber({ kind: d.kind, field: f.label, body: setAt(b, f.path, d.value) }));
    choices.push({ arbitrary, weight: 5 });
  }
  if (required.length > 0) {
    choices.push({ arbitrary: fc.tuple(base, fc.constantFrom(...required)).map(([b, f]) => ({ kind: 'missing-required', field: f.label, body: setAt(b, f.path, undefined, true) })), weight: 2 });
  }
  const nested = fields.filter((f) => f.schema.properties && f.path.length === 1);
  const where = fc.constantFrom<Field | null>(null, ...nested);
  const unknownField = fc.tuple(base, where, fc.constantFrom(...EXTRA_FIELDS), hostileText(30)).map(([b, f, name, v]) => {
    const label = f ? `${f.label}.${name}` : name;
    return { kind: 'unknown-field', field: label, body: setAt(b, f ? [...f.path, name] : [name], v) };
  });
  choices.push({ arbitrary: unknownField, weight: 2 });
  return fc.oneof(...choices);
}

/** `1e400` cannot be written from JS (JSON.stringify gives null): splice it into the text instead. */
function withRawNumber(r: BadRequest): BadRequest {
  const text = JSON.stringify(r.body);
  if (!text.includes(JSON.stringify(RAW_NUMBER))) return r;
  return { ...r, raw: { text: text.replace(JSON.stringify(RAW_NUMBER), '1e400'), contentType: 'application/json' } };
}

/** Malformed or unknown ids in the path: the former must answer 422 naming the parameter, the latter 404. */
export function badPathParam(op: Operation): fc.Arbitrary<BadRequest> {
  return fc.tuple(fc.constantFrom(...op.pathParams), fc.oneof(fc.constantFrom(...MALFORMED_IDS), fc.uuid())).map(([name, value]) => {
    const malformed = !/^[0-9a-f-]{36}$/.test(value);
    return { kind: malformed ? 'malformed-path-id' : 'unknown-path-id', field: malformed ? name : undefined, pathParam: { name, value } };
  });
}

const PNG_BYTES = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.from('ảnh chụp')]);
const png = { field: 'file', name: 'anh.png', type: 'image/png', bytes: PNG_BYTES };

/** Multipart field defects, by field of the evidence upload form (text fields arrive as strings). */
const FORM_DEFECTS: Record<string, fc.Arbitrary<{ kind: string; value: string }>> = {
  violationId: fc.constantFrom(...MALFORMED_IDS).map((value) => ({ kind: 'malformed-uuid', value })),
  sourceUrl: fc
    .constantFrom('javascript:alert(1)', 'ftp://tintuc-example.vn/a', 'not a url', `https://${'a'.repeat(2100)}.vn`, "https://x.vn/' OR 1=1 --\u0000")
    .map((value) => ({ kind: 'bad-url', value })),
  capturedAt: fc.constantFrom('2026-02-30T10:00:00Z', '2025-13-01T00:00:00Z', 'yesterday', '2999-01-01T00:00:00Z', '2026-04-28 25:61').map((value) => ({ kind: 'impossible-date-time', value })),
  description: fc.oneof(
    fc.constant({ kind: 'too-long', value: textOfLength(2001, 3) }),
    hostileText(50).map((t) => ({ kind: 'nul-character', value: `\u0000${t}` })),
  ),
};

/** Invalid evidence uploads: a bad field, an unknown field, no file, a file under another name, a refused type, two files. */
export function badMultipart(): fc.Arbitrary<BadRequest> {
  const base = fc.record({ description: hostileText(200), sourceUrl: fc.constant('https://tintuc-example.vn/bai-viet-1') }, { requiredKeys: [] }) as fc.Arbitrary<Record<string, string>>;
  const fieldDefect = fc.constantFrom(...Object.keys(FORM_DEFECTS)).chain((field) => FORM_DEFECTS[field].map((d) => ({ field, d })));
  return fc.oneof(
    fc.tuple(base, fieldDefect).map(([fields, { field, d }]) => ({ kind: d.kind, field, form: { fields: { ...fields, [field]: d.value }, files: [png] } })),
    // The multipart parser itself refuses Object.prototype names (400) before any field is read.
    fc.tuple(base, fc.constantFrom(...EXTRA_FIELDS)).map(([fields, name]) => ({
      kind: name in Object.prototype ? 'prototype-field-name' : 'unknown-field',
      field: name,
      form: { fields: { ...fields, [name]: 'x' }, files: [png] },
    })),
    base.map((fields) => ({ kind: 'missing-required', field: 'file', form: { fields, files: [] } })),
    base.map((fields) => ({
      kind: 'file-under-another-name',
      field: 'attachment',
      form: { fields, files: [{ ...png, field: 'attachment' }] },
    })),
    fc
      .tuple(base, fc.constantFrom(Buffer.alloc(0), Buffer.concat([Buffer.from('MZ'), Buffer.alloc(64)]), Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1])))
      .map(([fields, bytes]) => ({ kind: 'refused-file-type', form: { fields, files: [{ ...png, bytes }] } })),
    base.map((fields) => ({ kind: 'two-files', form: { fields, files: [png, png] } })),
    fc.constantFrom('{"description":"x"}', 'file=abc').map((text) => ({
      kind: 'wrong-content-type',
      raw: { text, contentType: text.startsWith('{') ? 'application/json' : 'application/x-www-form-urlencoded' },
    })),
  );
}

/** Query-string values the parameter's schema rules out (a type, format or enum it cannot hold). */
function badQueryValue(s: Schema): fc.Arbitrary<string> | null {
  if (s.enum) return fc.constantFrom(...HOSTILE_TEXT, ...s.enum.map((e) => `${String(e).toUpperCase()}!`)).filter((v) => !s.enum?.includes(v));
  if (s.format === 'date') return fc.constantFrom(...IMPOSSIBLE_DATES.filter((d) => d.trim() !== ''));
  if (s.format === 'uuid') return fc.constantFrom(...MALFORMED_IDS);
  if (s.type === 'integer') return fc.constantFrom('-1', '1.5', '1e3', 'NaN', '0x10', '99999999999999999999', String((s.maximum ?? 1e6) + 1), "1' OR '1'='1");
  if (s.type === 'boolean') return fc.constantFrom('yes', '2', 'TRUE', 'on');
  if (s.type === 'string' && s.maxLength !== undefined) return fc.constant(textOfLength(s.maxLength + 1, 1));
  return null;
}

/** A GET's query string: values of the wrong type or format, unknown or repeated parameters, NUL; or free hostile text. */
export function badQuery(op: { queryParams: { name: string; schema: Schema }[] }): fc.Arbitrary<BadRequest> {
  // A URL cannot carry a lone surrogate: it travels as U+FFFD (the malformed-encoding case sends raw bytes instead).
  const enc = (v: string) => encodeURIComponent(v.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD'));
  const params = op.queryParams;
  const invalid = params.flatMap((p) => {
    const v = badQueryValue(p.schema);
    return v ? [v.map((value) => ({ kind: 'bad-query-value', field: p.name, query: `${enc(p.name)}=${enc(value)}` }))] : [];
  });
  const textParams = params.filter((p) => p.schema.type === 'string' && !p.schema.enum && !p.schema.format);
  return fc.oneof(
    ...invalid,
    fc
      .tuple(fc.constantFrom(...EXTRA_FIELDS, 'q[a]', '__proto__[admin]'), hostileText(20))
      .map(([name, v]) => ({ kind: 'unknown-query-parameter', field: name.replace(/\[.*$/, ''), query: `${enc(name)}=${enc(v)}` })),
    ...(params.length > 0 ? [fc.constantFrom(...params).map((p) => ({ kind: 'repeated-query-parameter', field: p.name, query: `${enc(p.name)}=1&${enc(p.name)}=2` }))] : []),
    fc
      .tuple(fc.constantFrom(...params.map((p) => p.name), 'x'), fc.constantFrom('%FF%FE', '%E0%A4%A', '%ED%A0%80', '%', '%%32%65', '%C0%AE%C0%AE%2F'))
      .map(([name, raw]) => ({ kind: 'malformed-percent-encoding', query: `${enc(name)}=${raw}` })),
    ...(textParams.length > 0
      ? [fc.tuple(fc.constantFrom(...textParams), hostileText(40)).map(([p, v]) => ({ kind: 'nul-character', field: p.name, query: `${enc(p.name)}=${enc(`${v}\u0000`)}` }))]
      : []),
    // Free text is allowed to succeed: this only asks that nothing breaks.
    ...(textParams.length > 0 ? [fc.tuple(fc.constantFrom(...textParams), hostileText(60)).map(([p, v]) => ({ kind: 'hostile-free-text', query: `${enc(p.name)}=${enc(v)}` }))] : []),
  );
}
