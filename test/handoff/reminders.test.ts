import { describe, expect, it } from 'vitest';
import type { Handoff, HandoffStatus } from '../../src/handoff/handoff.js';
import { deadlineAfter } from '../../src/handoff/handoff-service.js';
import {
  DEFAULT_FOLLOW_UP,
  nextFollowUpAt,
  planFollowUps,
  scheduleFollowUps,
  type FollowUp,
  type FollowUpSettings,
} from '../../src/handoff/reminders.js';
import { fakeClock, sampleRequest } from './fixtures.js';

// Instants are written in UTC; the comment gives the Amsterdam time (CET = UTC+1, CEST = UTC+2).

function handoff(kind: Handoff['kind'], createdAt: string, status: HandoffStatus = 'sent', deadline?: string): Handoff {
  return {
    ...sampleRequest({ kind }),
    id: 'HA-7K3Q',
    reference: 'HA-7K3Q',
    createdAt,
    ...(kind === 'complaint' ? { deadline: deadline ?? deadlineAfter(new Date(createdAt)) } : {}),
    tokenHash: '0'.repeat(64),
    tokenExpiresAt: '2099-01-01T00:00:00.000Z',
    status,
    history: [{ status: 'queued', at: createdAt }],
  };
}

const keys = (followUps: FollowUp[]) => followUps.map((f) => f.key);
const at = (iso: string) => new Date(iso);

// Friday 27 March 2026, 17:00 CET; the clocks go forward that Sunday.
const FRIDAY_EVENING = '2026-03-27T16:00:00.000Z';

describe('planFollowUps for a support case', () => {
  const sent = handoff('support', FRIDAY_EVENING);

  it.each([
    ['nothing before Tuesday 17:00', '2026-03-31T14:59:59.999Z', [], []],
    ['a reminder and a word to the coordinator on Tuesday 17:00 CEST', '2026-03-31T15:00:00.000Z', [], ['remind-1', 'coordinator-1']],
    ['each of them only until it is done', '2026-03-31T15:00:00.000Z', ['remind-1'], ['coordinator-1']],
    ['nothing more once both are done', '2026-04-02T12:00:00.000Z', ['remind-1', 'coordinator-1'], []],
    ['offer-next on the fifth working day, Goede Vrijdag counting', '2026-04-03T15:00:00.000Z', ['remind-1', 'coordinator-1'], ['offer-next']],
    ['after downtime, offer-next without a stale reminder', '2026-04-08T09:00:00.000Z', [], ['coordinator-1', 'offer-next']],
    ['nothing when everything is done', '2026-05-01T09:00:00.000Z', ['coordinator-1', 'offer-next'], []],
  ])('%s', (_, now, done, expected) => {
    expect(keys(planFollowUps(sent, at(now), DEFAULT_FOLLOW_UP, done))).toEqual(expected);
  });

  it('says what each follow-up does and when it became due', () => {
    expect(planFollowUps(sent, at('2026-04-03T15:00:00.000Z'), DEFAULT_FOLLOW_UP, ['remind-1'])).toEqual([
      { key: 'coordinator-1', action: 'notify-coordinator', dueAt: at('2026-03-31T15:00:00.000Z') },
      { key: 'offer-next', action: 'offer-next', dueAt: at('2026-04-03T15:00:00.000Z') },
    ]);
  });

  it('follows up a queued case the same way', () => {
    expect(keys(planFollowUps(handoff('support', FRIDAY_EVENING, 'queued'), at('2026-03-31T15:00:00.000Z')))).toEqual(['remind-1', 'coordinator-1']);
  });

  it.each(['accepted', 'declined', 'closed'] as const)('leaves a %s case alone', (status) => {
    const h = handoff('support', FRIDAY_EVENING, status);
    expect(planFollowUps(h, at('2026-06-01T09:00:00.000Z'))).toEqual([]);
    expect(nextFollowUpAt(h)).toBeUndefined();
  });

  it('skips a holiday: created before Tweede Pinksterdag 2026, reminded on Wednesday', () => {
    const h = handoff('support', '2026-05-22T15:00:00.000Z'); // Friday 17:00 CEST
    expect(scheduleFollowUps(h).map((f) => [f.key, f.dueAt.toISOString()])).toEqual([
      ['remind-1', '2026-05-27T15:00:00.000Z'],
      ['coordinator-1', '2026-05-27T15:00:00.000Z'],
      ['offer-next', '2026-06-01T15:00:00.000Z'],
    ]);
  });

  it('takes other times from the settings', () => {
    const settings: FollowUpSettings = { ...DEFAULT_FOLLOW_UP, remindAfterWorkingDays: 1, offerNextAfterWorkingDays: 3 };
    expect(keys(planFollowUps(sent, at('2026-03-30T15:00:00.000Z'), settings))).toEqual(['remind-1', 'coordinator-1']);
    expect(nextFollowUpAt(sent, settings, ['remind-1', 'coordinator-1'])?.toISOString()).toBe('2026-04-01T15:00:00.000Z');
  });

  it.each([
    [{ offerNextAfterWorkingDays: 2 }, /offerNextAfterWorkingDays/],
    [{ remindAfterWorkingDays: 1.5 }, /remindAfterWorkingDays/],
    [{ complaintRemindTime: '9:00' }, /complaintRemindTime/],
  ])('refuses settings %j, naming the field', (change, field) => {
    expect(() => planFollowUps(sent, at(FRIDAY_EVENING), { ...DEFAULT_FOLLOW_UP, ...change })).toThrow(field);
  });
});

describe('planFollowUps for a complaint', () => {
  // Thursday 5 March 2026, 14:30 CET; the deadline is Thursday 19 March.
  const complaint = handoff('complaint', '2026-03-05T13:30:00.000Z');

  it('has the deadline of the handoff service: two weeks, on a Thursday', () => {
    expect(complaint.deadline).toBe('2026-03-19');
  });

  it.each([
    ['nothing before the Monday before the deadline, 09:00', '2026-03-16T07:59:59.999Z', [], []],
    ['a reminder on that Monday at 09:00 CET', '2026-03-16T08:00:00.000Z', [], ['complaint-remind']],
    ['nothing more once reminded, up to the end of the deadline day', '2026-03-19T22:59:59.999Z', ['complaint-remind'], []],
    ['overdue from midnight after the deadline day', '2026-03-19T23:00:00.000Z', ['complaint-remind'], ['complaint-overdue']],
    ['after downtime, overdue without a stale reminder', '2026-03-20T09:00:00.000Z', [], ['complaint-overdue']],
    ['flagged overdue only once', '2026-03-25T09:00:00.000Z', ['complaint-remind', 'complaint-overdue'], []],
  ])('%s', (_, now, done, expected) => {
    expect(keys(planFollowUps(complaint, at(now), DEFAULT_FOLLOW_UP, done))).toEqual(expected);
  });

  it('keeps reminding an accepted complaint that is not closed', () => {
    const accepted = handoff('complaint', '2026-03-05T13:30:00.000Z', 'accepted');
    expect(keys(planFollowUps(accepted, at('2026-03-20T09:00:00.000Z')))).toEqual(['complaint-overdue']);
  });

  it.each(['closed', 'declined'] as const)('leaves a %s complaint alone', (status) => {
    const h = handoff('complaint', '2026-03-05T13:30:00.000Z', status);
    expect(planFollowUps(h, at('2026-04-01T09:00:00.000Z'))).toEqual([]);
    expect(nextFollowUpAt(h)).toBeUndefined();
  });

  it.each([
    ['a deadline after Tweede Pinksterdag, filed on Hemelvaartsdag', '2026-05-14T08:00:00.000Z', '2026-05-28', '2026-05-22T07:00:00.000Z', '2026-05-28T22:00:00.000Z'],
    ['a deadline after Koningsdag', '2026-04-16T08:00:00.000Z', '2026-04-30', '2026-04-24T07:00:00.000Z', '2026-04-30T22:00:00.000Z'],
    ['a deadline on Eerste Kerstdag', '2026-12-11T10:00:00.000Z', '2026-12-25', '2026-12-22T08:00:00.000Z', '2026-12-25T23:00:00.000Z'],
    ['a reminder just after the clocks go forward', '2026-03-19T10:00:00.000Z', '2026-04-02', '2026-03-30T07:00:00.000Z', '2026-04-02T22:00:00.000Z'],
    ['a deadline just after the clocks go back', '2026-10-15T10:00:00.000Z', '2026-10-29', '2026-10-26T08:00:00.000Z', '2026-10-29T23:00:00.000Z'],
  ])('%s', (_, createdAt, deadline, remindAt, overdueAt) => {
    const h = handoff('complaint', createdAt);
    expect(h.deadline).toBe(deadline);
    expect(scheduleFollowUps(h).map((f) => [f.key, f.dueAt.toISOString()])).toEqual([
      ['complaint-remind', remindAt],
      ['complaint-overdue', overdueAt],
    ]);
  });

  it('works out the deadline when a complaint has none stored', () => {
    const { deadline: _, ...withoutDeadline } = complaint;
    expect(scheduleFollowUps(withoutDeadline)).toEqual(scheduleFollowUps(complaint));
  });
});

describe('nextFollowUpAt', () => {
  it.each([
    ['the first reminder', [], '2026-03-31T15:00:00.000Z'],
    ['the coordinator while only the reminder is done', ['remind-1'], '2026-03-31T15:00:00.000Z'],
    ['offer-next once both are done', ['remind-1', 'coordinator-1'], '2026-04-03T15:00:00.000Z'],
    ['nothing when all is done or superseded', ['coordinator-1', 'offer-next'], undefined],
  ])('gives %s', (_, done, expected) => {
    expect(nextFollowUpAt(handoff('support', FRIDAY_EVENING), DEFAULT_FOLLOW_UP, done)?.toISOString()).toBe(expected);
  });
});

describe('a scheduler on a fake clock', () => {
  /** Sleeps until the next follow-up, performs what is due, records its keys; as a real scheduler would. */
  function run(h: Handoff, until: string): string[] {
    const clock = fakeClock(h.createdAt);
    const done: string[] = [];
    const log: string[] = [];
    for (let next = nextFollowUpAt(h, DEFAULT_FOLLOW_UP, done); next && next.getTime() <= Date.parse(until); next = nextFollowUpAt(h, DEFAULT_FOLLOW_UP, done)) {
      if (next.getTime() > clock.now().getTime()) clock.set(next.toISOString());
      const due = planFollowUps(h, clock.now(), DEFAULT_FOLLOW_UP, done);
      if (due.length === 0) throw new Error(`woke at ${clock.now().toISOString()} for nothing`);
      for (const f of due) {
        log.push(`${clock.now().toISOString()} ${f.key}`);
        done.push(f.key);
      }
    }
    return log;
  }

  it('fires every support follow-up once, in order', () => {
    expect(run(handoff('support', FRIDAY_EVENING), '2027-01-01T00:00:00Z')).toEqual([
      '2026-03-31T15:00:00.000Z remind-1',
      '2026-03-31T15:00:00.000Z coordinator-1',
      '2026-04-03T15:00:00.000Z offer-next',
    ]);
  });

  it('fires every complaint follow-up once, in order', () => {
    expect(run(handoff('complaint', '2026-03-05T13:30:00.000Z'), '2027-01-01T00:00:00Z')).toEqual([
      '2026-03-16T08:00:00.000Z complaint-remind',
      '2026-03-19T23:00:00.000Z complaint-overdue',
    ]);
  });
});
