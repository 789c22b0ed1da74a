/** The monitoring figures for a period: counts per life domain, month, channel, organisation and language. */
import type { ChannelId } from '../core/messages.js';
import type { Handoff } from '../handoff/handoff.js';
import { DOMAINS, type DetectedLanguage, type LifeDomain } from '../nlu/types.js';
import type { Store } from '../store/store.js';
import type { IntakeEvent } from './events.js';
import { amsterdamDay, monthsOf, type Period } from './period.js';

/** Counts for one row of the report; `medianHoursToAcceptance` is null without any acceptance. */
export interface Figures {
  /** Classified intakes (from `events`). */
  intakes: number;
  /** Handoffs created in the period, complaints included. */
  handoffs: number;
  /** Handoffs of kind complaint. */
  complaints: number;
  /** Handoffs an organisation accepted (also when closed since). */
  accepted: number;
  /** Handoffs an organisation declined. */
  declined: number;
  /** Median of the hours from a handoff's creation to its acceptance. */
  medianHoursToAcceptance: number | null;
}

/** The whole report. Per domain an intake or handoff counts once for each of its domains; elsewhere once. */
export interface Report {
  period: Period;
  /** Each intake and handoff once. */
  totals: Figures;
  /** All nine domains, in DOMAINS order. */
  domains: ({ domain: LifeDomain } & Figures)[];
  /** Every month the period touches, in order. */
  months: ({ month: string } & Figures)[];
  /** The public channels always, others (terminal, test) only when used. */
  channels: ({ channel: ChannelId } & Figures)[];
  /** Organisations that received a handoff in the period, by name. */
  organisations: ({ id: string; name: string } & Omit<Figures, 'intakes'>)[];
  /** Intakes by the language the resident wrote in. */
  languages: { language: DetectedLanguage; intakes: number }[];
}

/** Channels in the order the report lists them; `always` ones appear also at zero. */
export const CHANNEL_ORDER: readonly { channel: ChannelId; always: boolean }[] = [
  { channel: 'webchat', always: true },
  { channel: 'whatsapp', always: true },
  { channel: 'telegram', always: true },
  { channel: 'email', always: true },
  { channel: 'botframework', always: true },
  { channel: 'terminal', always: false },
  { channel: 'test', always: false },
];

/** Languages in the order the report lists them. */
export const LANGUAGE_ORDER: readonly DetectedLanguage[] = ['nl', 'en', 'tr', 'ar', 'pl', 'uk', 'other'];

class Tally {
  intakes = 0;
  handoffs = 0;
  complaints = 0;
  accepted = 0;
  declined = 0;
  readonly hours: number[] = [];

  addHandoff(h: HandoffFacts): void {
    this.handoffs += 1;
    if (h.complaint) this.complaints += 1;
    if (h.accepted) this.accepted += 1;
    if (h.declined) this.declined += 1;
    if (h.hoursToAcceptance !== undefined) this.hours.push(h.hoursToAcceptance);
  }

  figures(): Figures {
    return {
      intakes: this.intakes,
      handoffs: this.handoffs,
      complaints: this.complaints,
      accepted: this.accepted,
      declined: this.declined,
      medianHoursToAcceptance: median(this.hours),
    };
  }
}

/** The middle value (the mean of the two middle ones for an even count); null for none. */
export function median(values: readonly number[]): number | null {
  if (!values.length) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** What the report needs of one handoff. */
interface HandoffFacts {
  day: string;
  month: string;
  domains: LifeDomain[];
  channel: ChannelId;
  organisation: { id: string; name: string };
  complaint: boolean;
  accepted: boolean;
  declined: boolean;
  hoursToAcceptance?: number;
}

function knownDomains(values: unknown): LifeDomain[] {
  const ids = Array.isArray(values) ? values.map((v: unknown) => (typeof v === 'string' ? v : (v as { id?: unknown } | null)?.id)) : [];
  return DOMAINS.filter((d) => ids.includes(d));
}

function handoffFacts(h: Handoff): HandoffFacts | undefined {
  const created = Date.parse(h.createdAt);
  if (Number.isNaN(created)) return undefined;
  const day = amsterdamDay(new Date(created));
  const history = Array.isArray(h.history) ? h.history : [];
  const acceptedAt = Date.parse(history.find((e) => e.status === 'accepted')?.at ?? '');
  const accepted = !Number.isNaN(acceptedAt) || h.status === 'accepted' || h.status === 'closed';
  return {
    day,
    month: day.slice(0, 7),
    domains: knownDomains(h.domains),
    channel: h.channel,
    organisation: { id: h.organisation?.id ?? '?', name: h.organisation?.name ?? h.organisation?.id ?? '?' },
    complaint: h.kind === 'complaint',
    accepted,
    declined: h.status === 'declined' || history.some((e) => e.status === 'declined'),
    ...(!Number.isNaN(acceptedAt) && acceptedAt >= created ? { hoursToAcceptance: (acceptedAt - created) / 3_600_000 } : {}),
  };
}

function isIntake(e: Partial<IntakeEvent>): e is IntakeEvent {
  return e.kind === 'intake' && typeof e.day === 'string' && typeof e.channel === 'string';
}

/**
 * Counts intakes (from `events`) and handoffs (from `handoffs`) whose Amsterdam day lies in the
 * period, both ends included; a handoff counts in the period of its creation. Reads only.
 */
export async function computeReport(store: Pick<Store, 'list'>, period: Period): Promise<Report> {
  const [events, handoffs] = await Promise.all([store.list<IntakeEvent>('events'), store.list<Handoff>('handoffs')]);
  const inPeriod = (day: string) => day >= period.from && day <= period.to;

  const totals = new Tally();
  const byDomain = new Map(DOMAINS.map((d) => [d, new Tally()]));
  const byMonth = new Map(monthsOf(period).map((m) => [m, new Tally()]));
  const byChannel = new Map<ChannelId, Tally>(CHANNEL_ORDER.map((c) => [c.channel, new Tally()]));
  const byOrganisation = new Map<string, { name: string; latest: string; tally: Tally }>();
  const byLanguage = new Map<DetectedLanguage, number>(LANGUAGE_ORDER.map((l) => [l, 0]));
  const channelTally = (c: ChannelId) => byChannel.get(c) ?? byChannel.set(c, new Tally()).get(c)!;

  for (const event of events.filter(isIntake)) {
    if (!inPeriod(event.day)) continue;
    totals.intakes += 1;
    for (const d of knownDomains(event.domains)) byDomain.get(d)!.intakes += 1;
    byMonth.get(event.day.slice(0, 7))!.intakes += 1;
    channelTally(event.channel).intakes += 1;
    const language = LANGUAGE_ORDER.includes(event.language) ? event.language : 'other';
    byLanguage.set(language, (byLanguage.get(language) ?? 0) + 1);
  }

  for (const h of handoffs) {
    const facts = handoffFacts(h);
    if (!facts || !inPeriod(facts.day)) continue;
    totals.addHandoff(facts);
    for (const d of facts.domains) byDomain.get(d)!.addHandoff(facts);
    byMonth.get(facts.month)!.addHandoff(facts);
    channelTally(facts.channel).addHandoff(facts);
    const org = byOrganisation.get(facts.organisation.id) ?? { name: facts.organisation.name, latest: '', tally: new Tally() };
    // An organisation that was renamed shows its latest name.
    if (facts.day >= org.latest) Object.assign(org, { name: facts.organisation.name, latest: facts.day });
    org.tally.addHandoff(facts);
    byOrganisation.set(facts.organisation.id, org);
  }

  const known = new Set(CHANNEL_ORDER.map((c) => c.channel));
  const channels = [...byChannel].filter(([c, t]) => CHANNEL_ORDER.find((o) => o.channel === c)?.always || t.intakes || t.handoffs || !known.has(c));
  return {
    period,
    totals: totals.figures(),
    domains: [...byDomain].map(([domain, t]) => ({ domain, ...t.figures() })),
    months: [...byMonth].map(([month, t]) => ({ month, ...t.figures() })),
    channels: channels.map(([channel, t]) => ({ channel, ...t.figures() })),
    organisations: [...byOrganisation]
      .map(([id, o]) => {
        const { intakes: _unused, ...figures } = o.tally.figures();
        return { id, name: o.name, ...figures };
      })
      .sort((a, b) => a.name.localeCompare(b.name, 'nl') || a.id.localeCompare(b.id)),
    languages: [...byLanguage].map(([language, intakes]) => ({ language, intakes })),
  };
}
