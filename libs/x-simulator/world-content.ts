/**
 * The vocabulary of the demo world: fictional companies (on the reserved `.example` domain),
 * people's names, cities, roles, and the post templates each kind of account writes from.
 * Templates use `{slot}` placeholders that the generator fills; every slot a template uses must be
 * given, or generation throws, so a typo shows up in the determinism test at once.
 */

export type Industry =
  | 'fintech'
  | 'climate tech'
  | 'healthtech'
  | 'SaaS'
  | 'developer tools'
  | 'media'
  | 'edtech'
  | 'cybersecurity'
  | 'logistics'
  | 'e-commerce';

export const INDUSTRY_TAGS: Record<Industry, string> = {
  fintech: 'fintech',
  'climate tech': 'climatetech',
  healthtech: 'healthtech',
  SaaS: 'SaaS',
  'developer tools': 'devtools',
  media: 'media',
  edtech: 'edtech',
  cybersecurity: 'cybersecurity',
  logistics: 'logistics',
  'e-commerce': 'ecommerce',
};

export interface CompanySeed {
  name: string;
  handle: string;
  industry: Industry;
  city: string;
  mission: string;
  product: string;
}

export const COMPANY_SEEDS: readonly CompanySeed[] = [
  {
    name: 'Acme',
    handle: 'acme',
    industry: 'SaaS',
    city: 'Austin',
    mission: 'make payroll painless for small teams',
    product: 'Acme Payroll',
  },
  {
    name: 'Northwind',
    handle: 'northwindhq',
    industry: 'SaaS',
    city: 'Seattle',
    mission: 'help operations teams see every order in one place',
    product: 'Northwind Ops',
  },
  {
    name: 'Taskflow',
    handle: 'taskflow',
    industry: 'SaaS',
    city: 'Denver',
    mission: 'turn messy projects into clear plans',
    product: 'Taskflow Boards',
  },
  {
    name: 'Brightdesk',
    handle: 'brightdesk',
    industry: 'SaaS',
    city: 'Chicago',
    mission: 'give support teams superpowers',
    product: 'Brightdesk Inbox',
  },
  {
    name: 'Cloudnest',
    handle: 'cloudnest',
    industry: 'SaaS',
    city: 'Toronto',
    mission: 'make file sharing safe for regulated industries',
    product: 'Cloudnest Vault',
  },
  {
    name: 'Ledgerly',
    handle: 'ledgerly',
    industry: 'fintech',
    city: 'New York',
    mission: 'close the books in hours, not weeks',
    product: 'Ledgerly Close',
  },
  {
    name: 'Paywise',
    handle: 'paywise',
    industry: 'fintech',
    city: 'Atlanta',
    mission: 'make cross-border payments cheap and instant',
    product: 'Paywise Transfers',
  },
  {
    name: 'Brightvault',
    handle: 'brightvault',
    industry: 'fintech',
    city: 'London',
    mission: 'help first-time investors build wealth',
    product: 'Brightvault Invest',
  },
  {
    name: 'Tallybank',
    handle: 'tallybank',
    industry: 'fintech',
    city: 'Miami',
    mission: 'bank the small businesses big banks ignore',
    product: 'Tally Business Checking',
  },
  {
    name: 'Mintpath',
    handle: 'mintpath',
    industry: 'fintech',
    city: 'San Francisco',
    mission: 'make credit fair for people with thin files',
    product: 'Mintpath Card',
  },
  {
    name: 'Greenloop',
    handle: 'greenloop',
    industry: 'climate tech',
    city: 'Portland',
    mission: 'turn food waste into clean energy',
    product: 'Greenloop Digesters',
  },
  {
    name: 'Solstice Grid',
    handle: 'solsticegrid',
    industry: 'climate tech',
    city: 'Denver',
    mission: 'balance the grid with home batteries',
    product: 'Solstice VPP',
  },
  {
    name: 'Carbonix',
    handle: 'carbonix',
    industry: 'climate tech',
    city: 'Boston',
    mission: 'measure and cut industrial emissions',
    product: 'Carbonix Meter',
  },
  {
    name: 'Tidewater Energy',
    handle: 'tidewaterenrgy',
    industry: 'climate tech',
    city: 'Raleigh',
    mission: 'bring offshore wind to the East Coast',
    product: 'Tidewater Wind',
  },
  {
    name: 'Heliowatt',
    handle: 'heliowatt',
    industry: 'climate tech',
    city: 'Los Angeles',
    mission: 'put solar on every rented roof',
    product: 'Heliowatt Share',
  },
  {
    name: 'Medisync',
    handle: 'medisync',
    industry: 'healthtech',
    city: 'Boston',
    mission: 'get lab results to patients the same day',
    product: 'Medisync Results',
  },
  {
    name: 'Carewell',
    handle: 'carewellhealth',
    industry: 'healthtech',
    city: 'Nashville',
    mission: 'make home care easy to coordinate',
    product: 'Carewell Home',
  },
  {
    name: 'Pulsepoint Health',
    handle: 'pulsepointhq',
    industry: 'healthtech',
    city: 'Minneapolis',
    mission: 'catch heart problems before they become emergencies',
    product: 'Pulsepoint Monitor',
  },
  {
    name: 'Vitalia',
    handle: 'vitaliahealth',
    industry: 'healthtech',
    city: 'San Diego',
    mission: 'make mental health care affordable',
    product: 'Vitalia Therapy',
  },
  {
    name: 'Stackforge',
    handle: 'stackforge',
    industry: 'developer tools',
    city: 'San Francisco',
    mission: 'make CI pipelines fast and boring',
    product: 'Stackforge CI',
  },
  {
    name: 'Codeharbor',
    handle: 'codeharbor',
    industry: 'developer tools',
    city: 'Berlin',
    mission: 'make code review a joy',
    product: 'Codeharbor Review',
  },
  {
    name: 'Shipyard Labs',
    handle: 'shipyardlabs',
    industry: 'developer tools',
    city: 'Seattle',
    mission: 'let any team deploy on Friday afternoon',
    product: 'Shipyard Deploy',
  },
  {
    name: 'Gitwise',
    handle: 'gitwise',
    industry: 'developer tools',
    city: 'Amsterdam',
    mission: 'help engineers understand unfamiliar codebases',
    product: 'Gitwise Search',
  },
  {
    name: 'Logline',
    handle: 'loglinehq',
    industry: 'developer tools',
    city: 'Dublin',
    mission: 'make observability affordable',
    product: 'Logline Traces',
  },
  {
    name: 'Lumen Media',
    handle: 'lumenmedia',
    industry: 'media',
    city: 'New York',
    mission: 'fund local journalism with smart subscriptions',
    product: 'Lumen Local',
  },
  {
    name: 'Broadsheet Digital',
    handle: 'broadsheetdgtl',
    industry: 'media',
    city: 'Chicago',
    mission: 'build the newsroom tools of the next decade',
    product: 'Broadsheet CMS',
  },
  {
    name: 'Learnwell',
    handle: 'learnwell',
    industry: 'edtech',
    city: 'Austin',
    mission: 'give every teacher a tutor for every student',
    product: 'Learnwell Tutor',
  },
  {
    name: 'Fortline',
    handle: 'fortline',
    industry: 'cybersecurity',
    city: 'Washington',
    mission: 'stop phishing before anyone clicks',
    product: 'Fortline Shield',
  },
  {
    name: 'Routewise',
    handle: 'routewise',
    industry: 'logistics',
    city: 'Atlanta',
    mission: 'cut empty truck miles in half',
    product: 'Routewise Dispatch',
  },
  {
    name: 'Basketly',
    handle: 'basketly',
    industry: 'e-commerce',
    city: 'Los Angeles',
    mission: 'help independent shops compete online',
    product: 'Basketly Storefront',
  },
  {
    name: 'Quillstack',
    handle: 'quillstack',
    industry: 'SaaS',
    city: 'Remote',
    mission: 'make docs the place decisions live',
    product: 'Quillstack Docs',
  },
  {
    name: 'Harborline',
    handle: 'harborline',
    industry: 'logistics',
    city: 'Oakland',
    mission: 'make freight tracking real-time',
    product: 'Harborline Track',
  },
  {
    name: 'Sentrybyte',
    handle: 'sentrybyte',
    industry: 'cybersecurity',
    city: 'Tel Aviv',
    mission: 'find leaked secrets in minutes',
    product: 'Sentrybyte Scan',
  },
  {
    name: 'Classcraft Labs',
    handle: 'classcraftlabs',
    industry: 'edtech',
    city: 'Montreal',
    mission: 'make coding class feel like a game',
    product: 'Classcraft Code',
  },
  {
    name: 'Openfolio',
    handle: 'openfolio',
    industry: 'fintech',
    city: 'Chicago',
    mission: 'make retirement plans simple for gig workers',
    product: 'Openfolio 401k',
  },
  {
    name: 'Verdant Analytics',
    handle: 'verdantdata',
    industry: 'climate tech',
    city: 'Vancouver',
    mission: 'price climate risk for every building',
    product: 'Verdant Risk',
  },
];

export interface City {
  city: string;
  region: string;
  /** The hashtag locals use, without #. */
  tag: string;
}

export const CITIES: readonly City[] = [
  { city: 'Austin', region: 'TX', tag: 'ATX' },
  { city: 'Denver', region: 'CO', tag: 'Denver' },
  { city: 'New York', region: 'NY', tag: 'NYC' },
  { city: 'San Francisco', region: 'CA', tag: 'SF' },
  { city: 'Seattle', region: 'WA', tag: 'Seattle' },
  { city: 'Chicago', region: 'IL', tag: 'Chicago' },
  { city: 'Boston', region: 'MA', tag: 'Boston' },
  { city: 'Atlanta', region: 'GA', tag: 'ATL' },
  { city: 'Los Angeles', region: 'CA', tag: 'LA' },
  { city: 'Portland', region: 'OR', tag: 'PDX' },
  { city: 'Raleigh', region: 'NC', tag: 'Raleigh' },
  { city: 'Miami', region: 'FL', tag: 'Miami' },
  { city: 'Minneapolis', region: 'MN', tag: 'MSP' },
  { city: 'Nashville', region: 'TN', tag: 'Nashville' },
  { city: 'Washington', region: 'DC', tag: 'DC' },
  { city: 'Toronto', region: 'ON', tag: 'Toronto' },
  { city: 'London', region: 'UK', tag: 'London' },
  { city: 'Berlin', region: 'Germany', tag: 'Berlin' },
  { city: 'Dublin', region: 'Ireland', tag: 'Dublin' },
  { city: 'Lagos', region: 'Nigeria', tag: 'Lagos' },
  { city: 'Bangalore', region: 'India', tag: 'Bangalore' },
  { city: 'Madrid', region: 'Spain', tag: 'Madrid' },
  { city: 'São Paulo', region: 'Brazil', tag: 'SaoPaulo' },
  { city: 'Paris', region: 'France', tag: 'Paris' },
  { city: 'Nairobi', region: 'Kenya', tag: 'Nairobi' },
];

export const FIRST_NAMES: readonly string[] = [
  'Maria',
  'James',
  'Aisha',
  'Wei',
  'Carlos',
  'Priya',
  'David',
  'Fatima',
  'Liam',
  'Sofia',
  'Noah',
  'Amara',
  'Ethan',
  'Yuki',
  'Mateo',
  'Chloe',
  'Omar',
  'Grace',
  'Lucas',
  'Zara',
  'Daniel',
  'Mei',
  'Isaac',
  'Ana',
  'Kwame',
  'Emily',
  'Ravi',
  'Olivia',
  'Diego',
  'Hannah',
  'Samuel',
  'Leila',
  'Jonah',
  'Nadia',
  'Tomás',
  'Ruth',
  'Arjun',
  'Elena',
  'Marcus',
  'Ines',
  'Kofi',
  'Julia',
  'Hiro',
  'Camila',
  'Ben',
  'Anika',
  'Andre',
  'Laura',
  'Tariq',
  'Sara',
  'Jamal',
  'Emma',
  'Kenji',
  'Lucia',
  'Felix',
  'Ngozi',
  'Sam',
  'Mira',
  'Victor',
  'Alina',
  'Oscar',
  'Jade',
  'Rahul',
  'Nina',
  'Elijah',
  'Keisha',
  'Pablo',
  'Chen',
  'Rosa',
  'Malik',
  'Tessa',
  'Ivan',
  'Dana',
  'Yusuf',
  'Clara',
  'Leo',
  'Maya',
  'Theo',
  'Asha',
  'Gabriel',
  'Imani',
  'Jin',
  'Lena',
  'Adrian',
  'Bianca',
  'Kai',
  'Nora',
  'Ezra',
  'Lina',
  'Ahmed',
  'Erin',
  'Joaquín',
  'Ada',
  'Rohan',
  'Stella',
  'Dev',
  'Hana',
  'Miles',
  'Zoe',
  'Tunde',
];

export const LAST_NAMES: readonly string[] = [
  'Garcia',
  'Smith',
  'Okafor',
  'Zhang',
  'Rodriguez',
  'Patel',
  'Kim',
  'Hassan',
  'Nguyen',
  'Rossi',
  'Johnson',
  'Mensah',
  'Tanaka',
  'Silva',
  'Brown',
  'Cohen',
  'Lopez',
  'Singh',
  'Williams',
  'Ali',
  'Martin',
  'Chen',
  'Dubois',
  'Adeyemi',
  'Walker',
  'Sato',
  'Fernandez',
  'Khan',
  'Murphy',
  'Park',
  'Schmidt',
  'Lee',
  'Moreno',
  'Gupta',
  'Taylor',
  'Ivanova',
  'Davis',
  'Mwangi',
  'Wilson',
  'Costa',
  'Anderson',
  'Yamamoto',
  'Reyes',
  'Sharma',
  'Thomas',
  'Osei',
  'Moore',
  'Lin',
  'Jackson',
  'Ortiz',
  'White',
  'Nakamura',
  'Diaz',
  'Bose',
  'Harris',
  'Eze',
  'Clark',
  'Wang',
  'Lewis',
  'Romero',
  'Young',
  'Kowalski',
  'Hall',
  'Torres',
  'Allen',
  'Novak',
  'King',
  'Flores',
  'Wright',
  'Ramos',
  'Scott',
  'Iyer',
  'Green',
  'Mendes',
  'Baker',
  'Abara',
  'Adams',
  'Castro',
  'Nelson',
  'Hughes',
  'Carter',
  'Wu',
  'Mitchell',
  'Vargas',
  'Perez',
  'Demir',
  'Roberts',
  'Lam',
  'Turner',
  'Ncube',
  'Phillips',
  'Ortega',
  'Campbell',
  'Huang',
  'Parker',
  'Bello',
  'Evans',
  'Sousa',
  'Edwards',
  'Fox',
];

export interface RoleFamily {
  field: string;
  titles: readonly string[];
  tech: readonly string[];
}

export const ROLE_FAMILIES: readonly RoleFamily[] = [
  {
    field: 'data',
    titles: [
      'Data Engineer',
      'Data Analyst',
      'Data Scientist',
      'Analytics Engineer',
      'Machine Learning Engineer',
    ],
    tech: ['SQL', 'dbt', 'Python', 'Spark', 'Airflow', 'Snowflake', 'pandas'],
  },
  {
    field: 'frontend',
    titles: ['Frontend Engineer', 'UI Engineer', 'Full Stack Engineer'],
    tech: ['React', 'TypeScript', 'Next.js', 'CSS', 'Svelte', 'Vue'],
  },
  {
    field: 'backend',
    titles: [
      'Backend Engineer',
      'Software Engineer',
      'Platform Engineer',
      'Site Reliability Engineer',
    ],
    tech: ['Go', 'Rust', 'Java', 'Kotlin', 'Postgres', 'Kubernetes', 'Node.js'],
  },
  {
    field: 'design',
    titles: ['Product Designer', 'UX Researcher', 'Design Systems Engineer'],
    tech: ['Figma', 'user research', 'prototyping', 'accessibility'],
  },
  {
    field: 'product',
    titles: ['Product Manager', 'Technical Program Manager', 'Product Operations Manager'],
    tech: ['roadmapping', 'SQL', 'experimentation', 'user interviews'],
  },
  {
    field: 'security',
    titles: ['Security Engineer', 'Application Security Engineer', 'Security Analyst'],
    tech: ['threat modeling', 'SIEM', 'cloud security', 'pentesting'],
  },
  {
    field: 'devrel',
    titles: ['Developer Advocate', 'Technical Writer', 'Solutions Engineer'],
    tech: ['docs', 'demos', 'public speaking', 'APIs'],
  },
  {
    field: 'go-to-market',
    titles: [
      'Customer Success Manager',
      'Account Executive',
      'Growth Marketing Manager',
      'Sales Development Representative',
    ],
    tech: ['HubSpot', 'Salesforce', 'SEO', 'lifecycle marketing'],
  },
];

export const SENIORITIES: readonly (readonly [string, number])[] = [
  ['', 5],
  ['Senior ', 4],
  ['Junior ', 2],
  ['Staff ', 1],
  ['Lead ', 1],
];

export const WORK_MODES = ['remote', 'hybrid', 'on-site'] as const;
export type WorkMode = (typeof WORK_MODES)[number];

export interface CultureTheme {
  key: string;
  label: string;
  templates: readonly string[];
}

/** Slots: {company} {handle} {city} {n} {m} {team} {feature} {year} {colleague}. */
export const CULTURE_THEMES: readonly CultureTheme[] = [
  {
    key: 'remote-work',
    label: 'remote work',
    templates: [
      'Our {team} team is spread across {n} time zones. Async by default, meetings only when they matter. #remotework',
      'We just wrapped our annual offsite in {city}. The rest of the year we are fully remote, and we like it that way. #remotework',
      'Remote at {company} means a home-office stipend, no-meeting Wednesdays and written decisions everyone can find. #remotework',
      'People ask how a remote team stays connected. For us: weekly demos, a very busy #random channel and a lot of trust.',
      'Hot take from our CTO: remote work only works if writing is a first-class skill. So we hire for it. #remotework',
      'Work from anywhere is real here: {n} of us changed countries this year and nobody had to ask permission. #remotefirst',
    ],
  },
  {
    key: 'learning',
    label: 'learning',
    templates: [
      'Every {company} employee gets a ${n},000 learning budget. This quarter the team spent it on conferences, courses and a lot of books. #learning',
      'Friday lunch-and-learn: {colleague} walked us through how our {team} pipeline handles two billion events a day.',
      'We promote from within: {n}0% of our engineering managers started as individual contributors here. #careergrowth',
      'New this year: every new hire at {company} gets a learning buddy from a different team for their first 90 days. #learning',
      'Our book club just finished its {n}th book. Next up: a deep dive on distributed systems. #alwayslearning',
    ],
  },
  {
    key: 'inclusion',
    label: 'inclusion',
    templates: [
      'Proud that {n}0% of our {year} interns came from non-traditional backgrounds. Bootcamp grads, career switchers, self-taught devs: we want you. #inclusion',
      'Our employee resource groups hosted {n} events this month. Thank you to everyone who organized them. #belonging',
      'We publish salary bands on every job posting. Pay transparency is part of building an inclusive team. #inclusion',
      'Accessibility is not a feature, it is a baseline. Shoutout to the team that shipped full screen-reader support for {feature} this week.',
      'Inclusive hiring at {company}: structured interviews, diverse panels, and no whiteboard puzzles. #DEI',
    ],
  },
  {
    key: 'shipping-fast',
    label: 'shipping fast',
    templates: [
      'Shipped {n} releases this week. Small batches, feature flags and a team that owns what it builds. #shipit',
      'From idea to production in {n} days: the story of how we built {feature}.',
      'We deploy to production {n}0 times a day. Here is what makes that boring, in a good way. #shipit',
      'Launch day! {feature} is live for every {company} customer. Huge thanks to the {team} team. #shipit',
      'Speed is a habit: our median pull request is merged in under {n} hours. #engineering',
    ],
  },
  {
    key: 'customer-obsession',
    label: 'customer obsession',
    templates: [
      'Every engineer at {company} does a support rotation. Nothing teaches you faster than talking to customers. #customerexperience',
      'We read every piece of feedback. This week the top request, {feature}, went live. Thank you for telling us!',
      'Customer obsession is not a slogan here: our NPS went from {n}0 to {m}0 this year because the whole team listens.',
      'Spent the week visiting customers in {city}. Came back with {n} pages of notes and a lot of ideas. #customerfirst',
    ],
  },
  {
    key: 'work-life-balance',
    label: 'work-life balance',
    templates: [
      'Reminder: the whole company is offline the last Friday of every month. Go touch grass. #worklifebalance',
      'Unlimited PTO with a minimum: everyone at {company} takes at least {n} weeks off a year. #worklifebalance',
      'Four-day weeks all summer. Productivity did not drop. Morale went way up. #worklifebalance',
      'Parents at {company} get {n}0 weeks of paid leave, whatever their gender. #benefits',
    ],
  },
  {
    key: 'ownership',
    label: 'ownership',
    templates: [
      'At {company} you own your work end to end: design, build, ship, measure. #ownership',
      'No ticket-takers here. Our engineers write the specs, talk to users and decide what to build next.',
      'Every team at {company} has its own budget and its own metrics. Autonomy with accountability. #engineeringculture',
    ],
  },
  {
    key: 'sustainability',
    label: 'sustainability',
    templates: [
      'All of our infrastructure now runs on renewable energy. #sustainability',
      'Our {year} impact report is out: our customers avoided {n}0,000 tons of CO2 this year. #sustainability',
      'Green commuting stipend, no-fly policy for internal meetings, and a climate team with a real budget. #sustainability',
    ],
  },
  {
    key: 'transparency',
    label: 'transparency',
    templates: [
      'Our salary formula is public. Same role, same level, same pay. #paytransparency',
      'Monthly all-hands with the full financials. Everyone at {company} sees the numbers leadership sees. #transparency',
      'We publish our handbook, our roadmap and our postmortems. Read them before you apply. #transparency',
    ],
  },
  {
    key: 'mentorship',
    label: 'mentorship',
    templates: [
      'Our engineers mentored {n}0 bootcamp students this year. Paying it forward. #mentorship',
      'Every junior engineer at {company} is paired with a senior mentor and a weekly hour that nobody can book over. #mentorship',
      'Apprenticeships are back: {n} career switchers start on our {team} team next month. #mentorship',
    ],
  },
];

export const TEAMS: readonly string[] = [
  'platform',
  'data',
  'payments',
  'mobile',
  'growth',
  'infrastructure',
  'design',
  'search',
  'billing',
  'security',
  'integrations',
  'onboarding',
];

export const FEATURES: readonly string[] = [
  'dark mode',
  'audit logs',
  'SSO',
  'bulk export',
  'the new dashboard',
  'real-time alerts',
  'offline mode',
  'the public API',
  'custom reports',
  'two-factor login',
  'smart search',
  'usage-based billing',
];

/** Slots: {title} {company} {handle} {location} {mode} {url} {min} {max} {mission} {industryTag}. */
export const CAREERS_HIRING: readonly string[] = [
  "We're hiring a {title} in {location} ({mode}) {url} #hiring",
  'Join {company}! We are looking for a {title} to help us {mission}. {location}, {mode}. {url} #hiring #jobs',
  'New role: {title} ({mode}, {location}). Salary range ${min}k to ${max}k. Apply: {url} #hiring',
  'Know a great {title}? We are hiring in {location}. {url} #jobs',
  'Our {industryTag} team is growing. Open role: {title}, {mode} in {location}. {url} #hiring #techjobs',
];

export const EMPLOYEE_HIRING: readonly string[] = [
  'My team at @{handle} is hiring a {title}! {location}, {mode}. DM me or apply here: {url} #hiring',
  'We are growing! Looking for a {title} to join us at @{handle}. {url}',
  'If you have ever wanted to {mission}, come work with me. {title}, {mode}. {url} #hiring',
  'Hiring manager here: I am looking for a {title} in {location}. Happy to answer questions. {url}',
];

export const RECRUITER_HIRING: readonly string[] = [
  'Now hiring: {title} at {company} ({location}, {mode}) {url} #hiring #jobs',
  'Hot job alert: {company} needs a {title}. {mode} in {location}. {url} #jobs #techjobs',
  'I am working with @{handle} on a {title} search. {location} ({mode}), ${min}k to ${max}k. Interested? {url} #hiring',
  '{title} | {company} | {location} | {mode} | {url} #jobs #{industryTag}',
  'Great team, real mission: {company} wants to {mission}. They need a {title}. {url} #hiring',
];

export const TRACKING_PARAMS: readonly string[] = [
  '?utm_source=twitter&utm_medium=social&utm_campaign={handle}',
  '?utm_source=x&utm_medium=recruiter',
  '?ref={handle}',
  '?gh_src={hex}',
  '?src=x&source=referral',
  '?lever-source=twitter',
];

/** Slots: {company} {handle} {product} {feature} {n} {city} {mission} {year}. */
export const BRAND_POSTS: readonly string[] = [
  'Introducing {feature} in {product}. Available today for every customer.',
  '{product} now integrates with the tools your team already uses. Setup takes {n} minutes.',
  'We are on a mission to {mission}. Today we took a big step: {feature} is live.',
  'Thank you to the {n},000 teams who trust {product}. We are just getting started.',
  'Case study: how a {city} team saved {n} hours a week with {product}.',
  'Scheduled maintenance tonight from 1 to 2am ET. {product} will be read-only for a few minutes.',
  'See you in {city} next month! Come say hi at our booth.',
  'New on the blog: what we learned building {feature} for {product}.',
  '{company} is {n} years old today. Thank you to every customer, teammate and skeptic.',
];

/** Slots: {company} {handle} {industry} {industryTag} {n} {mission} {year} {title}. */
export const EXEC_POSTS: readonly string[] = [
  'The best hires I have made had one thing in common: they asked better questions than I did.',
  '{n} years into building @{handle}, my biggest lesson: culture is what you tolerate.',
  'Hiring is the most important thing a founder does. I still do a final conversation with every new hire at @{handle}.',
  'Unpopular opinion: most {industry} companies are still underinvesting in engineering culture. #{industryTag}',
  'We grew the {company} team from {n}0 to {n}00 this year without lowering the bar. Here is how.',
  'Great quarter for @{handle}. Proud of this team. We are still hiring across engineering and product.',
  'If you want to {mission}, my DMs are open. We are hiring.',
  'The {industry} market is changing fast. The teams that win will be the ones that learn fastest. #{industryTag}',
];

/** Slots: {company} {handle} {team} {tech} {colleague} {feature} {city}. */
export const EMPLOYEE_POSTS: readonly string[] = [
  'Two years at @{handle} today. Still the best team I have worked with.',
  'Shipped {feature} today with the {team} team. Proud of this one.',
  'Today I learned way more about {tech} than I ever wanted to. Debugging is a team sport.',
  'Just gave my first internal tech talk at {company}. Terrifying and fun.',
  'Shoutout to @{colleague} for the best code review I have had all year.',
  'Onsite week in {city} with the {team} team. Whiteboards everywhere.',
  'Reminder that {company} pays for your conference tickets. Use your learning budget!',
  'The {team} team at @{handle} is quietly doing some of the most interesting {tech} work in the industry.',
  'Our intern just shipped a feature to every customer. Proud mentor moment.',
];

/** Slots: {stage} {field} {title} {city} {tech} {tech2} {n} {m} {year} {handle} {company} {cert} {cityTag} {url}. */
export const PEER_POSTS: readonly string[] = [
  'Day {n} of #100DaysOfCode: built a small {tech} project that tracks my job applications.',
  'Finally finished my portfolio site! Would love feedback from anyone in {field}. {url}',
  'Got my first interview for a {title} role at @{handle}! Nervous but excited.',
  'Applied to {n} jobs this week. {m} rejections, one phone screen. Progress is progress. #jobsearch',
  'Any #{cityTag} folks going to the {field} meetup on Thursday?',
  'Is it worth learning {tech} in {year} or should I focus on {tech2}? Asking for a {title} job search.',
  'Just passed my {cert} exam!! 🎉',
  'Rejected after the final round again. Taking the weekend off, back at it Monday. #opentowork',
  'Networking tip that worked for me: ask people about their work, not about jobs. The job talk comes later.',
  'Spent the morning rewriting my resume for {title} roles. Cut it from two pages to one.',
  'Coffee chat with a {title} at @{handle} today. So generous with their time. #networking',
  'Take-home assignment done. {n} hours on a "2-hour" exercise. Is that normal? #jobsearch',
  'Looking for a {title} role in {city} or remote. {stage}, strong in {tech} and {tech2}. RTs appreciated! #opentowork',
  'Week {n} of the job search. Learning to celebrate small wins. #jobsearch',
  'My {tech} study group meets every Sunday in {city}. DM me if you want to join.',
  'Finished a course on {tech} today. Next: building something real with it.',
  'Does anyone have a good template for a cold message to a hiring manager? #careeradvice',
  'Informational interviews are underrated. Three this week, learned more than from any course.',
  'Started volunteering as a {title} for a nonprofit. Real projects, real users. #careerchange',
  'Salary question for {field} folks in {city}: what is a fair range for a junior {title}?',
  'Got the offer!!! Starting as a {title} at @{handle} next month. Thank you to everyone who helped. 🙏',
  'Hackathon this weekend in {city}. Our team built a tool for finding {tech} mentors. #hackathon',
];

/** Questions that mentors answer. Slots as PEER_POSTS. */
export const PEER_QUESTIONS: readonly string[] = [
  'How do you explain a career gap in an interview? Mine is {n} months. #careeradvice',
  'Should I apply to {title} roles that ask for {n} years of experience if I have one?',
  'What do hiring managers actually look at in a {field} portfolio?',
  'How do you negotiate a first offer when you have no other offers? #careeradvice',
  'Is a certificate in {tech} worth it, or is a project better?',
  'How many applications a week is reasonable without burning out? #jobsearch',
  'Anyone switched into {field} from teaching? How did you get your first role?',
  'What questions should I ask at the end of a {title} interview?',
];

/** Slots: {peer} {field} {tech} {title} {n}. */
export const MENTOR_REPLIES: readonly string[] = [
  '@{peer} Be honest and brief, then pivot to what you learned. Nobody expects a perfect timeline.',
  '@{peer} Yes, apply. Requirements are a wish list. If you meet half and can show work, go for it.',
  '@{peer} Two or three projects that solve a real problem beat ten tutorials. Explain your decisions.',
  '@{peer} Ask for time to review, then ask what flexibility they have. The worst answer is no.',
  '@{peer} A project you can talk about for 20 minutes beats any certificate in {tech}.',
  '@{peer} Quality over volume. Five tailored applications beat fifty generic ones.',
  '@{peer} I made that switch! Teaching gave me communication skills most {field} teams lack. Lead with that.',
  '@{peer} Ask what success looks like in 90 days, and what the team is struggling with right now.',
  '@{peer} Happy to look at your resume if you want a second pair of eyes. DMs open.',
  '@{peer} Great question. Short answer: focus on fundamentals, {tech} will still be there next year.',
];

export const PEER_THANKS: readonly string[] = [
  '@{mentor} Thank you!! This is super helpful.',
  '@{mentor} This is exactly what I needed to hear today. Thanks!',
  '@{mentor} Taking you up on that offer, sending a DM now.',
  '@{mentor} Appreciate you. Updating my resume tonight.',
];

/** Slots: {field} {tech} {title} {n} {year} {industry}. */
export const MENTOR_POSTS: readonly string[] = [
  'Hot take: your portfolio matters more than your resume for {title} roles.',
  'If you are early in your career in {field}, learn to write clearly. It compounds faster than any framework.',
  'Resume tip: every bullet should answer "so what?". Numbers help, stories help more.',
  'Interview tip: when you get stuck, say what you are thinking. Silence is what fails interviews.',
  'Negotiation is expected. Nobody has ever withdrawn an offer from me because I asked politely.',
  'Mentoring office hours this Friday for anyone breaking into {field}. Reply and I will send a link. #mentorship',
  'The {industry} job market is tough right now. It is not you. Keep going. #jobsearch',
  '{n} years in {field} and the skill I use most is still asking good questions.',
  'Career switchers: your previous career is a feature, not a bug. Tell that story.',
  'Stop learning {tech} for the tenth time. Build something and ship it. #careeradvice',
  'A thread on how I would look for a {title} job if I started over in {year}.',
  'Referrals work. Ask people you have actually helped or worked with, and make it easy for them.',
  "Best thing a junior engineer can do: read other people's pull requests. Free education.",
  'Layoffs are not a reflection of your worth. Update your network before your resume.',
];

/** Slots: {company} {company2} {n} {round} {region} {industry} {industryTag} {q} {year} {title} {city}. */
export const NEWS_BY_INDUSTRY: Record<Industry, readonly string[]> = {
  fintech: [
    '{company} raises ${n}0M Series {round} to expand into {region} #fintech',
    'Open banking rules take effect in {region} next quarter. What it means for startups. #fintech',
    '{company} partners with {company2} to launch instant payouts for freelancers',
    'Report: digital wallet payments grew {n}% year over year in Q{q} #fintech',
    'Regulators in {region} publish new guidance on buy now, pay later lending #fintech',
    'Why every fintech is suddenly hiring compliance engineers #fintech #hiring',
  ],
  'climate tech': [
    '{company} signs a {n}00 MW solar deal with a utility in {region} #climatetech',
    'Battery storage installations hit a record in Q{q} #climatetech',
    'Climate tech funding rebounds: ${n} billion raised this quarter #climatetech',
    '{company} opens a new plant in {city}, creating {n}00 jobs #climatetech',
    'The climate jobs boom: grid engineers are the new software engineers #climatetech #jobs',
  ],
  healthtech: [
    'Regulators clear {company} AI tool for reading chest X-rays #healthtech',
    'Telehealth visits fell {n}% from their peak but remain far above 2019 levels #healthtech',
    '{company} raises ${n}0M to expand home care in {region} #healthtech',
    'Hospitals are hiring data engineers faster than doctors, new survey finds #healthtech',
    'Interoperability deadline arrives: what changes for patient records in {year} #healthtech',
  ],
  SaaS: [
    '{company} launches an AI assistant for every plan #SaaS',
    'SaaS pricing is moving to usage-based models. {n} of the top 50 switched this year. #SaaS',
    '{company} acquires {company2} in a deal valued at ${n}00M #SaaS',
    'Net revenue retention is down across SaaS for the {n}th straight quarter #SaaS',
    'The rise of vertical SaaS: why niche wins in {year} #SaaS',
  ],
  'developer tools': [
    '{company} open-sources its internal build system #devtools #opensource',
    'Survey: {n}0% of developers now use an AI coding assistant every day #devtools',
    '{company} raises ${n}0M to make CI faster #devtools',
    'Postmortem published after {company} outage that took down deploys for {n} hours #devtools',
    'TypeScript tops the language rankings again in {year} #devtools',
  ],
  media: [
    '{company} launches a subscription bundle for local news #media',
    'Newsrooms are hiring product managers. {n} openings this month. #media #journalism',
    'Podcast ad revenue up {n}% this year #media',
    'The creator economy meets journalism: {company} pays writers directly #media',
    'Search traffic to news sites fell {n}% this year as AI answers spread #media',
  ],
  edtech: [
    '{company} brings AI tutoring to {n}00 school districts #edtech',
    'Bootcamp enrollments are down, apprenticeships are up #edtech #careerchange',
    '{company} raises ${n}0M Series {round} for adult upskilling #edtech',
  ],
  cybersecurity: [
    'Phishing attacks using fake job offers rose {n}0% this year #cybersecurity',
    '{company} discloses a breach affecting {n} million accounts #cybersecurity',
    'The security talent gap: {n}00,000 open roles in the US alone #cybersecurity #jobs',
  ],
  logistics: [
    '{company} rolls out route optimization across {n} warehouses #logistics',
    'Freight rates fall for the {n}th month in a row #logistics',
    '{company} raises ${n}0M to digitize trucking in {region} #logistics',
  ],
  'e-commerce': [
    '{company} launches one-click checkout for independent shops #ecommerce',
    'Holiday online sales expected to grow {n}% this year #ecommerce',
    'Returns are the hidden cost of e-commerce: {n}0% of apparel comes back #ecommerce',
  ],
};

export const REGIONS: readonly string[] = [
  'Europe',
  'Latin America',
  'Southeast Asia',
  'the UK',
  'Canada',
  'Africa',
  'India',
  'Australia',
];

export const NEWS_OUTLETS: readonly {
  name: string;
  handle: string;
  industry: Industry | 'jobs';
}[] = [
  { name: 'Fintech Daily', handle: 'fintechdaily', industry: 'fintech' },
  { name: 'The Ledger Wire', handle: 'ledgerwire', industry: 'fintech' },
  { name: 'Climate Tech Weekly', handle: 'climatetechwk', industry: 'climate tech' },
  { name: 'Grid & Power', handle: 'gridandpower', industry: 'climate tech' },
  { name: 'HealthTech Now', handle: 'healthtechnow', industry: 'healthtech' },
  { name: 'Care Economy', handle: 'careeconomy', industry: 'healthtech' },
  { name: 'SaaS Insider', handle: 'saasinsider', industry: 'SaaS' },
  { name: 'Cloud Weekly', handle: 'cloudweekly', industry: 'SaaS' },
  { name: 'DevTools Digest', handle: 'devtoolsdigest', industry: 'developer tools' },
  { name: 'The Merge Queue', handle: 'mergequeue', industry: 'developer tools' },
  { name: 'Media Beat', handle: 'mediabeat', industry: 'media' },
  { name: 'Newsroom Notes', handle: 'newsroomnotes', industry: 'media' },
  { name: 'EdTech Report', handle: 'edtechreport', industry: 'edtech' },
  { name: 'Cyber Brief', handle: 'cyberbrief', industry: 'cybersecurity' },
  { name: 'Logistics Today', handle: 'logisticstoday', industry: 'logistics' },
  { name: 'Commerce Wire', handle: 'commercewire', industry: 'e-commerce' },
  { name: 'Tech Jobs Report', handle: 'techjobsreport', industry: 'jobs' },
  { name: 'Startup Ledger', handle: 'startupledger', industry: 'SaaS' },
];

/** A newswire that posts every half hour, so one timeline exceeds the 3,200-post window. */
export const NEWSWIRE = { name: 'TechWire Now', handle: 'techwirenow' } as const;

export interface BurstSeed {
  term: string;
  hashtag: string;
  industry: Industry;
  templates: readonly string[];
}

/** Terms that spike on one day. Slots: {company} {n} {city} {region}. */
export const BURSTS: readonly BurstSeed[] = [
  {
    term: 'layoffs',
    hashtag: 'layoffs',
    industry: 'SaaS',
    templates: [
      'Another round of layoffs at {company}: {n}00 roles cut today. #layoffs',
      'If you were affected by the layoffs today, my DMs are open. Happy to refer you. #layoffs',
      "Tracking today's tech layoffs: {n} companies so far. Thread. #layoffs",
      'Layoffs again. Thinking of everyone at {company} this morning. #layoffs',
      'Hiring managers: if you have open roles, reply here. Lots of great people hit by layoffs today. #layoffs',
    ],
  },
  {
    term: 'stablecoin',
    hashtag: 'stablecoins',
    industry: 'fintech',
    templates: [
      'Big stablecoin news: regulators in {region} approve the first bank-issued stablecoin #stablecoins',
      'What the stablecoin ruling means for payments startups, explained in {n} points #stablecoins',
      'Every fintech founder today: "we have a stablecoin strategy" #stablecoins',
      '{company} says it will settle merchant payouts with a stablecoin by next year #stablecoins',
    ],
  },
  {
    term: 'heat pump',
    hashtag: 'heatpumps',
    industry: 'climate tech',
    templates: [
      'Heat pump sales passed gas furnaces for the first time this year #heatpumps',
      'New federal heat pump rebates go live today: up to ${n},000 per home #heatpumps',
      'Installers in {city} are booked for {n} weeks after the heat pump rebate announcement #heatpumps',
      'Why the heat pump boom is also a jobs boom for electricians #heatpumps #climatetech',
    ],
  },
  {
    term: 'outage',
    hashtag: 'outage',
    industry: 'developer tools',
    templates: [
      'Major cloud outage in us-east right now. Deploys failing across the board. #outage',
      'Our status page is green but nothing works. Classic outage. #outage',
      'On-call engineers everywhere right now, hang in there. #outage',
      "Postmortem thread on today's outage: a config push, {n} regions, and no rollback. #outage",
    ],
  },
  {
    term: 'GLP-1',
    hashtag: 'GLP1',
    industry: 'healthtech',
    templates: [
      'New GLP-1 coverage rules announced for employer plans #GLP1 #healthtech',
      "Telehealth startups race to offer GLP-1 prescriptions after today's ruling #GLP1",
      'What the GLP-1 decision means for digital health companies #GLP1',
    ],
  },
  {
    term: 'hiring freeze',
    hashtag: 'hiringfreeze',
    industry: 'SaaS',
    templates: [
      '{company} announces a hiring freeze through the end of the year #hiringfreeze',
      'Candidates: a hiring freeze can end as fast as it starts. Keep those conversations warm. #hiringfreeze',
      'Three offers rescinded this week because of a hiring freeze. Rough market. #hiringfreeze',
    ],
  },
  {
    term: 'open source',
    hashtag: 'opensource',
    industry: 'developer tools',
    templates: [
      '{company} just moved its core product to an open source license #opensource',
      'Huge day for open source: {n} companies pledged funding for maintainers #opensource',
      'If you want to break into engineering, contribute to open source. Today is a good day to start. #opensource',
    ],
  },
  {
    term: 'paywall',
    hashtag: 'journalism',
    industry: 'media',
    templates: [
      'Another major outlet drops its paywall for local news #journalism',
      'Paywall or no paywall? {n} newsrooms share their numbers #journalism',
      'The paywall debate is back and it is all anyone in media is talking about today #journalism',
    ],
  },
];

export interface OrgSeed {
  name: string;
  handle: string;
  focus: string;
  tag: string;
}

export const ORGS: readonly OrgSeed[] = [
  {
    name: 'Women in Data',
    handle: 'womenindata_',
    focus: 'women building careers in data',
    tag: 'WomenInData',
  },
  {
    name: 'Austin Tech Alliance',
    handle: 'atxtechalliance',
    focus: 'the Austin tech community',
    tag: 'ATXTech',
  },
  {
    name: 'Fintech Association',
    handle: 'fintechassoc',
    focus: 'fintech professionals',
    tag: 'fintech',
  },
  {
    name: 'Climate Careers Network',
    handle: 'climatecareers',
    focus: 'people moving into climate work',
    tag: 'climatejobs',
  },
  {
    name: 'Black Tech Collective',
    handle: 'blacktechcoll',
    focus: 'Black technologists',
    tag: 'BlackInTech',
  },
  { name: 'Product Guild', handle: 'productguild', focus: 'product managers', tag: 'prodmgmt' },
  {
    name: 'DevRel Collective',
    handle: 'devrelcollect',
    focus: 'developer advocates',
    tag: 'DevRel',
  },
  {
    name: 'Health IT Society',
    handle: 'healthitsoc',
    focus: 'health IT professionals',
    tag: 'HealthIT',
  },
  {
    name: 'Career Changers Club',
    handle: 'careerchangers',
    focus: 'career switchers into tech',
    tag: 'careerchange',
  },
  {
    name: 'Data Engineering Guild',
    handle: 'dataengguild',
    focus: 'data engineers',
    tag: 'dataengineering',
  },
  { name: 'Denver Devs', handle: 'denverdevs', focus: 'developers in Denver', tag: 'DenverDevs' },
  {
    name: 'Latinx Devs Network',
    handle: 'latinxdevsnet',
    focus: 'Latinx developers',
    tag: 'LatinxInTech',
  },
];

/** Slots: {org} {orgTag} {topic} {day} {city} {peer} {n}. */
export const ORG_POSTS: readonly string[] = [
  'Join us {day} for a panel on {topic}. Free for members. #{orgTag}',
  'Member spotlight: @{peer} just landed their first role in tech! Congratulations! #{orgTag}',
  'Our job board has {n}0 new roles this week. Members get early access. #{orgTag} #jobs',
  'Workshop recap: {n}0 people joined our resume review night in {city}. Slides in the replies. #{orgTag}',
  'Mentorship applications for the next cohort close {day}. #{orgTag} #mentorship',
  'Annual salary survey results are out: what {org} members earn in {n} cities. #{orgTag}',
  'Volunteers wanted for our {city} chapter! #{orgTag}',
];

export const ORG_TOPICS: readonly string[] = [
  'breaking into data',
  'negotiating your first offer',
  'AI and the job market',
  'building a portfolio',
  'remote job searching',
  'career switching after 30',
  'interviewing while neurodivergent',
  'getting promoted to senior',
];

export interface ConferenceSeed {
  name: string;
  handle: string;
  industry: Industry;
  city: string;
  topics: readonly string[];
}

export const CONFERENCES: readonly ConferenceSeed[] = [
  {
    name: 'DataConf',
    handle: 'dataconf',
    industry: 'SaaS',
    city: 'Austin',
    topics: ['data contracts', 'streaming pipelines', 'the modern data stack'],
  },
  {
    name: 'FintechSummit',
    handle: 'fintechsummit',
    industry: 'fintech',
    city: 'New York',
    topics: ['real-time payments', 'fraud detection', 'embedded finance'],
  },
  {
    name: 'ClimateTechWeek',
    handle: 'climatetechwk_',
    industry: 'climate tech',
    city: 'Boston',
    topics: ['grid software', 'carbon accounting', 'climate careers'],
  },
  {
    name: 'HealthTechLive',
    handle: 'healthtechlive',
    industry: 'healthtech',
    city: 'Nashville',
    topics: ['AI in radiology', 'patient data', 'home care'],
  },
  {
    name: 'DevWorld',
    handle: 'devworldconf',
    industry: 'developer tools',
    city: 'San Francisco',
    topics: ['platform engineering', 'AI coding tools', 'developer experience'],
  },
  {
    name: 'ShipItConf',
    handle: 'shipitconf',
    industry: 'developer tools',
    city: 'Seattle',
    topics: ['continuous delivery', 'feature flags', 'incident response'],
  },
  {
    name: 'MediaFuture',
    handle: 'mediafuture',
    industry: 'media',
    city: 'Chicago',
    topics: ['subscriptions', 'local news', 'AI in the newsroom'],
  },
  {
    name: 'SecOpsCon',
    handle: 'secopscon',
    industry: 'cybersecurity',
    city: 'Washington',
    topics: ['zero trust', 'phishing defense', 'security careers'],
  },
  {
    name: 'UXForward',
    handle: 'uxforward',
    industry: 'SaaS',
    city: 'Denver',
    topics: ['design systems', 'accessibility', 'research ops'],
  },
  {
    name: 'EdTechExpo',
    handle: 'edtechexpo',
    industry: 'edtech',
    city: 'Austin',
    topics: ['AI tutors', 'apprenticeships', 'learning analytics'],
  },
];

/** Slots: {tag} {city} {topic} {speaker} {n} {day} {url}. */
export const CONF_BEFORE: readonly string[] = [
  'Early bird tickets for #{tag} end {day}. {url}',
  'Speaker announcement: @{speaker} on {topic} at #{tag}!',
  '{n} weeks until #{tag} in {city}. The full agenda is live. {url}',
  'Who is going to #{tag}? Let us meet up in {city}!',
  'Scholarship tickets for #{tag} are open to job seekers and students. Apply by {day}. {url}',
];

export const CONF_DURING: readonly string[] = [
  'Great talk by @{speaker} at #{tag} on {topic}. So many notes.',
  'Day {n} of #{tag} and my brain is full. Best session so far: {topic}.',
  'The hallway track at #{tag} is undefeated. Met {n} people hiring in {city}.',
  'Packed room for {topic} at #{tag}. Standing room only.',
  'Live from #{tag} in {city}: the keynote just announced a new scholarship fund.',
  'Three takeaways from @{speaker} at #{tag}: ship small, measure everything, talk to users.',
  'Job board at #{tag} is full of {topic} roles. Bring your resume tomorrow.',
];

export const CONF_AFTER: readonly string[] = [
  'Slides from my #{tag} talk on {topic}: {url}',
  'Recordings from #{tag} are up. Start with the {topic} session. {url}',
  'Thank you {city}! #{tag} was our biggest year yet: {n},000 attendees.',
  'Still thinking about the {topic} panel at #{tag}. Writing up my notes this weekend.',
];

export interface ChatSeed {
  hashtag: string;
  hostName: string;
  hostHandle: string;
  /** 0 = Sunday. */
  weekday: number;
  /** Start hour in US Eastern time (the chat runs one hour). */
  hourEt: number;
  topics: readonly string[];
}

export const CHATS: readonly ChatSeed[] = [
  {
    hashtag: 'DataChat',
    hostName: 'DataChat',
    hostHandle: 'thedatachat',
    weekday: 2,
    hourEt: 20,
    topics: [
      'data careers',
      'learning SQL',
      'dashboards people read',
      'data quality',
      'first data job',
      'AI for analysts',
    ],
  },
  {
    hashtag: 'CareerChat',
    hostName: 'CareerChat Live',
    hostHandle: 'careerchatlive',
    weekday: 3,
    hourEt: 21,
    topics: [
      'networking',
      'resume myths',
      'interview nerves',
      'salary talk',
      'career gaps',
      'job search burnout',
    ],
  },
  {
    hashtag: 'FintechChat',
    hostName: 'Fintech Chat',
    hostHandle: 'fintechchat',
    weekday: 4,
    hourEt: 19,
    topics: [
      'breaking into fintech',
      'compliance careers',
      'payments 101',
      'fintech product roles',
    ],
  },
  {
    hashtag: 'DevJobsChat',
    hostName: 'Dev Jobs Chat',
    hostHandle: 'devjobschat',
    weekday: 1,
    hourEt: 20,
    topics: [
      'junior developer jobs',
      'take-home tests',
      'open source for your resume',
      'bootcamp to job',
    ],
  },
];

/** Slots: {n} {topic} {tag}. */
export const CHAT_HOST: readonly string[] = [
  'Welcome to #{tag}! Tonight we are talking about {topic}. Introduce yourself below.',
  'Q{n}: What is the biggest myth about {topic}? #{tag}',
  'Q{n}: What is one resource about {topic} you would recommend? #{tag}',
  'Q{n}: What would you tell someone just starting with {topic}? #{tag}',
  'Q{n}: What is your hot take on {topic}? #{tag}',
  'That is a wrap on #{tag}! Thanks everyone. Same time next week.',
];

/** Slots: {n} {topic} {tag} {tech}. */
export const CHAT_ANSWERS: readonly string[] = [
  'A{n}: Honestly, that you need to know everything before you start. You do not. #{tag}',
  'A{n}: Find a small real project and finish it. That beats any course. #{tag}',
  'A{n}: Talk to people doing the work. Most are happy to help. #{tag}',
  'A{n}: {tech}, every time. It opened so many doors for me. #{tag}',
  'A{n}: Consistency over intensity. One hour a day beats a weekend binge. #{tag}',
  'A{n}: Write about what you learn. It is how people find you. #{tag}',
  'A{n}: Ask for feedback early. I waited way too long. #{tag}',
  'Hi #{tag}! First time joining, excited to learn about {topic}.',
];

/** Seeker posts that a profile audit should flag. Slots: {oldco} {phone} {city}. */
export const AUDIT_POSTS: readonly { label: string; template: string }[] = [
  { label: 'profanity', template: 'This damn commute is going to kill me. Two hours each way.' },
  { label: 'profanity', template: 'What the hell is wrong with the bus system in {city}' },
  {
    label: 'profanity',
    template: 'Worst. Week. Ever. Everything is a shitshow at work right now.',
  },
  { label: 'profanity', template: 'Crap coffee, crap meetings, crap Monday.' },
  {
    label: 'phone',
    template: 'Selling my couch before the move, text me at {phone} if interested',
  },
  {
    label: 'phone',
    template: 'Lost my dog near the park in {city}! Please call {phone} if you see her',
  },
  {
    label: 'employer-complaint',
    template: 'Glad to be out of @{oldco}. Toxic management, zero respect for engineers.',
  },
  {
    label: 'employer-complaint',
    template: 'Three years at @{oldco} and they could not even say thank you on my last day.',
  },
  {
    label: 'employer-complaint',
    template: 'Never work for @{oldco}. They promise growth and deliver overtime.',
  },
  {
    label: 'employer-complaint',
    template: '@{oldco} management is a joke. Do not believe their careers page.',
  },
];

/** Old posts linking to a blog since taken down. Slots: {url} {city}. */
export const DEAD_LINK_POSTS: readonly string[] = [
  'My first blog post! What I learned switching careers: {url}',
  'Sharing the slides from my talk at the {city} meetup: {url}',
  'New portfolio project write-up is live: {url}',
  'Wrote up my notes from the workshop this weekend {url}',
];

export const DEAD_LINK_SLUGS: readonly string[] = [
  'first-post',
  'meetup-slides',
  'portfolio-project',
  'workshop-notes',
  'lessons-learned',
];

export const SEEKER_OLD_POSTS: readonly string[] = [
  'Happy Friday everyone!',
  'Finally tried the new ramen place in {city}. Worth the line.',
  'Anyone else watching the game tonight?',
  'New year, new goals. Learning {tech} this year.',
  'Rainy Sunday, good book, no plans.',
  'My cat has decided my keyboard is her bed now.',
];

/** Non-English posts, tagged with their language. */
export const OTHER_LANGUAGE_POSTS: readonly { lang: string; text: string }[] = [
  {
    lang: 'es',
    text: 'Buscando trabajo como desarrolladora en Madrid. Cualquier consejo es bienvenido. #empleo',
  },
  { lang: 'es', text: 'Hoy terminé mi primer proyecto con React. Muy contenta con el resultado.' },
  { lang: 'de', text: 'Wir suchen Verstärkung im Data-Team in Berlin. Meldet euch gerne! #jobs' },
  {
    lang: 'de',
    text: 'Endlich mein erstes Vorstellungsgespräch als Entwickler. Drückt mir die Daumen!',
  },
  {
    lang: 'fr',
    text: "Super conférence aujourd'hui à Paris sur la data. Merci aux organisateurs !",
  },
  { lang: 'fr', text: 'Je cherche un stage en développement web pour le printemps. #emploi' },
  { lang: 'pt', text: 'Primeira semana no novo emprego em São Paulo. Time incrível!' },
  { lang: 'pt', text: 'Alguém tem dicas para entrevista técnica de engenharia de dados?' },
];

export const STAGES: readonly string[] = [
  'Bootcamp grad',
  'CS student',
  'Career switcher',
  'New grad',
  'Self-taught',
  'Junior',
  'Early-career',
  'Returning to tech',
];

/** Each STAGES entry as the stage key people tooling uses (`libs/people`): "Early-career" is junior. */
export const STAGE_KEYS: Readonly<Record<string, string>> = {
  'Bootcamp grad': 'bootcamp',
  'CS student': 'student',
  'Career switcher': 'career_switcher',
  'New grad': 'new_grad',
  'Self-taught': 'self_taught',
  Junior: 'junior',
  'Early-career': 'junior',
  'Returning to tech': 'returning',
};

export const UNIVERSITIES: readonly string[] = [
  'Lakeshore University',
  'Riverside College',
  'Northgate Tech',
  'Summit State',
  'Bayview University',
  'Prairie State University',
];

export const CERTS: readonly string[] = [
  'AWS Cloud Practitioner',
  'Google Data Analytics',
  'Security+',
  'Azure Fundamentals',
  'Scrum Master',
  'Tableau Desktop Specialist',
];

export const AGENCIES: readonly string[] = [
  'Bridgewell Talent',
  'Northstar Search',
  'Apex Tech Recruiting',
  'Keystone People',
  'Harbor Talent Partners',
  'Signal Hire Co',
];

export const WEEKDAYS = [
  'Sunday',
  'Monday',
  'Tuesday',
  'Wednesday',
  'Thursday',
  'Friday',
  'Saturday',
] as const;

/** Slots: {field} {n} {mode} {city}. */
export const RECRUITER_POSTS: readonly string[] = [
  'Candidates: always ask about the interview process up front. A good recruiter will tell you everything.',
  'I have {n} open {field} roles right now. Reply with your city and I will send the ones that fit. #hiring',
  'Market update: {field} hiring picked up this month, especially for {mode} roles. #jobs',
  'Friday reminder: update your profile, recruiters search by keywords. #jobsearch',
  'Ghosting goes both ways. I promise to reply to every candidate I speak with.',
  'Hiring in {city}? I have {n} strong {field} candidates ready to interview this week.',
  'Salary expectations question again. My advice: give a range based on research, not on your last job.',
];

/** Slots: {industry} {field}. */
export const MENTOR_QUOTES: readonly string[] = [
  'This is the trend to watch if you are job hunting in {industry}.',
  'Worth reading if you work in {field}.',
  'The hiring side of this story matters more than the funding.',
  'Good news for early-career folks in {industry}.',
];

/** Slots: {industry} {industryTag} {outlet} {n}. */
export const JOURNALIST_POSTS: readonly string[] = [
  'Working on a story about hiring in {industry}. If you have been job hunting this year, my DMs are open. #{industryTag}',
  'My latest for @{outlet}: what {n} founders told me about the {industry} market. #{industryTag}',
  'Interesting week in {industry}. Three funding rounds and two shutdowns.',
  'Tip line is open: if your {industry} company is quietly cutting jobs, I want to hear from you.',
  'Newsletter is out: the {n} {industry} stories you missed this week. #{industryTag}',
];
