import type { ExprNode } from '../ast';
import { isComplex, isMulti, isNullish, toInteger, toText, type ComplexValue, type Value } from '../values';
import { defineFunction, evalError } from './define';
import { optionalText } from './text';
import type { EvaluationEnvironment, FunctionDefinition } from './types';

/** Windows password-complexity special characters. */
export const SPECIAL_CHARACTERS = '~!@#$%^&*_-+=`|\\(){}[]:;"\'<>,.?/';
const DIGITS = '0123456789';
const UPPER = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
const LOWER = 'abcdefghijklmnopqrstuvwxyz';

function pick(pool: string, env: EvaluationEnvironment): string {
  return pool[Math.min(pool.length - 1, Math.floor(env.random() * pool.length))]!;
}

function guid(env: EvaluationEnvironment): string {
  const hex = Array.from({ length: 32 }, () => Math.floor(env.random() * 16).toString(16));
  hex[12] = '4';
  hex[16] = ((parseInt(hex[16]!, 16) & 3) | 8).toString(16);
  const s = hex.join('');
  return `${s.slice(0, 8)}-${s.slice(8, 12)}-${s.slice(12, 16)}-${s.slice(16, 20)}-${s.slice(20)}`;
}

/** One app-role assignment: objects `{id, value, displayName}` or their JSON text. */
function assignments(value: Value, fn: string): ComplexValue[] {
  const items = isMulti(value) ? value : value === null ? [] : [value];
  return items.map((item) => {
    if (isComplex(item)) return item;
    const text = toText(item, fn, 'appRoleAssignments');
    try {
      const parsed: unknown = JSON.parse(text);
      if (parsed && typeof parsed === 'object' && !Array.isArray(parsed)) return parsed as ComplexValue;
    } catch {
      // plain role text
    }
    return { value: text, displayName: text };
  });
}

const roleValue = (role: ComplexValue): string | null => {
  const v = role['value'] ?? role['displayName'];
  return typeof v === 'string' ? v : null;
};

const roleObject = (role: ComplexValue, displayKey: 'displayName' | 'display'): ComplexValue => ({
  primary: false,
  type: 'WindowsAzureActiveDirectoryRole',
  [displayKey]: typeof role['displayName'] === 'string' ? role['displayName'] : roleValue(role),
  value: roleValue(role),
});

function validateSelectUnique(args: ReadonlyArray<ExprNode | null>): string | undefined {
  return args.length < 2 ? 'SelectUniqueValue: needs at least 2 rules' : undefined;
}

export const IDENTITY_FUNCTIONS: FunctionDefinition[] = [
  defineFunction('Guid', '', { summary: 'A new random GUID (lower-case).', volatile: true }, (_args, env) => guid(env)),
  defineFunction(
    'RandomString',
    'Length MinimumNumbers MinimumSpecialCharacters MinimumCapital MinimumLowerCase CharactersToAvoid?',
    { summary: 'A random string with minimum counts of digits, special, upper- and lower-case characters.', volatile: true },
    ([length, digits, special, upper, lower, avoid], env) => {
      const n = toInteger(length ?? null, 'RandomString', 'Length');
      const mins = [digits, special, upper, lower].map((v, i) => toInteger(v ?? null, 'RandomString', ['MinimumNumbers', 'MinimumSpecialCharacters', 'MinimumCapital', 'MinimumLowerCase'][i]!));
      if (n > 256) throw evalError('RandomString', 'Length exceeds 256');
      if (n < 1) throw evalError('RandomString', 'Length must be 1 or more');
      if (mins.some((m) => m < 0)) throw evalError('RandomString', 'minimum counts must not be negative');
      if (mins.reduce((a, b) => a + b, 0) > n) throw evalError('RandomString', 'the minimum counts add up to more than Length');
      const excluded = optionalText(avoid, 'RandomString', 'CharactersToAvoid') ?? '';
      const pools = [DIGITS, SPECIAL_CHARACTERS, UPPER, LOWER].map((pool) => Array.from(pool).filter((c) => !excluded.includes(c)).join(''));
      const all = pools.join('');
      if (all === '') throw evalError('RandomString', 'CharactersToAvoid excludes every character');
      const chars: string[] = [];
      pools.forEach((pool, i) => {
        if (mins[i]! > 0 && pool === '') throw evalError('RandomString', 'CharactersToAvoid excludes a required character class');
        for (let k = 0; k < mins[i]!; k++) chars.push(pick(pool, env));
      });
      while (chars.length < n) chars.push(pick(all, env));
      for (let i = chars.length - 1; i > 0; i--) {
        const j = Math.floor(env.random() * (i + 1));
        [chars[i], chars[j]] = [chars[j]!, chars[i]!];
      }
      return chars.join('');
    },
  ),
  defineFunction(
    'SelectUniqueValue',
    'uniqueValueRule+',
    { summary: 'The first rule value not already used in the target (AD targets only).', validate: validateSelectUnique, volatile: true },
    (rules, env) => {
      for (const rule of rules) {
        if (rule === undefined || isNullish(rule)) continue;
        const candidate = toText(rule, 'SelectUniqueValue', 'rule');
        if (candidate === '') continue;
        if (!env.targetValueExists(candidate)) return candidate;
      }
      throw evalError('SelectUniqueValue', 'all candidates exist in target; entry escrowed');
    },
  ),
  // Decision §11.20: the role's `value` (falling back to displayName); no assignment gives null.
  defineFunction('SingleAppRoleAssignment', 'source', { summary: "The user's single app role for this app." }, ([source]) => {
    const roles = assignments(source ?? null, 'SingleAppRoleAssignment');
    if (roles.length > 1) throw evalError('SingleAppRoleAssignment', `no more than one app role assignment expected, found ${roles.length}`);
    return roles.length === 1 ? roleValue(roles[0]!) : null;
  }),
  // Decision: no assignments gives null (nothing to add); the assertive variant replaces, so it sends [].
  defineFunction('AppRoleAssignmentsComplex', 'source', { summary: 'Every app role as a SCIM role object (primary false).' }, ([source]) => {
    const roles = assignments(source ?? null, 'AppRoleAssignmentsComplex');
    return roles.length === 0 ? null : roles.map((role) => roleObject(role, 'displayName'));
  }),
  defineFunction('AssertiveAppRoleAssignmentsComplex', 'source', { summary: 'Like AppRoleAssignmentsComplex, but PATCH replaces the roles on the target.', status: 'undocumented' }, ([source]) =>
    assignments(source ?? null, 'AssertiveAppRoleAssignmentsComplex').map((role) => roleObject(role, 'display')),
  ),
  defineFunction('AppRoleAssignments', 'source', { summary: 'The values of every app role assignment.', status: 'undocumented' }, ([source]) => {
    const roles = assignments(source ?? null, 'AppRoleAssignments');
    return roles.length === 0 ? null : roles.map(roleValue);
  }),
  defineFunction('DefaultDomain', '', { summary: "The tenant's default verified domain.", status: 'undocumented' }, (_args, env) => {
    if (!env.defaultDomain) throw evalError('DefaultDomain', 'the tenant default domain is not known here');
    return env.defaultDomain;
  }),
];
