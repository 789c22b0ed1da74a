import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { basename, join, relative } from 'node:path';
import { parse, YAMLParseError } from 'yaml';
import { lintTree, type LintIssue } from './tree-lint.js';
import { TreeSchema, type Tree } from './tree-schema.js';

/** A dialog tree that cannot be used; names the file and each bad node. */
export class TreeError extends Error {
  constructor(
    readonly file: string,
    readonly issues: LintIssue[],
  ) {
    super(`${file}: ${issues.map((i) => (i.node === '(tree)' ? i.message : `node '${i.node}': ${i.message}`)).join('; ')}`);
    this.name = 'TreeError';
  }
  /** The first bad node, for callers that show one. */
  get node(): string {
    return this.issues[0]?.node ?? '(tree)';
  }
}

/** A validated tree with the version conversations keep. */
export interface LoadedTree {
  tree: Tree;
  /** Content hash: a running conversation keeps the version it started with. */
  version: string;
  file: string;
}

/** Validates parsed data as a tree: schema first, then the linter. Returns the issues, never throws. */
export function validateTree(data: unknown): { tree?: Tree; issues: LintIssue[] } {
  const parsed = TreeSchema.safeParse(data);
  if (!parsed.success) {
    const nodes = (data as { nodes?: { id?: unknown }[] } | null)?.nodes;
    const issues = parsed.error.issues.map((issue) => {
      const [top, index, ...rest] = issue.path;
      if (top === 'nodes' && typeof index === 'number') {
        const id = nodes?.[index]?.id;
        // An empty or non-string id cannot name the node: its place in the list can.
        return { node: typeof id === 'string' && id.trim() !== '' ? id : `nodes[${index}]`, message: `${rest.join('.') || 'node'}: ${issue.message}` };
      }
      return { node: '(tree)', message: `${issue.path.join('.') || 'tree'}: ${issue.message}` };
    });
    return { issues };
  }
  return { tree: parsed.data, issues: lintTree(parsed.data) };
}

/** Parses and validates one tree file (YAML or JSON); throws TreeError naming the file and node. */
export function parseTree(source: string, file: string): LoadedTree {
  let data: unknown;
  try {
    data = parse(source, { prettyErrors: true, logLevel: 'error' });
  } catch (err) {
    const where = err instanceof YAMLParseError && err.linePos ? ` at line ${err.linePos[0].line}` : '';
    throw new TreeError(file, [{ node: '(tree)', message: `not valid YAML/JSON${where}: ${(err as Error).message.split('\n')[0]}` }]);
  }
  const { tree, issues } = validateTree(data);
  if (!tree || issues.length > 0) throw new TreeError(file, issues);
  const stem = basename(file).replace(/\.(ya?ml|json)$/, '');
  if (tree.id !== stem) throw new TreeError(file, [{ node: '(tree)', message: `tree id '${tree.id}' must match the file name '${stem}'` }]);
  const version = createHash('sha256').update(source).digest('hex').slice(0, 12);
  return { tree, version, file };
}

/** Loads every tree in a folder; any broken tree stops start-up. */
export async function loadTrees(dir: string): Promise<Map<string, LoadedTree>> {
  const files = (await readdir(dir)).filter((f) => /\.(ya?ml|json)$/.test(f)).sort();
  const trees = new Map<string, LoadedTree>();
  for (const f of files) {
    const path = join(dir, f);
    const shown = relative(process.cwd(), path) || path;
    const loaded = parseTree(await readFile(path, 'utf8'), shown);
    trees.set(loaded.tree.id, loaded);
  }
  return trees;
}
