import { describe, expect, it } from 'vitest';
import type { CliIO } from '../../../../../electron/cli/cli-context';
import { UsageError } from '../../../../../electron/cli/cli-context';
import { parseTrialArgs } from '../../../../../electron/cli/commands/trial-args';

const io = (env: NodeJS.ProcessEnv = {}): CliIO => ({ out: () => undefined, err: () => undefined, env, isTTY: false });
const parse = (args: string[], env?: NodeJS.ProcessEnv) => parseTrialArgs(['--app', 'Howspace', ...args], io(env));
const usage = (args: string[]) => {
  try {
    parse(args);
  } catch (error) {
    expect(error).toBeInstanceOf(UsageError);
    return (error as Error).message;
  }
  throw new Error('expected a usage error');
};

describe('parseTrialArgs', () => {
  it('defaults to the first scenario against the local endpoint', () => {
    const args = parse(['--user', 'a@contoso.com']);
    expect(args).toMatchObject({ app: 'Howspace', scenario: 'first', set: undefined, target: { kind: 'local', profileId: undefined }, dialect: 'default', dryRun: false, format: 'text' });
    expect(args.subject).toEqual({ kind: 'User', ref: 'a@contoso.com', members: [] });
  });

  it('reads --set ATTR=VALUE, keeps "=" inside the value, and clears with ATTR=', () => {
    expect(parse(['--user', 'a', '--scenario', 'change', '--set', 'department=R=D', '--set', 'mobile=']).set).toEqual({ department: 'R=D', mobile: null });
    expect(usage(['--user', 'a', '--scenario', 'change', '--set', 'department'])).toBe('--set takes ATTR=VALUE (ATTR= clears it), not "department".');
  });

  it('takes the token from PWB_SCIM_TOKEN and the dialect from the Tenant URL flag', () => {
    const args = parse(['--user', 'a', '--scim-url', 'https://scim.example.com/v2?aadOptscim062020', '--yes'], { PWB_SCIM_TOKEN: 't' });
    expect(args.target).toEqual({ kind: 'url', baseUrl: 'https://scim.example.com/v2?aadOptscim062020', host: 'scim.example.com', token: 't', confirmed: true });
    expect(args.dialect).toBe('aadOptscim062020');
    expect(parse(['--user', 'a', '--scim-url', 'https://scim.example.com/v2?aadOptscim062020', '--token', 't', '--yes', '--dialect', 'default']).dialect).toBe('default');
  });

  it('refuses flags that do not go together', () => {
    expect(usage(['--user', 'a', '--scim-url', 'https://x.example.com', '--dry-run'])).toBe('--scim-url needs the service\'s bearer token: --token T or PWB_SCIM_TOKEN.');
    expect(usage(['--user', 'a', '--scim-url', 'not a url', '--token', 't'])).toBe('--scim-url must be a URL such as https://scim.example.com/scim/v2, not "not a url".');
    expect(usage(['--user', 'a', '--local', '--scim-url', 'https://x.example.com', '--token', 't', '--yes'])).toBe('give --local or --scim-url URL, not both.');
    expect(usage(['--user', 'a', '--profile', 'acme'])).toBe('unknown profile "acme" (one of generic, howspace, officernd, officespace).');
    expect(usage(['--user', 'a', '--member', 'b'])).toBe('--member goes with --group (the members of the group to provision with it).');
    expect(usage(['--user', 'a', '--role', 'Admin'])).toBe('--role goes with --scenario role-change.');
    expect(usage(['--group', 'g', '--scenario', 'group-add', '--join-group', 'x'])).toBe('--join-group goes with --user and --scenario group-add or group-remove.');
    expect(usage(['--user', 'a', '--scenario', 'group-add', '--join-user', 'x'])).toBe('--join-user goes with --group and --scenario group-add or group-remove.');
    expect(usage(['--user', 'a', '--dialect', 'v1'])).toBe('--dialect must be default or aadOptscim062020, not "v1".');
    expect(usage(['--user', 'a', '--snapshot', 'f.json', '--tenant', 't'])).toBe('give --snapshot FILE or --tenant ID, not both.');
  });
});
