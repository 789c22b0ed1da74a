import { createHash, timingSafeEqual } from 'node:crypto';
import express, { type Router } from 'express';

/** Where the link between Naast and the WhatsApp account stands, as an administrator sees it. */
export type PairingState = 'starting' | 'waiting-for-scan' | 'paired' | 'ready' | 'disconnected' | 'logged-out' | 'auth-failure' | 'restarting' | 'stopped';

/** A change of pairing state; `detail` is WhatsApp's reason or an error class, never a number or a text. */
export interface PairingEvent {
  at: Date;
  state: PairingState;
  detail?: string;
}

/** What the pairing page shows. */
export interface PairingStatus {
  state: PairingState;
  since: Date;
  /** The QR code to scan, as a PNG data URL, while waiting for a scan. */
  qr?: string;
  /** The latest changes, newest first. */
  events: PairingEvent[];
}

const LABELS: Record<PairingState, string> = {
  starting: 'Bezig met starten / Starting',
  'waiting-for-scan': 'Wacht op scannen / Waiting for a scan',
  paired: 'Gekoppeld, bezig met laden / Paired, loading',
  ready: 'Gekoppeld en klaar / Paired and ready',
  disconnected: 'Verbinding verbroken / Disconnected',
  'logged-out': 'Ontkoppeld op de telefoon / Unlinked on the phone',
  'auth-failure': 'Koppeling mislukt / Pairing failed',
  restarting: 'Bezig met herstarten / Restarting',
  stopped: 'Gestopt / Stopped',
};

/** Whether a request may see the admin page: allowed, asked for a password (401), or refused (403). */
export type AdminAccess = 'allow' | 'unauthorized' | 'forbidden';

/** What the access rule reads of a request. */
export interface AdminRequest {
  remoteAddress: string | undefined;
  headers: Record<string, string | string[] | undefined>;
}

/** Headers a reverse proxy adds: with one of them, the loopback peer is the proxy, not the person. */
const PROXY_HEADERS = ['x-forwarded-for', 'forwarded', 'x-real-ip'];

export function isLoopbackAddress(address: string | undefined): boolean {
  return address !== undefined && (address === '::1' || /^(::ffff:)?127\./.test(address));
}

/**
 * Until administrators log in (#8): a request straight from this machine may see the page; any
 * other needs HTTP basic auth with `ADMIN_PASSWORD` (user name ignored), and without a password
 * set it is refused. Credentials that are given are always checked, also on loopback.
 */
export function adminAccess(req: AdminRequest, adminPassword: string | undefined): AdminAccess {
  const authorization = req.headers.authorization;
  if (typeof authorization === 'string' && /^basic\s/i.test(authorization)) {
    if (!adminPassword) return 'forbidden';
    const decoded = Buffer.from(authorization.replace(/^basic\s+/i, ''), 'base64').toString('utf8');
    const colon = decoded.indexOf(':');
    return colon >= 0 && samePassword(decoded.slice(colon + 1), adminPassword) ? 'allow' : 'unauthorized';
  }
  const proxied = PROXY_HEADERS.some((h) => req.headers[h] !== undefined);
  if (!proxied && isLoopbackAddress(req.remoteAddress)) return 'allow';
  return adminPassword ? 'unauthorized' : 'forbidden';
}

/** Compares digests, so neither the length nor the content of the password leaks through timing. */
function samePassword(given: string, expected: string): boolean {
  const digest = (s: string) => createHash('sha256').update(s, 'utf8').digest();
  return timingSafeEqual(digest(given), digest(expected));
}

const escape = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
const time = (d: Date) => d.toLocaleString('nl-NL', { timeZone: 'Europe/Amsterdam' });

/** The pairing page: plain HTML, no scripts; it refreshes itself while something is about to change. */
export function renderPairingPage(status: PairingStatus): string {
  const busy = status.state !== 'ready' && status.state !== 'stopped';
  const qr = status.state === 'waiting-for-scan' && status.qr
    ? `<p><img src="${escape(status.qr)}" alt="QR-code om WhatsApp aan Naast te koppelen / QR code to link WhatsApp to Naast" width="264" height="264"></p>
<ol>
<li>Open WhatsApp op de telefoon met het nummer van Naast (een eigen nummer, niet dat van een medewerker).</li>
<li>Ga naar Instellingen → Gekoppelde apparaten → Apparaat koppelen.</li>
<li>Scan deze code. De code verandert elke paar seconden; deze pagina ververst vanzelf.</li>
</ol>`
    : '';
  const events = status.events
    .map((e) => `<li>${escape(time(e.at))}: ${escape(LABELS[e.state])}${e.detail ? ` (${escape(e.detail)})` : ''}</li>`)
    .join('\n');
  return `<!doctype html>
<html lang="nl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="refresh" content="${busy ? 5 : 30}">
<meta name="robots" content="noindex">
<title>WhatsApp koppelen – Naast</title>
</head>
<body>
<main>
<h1>WhatsApp koppelen</h1>
<p>Status: <strong id="state" data-state="${status.state}">${escape(LABELS[status.state])}</strong>, sinds ${escape(time(status.since))}.</p>
${qr}
<h2>Laatste gebeurtenissen</h2>
<ul>
${events || '<li>Nog niets.</li>'}
</ul>
<p>Ontkoppelen: op de telefoon via Gekoppelde apparaten, of stop Naast en verwijder de map <code>whatsapp</code> in de datamap.</p>
</main>
</body>
</html>
`;
}

export interface WhatsAppAdminOptions {
  status(): PairingStatus;
  adminPassword: string | undefined;
}

/** `GET /admin/whatsapp`: the pairing page, for administrators only. */
export function createWhatsAppAdminRouter(opts: WhatsAppAdminOptions): Router {
  const router = express.Router();
  router.get('/admin/whatsapp', (req, res) => {
    // The QR code is a key to the account: never cached, never indexed.
    res.setHeader('Cache-Control', 'no-store');
    const access = adminAccess({ remoteAddress: req.socket.remoteAddress, headers: req.headers }, opts.adminPassword);
    if (access === 'unauthorized') {
      res.setHeader('WWW-Authenticate', 'Basic realm="Naast admin", charset="UTF-8"');
      res.status(401).type('text/plain').send('Alleen voor beheerders / Administrators only\n');
      return;
    }
    if (access === 'forbidden') {
      res.status(403).type('text/plain').send('Alleen vanaf deze computer, of zet ADMIN_PASSWORD / Only from this machine, or set ADMIN_PASSWORD\n');
      return;
    }
    res.type('html').send(renderPairingPage(opts.status()));
  });
  return router;
}
