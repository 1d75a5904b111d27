import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import Ajv, { type ValidateFunction } from 'ajv';
import { corpusRoot } from '../../support/corpus';

/** The W3C Web Annotation WG's test schemas, beside the corpus in ../shared/standards. */
export const w3cTestsDir = path.resolve(corpusRoot, '..', 'standards', 'w3c-web-annotation-tests');

type Json = { [key: string]: unknown };

/** Draft-04 schemas for Ajv 8: `id` becomes `$id`, `$schema` goes, boolean exclusive bounds become numbers. */
function forAjv(schema: Json): Json {
  const strip = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(strip);
    if (value && typeof value === 'object') {
      const out: Json = Object.fromEntries(
        Object.entries(value as Json)
          .filter(([k]) => k !== '$schema')
          .map(([k, v]) => [k, strip(v)]),
      );
      // Draft-04's boolean exclusiveMinimum/Maximum beside minimum/maximum is a number of its own since draft-06.
      for (const [bound, exclusive] of [
        ['minimum', 'exclusiveMinimum'],
        ['maximum', 'exclusiveMaximum'],
      ] as const) {
        if (typeof out[exclusive] === 'boolean') {
          if (out[exclusive] === true) out[exclusive] = out[bound];
          else delete out[exclusive];
          if (out[exclusive] !== undefined) delete out[bound];
        }
      }
      return out;
    }
    return value;
  };
  const { id, ...rest } = strip(schema) as Json;
  return { $id: id, ...rest };
}

const uri = /^[a-zA-Z][a-zA-Z0-9+.-]*:[^\s]*$/;
const dateTime = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;

/** Every MUST assertion of the annotation tests, compiled: [file name, validate]. */
export function annotationMusts(): [string, ValidateFunction][] {
  const ajv = new Ajv({ strict: false, allErrors: false });
  ajv.addFormat('uri', uri);
  ajv.addFormat('date-time', (s: string) => dateTime.test(s) && !Number.isNaN(Date.parse(s)));
  const definitions = path.join(w3cTestsDir, 'definitions');
  for (const file of readdirSync(definitions).filter((f) => f.endsWith('.json'))) {
    ajv.addSchema(forAjv(JSON.parse(readFileSync(path.join(definitions, file), 'utf8')) as Json));
  }
  const musts = JSON.parse(readFileSync(path.join(w3cTestsDir, 'annotations', 'annotationMusts.test'), 'utf8')) as {
    assertions: string[];
  };
  return musts.assertions.map((relative) => {
    const schema = JSON.parse(readFileSync(path.join(w3cTestsDir, relative), 'utf8')) as Json;
    const { $id: _id, ...body } = forAjv(schema);
    return [relative, ajv.compile(body)];
  });
}
