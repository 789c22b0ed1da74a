import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { loadPool, PoolError } from '../../src/pool/load-pool.js';

const POOL_FILE = fileURLToPath(new URL('../../data/pool.yaml', import.meta.url));

/** The parts of the raw YAML that the tests break on purpose. */
interface RawPool {
  organisations: { id: string; email: string; domains: string[]; languages: string[]; independent: boolean; complaintDesk: boolean; active: boolean }[];
}

/** Writes a changed copy of the real pool to a temp dir and returns its path. */
async function brokenPool(change: (data: RawPool) => void): Promise<string> {
  const data = parse(await readFile(POOL_FILE, 'utf8')) as RawPool;
  change(data);
  return writeTemp(stringify(data));
}

async function writeTemp(text: string): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'naast-pool-'));
  const file = join(dir, 'pool.yaml');
  await writeFile(file, text, 'utf8');
  return file;
}

async function errorOf(file: string): Promise<PoolError> {
  const error: unknown = await loadPool(file).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(PoolError);
  return error as PoolError;
}

describe('loadPool', () => {
  it('loads the real Haarlem pool', async () => {
    const pool = await loadPool(POOL_FILE);
    expect(pool.municipality).toBe('Haarlem');
    expect(pool.referencePrefix).toBe('HA');
    expect(pool.frontDesk.phone).toBe('14 023');
    expect(pool.organisations.map((o) => o.id)).toContain('clientenbelang');
  });

  it('marks only the social district team as not independent', async () => {
    const pool = await loadPool(POOL_FILE);
    expect(pool.organisations.filter((o) => !o.independent).map((o) => o.id)).toEqual(['sociaal_wijkteam']);
  });

  it('has Cliëntenbelang as the only complaint desk', async () => {
    const pool = await loadPool(POOL_FILE);
    expect(pool.organisations.filter((o) => o.complaintDesk).map((o) => o.id)).toEqual(['clientenbelang']);
  });

  it('keeps placeholder e-mail addresses until an administrator enters real ones', async () => {
    const pool = await loadPool(POOL_FILE);
    for (const org of pool.organisations) expect(org.email).toMatch(/@[a-z0-9.-]+\.example\.org$/);
  });

  it('names the file, the organisation and the field for an invalid e-mail', async () => {
    const file = await brokenPool((data) => {
      const cjg = data.organisations.find((o) => o.id === 'cjg');
      if (cjg) cjg.email = 'not an e-mail';
    });
    const error = await errorOf(file);
    const index = (parse(await readFile(file, 'utf8')) as RawPool).organisations.findIndex((o) => o.id === 'cjg');
    expect(error.file).toBe(file);
    expect(error.message).toContain(`${file}: organisations[${index}] (cjg).email: invalid e-mail`);
  });

  it('rejects a domain that is not one of the nine life domains', async () => {
    const file = await brokenPool((data) => {
      data.organisations[0]?.domains.push('holidays');
    });
    expect((await errorOf(file)).message).toMatch(/organisations\[0\] \(clientenbelang\)\.domains\[\d+\]/);
  });

  it('rejects two organisations with the same id', async () => {
    const file = await brokenPool((data) => {
      const [first, second] = data.organisations;
      if (first && second) second.id = first.id;
    });
    expect((await errorOf(file)).message).toContain('organisations[1] (clientenbelang).id: duplicate id');
  });

  it('rejects a language that has no label', async () => {
    const file = await brokenPool((data) => {
      data.organisations[0]?.languages.push('so');
    });
    expect((await errorOf(file)).message).toContain('no label for language "so"');
  });

  it('rejects a pool without an active independent organisation', async () => {
    const file = await brokenPool((data) => {
      for (const org of data.organisations) org.active = org.independent === false;
    });
    expect((await errorOf(file)).message).toContain('at least one active independent organisation');
  });

  it('rejects a complaint desk that is not independent', async () => {
    const file = await brokenPool((data) => {
      const swt = data.organisations.find((o) => o.id === 'sociaal_wijkteam');
      if (swt) swt.complaintDesk = true;
    });
    expect((await errorOf(file)).message).toContain('(sociaal_wijkteam).complaintDesk: a complaint desk must be independent');
  });

  it('names the file and line for broken YAML', async () => {
    const file = await writeTemp('municipality: Haarlem\norganisations: [\n');
    const error = await errorOf(file);
    expect(error.message.startsWith(`${file}: `)).toBe(true);
    expect(error.message).toMatch(/line \d+/);
  });

  it('names the file when it cannot be read', async () => {
    const error = await errorOf('/nonexistent/pool.yaml');
    expect(error.message).toContain('/nonexistent/pool.yaml: cannot read the file');
  });
});
