/** Static data behind the sample tenant's people: offices, departments and a curated list of names. */

export interface Office {
  key: string;
  /** `officeLocation` prefix, e.g. "Seattle HQ". */
  office: string;
  streetAddress: string;
  postalCode: string;
  city: string;
  state: string | null;
  country: string;
  usageLocation: string;
  preferredLanguage: string;
  /** Business-line prefix; a four-digit extension is appended. */
  phonePrefix: string;
  mobilePrefix: string;
  /** Offices whose accounts are synced from on-premises AD (they carry extension attributes). */
  hybrid: boolean;
}

export const OFFICES: readonly Office[] = [
  { key: 'SEA', office: 'Seattle HQ', streetAddress: '1200 Westlake Ave N', postalCode: '98109', city: 'Seattle', state: 'WA', country: 'United States', usageLocation: 'US', preferredLanguage: 'en-US', phonePrefix: '+1 206 555 ', mobilePrefix: '+1 425 555 ', hybrid: true },
  { key: 'NYC', office: 'New York', streetAddress: '11 Times Square', postalCode: '10036', city: 'New York', state: 'NY', country: 'United States', usageLocation: 'US', preferredLanguage: 'en-US', phonePrefix: '+1 212 555 ', mobilePrefix: '+1 917 555 ', hybrid: true },
  { key: 'TOR', office: 'Toronto', streetAddress: '81 Bay Street', postalCode: 'M5J 0E7', city: 'Toronto', state: 'ON', country: 'Canada', usageLocation: 'CA', preferredLanguage: 'en-CA', phonePrefix: '+1 416 555 ', mobilePrefix: '+1 647 555 ', hybrid: false },
  { key: 'LON', office: 'London Paddington', streetAddress: '2 Kingdom Street', postalCode: 'W2 6BD', city: 'London', state: null, country: 'United Kingdom', usageLocation: 'GB', preferredLanguage: 'en-GB', phonePrefix: '+44 20 7946 ', mobilePrefix: '+44 7700 900', hybrid: true },
  { key: 'DUB', office: 'Dublin', streetAddress: '1 Grand Canal Square', postalCode: 'D02 P820', city: 'Dublin', state: null, country: 'Ireland', usageLocation: 'IE', preferredLanguage: 'en-IE', phonePrefix: '+353 1 555 ', mobilePrefix: '+353 85 555 ', hybrid: true },
  { key: 'STO', office: 'Stockholm', streetAddress: 'Regeringsgatan 25', postalCode: '111 53', city: 'Stockholm', state: null, country: 'Sweden', usageLocation: 'SE', preferredLanguage: 'sv-SE', phonePrefix: '+46 8 555 ', mobilePrefix: '+46 70 555 ', hybrid: false },
  { key: 'MUC', office: 'Munich', streetAddress: 'Walter-Gropius-Straße 5', postalCode: '80807', city: 'München', state: 'Bayern', country: 'Germany', usageLocation: 'DE', preferredLanguage: 'de-DE', phonePrefix: '+49 89 555 ', mobilePrefix: '+49 151 555 ', hybrid: true },
  { key: 'PAR', office: 'Paris', streetAddress: '39 Quai du Président Roosevelt', postalCode: '92130', city: 'Issy-les-Moulineaux', state: 'Île-de-France', country: 'France', usageLocation: 'FR', preferredLanguage: 'fr-FR', phonePrefix: '+33 1 55 55 ', mobilePrefix: '+33 6 55 55 ', hybrid: false },
  { key: 'MAD', office: 'Madrid', streetAddress: 'Paseo de la Castellana 79', postalCode: '28046', city: 'Madrid', state: 'Comunidad de Madrid', country: 'Spain', usageLocation: 'ES', preferredLanguage: 'es-ES', phonePrefix: '+34 91 555 ', mobilePrefix: '+34 655 55 ', hybrid: false },
  { key: 'AMS', office: 'Amsterdam', streetAddress: 'Evert van de Beekstraat 354', postalCode: '1118 CZ', city: 'Schiphol', state: 'Noord-Holland', country: 'Netherlands', usageLocation: 'NL', preferredLanguage: 'nl-NL', phonePrefix: '+31 20 555 ', mobilePrefix: '+31 6 5555 ', hybrid: false },
  { key: 'WAW', office: 'Warsaw', streetAddress: 'ul. Chłodna 51', postalCode: '00-867', city: 'Warszawa', state: 'mazowieckie', country: 'Poland', usageLocation: 'PL', preferredLanguage: 'pl-PL', phonePrefix: '+48 22 555 ', mobilePrefix: '+48 601 555 ', hybrid: false },
  { key: 'BLR', office: 'Bengaluru', streetAddress: 'Embassy Golf Links, Block C', postalCode: '560071', city: 'Bengaluru', state: 'Karnataka', country: 'India', usageLocation: 'IN', preferredLanguage: 'en-IN', phonePrefix: '+91 80 5555 ', mobilePrefix: '+91 98450 5', hybrid: false },
  { key: 'TYO', office: 'Tokyo', streetAddress: '2-16-3 Konan, Minato-ku', postalCode: '108-0075', city: 'Tokyo', state: null, country: 'Japan', usageLocation: 'JP', preferredLanguage: 'ja-JP', phonePrefix: '+81 3 5555 ', mobilePrefix: '+81 90 5555 ', hybrid: false },
  { key: 'SAO', office: 'São Paulo', streetAddress: 'Av. Pres. Juscelino Kubitschek, 1909', postalCode: '04543-907', city: 'São Paulo', state: 'SP', country: 'Brazil', usageLocation: 'BR', preferredLanguage: 'pt-BR', phonePrefix: '+55 11 5555 ', mobilePrefix: '+55 11 95555 ', hybrid: false },
  { key: 'SYD', office: 'Sydney', streetAddress: '1 Epping Road', postalCode: '2113', city: 'North Ryde', state: 'NSW', country: 'Australia', usageLocation: 'AU', preferredLanguage: 'en-AU', phonePrefix: '+61 2 5555 ', mobilePrefix: '+61 491 570 ', hybrid: false },
];

export const DEPARTMENTS = [
  'Executive',
  'Sales',
  'Engineering',
  'Marketing',
  'Finance',
  'Human Resources',
  'IT',
  'Operations',
  'Customer Success',
  'Legal',
  'Facilities',
] as const;
export type Department = (typeof DEPARTMENTS)[number];

/** Cost centers, used for `extension_…_costCenter` and on-premises extensionAttribute1. */
export const COST_CENTERS: Record<Department, string> = {
  Executive: 'CC-1000',
  Sales: 'CC-2100',
  Engineering: 'CC-3100',
  Marketing: 'CC-2200',
  Finance: 'CC-1100',
  'Human Resources': 'CC-1200',
  IT: 'CC-3200',
  Operations: 'CC-4100',
  'Customer Success': 'CC-2300',
  Legal: 'CC-1300',
  Facilities: 'CC-4200',
};

/** head: reports to the CEO; lead: reports to the head; staff: reports to the last lead (or head) above it. */
export type Rank = 'ceo' | 'head' | 'lead' | 'staff';

export interface Person {
  given: string;
  surname: string;
  office: string;
  department: Department;
  title: string;
  rank: Rank;
  /** No mailbox (frontline worker without an Exchange licence): `mail` is null. */
  noMail?: true;
  disabled?: true;
  softDeletedDaysAgo?: number;
  /** Joined within the sample's 30-day log window. */
  hiredDaysAgo?: number;
  contractor?: true;
  /** Mail address differs from the UPN (kept after a name change, or written with an apostrophe). */
  mailLocalPart?: string;
  upnLocalPart?: string;
}

export const PEOPLE: readonly Person[] = [
  { given: 'Daniel', surname: 'Okafor', office: 'SEA', department: 'Executive', title: 'Chief Executive Officer', rank: 'ceo' },
  { given: 'Margaret', surname: "O'Brien", office: 'DUB', department: 'Executive', title: 'Chief Operating Officer', rank: 'head', mailLocalPart: "margaret.o'brien" },

  { given: 'Rafael', surname: 'Mendoza', office: 'NYC', department: 'Sales', title: 'VP Sales', rank: 'head' },
  { given: 'Åsa', surname: 'Öberg', office: 'STO', department: 'Sales', title: 'Sales Director EMEA', rank: 'lead' },
  { given: 'Lars', surname: 'Nyström', office: 'STO', department: 'Sales', title: 'Account Executive', rank: 'staff' },
  { given: 'Sophie', surname: 'Laurent', office: 'PAR', department: 'Sales', title: 'Account Executive', rank: 'staff' },
  { given: 'Jean-Luc', surname: 'Moreau-Blanc', office: 'PAR', department: 'Sales', title: 'Senior Account Executive', rank: 'staff' },
  { given: 'Klaus', surname: 'Müller', office: 'MUC', department: 'Sales', title: 'Account Executive', rank: 'staff' },
  { given: 'Chloé', surname: 'Dubois', office: 'PAR', department: 'Sales', title: 'Sales Development Representative', rank: 'staff' },
  { given: 'Tomasz', surname: 'Wiśniewski', office: 'WAW', department: 'Sales', title: 'Account Executive', rank: 'staff' },
  { given: 'Siobhan', surname: 'Kelly', office: 'DUB', department: 'Sales', title: 'Sales Development Representative', rank: 'staff', softDeletedDaysAgo: 6 },
  { given: 'Hannah', surname: 'Schmidt-Weber', office: 'MUC', department: 'Sales', title: 'Sales Operations Analyst', rank: 'staff' },
  { given: 'Jessica', surname: 'Harper', office: 'NYC', department: 'Sales', title: 'Sales Director Americas', rank: 'lead' },
  { given: 'Marcus', surname: 'Johnson', office: 'NYC', department: 'Sales', title: 'Senior Account Executive', rank: 'staff' },
  { given: 'Emily', surname: 'Chen', office: 'SEA', department: 'Sales', title: 'Sales Development Representative', rank: 'staff' },
  { given: 'Lucas', surname: 'Oliveira', office: 'SAO', department: 'Sales', title: 'Account Executive', rank: 'staff', disabled: true },

  { given: 'Priya', surname: 'Raman', office: 'SEA', department: 'Engineering', title: 'VP Engineering', rank: 'head' },
  { given: 'Kenji', surname: 'Watanabe', office: 'TYO', department: 'Engineering', title: 'Engineering Manager', rank: 'lead' },
  { given: 'Yuki', surname: 'Tanaka', office: 'TYO', department: 'Engineering', title: 'Software Engineer', rank: 'staff' },
  { given: 'Haruto', surname: 'Sato', office: 'TYO', department: 'Engineering', title: 'Site Reliability Engineer', rank: 'staff', softDeletedDaysAgo: 19 },
  { given: 'Aditya', surname: 'Sharma', office: 'BLR', department: 'Engineering', title: 'Engineering Manager', rank: 'lead' },
  { given: 'Ananya', surname: 'Iyer', office: 'BLR', department: 'Engineering', title: 'Senior Software Engineer', rank: 'staff' },
  { given: 'Rohan', surname: 'Mehta', office: 'BLR', department: 'Engineering', title: 'QA Engineer', rank: 'staff', disabled: true },
  { given: 'Lakshmi', surname: 'Narayanan', office: 'BLR', department: 'Engineering', title: 'Software Engineer', rank: 'staff' },
  { given: 'Ben', surname: 'Carter', office: 'SEA', department: 'Engineering', title: 'Engineering Manager', rank: 'lead' },
  { given: 'Olivia', surname: 'Martinez', office: 'SEA', department: 'Engineering', title: 'Senior Software Engineer', rank: 'staff' },
  { given: 'Wei', surname: 'Zhang', office: 'SEA', department: 'Engineering', title: 'Principal Engineer', rank: 'staff' },
  { given: 'Lan', surname: 'Nguyễn', office: 'SEA', department: 'Engineering', title: 'Software Engineer', rank: 'staff' },
  { given: 'Mateusz', surname: 'Kowalczyk', office: 'WAW', department: 'Engineering', title: 'Software Engineer', rank: 'staff' },
  { given: 'Zofia', surname: 'Nowak', office: 'WAW', department: 'Engineering', title: 'Site Reliability Engineer', rank: 'staff', hiredDaysAgo: 4 },
  { given: 'Erik', surname: 'Johansson', office: 'STO', department: 'Engineering', title: 'Software Engineer', rank: 'staff', hiredDaysAgo: 25 },
  { given: 'Fatima', surname: 'Al-Sayed', office: 'LON', department: 'Engineering', title: 'Senior Software Engineer', rank: 'staff' },

  { given: 'Isabelle', surname: 'Fournier', office: 'PAR', department: 'Marketing', title: 'Head of Marketing', rank: 'head' },
  { given: 'Noah', surname: 'Williams', office: 'NYC', department: 'Marketing', title: 'Product Marketing Manager', rank: 'staff' },
  { given: 'Sanne', surname: 'de Vries', office: 'AMS', department: 'Marketing', title: 'Content Strategist', rank: 'staff' },
  { given: 'Liam', surname: "O'Connor", office: 'DUB', department: 'Marketing', title: 'Marketing Coordinator', rank: 'staff', disabled: true, mailLocalPart: "liam.o'connor" },
  { given: 'Camila', surname: 'Rodríguez', office: 'MAD', department: 'Marketing', title: 'Brand Designer', rank: 'staff' },
  { given: 'Grace', surname: 'Kim', office: 'TOR', department: 'Marketing', title: 'Product Marketing Manager', rank: 'staff' },
  { given: 'Jonas', surname: 'Bergström', office: 'STO', department: 'Marketing', title: 'Marketing Coordinator', rank: 'staff' },
  { given: 'Amélie', surname: 'Côté', office: 'TOR', department: 'Marketing', title: 'Content Strategist', rank: 'staff', hiredDaysAgo: 18 },

  { given: 'Robert', surname: 'Fitzgerald', office: 'LON', department: 'Finance', title: 'Chief Financial Officer', rank: 'head' },
  { given: 'Ingrid', surname: 'Holm', office: 'STO', department: 'Finance', title: 'Financial Controller', rank: 'lead' },
  { given: 'José', surname: 'Núñez', office: 'MAD', department: 'Finance', title: 'Accountant', rank: 'staff' },
  { given: 'María José', surname: 'García-López', office: 'MAD', department: 'Finance', title: 'Accounts Payable Specialist', rank: 'staff' },
  { given: 'Thomas', surname: 'Becker', office: 'MUC', department: 'Finance', title: 'FP&A Analyst', rank: 'staff' },
  { given: 'Aisha', surname: 'Bello', office: 'LON', department: 'Finance', title: 'Accountant', rank: 'staff' },
  { given: 'Pieter', surname: 'van der Berg', office: 'AMS', department: 'Finance', title: 'Accounts Payable Specialist', rank: 'staff', softDeletedDaysAgo: 11 },
  { given: 'Emma', surname: 'Thompson', office: 'LON', department: 'Finance', title: 'FP&A Analyst', rank: 'staff', upnLocalPart: 'emma.clarke' },

  { given: 'Catherine', surname: 'Moore', office: 'SEA', department: 'Human Resources', title: 'HR Director', rank: 'head' },
  { given: 'Chiara', surname: 'Rossi', office: 'LON', department: 'Human Resources', title: 'HR Business Partner', rank: 'staff' },
  { given: 'Yasmin', surname: 'Haddad', office: 'TOR', department: 'Human Resources', title: 'Talent Acquisition Specialist', rank: 'staff' },
  { given: 'Ewa', surname: 'Zielińska', office: 'WAW', department: 'Human Resources', title: 'Payroll Specialist', rank: 'staff' },
  { given: 'David', surname: 'Levi', office: 'NYC', department: 'Human Resources', title: 'HR Business Partner', rank: 'staff' },

  { given: 'Michael', surname: 'Brennan', office: 'SEA', department: 'IT', title: 'IT Director', rank: 'head' },
  { given: 'Sven', surname: 'Karlsson', office: 'STO', department: 'IT', title: 'Identity Engineer', rank: 'staff' },
  { given: 'Joy', surname: 'Adeyemi', office: 'LON', department: 'IT', title: 'Systems Administrator', rank: 'staff' },
  { given: 'Carlos', surname: 'Alves', office: 'SAO', department: 'IT', title: 'IT Support Specialist', rank: 'staff' },
  { given: 'Anh', surname: 'Tran', office: 'SEA', department: 'IT', title: 'IT Support Specialist', rank: 'staff' },
  { given: 'Tim', surname: 'Dawson', office: 'SYD', department: 'IT', title: 'Systems Administrator', rank: 'staff', disabled: true, contractor: true },

  { given: 'Patrick', surname: 'Murphy', office: 'DUB', department: 'Operations', title: 'Head of Operations', rank: 'head' },
  { given: 'Monika', surname: 'Schneider', office: 'MUC', department: 'Operations', title: 'Operations Manager', rank: 'lead' },
  { given: 'Stefan', surname: 'Wagner', office: 'MUC', department: 'Operations', title: 'Warehouse Associate', rank: 'staff', noMail: true },
  { given: 'Dariusz', surname: 'Lewandowski', office: 'WAW', department: 'Operations', title: 'Logistics Coordinator', rank: 'staff', disabled: true },
  { given: 'Olga', surname: 'Petrović', office: 'MUC', department: 'Operations', title: 'Warehouse Associate', rank: 'staff', noMail: true },
  { given: 'Sean', surname: 'McCarthy', office: 'DUB', department: 'Operations', title: 'Warehouse Associate', rank: 'staff', noMail: true },
  { given: 'Ruth', surname: 'Adebayo', office: 'LON', department: 'Operations', title: 'Logistics Coordinator', rank: 'staff' },
  { given: 'Kwame', surname: 'Mensah', office: 'LON', department: 'Operations', title: 'Warehouse Associate', rank: 'staff', noMail: true },

  { given: 'Laura', surname: 'Sánchez', office: 'MAD', department: 'Customer Success', title: 'Head of Customer Success', rank: 'head' },
  { given: 'Hiroshi', surname: 'Yamamoto', office: 'TYO', department: 'Customer Success', title: 'Customer Success Manager', rank: 'staff' },
  { given: 'Jack', surname: 'Wilson', office: 'SYD', department: 'Customer Success', title: 'Customer Success Manager', rank: 'staff' },
  { given: 'Chloe', surname: 'Nguyen', office: 'SYD', department: 'Customer Success', title: 'Support Engineer', rank: 'staff' },
  { given: 'Arjun', surname: 'Patel', office: 'LON', department: 'Customer Success', title: 'Support Engineer', rank: 'staff' },
  { given: 'Beatriz', surname: 'Costa', office: 'SAO', department: 'Customer Success', title: 'Customer Success Manager', rank: 'staff' },
  { given: 'Ahmed', surname: 'Hassan', office: 'AMS', department: 'Customer Success', title: 'Support Engineer', rank: 'staff', hiredDaysAgo: 9 },

  { given: 'Victoria', surname: 'Ashford', office: 'LON', department: 'Legal', title: 'General Counsel', rank: 'head' },
  { given: 'Eoin', surname: 'Ó Súilleabháin', office: 'DUB', department: 'Legal', title: 'Legal Counsel', rank: 'staff' },
  { given: 'Nadia', surname: 'Kaur', office: 'TOR', department: 'Legal', title: 'Paralegal', rank: 'staff', hiredDaysAgo: 12, contractor: true },

  { given: 'Gregory', surname: 'Hall', office: 'SEA', department: 'Facilities', title: 'Facilities Manager', rank: 'head' },
  { given: 'Maeve', surname: 'Doyle', office: 'DUB', department: 'Facilities', title: 'Workplace Coordinator', rank: 'staff' },
  { given: 'Inès', surname: 'Martin', office: 'PAR', department: 'Facilities', title: 'Receptionist', rank: 'staff', noMail: true },
];

export interface Guest {
  given: string;
  surname: string;
  email: string;
  companyName: string;
  invitedDaysAgo: number;
}

/** B2B guests: UPN `<mail with @ replaced by _>#EXT#@<initial domain>`. */
export const GUESTS: readonly Guest[] = [
  { given: 'Chris', surname: 'Green', email: 'chris.green@fabrikam.com', companyName: 'Fabrikam', invitedDaysAgo: 210 },
  { given: 'Ana', surname: 'Souza', email: 'ana.souza@tailspintoys.com', companyName: 'Tailspin Toys', invitedDaysAgo: 45 },
];

export interface FormerEmployee {
  given: string;
  surname: string;
  department: Department;
  /** Hard-deleted (30 days after the soft delete) this many days ago; gone from the directory since. */
  purgedDaysAgo: number;
  /** Keys of the sample apps that deleted the account in their target when the purge came through. */
  apps: readonly string[];
}

export const FORMER_EMPLOYEES: readonly FormerEmployee[] = [
  { given: 'Noel', surname: 'Fitzpatrick', department: 'Sales', purgedDaysAgo: 23, apps: ['howspace', 'officernd', 'litware-hr'] },
  { given: 'Sara', surname: 'Lindholm', department: 'Engineering', purgedDaysAgo: 16, apps: ['officespace', 'litware-hr'] },
  { given: 'Bartosz', surname: 'Wójcik', department: 'Operations', purgedDaysAgo: 5, apps: ['officernd', 'officespace', 'howspace'] },
  { given: 'Léa', surname: 'Girard', department: 'Marketing', purgedDaysAgo: 2, apps: ['howspace'] },
];
