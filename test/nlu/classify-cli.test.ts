import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

function runCli(input: string): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn('npx', ['tsx', 'src/nlu/classify-cli.ts'], { cwd: ROOT, stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(input);
  });
}

describe('classify CLI', () => {
  it('writes one JSON line per input line and keeps going after a malformed one', async () => {
    const input = [
      JSON.stringify({ id: 'a', text: 'ik heb schulden en de deurwaarder komt' }),
      '{not json',
      JSON.stringify({ id: 'c', text: 'ik wil er niet meer zijn' }),
    ].join('\n');
    const { code, stdout } = await runCli(input + '\n');
    expect(code).toBe(0);
    const lines = stdout.trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines).toHaveLength(3);
    expect(lines[0]).toMatchObject({ id: 'a', primary: 'income', crisis: false, complaint: false, outOfScope: false, language: 'nl' });
    expect(lines[0]?.domains).toEqual(expect.arrayContaining([expect.objectContaining({ id: 'income' })]));
    expect(lines[1]).toMatchObject({ id: null });
    expect(typeof lines[1]?.error).toBe('string');
    expect(lines[2]).toMatchObject({ id: 'c', crisis: true });
  });

  it('exits 0 on empty input with nothing on stdout', async () => {
    const { code, stdout } = await runCli('');
    expect(code).toBe(0);
    expect(stdout).toBe('');
  });
});
