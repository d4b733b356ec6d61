export type StepResult = { ok: true; value?: string } | { ok: false; reason: string };
export interface StartStep {
  key: string;
  name: string;
  run(previous: Record<string, string | undefined>): Promise<StepResult> | StepResult;
}
export type StartPlan = { mode: 'electron'; values: Record<string, string | undefined>; lines: string[] } | { mode: 'browser'; lines: string[] };
export declare function planStart(steps: StartStep[]): Promise<StartPlan>;
