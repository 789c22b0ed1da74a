/**
 * What is left of a case after erasure or retention: the skeleton monitoring counts (reference,
 * organisation, kind, domains, channel, language, status and the times of its changes), and nothing
 * about the resident. The record keeps the Handoff shape, emptied, so every reader still works.
 */
import type { Handoff } from '../handoff/handoff.js';
import type { FollowUp } from '../handoff/reminders.js';

/** Every follow-up counts as done: an erased case is never chased, nor its resident asked. */
const ALL_FOLLOW_UPS: FollowUp['key'][] = ['remind-1', 'coordinator-1', 'offer-next', 'complaint-remind', 'complaint-overdue'];

/** The handoff without personal data: words, answers, name, contact, consent text, relay thread, conversation, tokens and notes are gone. */
export function redactHandoff(h: Handoff, at: Date): Handoff {
  const erasedAt = at.toISOString();
  return {
    id: h.id,
    reference: h.reference,
    kind: h.kind,
    organisation: h.organisation,
    domains: h.domains,
    words: '',
    answers: [],
    // The route alone says nothing about who; the value and the name go.
    contact: { route: h.contact.route },
    lang: h.lang,
    channel: h.channel,
    conversation: '',
    consent: { at: h.consent.at, text: '' },
    createdAt: h.createdAt,
    ...(h.deadline ? { deadline: h.deadline } : {}),
    // The case link stops working: no token hash matches an empty one.
    tokenHash: '',
    tokenExpiresAt: erasedAt,
    status: h.status,
    // A decline reason or a supporter's note may quote the resident: only status and time stay.
    history: h.history.map((e) => ({ status: e.status, at: e.at })),
    followUps: [...new Set([...(h.followUps ?? []), ...ALL_FOLLOW_UPS])],
    ...(h.overdue ? { overdue: true } : {}),
    erasedAt: h.erasedAt ?? erasedAt,
  };
}
