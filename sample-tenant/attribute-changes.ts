import { DEPARTMENTS, PEOPLE } from './people';
import type { Random } from './random';

const TITLES = [...new Set(PEOPLE.map((person) => person.title))];
const EARLIER_SURNAMES = ['Smith', 'Lindgren', 'Keller', 'Moreau', 'Santos', 'Walsh', 'Kowalski', 'Fischer', 'Bakker', 'Reyes'];

/** Source attributes whose changes make plausible update records, with a believable earlier value. */
export const CHANGEABLE_ATTRIBUTES = [
  'jobTitle',
  'department',
  'mobile',
  'telephoneNumber',
  'surname',
  'displayName',
  'physicalDeliveryOfficeName',
  'mail',
  'userPrincipalName',
  'manager',
] as const;

export function isChangeable(name: string): boolean {
  return (CHANGEABLE_ATTRIBUTES as readonly string[]).includes(name);
}

/** A value the attribute could have had before its current one (never equal to it). */
export function earlierValue(attribute: string, current: string, random: Random): string | null {
  switch (attribute) {
    case 'jobTitle':
      return random.pick(TITLES.filter((title) => title !== current));
    case 'department':
      return random.pick(DEPARTMENTS.filter((department) => department !== current));
    case 'mobile':
    case 'telephoneNumber':
      return current.replace(/\d{2}$/, (digits) => String((Number(digits) + random.int(1, 98)) % 100).padStart(2, '0'));
    case 'surname':
      return random.pick(EARLIER_SURNAMES.filter((surname) => surname !== current));
    case 'displayName': {
      const given = current.split(' ')[0] ?? current;
      return `${given} ${random.pick(EARLIER_SURNAMES)}`;
    }
    case 'physicalDeliveryOfficeName':
      return current.replace(/\/(\d)\./, (_, floor: string) => `/${(Number(floor) % 6) + 1}.`);
    case 'mail':
    case 'userPrincipalName': {
      const [local, domain] = current.split('@');
      return domain ? `${local?.split('.')[0] ?? local}.${random.pick(EARLIER_SURNAMES).toLowerCase()}@${domain}` : null;
    }
    default:
      return null;
  }
}
