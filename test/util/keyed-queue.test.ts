import { describe, expect, it } from 'vitest';
import { createKeyedQueue } from '../../src/util/keyed-queue.js';

const later = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('createKeyedQueue', () => {
  it('runs one key\'s jobs in order and other keys alongside, and a failure stops only its own job', async () => {
    const queue = createKeyedQueue();
    const log: string[] = [];
    const job = (name: string, ms: number, fail = false) => async () => {
      log.push(`start ${name}`);
      await later(ms);
      log.push(`end ${name}`);
      if (fail) throw new Error(name);
      return name;
    };
    const a1 = queue.run('a', job('a1', 30, true));
    const a2 = queue.run('a', job('a2', 1));
    const b1 = queue.run('b', job('b1', 1));
    await expect(a1).rejects.toThrow('a1');
    expect(await a2).toBe('a2');
    expect(await b1).toBe('b1');
    expect(log.indexOf('end a1')).toBeLessThan(log.indexOf('start a2'));
    expect(log.indexOf('end b1')).toBeLessThan(log.indexOf('end a1'));
    await queue.idle();
  });

  it('is idle only after every queued job settled', async () => {
    const queue = createKeyedQueue();
    let done = false;
    void queue.run('x', async () => {
      await later(20);
      done = true;
    });
    await queue.idle();
    expect(done).toBe(true);
  });
});
