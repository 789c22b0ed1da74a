import express, { type Router } from 'express';
import type { Accounts } from '../src/admin/accounts.js';
import { pageGuard } from '../src/admin/session-cookie.js';
import { escapeHtml } from '../src/handoff/handoff-mail.js';

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

const time = (d: Date) => d.toLocaleString('nl-NL', { timeZone: 'Europe/Amsterdam' });

/** The pairing page: plain HTML, no scripts; it refreshes itself while something is about to change. */
export function renderPairingPage(status: PairingStatus): string {
  const busy = status.state !== 'ready' && status.state !== 'stopped';
  const qr = status.state === 'waiting-for-scan' && status.qr
    ? `<p><img src="${escapeHtml(status.qr)}" alt="QR-code om WhatsApp aan Naast te koppelen / QR code to link WhatsApp to Naast" width="264" height="264"></p>
<ol>
<li>Open WhatsApp op de telefoon met het nummer van Naast (een eigen nummer, niet dat van een medewerker).</li>
<li>Ga naar Instellingen → Gekoppelde apparaten → Apparaat koppelen.</li>
<li>Scan deze code. De code verandert elke paar seconden; deze pagina ververst vanzelf.</li>
</ol>`
    : '';
  const events = status.events
    .map((e) => `<li>${escapeHtml(time(e.at))}: ${escapeHtml(LABELS[e.state])}${e.detail ? ` (${escapeHtml(e.detail)})` : ''}</li>`)
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
<p>Status: <strong id="state" data-state="${status.state}">${escapeHtml(LABELS[status.state])}</strong>, sinds ${escapeHtml(time(status.since))}.</p>
${qr}
<h2>Laatste gebeurtenissen</h2>
<ul>
${events || '<li>Nog niets.</li>'}
</ul>
<p>Ontkoppelen: op de telefoon via Gekoppelde apparaten, of stop Naast en verwijder de map <code>whatsapp</code> in de datamap.</p>
<p><a href="/admin/">Terug naar beheer</a></p>
</main>
</body>
</html>
`;
}

export interface WhatsAppAdminOptions {
  status(): PairingStatus;
  /** The admin sessions: only a signed-in administrator sees the QR code. */
  accounts: Pick<Accounts, 'sessionUser'>;
}

/** `GET /admin/whatsapp`: the pairing page, for signed-in administrators only. */
export function createWhatsAppAdminRouter(opts: WhatsAppAdminOptions): Router {
  const router = express.Router();
  // The QR code is a key to the account: never cached, never indexed; not even the redirect to the login.
  const noStore: express.RequestHandler = (_req, res, next) => {
    res.setHeader('Cache-Control', 'no-store');
    next();
  };
  router.get('/admin/whatsapp', noStore, pageGuard(opts.accounts, 'administrator'), (_req, res) => {
    res.type('html').send(renderPairingPage(opts.status()));
  });
  return router;
}
