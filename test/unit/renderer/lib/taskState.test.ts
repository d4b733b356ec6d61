import { describe, expect, it } from 'vitest';
import { progressText, taskReducer, type TaskState } from '../../../../renderer/src/lib/taskState';

const idle: TaskState<number> = { status: 'idle' };
const running = taskReducer(idle, { type: 'start', taskId: 't1', label: 'Importing a.json' });

describe('taskReducer (the state machine behind every task button)', () => {
  it('runs, takes progress for its own task, and ends with the value or the error', () => {
    expect(running).toEqual({ status: 'running', taskId: 't1', label: 'Importing a.json', done: null, total: null });
    const progressed = taskReducer(running, { type: 'progress', taskId: 't1', label: 'Importing a.json (40% of the file read)', done: 1200, total: null });
    expect(progressed).toEqual({ status: 'running', taskId: 't1', label: 'Importing a.json (40% of the file read)', done: 1200, total: null });
    expect(taskReducer(progressed, { type: 'finish', taskId: 't1', result: { ok: true, value: 7 } })).toEqual({ status: 'done', value: 7 });
    expect(taskReducer(progressed, { type: 'finish', taskId: 't1', result: { ok: false, error: { code: 'IO_ERROR', message: 'gone' } } })).toEqual({
      status: 'failed',
      error: { code: 'IO_ERROR', message: 'gone' },
    });
  });

  it('ignores progress and answers of any other task, and progress after the answer', () => {
    expect(taskReducer(running, { type: 'progress', taskId: 't0', label: 'old', done: 5, total: 5 })).toBe(running);
    expect(taskReducer(running, { type: 'finish', taskId: 't0', result: { ok: true, value: 1 } })).toBe(running);
    const done = taskReducer(running, { type: 'finish', taskId: 't1', result: { ok: true, value: 2 } });
    expect(taskReducer(done, { type: 'progress', taskId: 't1', label: 'late', done: 9, total: 9 })).toBe(done);
  });

  it('keeps the label when a progress event has none', () => {
    expect(taskReducer(running, { type: 'progress', taskId: 't1', label: '', done: 3, total: 10 })).toMatchObject({ label: 'Importing a.json', done: 3, total: 10 });
  });

  it('shows a refusal and dismisses an outcome, but never while the task runs', () => {
    const error = { code: 'PAYLOAD_TOO_LARGE' as const, message: 'too big' };
    expect(taskReducer(idle, { type: 'refuse', error })).toEqual({ status: 'failed', error });
    expect(taskReducer(running, { type: 'refuse', error })).toBe(running);
    expect(taskReducer({ status: 'done', value: 1 }, { type: 'dismiss' })).toEqual({ status: 'idle' });
    expect(taskReducer(running, { type: 'dismiss' })).toBe(running);
  });
});

describe('progressText', () => {
  it('says the label before progress, then the count (of the total when known)', () => {
    expect(progressText({ status: 'running', taskId: 't', label: 'Importing a.json', done: null, total: null }, 'records')).toBe('Importing a.json…');
    expect(progressText({ status: 'running', taskId: 't', label: 'Importing a.json', done: 12345, total: null }, 'records')).toBe('Importing a.json: 12,345 records');
    expect(progressText({ status: 'running', taskId: 't', label: 'Reading', done: 2, total: 5 }, '')).toBe('Reading: 2 of 5');
  });
});
