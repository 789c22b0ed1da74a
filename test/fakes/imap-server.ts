/**
 * A real IMAP server for tests: Debian's dovecot on loopback, with a throwaway config, one user and
 * a maildir under a temporary directory. It is the municipality's mailbox that Naast reads.
 */
import { execFile, execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { access, chmod, chown, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { connect } from 'node:net';
import { tmpdir, userInfo } from 'node:os';
import { join } from 'node:path';
import { freePort } from './free-port.js';

/** Where Debian's dovecot-imapd puts the daemon. */
export const DOVECOT = '/usr/sbin/dovecot';

/** A running dovecot with one mailbox user. */
export interface FakeImap {
  host: string;
  port: number;
  user: string;
  pass: string;
  /** `imap://user:pass@127.0.0.1:port/INBOX`, the form Naast's IMAP_URL takes. */
  url: string;
  /** The server's log, for a failing test's message. */
  logPath: string;
  /** Drops every connection of the user, as a server restart or a network hiccup would. */
  kick(): Promise<void>;
  close(): Promise<void>;
}

/** Why dovecot cannot run here, or undefined when it can. */
export async function dovecotMissing(): Promise<string | undefined> {
  try {
    await access(DOVECOT);
    return undefined;
  } catch {
    return `${DOVECOT} is not installed (apt-get install dovecot-imapd)`;
  }
}

/** Resolves once something accepts connections on the port, or rejects when `child` exits first. */
async function listening(port: number, child: ChildProcess, logPath: string): Promise<void> {
  const deadline = Date.now() + 15_000;
  let exited: string | undefined;
  child.once('exit', (code, signal) => (exited = `dovecot exited (${code ?? signal}); see ${logPath}`));
  child.once('error', (err) => (exited = `dovecot did not start (${err.message})`));
  for (;;) {
    if (exited) throw new Error(exited);
    const ok = await new Promise<boolean>((resolve) => {
      const socket = connect(port, '127.0.0.1');
      socket.once('connect', () => {
        socket.destroy();
        resolve(true);
      });
      socket.once('error', () => resolve(false));
    });
    if (ok) return;
    if (Date.now() > deadline) throw new Error(`dovecot did not listen on ${port} within 15 s; see ${logPath}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/**
 * Starts dovecot in the foreground (so it is our child and stops with us) on 127.0.0.1. As root,
 * mail is owned by the `mail` user (dovecot refuses uid 0); otherwise everything runs as the
 * current user.
 */
export async function startFakeImap(): Promise<FakeImap> {
  const missing = await dovecotMissing();
  if (missing) throw new Error(`cannot start a test IMAP server: ${missing}`);
  const dir = await mkdtemp(join(tmpdir(), 'naast-dovecot-'));
  await chmod(dir, 0o755);
  const port = await freePort();
  const user = 'gemeente';
  const pass = 'test-wachtwoord';
  const root = process.getuid?.() === 0;
  const me = userInfo();
  const owner = root ? { name: 'mail', uid: 8, gid: 8 } : { name: me.username, uid: me.uid, gid: me.gid };
  const mailDir = join(dir, 'Maildir');
  await mkdir(mailDir, { recursive: true });
  if (root) await chown(mailDir, owner.uid, owner.gid);
  const logPath = join(dir, 'dovecot.log');
  const passwd = join(dir, 'passwd');
  await writeFile(passwd, `${user}:{PLAIN}${pass}::::::\n`, { mode: 0o644 });
  const conf = join(dir, 'dovecot.conf');
  await writeFile(
    conf,
    [
      `base_dir = ${join(dir, 'run')}`,
      `state_dir = ${join(dir, 'state')}`,
      `log_path = ${logPath}`,
      'protocols = imap',
      'listen = 127.0.0.1',
      'ssl = no',
      'disable_plaintext_auth = no',
      'auth_mechanisms = plain login',
      `mail_location = maildir:${mailDir}`,
      'first_valid_uid = 1',
      'first_valid_gid = 1',
      ...(root ? [] : [`default_internal_user = ${owner.name}`, `default_login_user = ${owner.name}`, `default_internal_group = ${execFileSync('id', ['-gn'], { encoding: 'utf8' }).trim()}`]),
      `passdb {\n  driver = passwd-file\n  args = scheme=PLAIN ${passwd}\n}`,
      `userdb {\n  driver = static\n  args = uid=${owner.uid} gid=${owner.gid} home=${dir}\n}`,
      `service imap-login {\n  chroot =\n  inet_listener imap {\n    address = 127.0.0.1\n    port = ${port}\n  }\n  inet_listener imaps {\n    port = 0\n  }\n}`,
      'service anvil {\n  chroot =\n}',
      '',
    ].join('\n'),
  );
  const child = spawn(DOVECOT, ['-F', '-c', conf], { stdio: 'ignore' });
  await listening(port, child, logPath).catch(async (err: Error) => {
    child.kill('SIGKILL');
    throw err;
  });
  return {
    host: '127.0.0.1',
    port,
    user,
    pass,
    url: `imap://${user}:${pass}@127.0.0.1:${port}/INBOX`,
    logPath,
    async kick() {
      await new Promise<void>((resolve, reject) =>
        execFile('/usr/bin/doveadm', ['-c', conf, 'kick', user], (err) => (err ? reject(new Error(`doveadm kick failed: ${err.message}`)) : resolve())),
      );
    },
    async close() {
      if (child.exitCode === null && child.signalCode === null) {
        const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
        child.kill('SIGTERM');
        await exited;
      }
      await rm(dir, { recursive: true, force: true });
    },
  };
}
