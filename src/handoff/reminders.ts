/**
 * Follow-ups on handoffs: which reminders and escalations are due, so no case waits unseen.
 * Pure: the time comes in as `now`, what is already done comes in as `done` keys, and nothing is
 * sent here. The caller performs each returned action and records its key on the handoff.
 */
import { z } from 'zod';
import { HandoffError, type Handoff } from './handoff.js';
import { deadlineAfter } from './handoff-service.js';
import { addCalendarDays, addWorkingDays, amsterdamTime, workingDaysBefore } from './working-days.js';

/** How long handoffs may wait before Naast follows up; working days as in `working-days.ts`. */
export interface FollowUpSettings {
  /** Support cases: working days after `createdAt` without acceptance before the organisation is sent the case again and the pool's coordinator is told. */
  remindAfterWorkingDays: number;
  /** Support cases: working days after `createdAt` without acceptance before the case is due to be offered to the next organisation (after asking the resident). Larger than `remindAfterWorkingDays`. */
  offerNextAfterWorkingDays: number;
  /** Complaints: working days before the answer deadline on which the complaint desk is reminded. */
  complaintRemindWorkingDaysBefore: number;
  /** Complaints: Amsterdam time (`HH:MM`) of that reminder. */
  complaintRemindTime: string;
}

/** The issue's defaults: remind after 2 working days, offer the next organisation after 5, remind a complaint desk 3 working days before the deadline at 09:00. */
export const DEFAULT_FOLLOW_UP: Readonly<FollowUpSettings> = Object.freeze({
  remindAfterWorkingDays: 2,
  offerNextAfterWorkingDays: 5,
  complaintRemindWorkingDaysBefore: 3,
  complaintRemindTime: '09:00',
});

/** Validates {@link FollowUpSettings}, e.g. when `src/config.ts` reads them from the environment. */
export const FollowUpSettingsSchema: z.ZodType<FollowUpSettings> = z
  .strictObject({
    remindAfterWorkingDays: z.int().min(1),
    offerNextAfterWorkingDays: z.int().min(1),
    complaintRemindWorkingDaysBefore: z.int().min(0),
    complaintRemindTime: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'use HH:MM, e.g. "09:00"'),
  })
  .refine((s) => s.offerNextAfterWorkingDays > s.remindAfterWorkingDays, {
    message: 'must be more than remindAfterWorkingDays',
    path: ['offerNextAfterWorkingDays'],
  });

/**
 * What to do:
 * - `remind`: send the support case to its organisation again;
 * - `notify-coordinator`: tell the pool's coordinator the case is still waiting;
 * - `offer-next`: ask the resident whether to offer the case to the next organisation;
 * - `complaint-remind`: remind the complaint desk of the coming answer deadline;
 * - `complaint-overdue`: flag the complaint, still not closed after its deadline day.
 */
export type FollowUpAction = 'remind' | 'notify-coordinator' | 'offer-next' | 'complaint-remind' | 'complaint-overdue';

/** One follow-up on a handoff; `key` is stable, so a recorded key stops it from ever firing again. */
export interface FollowUp {
  key: 'remind-1' | 'coordinator-1' | 'offer-next' | 'complaint-remind' | 'complaint-overdue';
  action: FollowUpAction;
  /** When it is due; it stays due until its key is recorded as done. */
  dueAt: Date;
}

interface Planned extends FollowUp {
  /** Dropped once this later follow-up is due or done: no "3 days left" next to "overdue". */
  supersededBy?: FollowUp['key'];
}

function checkedSettings(settings: FollowUpSettings): FollowUpSettings {
  const parsed = FollowUpSettingsSchema.safeParse(settings);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  throw new RangeError(`follow-up settings: ${issue?.path.join('.') || '(root)'}: ${issue?.message ?? 'invalid'}`);
}

function plan(handoff: Handoff, settings: FollowUpSettings): Planned[] {
  const s = checkedSettings(settings);
  const created = new Date(handoff.createdAt);
  if (Number.isNaN(created.getTime())) throw new HandoffError(`createdAt "${handoff.createdAt}" is not a time`, handoff.reference);
  if (handoff.kind === 'support') {
    if (handoff.status !== 'queued' && handoff.status !== 'sent') return [];
    const remindAt = addWorkingDays(created, s.remindAfterWorkingDays);
    return [
      { key: 'remind-1', action: 'remind', dueAt: remindAt, supersededBy: 'offer-next' },
      { key: 'coordinator-1', action: 'notify-coordinator', dueAt: remindAt },
      { key: 'offer-next', action: 'offer-next', dueAt: addWorkingDays(created, s.offerNextAfterWorkingDays) },
    ];
  }
  // A declined complaint is no longer at this desk; a closed one is answered.
  if (handoff.status === 'declined' || handoff.status === 'closed') return [];
  const deadline = handoff.deadline ?? deadlineAfter(created);
  const remindDay = workingDaysBefore(deadline, s.complaintRemindWorkingDaysBefore);
  return [
    { key: 'complaint-remind', action: 'complaint-remind', dueAt: amsterdamTime(remindDay, s.complaintRemindTime), supersededBy: 'complaint-overdue' },
    { key: 'complaint-overdue', action: 'complaint-overdue', dueAt: amsterdamTime(addCalendarDays(deadline, 1), '00:00') },
  ];
}

const strip = ({ key, action, dueAt }: Planned): FollowUp => ({ key, action, dueAt });

/** Every follow-up planned for `handoff` with its due time, done or not (e.g. to show on the case page). */
export function scheduleFollowUps(handoff: Handoff, settings: FollowUpSettings = DEFAULT_FOLLOW_UP): FollowUp[] {
  return plan(handoff, settings).map(strip);
}

/**
 * The follow-ups due at `now` whose keys are not in `done`, earliest first. A reminder is left out
 * once the escalation after it is due or done (after downtime, `offer-next` comes without a stale
 * `remind-1`); the coordinator is still told. Nothing for accepted, declined or closed support
 * cases, nor for declined or closed complaints.
 */
export function planFollowUps(
  handoff: Handoff,
  now: Date,
  settings: FollowUpSettings = DEFAULT_FOLLOW_UP,
  done: readonly string[] = [],
): FollowUp[] {
  const planned = plan(handoff, settings);
  const dueOrDone = (key: FollowUp['key']) =>
    done.includes(key) || planned.some((p) => p.key === key && p.dueAt.getTime() <= now.getTime());
  return planned
    .filter((p) => p.dueAt.getTime() <= now.getTime() && !done.includes(p.key))
    .filter((p) => p.supersededBy === undefined || !dueOrDone(p.supersededBy))
    .sort((a, b) => a.dueAt.getTime() - b.dueAt.getTime())
    .map(strip);
}

/**
 * When the next follow-up not in `done` is due (possibly already past: run {@link planFollowUps}
 * now), or undefined when none is left, so a scheduler can sleep until then.
 */
export function nextFollowUpAt(
  handoff: Handoff,
  settings: FollowUpSettings = DEFAULT_FOLLOW_UP,
  done: readonly string[] = [],
): Date | undefined {
  const open = plan(handoff, settings).filter(
    (p) => !done.includes(p.key) && (p.supersededBy === undefined || !done.includes(p.supersededBy)),
  );
  const times = open.map((p) => p.dueAt.getTime());
  return times.length ? new Date(Math.min(...times)) : undefined;
}
