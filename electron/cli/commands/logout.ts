import { parseArgs } from 'node:util';
import { UsageError, type CliIO } from '../cli-context';
import { LOGIN_HELP } from '../help';
import { createCliAuth } from './login';

/** `pwb logout [--account NAME|ID] [--all]`: forgets the account's tokens (default: the active account). */
export async function logoutCommand(args: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { account: { type: 'string' }, all: { type: 'boolean' }, 'data-dir': { type: 'string' }, help: { type: 'boolean', short: 'h' } },
  });
  if (values.help) return io.out(LOGIN_HELP), 0;
  if (positionals.length) throw new UsageError('logout takes no arguments.');
  const auth = createCliAuth(io, values['data-dir']);
  const accounts = await auth.accounts();
  const targets = values.all
    ? accounts
    : accounts.filter((account) => (values.account ? account.username.toLowerCase() === values.account.toLowerCase() || account.homeAccountId === values.account : account.active));
  if (targets.length === 0) {
    io.err(values.account ? `pwb: no signed-in account "${values.account}".` : 'Nobody is signed in.');
    return values.account ? 5 : 0;
  }
  for (const account of targets) {
    await auth.signOut(account.homeAccountId);
    io.out(`Signed out ${account.username}.`);
  }
  return 0;
}
