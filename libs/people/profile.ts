/**
 * What a bio or a post says about its author: the field they work in (from a small vocabulary of
 * job titles and skills per field), how senior they are, whether they offer help, and, for people
 * starting out, their stage. Word matching is on whole words and phrases (longest first, so
 * "product designer" is design, not product), after lowercasing and stripping accents.
 */

/** The words of one field. Titles weigh more than skills: "Data Analyst" says more than "SQL". */
export interface FieldVocabulary {
  label: string;
  /** Job titles, lowercase. */
  titles: readonly string[];
  /** Skills, tools and topic words, lowercase, the most telling first. */
  skills: readonly string[];
}

/** Field keys and their words. The first eight are the simulator's role families. */
export const FIELDS: Readonly<Record<string, FieldVocabulary>> = {
  data: {
    label: 'data',
    titles: [
      'data engineer',
      'data analyst',
      'data scientist',
      'analytics engineer',
      'machine learning engineer',
      'ml engineer',
      'bi analyst',
      'data architect',
    ],
    skills: [
      'data',
      'sql',
      'dbt',
      'pandas',
      'spark',
      'airflow',
      'snowflake',
      'python',
      'analytics',
      'machine learning',
      'data science',
      'etl',
      'tableau',
      'looker',
      'power bi',
      'bigquery',
      'statistics',
    ],
  },
  frontend: {
    label: 'frontend',
    titles: [
      'frontend engineer',
      'front end engineer',
      'frontend developer',
      'front end developer',
      'ui engineer',
      'full stack engineer',
      'fullstack engineer',
      'full stack developer',
      'web developer',
    ],
    skills: [
      'frontend',
      'front end',
      'react',
      'typescript',
      'javascript',
      'next.js',
      'css',
      'html',
      'svelte',
      'vue',
      'angular',
      'tailwind',
    ],
  },
  backend: {
    label: 'backend',
    titles: [
      'backend engineer',
      'back end engineer',
      'backend developer',
      'software engineer',
      'software developer',
      'platform engineer',
      'site reliability engineer',
      'devops engineer',
      'infrastructure engineer',
    ],
    skills: [
      'backend',
      'back end',
      'golang',
      'rust',
      'java',
      'kotlin',
      'postgres',
      'postgresql',
      'kubernetes',
      'node.js',
      'nodejs',
      'microservices',
      'distributed systems',
      'system design',
      'sre',
      'devops',
      'docker',
    ],
  },
  design: {
    label: 'design',
    titles: [
      'product designer',
      'ux designer',
      'ui designer',
      'ux researcher',
      'design systems engineer',
      'visual designer',
      'interaction designer',
    ],
    skills: [
      'design',
      'ux',
      'figma',
      'user research',
      'prototyping',
      'accessibility',
      'design systems',
      'usability',
      'wireframes',
    ],
  },
  product: {
    label: 'product',
    titles: [
      'product manager',
      'technical program manager',
      'program manager',
      'product operations manager',
      'product owner',
    ],
    skills: [
      'product',
      'product management',
      'roadmapping',
      'roadmap',
      'experimentation',
      'user interviews',
      'product strategy',
      'prd',
    ],
  },
  security: {
    label: 'security',
    titles: [
      'security engineer',
      'application security engineer',
      'security analyst',
      'appsec engineer',
      'penetration tester',
      'security architect',
    ],
    skills: [
      'security',
      'cybersecurity',
      'infosec',
      'appsec',
      'threat modeling',
      'siem',
      'cloud security',
      'pentesting',
      'vulnerability',
      'red team',
      'blue team',
    ],
  },
  devrel: {
    label: 'developer relations',
    titles: [
      'developer advocate',
      'developer relations',
      'technical writer',
      'solutions engineer',
      'developer evangelist',
    ],
    skills: ['devrel', 'docs', 'documentation', 'demos', 'public speaking', 'apis', 'sdk'],
  },
  'go-to-market': {
    label: 'go-to-market',
    titles: [
      'account executive',
      'sales development representative',
      'business development representative',
      'customer success manager',
      'growth marketing manager',
      'account manager',
      'sales engineer',
    ],
    skills: [
      'go-to-market',
      'gtm',
      'sales',
      'salesforce',
      'hubspot',
      'customer success',
      'lifecycle marketing',
      'seo',
      'revops',
      'pipeline',
      'quota',
      'sdr',
      'bdr',
    ],
  },
  marketing: {
    label: 'marketing',
    titles: [
      'marketing manager',
      'growth marketing manager',
      'product marketing manager',
      'content marketer',
      'content strategist',
      'brand manager',
      'social media manager',
    ],
    skills: [
      'marketing',
      'seo',
      'content marketing',
      'lifecycle marketing',
      'growth marketing',
      'copywriting',
      'social media',
      'email marketing',
      'campaigns',
      'hubspot',
      'google analytics',
    ],
  },
  finance: {
    label: 'finance',
    titles: [
      'financial analyst',
      'accountant',
      'controller',
      'fp&a analyst',
      'investment analyst',
      'auditor',
      'actuary',
      'bookkeeper',
    ],
    skills: [
      'finance',
      'fp&a',
      'accounting',
      'cpa',
      'cfa',
      'financial modeling',
      'budgeting',
      'audit',
      'bookkeeping',
      'valuation',
      'quickbooks',
    ],
  },
  healthcare: {
    label: 'healthcare',
    titles: [
      'nurse',
      'registered nurse',
      'physician',
      'pharmacist',
      'medical assistant',
      'physical therapist',
      'clinical research coordinator',
    ],
    skills: [
      'healthcare',
      'health care',
      'clinical',
      'patient care',
      'ehr',
      'hipaa',
      'nursing',
      'medical',
      'hospital',
      'public health',
      'telehealth',
    ],
  },
  education: {
    label: 'education',
    titles: [
      'teacher',
      'instructor',
      'professor',
      'tutor',
      'instructional designer',
      'curriculum developer',
    ],
    skills: [
      'education',
      'edtech',
      'teaching',
      'classroom',
      'curriculum',
      'k-12',
      'lesson plans',
      'e-learning',
    ],
  },
};

export type Seniority = 'executive' | 'senior' | 'mid' | 'early' | 'student' | 'unknown';
export type CareerStage =
  'student' | 'new_grad' | 'bootcamp' | 'career_switcher' | 'self_taught' | 'junior' | 'returning';

/** What a bio says about its author. */
export interface BioSignals {
  seniority: Seniority;
  /** The clause the seniority was read from, e.g. "Principal data engineer"; null when unknown. */
  seniorityEvidence: string | null;
  /** "12 years in data", "8 yrs", "10+ years": the number. */
  years: number | null;
  /** Fields the bio names, strongest first. */
  fields: string[];
  /** Offers help: "mentor", "DMs open", "happy to help", "I answer questions", office hours. */
  mentors: boolean;
  /** "open to work", #opentowork, "looking for a role". */
  openToWork: boolean;
  /** For people starting out (early or student seniority): where they start from. */
  stage: CareerStage | null;
}

const TITLE_WEIGHT = 3;
const SKILL_WEIGHT = 1;
/** Words before an arrow are where a career switcher comes from ("teacher → data analyst"). */
const BEFORE_ARROW_WEIGHT = 0.5;

const TOKEN = /[a-z0-9](?:[a-z0-9+#.]*[a-z0-9+#])?/g;

function fold(text: string): string {
  const t = text.toLowerCase();
  return /[\u0080-\uffff]/.test(t) ? t.normalize('NFD').replace(/\p{M}/gu, '') : t;
}

function tokens(text: string): string[] {
  return text.match(TOKEN) ?? [];
}

interface Lexicon {
  /** Phrase (tokens joined by one space) to the fields it counts for. */
  phrases: Map<string, { field: string; weight: number }[]>;
  /** First tokens of phrases longer than one word, so most words skip the longer lookups. */
  starts: Set<string>;
  longest: number;
  order: Map<string, number>;
}

let lexicon: Lexicon | undefined;

function lex(): Lexicon {
  if (lexicon) return lexicon;
  const phrases = new Map<string, { field: string; weight: number }[]>();
  const starts = new Set<string>();
  let longest = 1;
  const add = (field: string, phrase: string, weight: number) => {
    const t = tokens(fold(phrase));
    if (!t.length) return;
    const key = t.join(' ');
    const list = phrases.get(key) ?? [];
    const existing = list.find((e) => e.field === field);
    if (existing) existing.weight = Math.max(existing.weight, weight);
    else list.push({ field, weight });
    phrases.set(key, list);
    if (t.length > 1) starts.add(t[0]);
    longest = Math.max(longest, t.length);
  };
  const order = new Map<string, number>();
  Object.entries(FIELDS).forEach(([field, f], i) => {
    order.set(field, i);
    for (const s of f.skills) add(field, s, SKILL_WEIGHT);
    for (const t of f.titles) add(field, t, TITLE_WEIGHT);
  });
  return (lexicon = { phrases, starts, longest, order });
}

function addScores(text: string, factor: number, into: Map<string, number>): void {
  const { phrases, starts, longest } = lex();
  const t = tokens(text);
  for (let i = 0; i < t.length;) {
    let matched = 1;
    let hit: { field: string; weight: number }[] | undefined;
    if (starts.has(t[i])) {
      for (let n = Math.min(longest, t.length - i); n > 1 && !hit; n--) {
        let key = t[i];
        for (let k = 1; k < n; k++) key += ` ${t[i + k]}`;
        hit = phrases.get(key);
        if (hit) matched = n;
      }
    }
    hit ??= phrases.get(t[i]);
    if (hit) for (const h of hit) into.set(h.field, (into.get(h.field) ?? 0) + h.weight * factor);
    i += matched;
  }
}

/** How strongly a text speaks of each field (titles 3, skills 1); fields it never names are absent. */
export function fieldScores(text: string): Map<string, number> {
  const scores = new Map<string, number>();
  const folded = fold(text);
  const arrow = folded.search(/→|->|⟶/);
  if (arrow < 0) addScores(folded, 1, scores);
  else {
    addScores(folded.slice(0, arrow), BEFORE_ARROW_WEIGHT, scores);
    addScores(folded.slice(arrow), 1, scores);
  }
  return scores;
}

/** Fields by score, strongest first; ties keep the order of FIELDS. */
function ranked(scores: Map<string, number>): string[] {
  const { order } = lex();
  return [...scores.entries()]
    .sort((a, b) => b[1] - a[1] || (order.get(a[0]) ?? 0) - (order.get(b[0]) ?? 0))
    .map(([f]) => f);
}

/** The field a text speaks of most, or null when it names none. */
export function fieldOf(text: string): string | null {
  return ranked(fieldScores(text))[0] ?? null;
}

const EXECUTIVE =
  /\b(?:vp|svp|evp|vice president|head of|director|chief [a-z]+ officer|ceo|cto|coo|cfo|cmo|cpo|ciso|co-?founder|founder)\b/i;
const SENIOR =
  /\b(?:principal|staff|senior|sr\.?|lead|tech lead|engineering manager|eng manager|architect|distinguished)\b/i;
const STUDENT = /\b(?:student|undergrad(?:uate)?|studying|class of 20\d\d)\b/i;
const EARLY =
  /\b(?:junior|jr\.?|intern|internships?|new grad|recent grad(?:uate)?|bootcamp|aspiring|in training|entry[- ]level|early[- ]career|self[- ]taught|career (?:switcher|changer|change)|returning to|apprentice)\b|#?opentowork/i;
const JOB =
  /\b(?:engineer|developer|designer|analyst|scientist|manager|writer|advocate|recruiter|reporter|consultant|researcher|accountant|nurse|teacher|marketer)\b/i;
const YEARS = /\b(\d{1,2})\+?\s*(?:years?|yrs?|yoe)\b/i;

const STAGES: readonly [CareerStage, RegExp][] = [
  ['returning', /\b(?:returning to|returner|career break|back to (?:work|tech)|re-?entering)\b/i],
  [
    'career_switcher',
    /\b(?:career (?:switcher|changer|change|switch|pivot)|pivoting|transitioning)\b|→|->/i,
  ],
  ['bootcamp', /\bbootcamp\b/i],
  ['self_taught', /\bself[- ]taught\b/i],
  ['new_grad', /\b(?:new grad|recent grad(?:uate)?|just graduated)\b/i],
  ['student', STUDENT],
];

const MENTORS =
  /\bmentor(?:s|ing|ship)?\b|\bdms? (?:are )?open\b|happy to help|answer(?:ing)? questions|ask me anything|office hours|\bcoach(?:ing)?\b|helping (?:juniors|people|folks|others|new)/i;
const OPEN_TO_WORK =
  /open to work|#?opentowork|\b(?:looking for|seeking) (?:[\w&+.-]+ ){0,3}?(?:roles?|jobs?|positions?|opportunit|internships?|work)\b|job (?:hunting|seeking)|available for (?:hire|work)|#hireme/i;

/** The clause of `text` around `index`: bios separate their parts with periods, bars and bullets. */
function clauseAt(text: string, index: number): string {
  const stops = /[.|·•;!\n]/;
  let from = index;
  // A period inside "Sr." or "Next.js" is not a stop; one followed by a space is.
  while (from > 0 && !(stops.test(text[from - 1]) && (from >= text.length || text[from] === ' ')))
    from--;
  let to = index;
  while (
    to < text.length &&
    !(stops.test(text[to]) && (to + 1 >= text.length || text[to + 1] === ' '))
  )
    to++;
  const clause = text.slice(from, to).trim();
  return clause.length > 60 ? `${clause.slice(0, 57)}...` : clause;
}

/** Seniority, field, stage and offers of help, read from a profile description. */
export function bioSignals(description: string): BioSignals {
  const text = description;
  const yearsMatch = YEARS.exec(text);
  const years = yearsMatch ? Number(yearsMatch[1]) : null;
  let seniority: Seniority = 'unknown';
  let at = -1;
  const exec = EXECUTIVE.exec(text);
  const senior = exec ? null : SENIOR.exec(text);
  if (exec) [seniority, at] = ['executive', exec.index];
  else if (senior) [seniority, at] = ['senior', senior.index];
  else if (years !== null && years >= 8) [seniority, at] = ['senior', yearsMatch!.index];
  else {
    const student = STUDENT.exec(text);
    const early = student ? null : EARLY.exec(text);
    const job = JOB.exec(text);
    if (student) [seniority, at] = ['student', student.index];
    else if (early) [seniority, at] = ['early', early.index];
    else if (years !== null) [seniority, at] = [years >= 3 ? 'mid' : 'early', yearsMatch!.index];
    else if (job) [seniority, at] = ['mid', job.index];
  }
  let stage: CareerStage | null = null;
  if (seniority === 'early' || seniority === 'student') {
    stage = STAGES.find(([, re]) => re.test(text))?.[0] ?? 'junior';
  }
  return {
    seniority,
    seniorityEvidence: at >= 0 ? clauseAt(text, at) : null,
    years,
    fields: ranked(fieldScores(text)),
    mentors: MENTORS.test(text),
    openToWork: OPEN_TO_WORK.test(text),
    stage,
  };
}
