/**
 * What changed between two versions of the pool, as lines a person can read in the versions list
 * and the audit log. Organisations are matched by id, not by place, so moving one is not a rewrite.
 */
import type { Pool } from '../pool/pool-schema.js';

/** One change: `organisation` is an id, or '(pool)' for the pool's own fields. */
export interface PoolChange {
  organisation: string;
  /** A dotted path inside the organisation (or pool), e.g. `phone`, `description.nl`; '(organisation)' for a whole one. */
  field: string;
  change: 'added' | 'removed' | 'changed';
  before?: unknown;
  after?: unknown;
  /** A Dutch one-liner, e.g. `mee_de_wering › phone: "023 1" → "023 2"`. */
  text: string;
}

type Leaves = Map<string, unknown>;

/** Flattens objects to dotted paths; arrays stay whole (a list of domains is one value). */
function leaves(value: unknown, prefix = '', out: Leaves = new Map()): Leaves {
  if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
    for (const [key, inner] of Object.entries(value)) leaves(inner, prefix ? `${prefix}.${key}` : key, out);
  } else if (prefix) {
    out.set(prefix, value);
  }
  return out;
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** A value in a line: strings quoted and cut short, lists as `[a, b]`. */
function show(value: unknown): string {
  const text = Array.isArray(value) ? `[${value.join(', ')}]` : typeof value === 'string' ? `"${value}"` : String(value);
  return text.length > 80 ? `${text.slice(0, 77)}…` : text;
}

function compare(owner: string, before: Leaves, after: Leaves): PoolChange[] {
  const changes: PoolChange[] = [];
  for (const field of new Set([...before.keys(), ...after.keys()])) {
    const was = before.get(field);
    const is = after.get(field);
    const where = `${owner} › ${field}`;
    if (!before.has(field)) changes.push({ organisation: owner, field, change: 'added', after: is, text: `${where}: toegevoegd ${show(is)}` });
    else if (!after.has(field)) changes.push({ organisation: owner, field, change: 'removed', before: was, text: `${where}: verwijderd (was ${show(was)})` });
    else if (!same(was, is)) changes.push({ organisation: owner, field, change: 'changed', before: was, after: is, text: `${where}: ${show(was)} → ${show(is)}` });
  }
  return changes;
}

/** Every change from `before` to `after`: pool fields first, then organisations in `after`'s order, then removed ones. */
export function diffPools(before: Pool, after: Pool): PoolChange[] {
  const { organisations: oldOrgs, ...oldRest } = before;
  const { organisations: newOrgs, ...newRest } = after;
  const changes = compare('(pool)', leaves(oldRest), leaves(newRest));

  // Order matters for matching (the first of equals is offered first), so a new order is a change too.
  const kept = newOrgs.map((o) => o.id).filter((id) => oldOrgs.some((o) => o.id === id));
  const oldKept = oldOrgs.map((o) => o.id).filter((id) => kept.includes(id));
  if (!same(kept, oldKept)) {
    changes.push({ organisation: '(pool)', field: 'order', change: 'changed', before: oldKept, after: kept, text: `(pool) › volgorde: ${show(oldKept)} → ${show(kept)}` });
  }

  const oldById = new Map(oldOrgs.map((o) => [o.id, o]));
  for (const org of newOrgs) {
    const old = oldById.get(org.id);
    if (!old) {
      changes.push({ organisation: org.id, field: '(organisation)', change: 'added', after: org, text: `${org.id}: nieuwe organisatie "${org.name}"` });
      continue;
    }
    changes.push(...compare(org.id, leaves(old), leaves(org)));
  }
  for (const old of oldOrgs) {
    if (!newOrgs.some((o) => o.id === old.id)) {
      changes.push({ organisation: old.id, field: '(organisation)', change: 'removed', before: old, text: `${old.id}: organisatie "${old.name}" weggehaald` });
    }
  }
  return changes;
}
