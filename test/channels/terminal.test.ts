import { spawn } from 'node:child_process';
import { mkdtemp, readdir, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/** Runs `npm run --silent chat` as a resident would, with lines piped in. */
function chat(lines: string[], env: Record<string, string>): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn('npm', ['run', '--silent', 'chat'], { env: { ...process.env, ...env }, stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(lines.map((l) => l + '\n').join(''));
  });
}

describe('the terminal chat, piped', () => {
  it('prints the greeting, numbered choices and a reference, and leaves the .eml behind', async () => {
    const dataDir = await mkdtemp(join(tmpdir(), 'naast-term-'));
    const words = 'Ik kan mijn huur niet meer betalen en krijg steeds brieven van de woningcorporatie.';
    const answers = [words, '1', '3', 'Nog niets', 'nee', 'ja', 'geen voorkeur', 'ja', 'Liever niet', 'naam@voorbeeld.nl'];
    const { code, stdout, stderr } = await chat(answers, { DATA_DIR: dataDir, SMTP_URL: '', LOG_LEVEL: 'info' });
    expect(stderr.replace(/npm warn.*\n/g, '')).toBe('');
    expect(code).toBe(0);
    expect(stdout).toMatch(/^Hallo, ik ben Naast/);
    expect(stdout).toMatch(/^1\. Voor mij$/m);
    const reference = stdout.match(/\b[A-Z]{2}-[2-9A-HJ-NP-Z]{4}\b/)?.[0];
    expect(reference).toBeDefined();
    const files = await readdir(join(dataDir, 'outbox'));
    const eml = files.find((f) => f.startsWith(reference!));
    expect(eml).toBeDefined();
    expect(await readFile(join(dataDir, 'outbox', eml!), 'utf8')).toContain(reference!);
  });

  it('never writes the resident\'s words, phone or e-mail to the logs, even at trace level', async () => {
    const dataDir = await mkdtemp(join(tmpdir(), 'naast-term-'));
    const words = 'Mijn zoon van 15 spijbelt en ik heb geldzorgen door de scheiding.';
    const answers = [words, '2', '1', 'Met de mentor gepraat', 'ja', 'ja', 'geen voorkeur', 'ja', 'Fatima', '06 98765432', 'status'];
    const { code, stderr } = await chat(answers, { DATA_DIR: dataDir, SMTP_URL: '', LOG_LEVEL: 'trace' });
    expect(code).toBe(0);
    expect(stderr).toContain('handoff created');
    for (const secret of ['spijbelt', 'scheiding', 'mentor', 'Fatima', '98765432', '0698765432']) expect(stderr).not.toContain(secret);
  });

  it('refuses to start with a bad setting and names it', async () => {
    const { code, stderr, stdout } = await chat([], { PORT: 'abc', DATA_DIR: await mkdtemp(join(tmpdir(), 'naast-term-')) });
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toContain('PORT');
    expect(stderr).not.toMatch(/\n\s+at /);
  });
});
