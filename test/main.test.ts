import { spawn } from 'node:child_process';
import { cp, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

function start(env: Record<string, string>): Promise<{ code: number | null; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn('npx', ['tsx', 'src/main.ts'], { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stderr }));
  });
}

describe('npm start refuses what an administrator must fix', () => {
  it('stops on a broken dialog tree, naming the file and the node', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'naast-main-'));
    await cp('dialogs', join(dir, 'dialogs'), { recursive: true });
    const file = join(dir, 'dialogs', 'intake.yaml');
    await writeFile(file, (await readFile(file, 'utf8')).replace('next: ask_question', 'next: ask_nothing'));
    const { code, stderr } = await start({ DIALOGS_DIR: join(dir, 'dialogs'), DATA_DIR: join(dir, 'data'), PORT: '0' });
    expect(code).toBe(1);
    expect(stderr).toContain('intake.yaml');
    expect(stderr).toContain("node 'greeting': next leads to unknown node 'ask_nothing'");
    expect(stderr).not.toMatch(/\n\s+at /);
  });

  it('stops on a bad setting, naming the variable', async () => {
    const { code, stderr } = await start({ SMTP_URL: 'mail.example.org' });
    expect(code).toBe(1);
    expect(stderr).toContain('SMTP_URL');
  });
});
