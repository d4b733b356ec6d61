import type { Result, ResultError } from '../../../shared/ipc/result';

/** A long piece of work the UI started (an import, a pull, a refresh), from start to outcome. */
export type TaskState<T> =
  | { status: 'idle' }
  | { status: 'running'; taskId: string; label: string; done: number | null; total: number | null }
  | { status: 'done'; value: T }
  | { status: 'failed'; error: ResultError };

export type TaskAction<T> =
  | { type: 'start'; taskId: string; label: string }
  | { type: 'progress'; taskId: string; label: string; done: number; total: number | null }
  | { type: 'finish'; taskId: string; result: Result<T> }
  | { type: 'refuse'; error: ResultError }
  | { type: 'dismiss' };

/**
 * The one state machine behind every task button. Progress and outcomes of any task but the running
 * one are ignored, so an event that arrives after the answer cannot bring the progress back.
 */
export function taskReducer<T>(state: TaskState<T>, action: TaskAction<T>): TaskState<T> {
  switch (action.type) {
    case 'start':
      return { status: 'running', taskId: action.taskId, label: action.label, done: null, total: null };
    case 'progress':
      if (state.status !== 'running' || state.taskId !== action.taskId) return state;
      return { ...state, label: action.label || state.label, done: action.done, total: action.total };
    case 'finish':
      if (state.status !== 'running' || state.taskId !== action.taskId) return state;
      return action.result.ok ? { status: 'done', value: action.result.value } : { status: 'failed', error: action.result.error };
    case 'refuse':
      return state.status === 'running' ? state : { status: 'failed', error: action.error };
    case 'dismiss':
      return state.status === 'running' ? state : { status: 'idle' };
  }
}

/** "Importing a.json: 1,234 records" while running; the label alone before the first progress. */
export function progressText(state: Extract<TaskState<unknown>, { status: 'running' }>, unit: string): string {
  if (state.done === null) return `${state.label}…`;
  const count = state.total ? `${state.done.toLocaleString()} of ${state.total.toLocaleString()}` : state.done.toLocaleString();
  return `${state.label}: ${count}${unit ? ` ${unit}` : ''}`;
}
