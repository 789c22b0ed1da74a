/** The supporter's case page: `GET /h/:token` shows the case; plain forms accept, decline or (once accepted) close it. */
import express, { Router, type NextFunction, type Request, type Response } from 'express';
import type { Logger } from '../log.js';
import type { Handoff } from './handoff.js';
import { escapeHtml, formatDutchTime, STATUS_LABELS, summariseCase, type Row } from './handoff-mail.js';
import type { HandoffService } from './handoff-service.js';
import { SECRET_PAGE_HEADERS, secretPage } from './secret-page.js';

/** Options of {@link createCaseRouter}. */
export interface CaseRouterOptions {
  handoffs: Pick<HandoffService, 'find' | 'act'>;
  log?: Logger;
}

const HEADERS = SECRET_PAGE_HEADERS;

const STYLE =
  'body{font-family:system-ui,sans-serif;line-height:1.5;max-width:42rem;margin:1rem auto;padding:0 1rem;color:#111}' +
  'blockquote{white-space:pre-wrap;border-left:3px solid #666;margin:0 0 1em;padding-left:1em}' +
  'button{font-size:1rem;padding:.5rem 1rem}textarea,input{width:100%;font:inherit}form{margin:1rem 0}';

const page = (title: string, body: string) => secretPage(title, body, STYLE);

function rows(items: Row[]): string {
  if (!items.length) return '<p>(geen)</p>';
  return `<dl>${items.map((r) => `<dt>${escapeHtml(r.label)}</dt><dd>${escapeHtml(r.value)}</dd>`).join('')}</dl>`;
}

function casePage(h: Handoff, token: string): string {
  const s = summariseCase(h);
  const open = h.status === 'queued' || h.status === 'sent';
  const base = escapeHtml(encodeURIComponent(token));
  const history = h.history
    .map(
      (e) =>
        `<li>${escapeHtml(formatDutchTime(e.at))}: ${escapeHtml(STATUS_LABELS[e.status])}` +
        `${e.note ? `<br>Toelichting: <span style="white-space:pre-wrap">${escapeHtml(e.note)}</span>` : ''}</li>`,
    )
    .join('');
  const forms = open
    ? `<h2>Uw besluit</h2>
<form method="post" action="${base}/accept">
<label for="supporter">Uw voornaam, zodat de inwoner weet wie contact opneemt (niet verplicht)</label><br>
<input id="supporter" name="supporter" maxlength="60" autocomplete="given-name"><br>
<button type="submit">Vraag accepteren</button>
</form>
<form method="post" action="${base}/decline">
<label for="reason">Reden van afwijzen (niet verplicht)</label><br>
<textarea id="reason" name="reason" rows="4" maxlength="2000"></textarea><br>
<button type="submit">Vraag afwijzen</button>
</form>`
    : h.status === 'accepted'
      ? `<h2>Afronden</h2>
<p>Is de ondersteuning klaar? Sluit de vraag dan af. De inwoner krijgt daar bericht van.</p>
<form method="post" action="${base}/close"><button type="submit">Vraag afsluiten</button></form>`
      : `<p>Over deze vraag is besloten; er valt hier niets meer te doen.</p>`;
  return page(
    `Naast ${h.reference}`,
    `<h1>${escapeHtml(s.title)}</h1>
<p role="status"><strong>Status: ${escapeHtml(STATUS_LABELS[h.status])}</strong></p>
${s.deadline ? `<p><strong>${escapeHtml(s.deadline)}</strong></p>` : ''}
${h.overdue && h.status !== 'closed' ? `<p><strong>Te laat: de termijn van deze klacht is voorbij. Beantwoord haar zo snel mogelijk, of laat de inwoner weten waarom het later wordt.</strong></p>` : ''}
${forms}
<h2>De vraag, in de eigen woorden van de inwoner</h2>
<blockquote>${escapeHtml(s.words)}</blockquote>
<h2>Levensgebieden</h2>
${s.domains.length ? `<ul>${s.domains.map((d) => `<li>${escapeHtml(d)}</li>`).join('')}</ul>` : '<p>(geen)</p>'}
<h2>Vraagverheldering</h2>
${rows(s.answers)}
<h2>Contact met de inwoner</h2>
${rows(s.contact)}
<h2>Gegevens</h2>
${rows(s.details)}
<h2>Toestemming</h2>
<p>Gegeven op ${escapeHtml(s.consent.at)}, met deze tekst:</p>
<blockquote>${escapeHtml(s.consent.text)}</blockquote>
<h2>Geschiedenis</h2>
<ol>${history}</ol>`,
  );
}

const NOT_FOUND = page(
  'Pagina niet gevonden',
  `<h1>Deze pagina bestaat niet (meer)</h1>
<p>De link is onjuist of verlopen. Controleer de link in de e-mail. Lukt het niet, neem dan contact op met Naast.</p>`,
);

const FAILED = page(
  'Er ging iets mis',
  `<h1>Er ging iets mis</h1>
<p>Uw keuze is misschien niet opgeslagen. Probeer het over een paar minuten opnieuw.</p>`,
);

/** The case page routes; mount at the root of the app so links under `PUBLIC_URL/h/` reach them. */
export function createCaseRouter(options: CaseRouterOptions): Router {
  const { handoffs, log } = options;
  const router = Router();
  const form = express.urlencoded({ extended: false, limit: '16kb', parameterLimit: 10 });

  function send(res: Response, status: number, html: string): void {
    res.status(status).set(HEADERS).send(html);
  }

  router.get('/h/:token', async (req: Request<{ token: string }>, res) => {
    const handoff = await handoffs.find(req.params.token);
    if (!handoff) return send(res, 404, NOT_FOUND);
    send(res, 200, casePage(handoff, req.params.token));
  });

  for (const action of ['accept', 'decline', 'close'] as const) {
    router.post(`/h/:token/${action}`, form, async (req: Request<{ token: string }>, res) => {
      const body: unknown = req.body;
      const field = (name: string) => (body && typeof body === 'object' && name in body && typeof (body as Record<string, unknown>)[name] === 'string' ? ((body as Record<string, string>)[name] as string) : undefined);
      // A decline keeps its reason (for the pool, never shown to the resident); an accept, who will call.
      const note = action === 'decline' ? field('reason') : action === 'accept' ? field('supporter')?.replace(/\s+/g, ' ').slice(0, 60) : undefined;
      const result = await handoffs.act(req.params.token, action, note);
      if (!result) return send(res, 404, NOT_FOUND);
      // Relative to /h/<token>/<action>: back to /h/<token>, also behind a proxy that adds a path prefix.
      res.set({ 'Cache-Control': 'no-store', 'Referrer-Policy': 'no-referrer' }).redirect(303, `../${encodeURIComponent(req.params.token)}`);
    });
  }

  router.use((err: unknown, _req: Request, res: Response, next: NextFunction) => {
    if (res.headersSent) return next(err);
    const status = (err as { status?: unknown }).status;
    const clientError = typeof status === 'number' && status >= 400 && status < 500;
    if (!clientError) log?.error({ err: err instanceof Error ? err.message : String(err) }, 'case page failed');
    send(res, clientError ? 400 : 500, FAILED);
  });

  return router;
}
