import { readFile } from 'node:fs/promises';
import { parseDocument } from 'yaml';
import { PoolSchema, type Pool } from './pool-schema.js';

/** The pool file could not be read or is invalid; `message` names the file and the place in it. */
export class PoolError extends Error {
  override readonly name = 'PoolError';

  constructor(
    readonly file: string,
    message: string,
  ) {
    super(message);
  }
}

/** Reads and validates the pool of organisations; throws `PoolError` so a bad file stops start-up. */
export async function loadPool(file: string): Promise<Pool> {
  let source: string;
  try {
    source = await readFile(file, 'utf8');
  } catch (err) {
    const reason = err instanceof Error ? err.message : String(err);
    throw new PoolError(file, `${file}: cannot read the file (${reason})`);
  }
  return parsePool(source, file);
}

/** Parses and validates pool YAML; `file` is only used to name the place in errors. */
export function parsePool(source: string, file: string): Pool {
  const doc = parseDocument(source, { prettyErrors: true });
  const yamlError = doc.errors[0];
  if (yamlError) {
    throw new PoolError(file, `${file}: ${firstLine(yamlError.message)}`);
  }
  const data: unknown = doc.toJS();
  const result = PoolSchema.safeParse(data);
  if (!result.success) {
    const lines = result.error.issues.map((issue) => `${file}: ${describePath(issue.path, data)}: ${issue.message}`);
    throw new PoolError(file, lines.join('\n'));
  }
  return result.data;
}

/** `organisations[2] (cjg).email`: the path, with the organisation's id when there is one. */
function describePath(path: readonly PropertyKey[], data: unknown): string {
  if (path.length === 0) return '(top level)';
  let out = '';
  let node: unknown = data;
  for (const key of path) {
    if (typeof key === 'number') {
      out += `[${key}]`;
    } else {
      out += `${out === '' ? '' : '.'}${String(key)}`;
    }
    node = isRecord(node) || Array.isArray(node) ? (node as Record<PropertyKey, unknown>)[key] : undefined;
    if (typeof key === 'number' && isRecord(node) && typeof node.id === 'string' && node.id !== '') {
      out += ` (${node.id})`;
    }
  }
  return out;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The yaml package's first message line, without the code excerpt it announces with ':'. */
function firstLine(text: string): string {
  return (text.split('\n')[0] ?? text).replace(/:\s*$/, '');
}
