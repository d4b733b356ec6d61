import { main } from '../../../../electron/cli/main';
import type { CliIO } from '../../../../electron/cli/cli-context';

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs `pwb` in-process with captured output. */
export async function pwb(args: string[], env: NodeJS.ProcessEnv = {}): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const io: CliIO = {
    out: (text) => (stdout += text.endsWith('\n') ? text : text + '\n'),
    err: (text) => (stderr += text.endsWith('\n') ? text : text + '\n'),
    env,
    isTTY: false,
  };
  const code = await main(args, io);
  return { code, stdout, stderr };
}
