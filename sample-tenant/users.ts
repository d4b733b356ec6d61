import type { GraphUser, OnPremisesExtensionAttributes } from '../shared/graph/user';
import { localPartFor } from './names';
import type { Office, Person } from './people';
import { COST_CENTERS, GUESTS, OFFICES, PEOPLE } from './people';
import { createRandom, stableGuid } from './random';
import { COST_CENTER_EXTENSION, SAMPLE_COMPANY, SAMPLE_DEFAULT_DOMAIN, SAMPLE_INITIAL_DOMAIN } from './tenant';
import { DAY, HOUR, isoSeconds } from './time';

const EMPTY_EXTENSION_ATTRIBUTES: OnPremisesExtensionAttributes = Object.fromEntries(
  Array.from({ length: 15 }, (_, i) => [`extensionAttribute${i + 1}`, null]),
);

function officeFor(key: string): Office {
  const office = OFFICES.find((candidate) => candidate.key === key);
  if (!office) throw new Error(`Unknown office ${key}`);
  return office;
}

/** The sample's people as Graph returns them (with `$expand=manager`), guests last. */
export function buildUsers(now: Date): GraphUser[] {
  const random = createRandom('sample-users');
  const nowMs = now.getTime();
  const members = PEOPLE.map((person, index) => buildMember(person, index, nowMs, random));
  assignManagers(members);
  const guests = GUESTS.map((guest) => {
    const upn = `${guest.email.replace('@', '_')}#EXT#@${SAMPLE_INITIAL_DOMAIN}`;
    const user: GraphUser = {
      id: stableGuid('user', guest.email),
      userPrincipalName: upn,
      displayName: `${guest.given} ${guest.surname}`,
      givenName: guest.given,
      surname: guest.surname,
      mail: guest.email,
      mailNickname: `${guest.email.replace('@', '_')}#EXT#`,
      accountEnabled: true,
      userType: 'Guest',
      creationType: 'Invitation',
      externalUserState: 'Accepted',
      companyName: guest.companyName,
      department: null,
      jobTitle: null,
      employeeId: null,
      officeLocation: null,
      city: null,
      state: null,
      country: null,
      usageLocation: null,
      preferredLanguage: null,
      mobilePhone: null,
      businessPhones: [],
      otherMails: [guest.email],
      proxyAddresses: [`SMTP:${guest.email}`],
      onPremisesExtensionAttributes: { ...EMPTY_EXTENSION_ATTRIBUTES },
      onPremisesSyncEnabled: null,
      createdDateTime: isoSeconds(nowMs - guest.invitedDaysAgo * DAY - 3 * HOUR),
      deletedDateTime: null,
    };
    return user;
  });
  return [...members, ...guests];
}

function buildMember(person: Person, index: number, nowMs: number, random: ReturnType<typeof createRandom>): GraphUser {
  const office = officeFor(person.office);
  const standardLocalPart = localPartFor(person.given, person.surname);
  const upnLocalPart = person.upnLocalPart ?? standardLocalPart;
  const mailLocalPart = person.mailLocalPart ?? standardLocalPart;
  const mail = person.noMail ? null : `${mailLocalPart}@${SAMPLE_DEFAULT_DOMAIN}`;
  const createdMs =
    person.hiredDaysAgo !== undefined ? nowMs - person.hiredDaysAgo * DAY - 7 * HOUR : nowMs - random.int(120, 2900) * DAY - random.int(0, 23) * HOUR;
  const extension = String(random.int(1000, 9899)).padStart(4, '0');
  const hasMobile = !person.noMail && random.chance(0.8);
  const extensionAttributes: OnPremisesExtensionAttributes = office.hybrid
    ? {
        ...EMPTY_EXTENSION_ATTRIBUTES,
        extensionAttribute1: COST_CENTERS[person.department],
        extensionAttribute2: person.contractor ? 'Contractor' : 'FTE',
        extensionAttribute3: office.key,
        extensionAttribute10: random.chance(0.5) ? `BADGE-${random.int(10000, 99999)}` : null,
      }
    : { ...EMPTY_EXTENSION_ATTRIBUTES };

  const user: GraphUser = {
    id: stableGuid('user', upnLocalPart),
    userPrincipalName: `${upnLocalPart}@${SAMPLE_DEFAULT_DOMAIN}`,
    displayName: `${person.given} ${person.surname}`,
    givenName: person.given,
    surname: person.surname,
    mail,
    mailNickname: upnLocalPart,
    accountEnabled: !person.disabled,
    userType: 'Member',
    department: person.department,
    jobTitle: person.title,
    companyName: person.contractor ? 'Northwind Staffing' : SAMPLE_COMPANY,
    employeeId: person.contractor ? null : String(104_200 + index * 37),
    officeLocation: `${office.office}/${random.int(1, 6)}.${String(random.int(1, 60)).padStart(3, '0')}`,
    streetAddress: office.streetAddress,
    postalCode: office.postalCode,
    city: office.city,
    state: office.state,
    country: office.country,
    usageLocation: office.usageLocation,
    preferredLanguage: person.given === 'Amélie' ? 'fr-CA' : random.chance(0.85) ? office.preferredLanguage : null,
    mobilePhone: hasMobile ? `${office.mobilePrefix}${String(random.int(100, 999))}` : null,
    businessPhones: person.noMail ? [] : [`${office.phonePrefix}${extension}`],
    otherMails: [],
    proxyAddresses: mail ? [`SMTP:${mail}`, `smtp:${upnLocalPart}@${SAMPLE_INITIAL_DOMAIN}`] : [],
    onPremisesExtensionAttributes: extensionAttributes,
    onPremisesSyncEnabled: office.hybrid ? true : null,
    createdDateTime: isoSeconds(createdMs),
    deletedDateTime: person.softDeletedDaysAgo !== undefined ? isoSeconds(nowMs - person.softDeletedDaysAgo * DAY - 5 * HOUR) : null,
  };
  if (index % 5 !== 4) user[COST_CENTER_EXTENSION] = COST_CENTERS[person.department];
  return user;
}

/** CEO at the top, department heads below, leads below heads, staff below the last lead (or head) of their department. */
function assignManagers(users: GraphUser[]): void {
  const ceo = users[PEOPLE.findIndex((person) => person.rank === 'ceo')];
  const heads = new Map<string, GraphUser>();
  const leads = new Map<string, GraphUser>();
  PEOPLE.forEach((person, index) => {
    const user = users[index];
    if (!user || !ceo) return;
    let manager: GraphUser | undefined;
    if (person.rank === 'head') {
      manager = ceo;
      heads.set(person.department, user);
    } else if (person.rank === 'lead') {
      manager = heads.get(person.department) ?? ceo;
      leads.set(person.department, user);
    } else if (person.rank === 'staff') {
      manager = leads.get(person.department) ?? heads.get(person.department) ?? ceo;
    }
    if (manager) user.manager = { id: manager.id, displayName: manager.displayName ?? null };
  });
}
