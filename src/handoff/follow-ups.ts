/**
 * Carries out the follow-ups that reminders.ts plans: reminders to organisations and complaint
 * desks, a word to the pool's coordinator, and a question to the resident when nobody picks up their
 * case. Mails carry no personal data: the reference, dates and the organisation only.
 */
import type { CaseNotice } from '../core/runtime.js';
import type { Logger } from '../log.js';
import type { Pool } from '../pool/pool-schema.js';
import type { Store } from '../store/store.js';
import type { Handoff } from './handoff.js';
import { escapeHtml, formatDutchTime } from './handoff-mail.js';
import type { Outbox } from './outbox.js';
import { DEFAULT_FOLLOW_UP, planFollowUps, type FollowUp, type FollowUpSettings } from './reminders.js';
import type { OutgoingMail } from './mail-transport.js';

export interface FollowUpRunnerOptions {
  store: Store;
  outbox: Pick<Outbox, 'enqueue'>;
  notify(notice: CaseNotice): Promise<unknown>;
  pool: Pick<Pool, 'coordinator'>;
  log: Logger;
  now?: () => Date;
  settings?: FollowUpSettings;
}

export interface FollowUpRunner {
  /** Does every follow-up that is due now, once; returns the keys done, per reference. */
  runDue(): Promise<Record<string, string[]>>;
}

const mail = (to: string, subject: string, lines: string[]): OutgoingMail => ({
  to,
  subject,
  text: lines.join('\n\n'),
  html: lines.map((l) => `<p>${escapeHtml(l)}</p>`).join(''),
  headers: { 'Auto-Submitted': 'auto-generated' },
});

export function createFollowUpRunner(opts: FollowUpRunnerOptions): FollowUpRunner {
  const { store, outbox, log } = opts;
  const now = opts.now ?? (() => new Date());
  const settings = opts.settings ?? DEFAULT_FOLLOW_UP;

  async function perform(h: Handoff, f: FollowUp): Promise<Partial<Handoff>> {
    // Read each time: administrators may change the pool while Naast runs.
    const coordinator = opts.pool.coordinator;
    const ref = h.reference;
    const sent = formatDutchTime(h.createdAt, false);
    const enqueue = (m: OutgoingMail) => outbox.enqueue({ id: `${ref}-${f.key}`, handoff: ref, mail: { ...m, headers: { ...m.headers, 'X-Naast-Reference': ref } } });
    switch (f.action) {
      case 'remind':
        await enqueue(
          mail(h.organisation.email, `Naast ${ref}: herinnering, vraag nog niet beantwoord`, [
            `Op ${sent} stuurden wij u vraag ${ref} van een inwoner. Die is nog niet geaccepteerd of afgewezen.`,
            `Open de link in de eerste e-mail met onderwerp "Naast ${ref}" en kies daar. Kan uw organisatie de vraag niet oppakken? Wijs haar dan af, dan kan de inwoner een ander kiezen.`,
          ]),
        );
        return {};
      case 'notify-coordinator':
        if (!coordinator) {
          log.warn({ handoff: ref }, 'no coordinator in the pool to tell about a waiting case');
          return {};
        }
        await enqueue(
          mail(coordinator.email, `Naast ${ref}: vraag wacht op ${h.organisation.name}`, [
            `Vraag ${ref} ging op ${sent} naar ${h.organisation.name} en is ${settings.remindAfterWorkingDays} werkdagen later nog niet geaccepteerd of afgewezen. De organisatie heeft een herinnering gekregen.`,
          ]),
        );
        return {};
      case 'offer-next':
        // Consent was for this organisation only: the resident chooses whether another one may see it.
        await opts.notify({ conversation: h.conversation, text: 'case_waiting', vars: { reference: ref, organisation: h.organisation.name } });
        return {};
      case 'complaint-remind':
        await enqueue(
          mail(h.organisation.email, `Naast ${ref}: klacht, antwoord uiterlijk ${h.deadline}`, [
            `Herinnering: de klacht ${ref} moet uiterlijk ${h.deadline} beantwoord zijn, of de inwoner moet horen waarom het later wordt. Dat is over ${settings.complaintRemindWorkingDaysBefore} werkdagen.`,
          ]),
        );
        return {};
      case 'complaint-overdue':
        if (coordinator) {
          await enqueue(
            mail(coordinator.email, `Naast ${ref}: klacht te laat`, [`De klacht ${ref} bij ${h.organisation.name} had uiterlijk ${h.deadline} beantwoord moeten zijn en is nog niet afgesloten.`]),
          );
        }
        return { overdue: true };
    }
  }

  return {
    async runDue() {
      const done: Record<string, string[]> = {};
      const at = now();
      for (const listed of await store.list<Handoff>('handoffs')) {
        for (const f of planFollowUps(listed, at, settings, listed.followUps ?? [])) {
          // Read again each time: a supporter may have acted meanwhile.
          const h = await store.get<Handoff>('handoffs', listed.reference);
          if (!h || (h.followUps ?? []).includes(f.key) || !planFollowUps(h, at, settings, h.followUps ?? []).some((p) => p.key === f.key)) continue;
          try {
            const change = await perform(h, f);
            const latest = (await store.get<Handoff>('handoffs', h.reference)) ?? h;
            await store.put<Handoff>('handoffs', { ...latest, ...change, followUps: [...(latest.followUps ?? []), f.key] });
            (done[h.reference] ??= []).push(f.key);
            log.info({ handoff: h.reference, followUp: f.key }, 'follow-up done');
          } catch (err) {
            log.error({ handoff: h.reference, followUp: f.key, err: { type: (err as Error).name, message: (err as Error).message } }, 'follow-up failed; tried again next round');
          }
        }
      }
      return done;
    },
  };
}
