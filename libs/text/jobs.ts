/**
 * Job postings read out of single posts: the role, who is hiring, where, how, for how much and
 * where to apply. A posting on X is a title plus a hiring cue ("we're hiring", "Job:", "#hiring",
 * "looking for a Staff Engineer"); the same words also appear in posts that are not postings
 * (a seeker "looking for a Data Engineer role", "Acme lays off 10%", "hiring managers look for",
 * "anyone hiring?"), so those are ruled out first by what they say about themselves.
 *
 * The title is found from its head noun (Engineer, Designer, Manager, ...) by walking left over
 * the words that belong to it; each candidate is scored by what precedes it ("hiring a", "Job:",
 * the start of a line) and the best one wins. Places and the workplace come from `hiringSignals`
 * (its list of places and its reading of layouts such as "(Austin, hybrid)" and "| Austin |"),
 * refined by markers ("📍 Remote (EU)", "Location: Berlin"). Everything else is a short pattern.
 *
 * Speed matters (ingestion reads every post): all patterns are compiled once, a post without a
 * role noun is dropped after one regex test, and `hiringSignals` only runs on accepted postings.
 */
import { hiringSignals } from './hiring.js';
import { PLACES, placeKey } from './places.js';
import { STOPWORDS } from './stopwords.js';
import { canonicalUrl } from './url.js';

export type Seniority =
  | 'intern'
  | 'junior'
  | 'mid'
  | 'senior'
  | 'staff'
  | 'principal'
  | 'lead'
  | 'manager'
  | 'director'
  | 'executive';
export type WorkplaceType = 'remote' | 'hybrid' | 'on-site';
export type EmploymentType = 'full-time' | 'part-time' | 'contract' | 'internship' | 'temporary';
export type SalaryPeriod = 'year' | 'month' | 'hour';

export interface Salary {
  /** In units of the currency (120k is 120000); null for "up to $150k". */
  min: number | null;
  /** Null for "from €70k". Equal to `min` for a single amount. */
  max: number | null;
  /** ISO 4217 code: `$` is USD unless the post says otherwise (`C$`, `CAD`). */
  currency: string;
  period: SalaryPeriod;
}

export type JobField =
  | 'title'
  | 'company'
  | 'location'
  | 'workplace'
  | 'employmentType'
  | 'salary'
  | 'applyUrl'
  | 'seniority';

export interface JobPosting {
  /** The role in title case and singular, without what follows it in parentheses: "Senior Data Engineer". */
  title: string;
  seniority: Seniority | null;
  /** A company written as a name ("Acme", "Shipyard Labs"); a handle alone stays in `companyHandle`. */
  company: string | null;
  /** The company's X handle without `@` when the post says "@acme is hiring" or "at @acme". */
  companyHandle: string | null;
  /** A place as written, with its state or country when given: "Austin, TX", "Berlin", "EU". */
  location: string | null;
  workplace: WorkplaceType | null;
  employmentType: EmploymentType | null;
  salary: Salary | null;
  /** The canonical (`canonicalUrl`) apply link, preferring the expanded URLs passed in. */
  applyUrl: string | null;
  /** The handle of a person the post sends candidates to ("DM @jane"), never the company's. */
  recruiter: string | null;
  /** How sure the reading is that this is a job posting, in [0, 1]. */
  confidence: number;
  /** How sure each extracted field is, in [0, 1]; only fields that are not null appear. */
  fieldConfidence: Partial<Record<JobField, number>>;
}

export interface JobPostingOptions {
  /** The expanded URLs of the post's t.co links, in order (X's `entities.urls[].expanded_url`). */
  urls?: readonly string[];
}

/**
 * Posts longer than this are cut before reading: a long post puts the job in its first lines, and
 * a bound on the length is a bound on the time any pattern can take on hostile input.
 */
const MAX_CHARS = 1200;
const SIGNALS_CHARS = 600;

const ROLE_NOUNS = [
  'engineer',
  'developer',
  'designer',
  'manager',
  'analyst',
  'scientist',
  'researcher',
  'recruiter',
  'marketer',
  'writer',
  'copywriter',
  'editor',
  'lead',
  'advocate',
  'executive',
  'representative',
  'architect',
  'consultant',
  'specialist',
  'director',
  'administrator',
  'coordinator',
  'strategist',
  'producer',
  'intern',
  'officer',
  'technician',
  'electrician',
  'accountant',
  'counsel',
  'attorney',
  'owner',
  'tester',
  'programmer',
  'associate',
  'operator',
  'journalist',
  'reporter',
  'economist',
  'statistician',
  'nurse',
  'teacher',
  'instructor',
  'tutor',
  'planner',
  'assistant',
  'generalist',
  'apprentice',
  'trainee',
  'sre',
  'cto',
  'ceo',
  'cfo',
  'coo',
  'cpo',
  'ciso',
];
/** A role noun, plural allowed; "Head of" and "VP of" titles are found by TITLE_OF_RE. */
const NOUN_RE = new RegExp(
  String.raw`(?<![\p{L}\p{N}_@#/.-])(${ROLE_NOUNS.join('|')})(s|es)?(?![\p{L}\p{N}_-])`,
  'giu',
);
const ANY_NOUN_RE = new RegExp(NOUN_RE.source, 'iu');
const TITLE_OF_RE =
  /(?<![\p{L}\p{N}_@#-])(head|vp|svp|evp|vice president|director|chief)[ \t]+of[ \t]+((?:[\p{L}][\p{L}&+-]*)(?:[ \t]+(?:&|and|[\p{L}][\p{L}&+-]*)){0,2})/giu;
const CHIEF_RE = /(?<![\p{L}\p{N}_@#-])chief[ \t]+(?:[\p{L}]+[ \t]+){1,2}officer\b/giu;

/** Words that open a capitalized run without being part of the title. */
const NOT_TITLE = new Set([
  'hiring',
  'join',
  'new',
  'open',
  'now',
  'hot',
  'great',
  'know',
  'looking',
  'seeking',
  'wanted',
  'apply',
  'remote',
  'hybrid',
  'onsite',
  'on-site',
  'role',
  'job',
  'jobs',
  'position',
  'dear',
  'hey',
  'hi',
  'hello',
  'urgent',
  'urgently',
  'amazing',
  'awesome',
  'talented',
  'strong',
  'experienced',
  'passionate',
  'rockstar',
  'ninja',
  'good',
  'next',
  'first',
  'become',
  'calling',
  'attention',
  'congrats',
  'congratulations',
  'meet',
  'welcome',
  'shoutout',
  'thanks',
  'our',
  'your',
  'my',
  'their',
  'we',
  'we’re',
  "we're",
  'are',
  'is',
  'a',
  'an',
  'the',
  'for',
  'as',
  'at',
  'in',
  'to',
  'and',
  'or',
  'with',
  'hire',
  'needed',
  'vacancy',
  'opening',
  'opportunity',
  'exciting',
  'fantastic',
  'ambitious',
  'contract',
  'freelance',
  'full-time',
  'part-time',
  'fulltime',
  'parttime',
  'temporary',
  'temp',
  'permanent',
  'paid',
  'unpaid',
  'future',
  'fellow',
  'dm',
  'rt',
  'repost',
  'reposting',
  'update',
  'alert',
  'seeks',
  'needs',
  'wants',
]);
const SENIORITY_WORDS = new Set([
  'senior',
  'sr',
  'sr.',
  'junior',
  'jr',
  'jr.',
  'staff',
  'principal',
]);
/** Kept in capitals whatever the post does. */
const ACRONYMS = new Set([
  'ux',
  'ui',
  'qa',
  'ml',
  'ai',
  'sre',
  'it',
  'hr',
  'seo',
  'bi',
  'gtm',
  'ii',
  'iii',
  'iv',
  'vp',
  'svp',
  'evp',
  'cto',
  'ceo',
  'cfo',
  'coo',
  'cpo',
  'ciso',
  'aws',
  'gcp',
  'api',
  'sdk',
  'nlp',
  'llm',
  'devops',
  'mlops',
  'crm',
  'erp',
  'sap',
  'php',
  'sql',
  'cx',
  'pr',
  'sdr',
  'bdr',
]);
/** Spellings kept as they are ("iOS", "DevOps"). */
const SPELLINGS = new Map(
  [
    'iOS',
    'DevOps',
    'MLOps',
    'DataOps',
    'FinOps',
    'DevRel',
    'JavaScript',
    'TypeScript',
    'GraphQL',
  ].map((w) => [w.toLowerCase(), w] as const),
);
/** Lowercase inside a title ("Head of Data", "Research and Development Lead"). */
const SMALL = new Set(['of', 'and', 'for', 'the', '&']);
/** Region names in capitals that must not be read as shouting. */
const CAPS_KEEP = new Set(['EMEA', 'APAC', 'LATAM', 'DACH', 'NYC', 'USA', 'UK', 'EU', 'US', 'UAE']);

/** Words before a title that say it is wanted: "hiring a", "looking for an", "needs a". */
const WANTED_BEFORE_RE =
  /(?:\bhiring|\blooking for|\bseeking|\bsearching for|\bin search of|\bneeds?|\bwants|\bhunting for|\brecruiting(?:[ \t]+for)?|\bhire|\bon an?)[ \t]*:?[ \t]+(?:(?:an?|one|our|two|three|several|some|\d+|new|next|the|first|founding|strong|great|talented|experienced|exceptional|awesome|founding|full-time|part-time|fulltime|parttime|contract|freelance|temporary|remote|hybrid|on-site|onsite|paid)[ \t]+)*$/i;
/** A title that opens a line or follows a label: "Job: ...", "🚀 Senior ...", "HIRING — ...". */
const LABEL_BEFORE_RE =
  /(?:\b(?:job|role|position|opening|vacancy|title|hiring|now hiring|open role|new role|open position|we['’]re hiring|we are hiring|opportunity|job alert)[ \t]*[:\-–—|][ \t]*|(?:^|\n)[ \t]*(?:[^\p{L}\p{N}\s][ \t]*)*)$/iu;
/** "as a Data Engineer", "for Data Engineer roles": describes a person or a kind of job. */
const AS_BEFORE_RE =
  /\b(?:as|became|becoming|am|was|i['’]?m)[ \t]+(?:an?[ \t]+)?(?:junior[ \t]+)?$/i;
/** "Join the Payments team as a Backend Engineer" offers the job. */
const JOIN_AS_RE = /\bjoin\b[^.!?\n]{0,50}\bas[ \t]+an?[ \t]+$/i;
const JOB_AFTER_RE =
  /^[ \t]*(?:roles?|jobs?|positions?|opportunit\w*|interviews?|offers?|candidates?|salar\w*|hiring|market|skills)\b/i;
const WANTING_RE =
  /\b(?:looking for|seeking|searching for|in search of)[ \t]+(?:an?[ \t]+|my[ \t]+)?$/i;

/** Hiring cues that stand on their own; read only outside questions. */
const STRONG_CUES: RegExp[] = [
  /\b(?:we['’]?re|we are|i['’]?m|i am|is|are|now|currently|still|actively|also|team['’]s|team is)[ \t]+hiring\b(?![ \t]+(?:freeze|managers))/i,
  /(?:^|\n|[.!•]|[^\p{L}\p{N}\s#@])[ \t]*(?:now[ \t]+)?hiring[ \t]*(?:[:!\-–—]|\n|$)/iu,
  /\bhiring[ \t]+(?:an?|for an?|one|two|\d+)[ \t]/i,
  /\bjoin[ \t]+(?:us|our|my)\b/i,
  /\bjoin[ \t]+(?:the[ \t]+)?(?:@\w+|(?:\p{Lu}[\p{L}\p{N}&.'’-]*[ \t]+){1,3}team\b)/iu,
  /\bcome[ \t]+(?:work|build)[ \t]+with[ \t]+(?:me|us)\b/i,
  /\b(?:open|new)[ \t]+(?:roles?|positions?|openings?|reqs?)\b/i,
  /\bjob[ \t]*(?:alert|opening|opportunity|post(?:ing)?|offer)s?\b/i,
  /\b(?:job|role|position|vacancy|title)[ \t]*:/i,
  /\b(?:wir suchen|wir stellen ein|estamos contratando|estamos buscando|buscamos|nous recrutons|on recrute|stiamo cercando|vacature)\b/i,
  /\bapply(?:[ \t]+(?:here|now|today|via|at|below|through|online|on|in))?[ \t]*(?:[:→👉]|here|now|below|today|$|\n|\bvia\b|\bat\b|\bon\b)/iu,
  /\b(?:we|i|@\w+|team)['’]?(?:re|[ \t]+are|[ \t]+is|[ \t]+am)?[ \t]+(?:looking|searching)[ \t]+for\b/i,
  /\bto join (?:us|our|the|my)\b/i,
  /\b(?:wanted|needed)\b(?![ \t]+(?:to|a|an|the|it|this|that|more|some)\b)/i,
];
/** Someone offering the jobs themselves, which a plural title needs ("We're hiring Engineers"). */
const FIRST_PERSON_RE =
  /\b(?:we['’]?re|we are|we have|i['’]?m|i am|our|join us|my team|come work)\b|#(?:hiring|wearehiring|nowhiring|joinourteam)\b/i;

const HIRING_TAG_RE =
  /(?<![\p{L}\p{N}_&])#(?:hiring|nowhiring|hiringnow|wearehiring|werehiring|jobs|job|techjobs|jobalert|jobopening|jobopenings|joinourteam|joinus|remotejobs|devjobs|careers|vacancy|jobposting|recruiting|stellenangebot|empleo)\b/iu;

/** Posts that talk about jobs without offering one. */
const NOT_A_POSTING: RegExp[] = [
  // Seekers.
  /#opentowork\b|\bopen to (?:work|new roles|new opportunities|opportunities)\b|\bhire me\b|\bmy (?:job[ \t]?search|job hunt|next (?:role|job|opportunity|chapter))\b|\bRTs?[ \t]+appreciated\b|\b(?:i['’]?m|i am|currently)[ \t]+(?:actively[ \t]+)?(?:looking|searching|seeking|hunting)[ \t]+for[ \t]+(?:an?[ \t]+|my[ \t]+)?(?:new[ \t]+|next[ \t]+|first[ \t]+)?(?:role|job|position|opportunit|internship|gig)/i,
  // Got, started or left a job.
  /\b(?:got|landed|accepted|signed|received)[ \t]+(?:the|an?|my)[ \t]+(?:(?:dream|first|new)[ \t]+)?(?:job|offer|role|position)\b|\bgot the offer\b|\bstart(?:ed|ing)?[ \t]+(?:my[ \t]+|a[ \t]+)?(?:new[ \t]+)?(?:job|role|position)\b|\bstarting as an?\b|\bfirst (?:day|week) (?:at|as|of)\b|\b(?:excited|thrilled|happy|proud|humbled) to (?:announce|share|say)(?: that)? i(?:['’]ve| have| am|['’]m| will)?[ \t]+(?:be[ \t]+)?(?:joined|joining|accepted|started|starting)\b|\bnew job\b(?![ \t]+(?:alert|opening|post))|\bjust joined\b|\bi['’]?m joining\b|\bmy last day\b/i,
  // Layoffs, freezes and the labour market.
  /\blay(?:s|ing)?[ \t]+off\b|\blaid[ \t]+off\b|\blayoffs?\b|\bjob[ \t]+cuts\b|\b(?:cuts?|cutting|slash(?:es|ing)?|eliminat\w+)[ \t]+(?:[\d,.%]+[ \t]+)?(?:of[ \t]+)?(?:its[ \t]+|their[ \t]+)?(?:jobs|roles|staff|workforce|positions|employees)\b|\broles[ \t]+cut\b|\bhiring[ \t]+(?:freeze|slowdown|pause)\b|#hiringfreeze\b|\brescinded\b/i,
  /\bjobs?[ \t]+report\b|\bunemployment\b|\bjobless\b|\bnonfarm\b|\bpayrolls\b|\blabou?r market\b|\bjob(?:s)?[ \t]+(?:market|growth|numbers|data|boom|added)\b|\btalent[ \t]+(?:gap|shortage)\b|\bcreat(?:e|es|ed|ing)[ \t]+[\d,]+[ \t]+(?:new[ \t]+)?jobs\b/i,
  /\b(?:not|no longer|aren['’]t|isn['’]t|stopped|stop)[ \t]+hiring\b|\byear over year\b|\b(?:fell|rose|dropped|declined|jumped|grew|down|up)[ \t]+[\d.]+[ \t]?%/i,
  // Headlines and advice about hiring.
  /\bhiring managers\b|\brecruiters[ \t]+(?:look|want|say|are|hate|love)\b|\b(?:survey|study|report)[ \t]+(?:finds|shows|says)\b|\bnew survey\b|\baccording to\b|\bsources?[ \t]+(?:say|said)\b|\breports?[ \t]+(?:say|says|said)\b|\breportedly\b|\bwhy (?:every|all|so many|more)\b|\b(?:tips?|advice)[ \t]+(?:for|on)[ \t]+(?:getting|landing|your)\b/i,
  // Digests of several companies' openings.
  /\bthis week['’]?s top\b|\btop[ \t]+\d+[ \t]+(?:jobs|roles)\b|\bround-?up\b|\bfull list\b|\bjob board digest\b/i,
];
const RT_RE = /^[ \t]*RT[ \t]+@\w{1,15}:/;
const URL_RE = /\bhttps?:\/\/[^\s<>"'“”‘’]+/giu;
/** Trailing punctuation that ends a sentence rather than a link. */
const URL_TAIL_RE = /[.,;:!?)\]}]+$/;
/** A sentence ending in "?"; anchored at sentence starts so a post without one costs one pass. */
const QUESTION_RE = /(?<=^|[.!?\n])[^.!?\n]*\?+/g;
const SOCIAL_HOST_RE = /^https:\/\/(?:[a-z0-9-]+\.)?(?:x\.com|twitter\.com)\//i;

const NAME = String.raw`\p{Lu}[\p{L}\p{N}&'’.]*(?:[ \t]+(?:\p{Lu}[\p{L}\p{N}&'’.]*|&))*`;
/** Where a company is named, strongest first; group 1 is the name. */
const COMPANY_RES: RegExp[] = [
  new RegExp(String.raw`(?:🏢|\b[Cc]ompany[ \t]*:)[ \t]*(${NAME})`, 'u'),
  new RegExp(
    String.raw`\b[Jj]oin[ \t]+(?:the[ \t]+)?(${NAME})(?=[ \t]*(?:[!.,:;(]|$|\n)|[ \t]+(?:as|in|and|on|team|to|—|–|-)\b|['’]s\b)`,
    'u',
  ),
  new RegExp(
    String.raw`(?:^|[.!:;,•\n][ \t]*|[^\p{L}\p{N}\s][ \t]*)(${NAME})[ \t]+(?:is|are)[ \t]+(?:(?:now|actively|currently)[ \t]+)?(?:hiring|looking|growing|seeking|expanding|searching)\b`,
    'u',
  ),
  new RegExp(
    String.raw`(?:^|[.!:;,•\n][ \t]*|[^\p{L}\p{N}\s][ \t]*)(${NAME})[ \t]+(?:needs|wants|seeks)\b`,
    'u',
  ),
  new RegExp(String.raw`\b(?:at|@)[ \t]+(${NAME})`, 'u'),
];
/** "<title> at Acme", "<title> @ Acme", "<title> | Acme |", "<title> with Acme": read after the title. */
const AFTER_TITLE_COMPANY_RE = new RegExp(
  String.raw`^[ \t]*(?:\([^)\n]{0,30}\)[ \t]*)?(?:at|@|with|\||—|–|-)[ \t]+(${NAME})`,
  'u',
);
const HANDLE_RES: RegExp[] = [
  /(?:\bat|\bjoin|\bwith|\bfor|\bteam)[ \t]+@(\w{1,15})/i,
  /@(\w{1,15})['’]?s?[ \t]+(?:is|are)[ \t]+(?:(?:now|actively|currently)[ \t]+)?(?:hiring|looking|growing|seeking|expanding)\b/i,
  /🏢[ \t]*@(\w{1,15})/u,
];
const NOT_COMPANY = new Set([
  'we',
  'i',
  'us',
  'our',
  'my',
  'me',
  'the',
  'this',
  'that',
  'they',
  'it',
  'you',
  'he',
  'she',
  'apply',
  'remote',
  'hybrid',
  'onsite',
  'salary',
  'location',
  'dm',
  'team',
  'everyone',
  'nobody',
  'someone',
  'who',
  'here',
  'job',
  'role',
  'hiring',
  'now',
  'new',
  'great',
  'join',
  'full',
  'part',
  'contract',
  'interested',
  'company',
  'startup',
  'today',
  'why',
  'how',
  'what',
  'hot',
  'urgent',
]);
const RECRUITER_RE =
  /\b(?:dm|message|ping|contact|e-?mail|reach[ \t]+out[ \t]+to|talk[ \t]+to|speak[ \t]+(?:to|with)|send[ \t]+(?:your[ \t]+|a[ \t]+|me[ \t]+your[ \t]+)?(?:cv|resume|résumé|portfolio)s?[ \t]+to|questions\??[ \t]*(?:→|->|:|to)?|ask|hit[ \t]+up|cc:?|referrals?[ \t]+(?:to|via))[ \t]+@(\w{1,15})/i;

const CUR = String.raw`(?:US\$|CA?\$|AU?\$|NZ\$|S\$|[$€£₹¥]|USD|EUR|GBP|CAD|AUD|CHF|INR|SGD|NZD|SEK|NOK|DKK|PLN|CZK|HUF|JPY|KRW|BRL|MXN|ZAR|NGN|KES)`;
const AMOUNT = String.raw`\d{1,3}(?:[.,\u00a0\u202f ]\d{3})+(?!\d)|\d+(?:[.,]\d{1,2})?`;
const SALARY_RE = new RegExp(
  String.raw`(?<![\p{L}\p{N}.,])(?:(${CUR})[ \t]?)?(${AMOUNT})[ \t]?([kK](?!\p{L}))?(?:[ \t]*(?:-|–|—|to|bis|a)[ \t]*(?:(${CUR})[ \t]?)?(${AMOUNT})[ \t]?([kK](?!\p{L}))?)?(?:[ \t]?(USD|EUR|GBP|CAD|AUD|CHF|INR|SGD|NZD|SEK|NOK|DKK|PLN|CZK|HUF|JPY|KRW|BRL|MXN|ZAR|NGN|KES|€|£)(?!\p{L}))?(?:[ \t]*(?:\/|per|an?|p\/?)[ \t]*(year|yr|annum|y|hour|hr|h|month|mo)(?!\p{L}))?`,
  'giu',
);
const SALARY_UP_TO_RE = /\b(?:up to|upto|max(?:imum)?|<)[ \t]*$/i;
const SALARY_FROM_RE = /\b(?:from|starting at|min(?:imum)?|>|\+)[ \t]*$/i;
/** "$50M Series B" is funding; "£550/day" is a day rate, which has no period here. */
const BIG_AFTER_RE =
  /^[ \t]?(?:m|mm|bn?|million|billion|series)\b|^[ \t]*(?:\/|per|an?|p\/?)[ \t]*(?:day|d|week|wk|shift)\b/i;
const CURRENCY: Record<string, string> = {
  $: 'USD',
  US$: 'USD',
  C$: 'CAD',
  CA$: 'CAD',
  A$: 'AUD',
  AU$: 'AUD',
  NZ$: 'NZD',
  S$: 'SGD',
  '€': 'EUR',
  '£': 'GBP',
  '₹': 'INR',
  '¥': 'JPY',
};

/** Currencies whose yearly salaries run into the millions. */
const SMALL_UNIT_CURRENCIES = new Set([
  'JPY',
  'INR',
  'KRW',
  'HUF',
  'CLP',
  'COP',
  'IDR',
  'NGN',
  'KES',
]);

const EMPLOYMENT: [EmploymentType, RegExp][] = [
  ['internship', /\bintern(?:ship)?s?\b|\bco-?op\b|\bpraktikum\b/i],
  ['contract', /\bcontract(?:or)?\b|\bfreelance\b|\bc2c\b|\b1099\b/i],
  ['part-time', /\bpart[- ]?time\b/i],
  ['temporary', /\btemp(?:orary)?\b|\bfixed[- ]term\b|\bseasonal\b|\bmaternity cover\b/i],
  ['full-time', /\bfull[- ]?time\b|\bpermanent\b|\bFTE\b/i],
];

const SENIORITY_RULES: [Seniority, RegExp][] = [
  ['executive', /\b(?:vp|svp|evp|vice president|chief|cto|ceo|cfo|coo|cpo|ciso)\b/i],
  ['director', /\b(?:director|head of)\b/i],
  [
    'manager',
    /\b(?:engineering|design|analytics|data science|development|team|research|delivery)[ \t]+manager\b|\bmanager of\b/i,
  ],
  ['intern', /\bintern\b/i],
  ['principal', /\bprincipal\b/i],
  ['staff', /\bstaff\b/i],
  ['lead', /\blead\b/i],
  ['senior', /\b(?:senior|sr\.?|iii)(?![\p{L}])/iu],
  ['mid', /\b(?:mid[- ]?level|intermediate|ii)\b/i],
  ['junior', /\b(?:junior|jr\.?|entry[- ]level|graduate|associate(?=[ \t]+\p{L}))(?![\p{L}])/iu],
];
const TEXT_JUNIOR_RE =
  /\b(?:entry[- ]level|new[ \t]+grads?|graduate[ \t]+(?:role|program|scheme))\b/i;

/** A place marker and what follows it up to the end of its field. */
const LOCATION_MARKER_RE =
  /(?:📍|🌍|🌎|🌏|🗺️?|\blocation[ \t]*:|\bbased[ \t]+in\b|\blocated[ \t]+in\b)[ \t]*([^\n|•·;💰💵💶💷🔗👉⏰🕐🏢💼]+)/iu;
const REMOTE_IN_RE =
  /\bremote[ \t]*(?:\(([^)\n]{2,30})\)|[-–—:][ \t]*(\p{Lu}[\p{L}. ]{1,25}?)(?=[ \t]*(?:[,.;|!)\n]|$|\bonly\b)))/iu;
const MODE_WORD_RE =
  /\b(?:fully[ \t]+|100%[ \t]+)?(?:remote(?:[- ](?:first|friendly|ok|only))?|hybrid|on[- ]?site|in[- ]office|in[- ]person|wfh)\b/giu;
const MODE_IN_VALUE: [WorkplaceType, RegExp][] = [
  ['hybrid', /\bhybrid\b/i],
  ['on-site', /\bon[- ]?site\b|\bin[- ](?:office|person)\b/i],
  ['remote', /\bremote\b|\bwfh\b|\banywhere\b/i],
];
const FOLLOWING_REGION_RE = /^[ \t]*,[ \t]*([A-Z]{2}\b|\p{Lu}[\p{L}.]+(?:[ \t]+\p{Lu}[\p{L}.]+)?)/u;
const SHOUT_RE = /\b[A-Z][A-Z'’-]{3,}\b/g;

interface TitleCandidate {
  start: number;
  end: number;
  words: string[];
  score: number;
  plural: boolean;
  wanted: boolean;
  labelled: boolean;
  seeker: boolean;
}

/**
 * Reads a post as a job posting. Returns null for posts that are not postings (news about jobs,
 * layoffs, a seeker's post, a question, a retweet, advice), and for postings without a role.
 * Pure and synchronous; never throws.
 */
export function extractJobPosting(text: string, opts?: JobPostingOptions): JobPosting | null {
  if (typeof text !== 'string' || text.length === 0) return null;
  try {
    return extract(text.length > MAX_CHARS ? text.slice(0, MAX_CHARS) : text, opts);
  } catch {
    // Defensive only: extraction is plain string work, but an ingestion loop must never die on a post.
    return null;
  }
}

function extract(raw: string, opts: JobPostingOptions | undefined): JobPosting | null {
  if (RT_RE.test(raw)) return null;
  // Cheapest test first: most posts name no role at all.
  if (!ANY_NOUN_RE.test(raw) && !/\b(?:head|vp|director|chief)\b/i.test(raw)) return null;
  for (const re of NOT_A_POSTING) if (re.test(raw)) return null;

  const textUrls: string[] = [];
  const noLinks = raw.replace(URL_RE, (u) => {
    textUrls.push(u.replace(URL_TAIL_RE, ''));
    return ' ';
  });
  const t = unshout(noLinks);

  const title = findTitle(t);
  if (!title) return null;

  // A cue inside a question ("Anyone hiring a Data Engineer?") asks, it does not offer.
  const statements = t.includes('?') ? t.replace(QUESTION_RE, ' ') : t;
  let strong = STRONG_CUES.some((re) => re.test(statements));
  const tagged = HIRING_TAG_RE.test(t);
  // "Looking for a Product Designer to join" offers; the question form was removed above.
  const titleInStatement = statements.includes(t.slice(title.start, title.end));
  if (title.wanted && titleInStatement && !title.plural) strong = true;
  if (title.seeker) return null;
  if (!strong && !tagged) return null;
  // "What does a Staff Engineer do? #hiring": a tag alone does not make a question an offer.
  if (!strong && !titleInStatement) return null;
  // "Newsrooms are hiring product managers": a trend; a plural needs someone saying "we".
  if (title.plural && !FIRST_PERSON_RE.test(statements)) return null;

  const titleText = normalizeTitle(title.words);
  const after = t.slice(title.end);
  const companyInfo = findCompany(t, after);
  let finalTitle = titleText;
  if (companyInfo.company && finalTitle.startsWith(companyInfo.company + ' ')) {
    finalTitle = finalTitle.slice(companyInfo.company.length + 1);
  }

  // hiringSignals' place patterns grow with the square of a capitalized run; the place is near
  // the title in any real post, so a shorter prefix loses nothing and bounds the time.
  const signals = hiringSignals(noLinks.slice(0, SIGNALS_CHARS));
  const place = findLocation(t, signals.locations);
  const workplace = place.workplace ?? toWorkplace(signals.workplace);
  const salary = findSalary(t);
  const applyUrl = findApplyUrl(opts?.urls, textUrls);
  const recruiterMatch = RECRUITER_RE.exec(t);
  let recruiter = recruiterMatch ? recruiterMatch[1] : null;
  if (
    recruiter &&
    companyInfo.handle &&
    recruiter.toLowerCase() === companyInfo.handle.toLowerCase()
  ) {
    recruiter = null;
  }
  const employmentType = findEmployment(finalTitle, t);
  const seniority = findSeniority(finalTitle, t);

  const fieldConfidence: Partial<Record<JobField, number>> = {
    title: title.labelled || title.wanted ? 0.9 : title.words.length > 1 ? 0.7 : 0.5,
  };
  if (companyInfo.company) fieldConfidence.company = companyInfo.confidence;
  if (place.location) fieldConfidence.location = place.confidence;
  if (workplace) fieldConfidence.workplace = place.workplace ? 0.9 : 0.75;
  if (employmentType) fieldConfidence.employmentType = 0.8;
  if (salary) fieldConfidence.salary = salary.min !== null && salary.max !== null ? 0.9 : 0.7;
  if (applyUrl) fieldConfidence.applyUrl = opts?.urls?.length ? 0.9 : 0.6;
  if (seniority) fieldConfidence.seniority = seniority.confidence;

  // Independent pieces of evidence, combined as a noisy OR so more of them only ever helps.
  const evidence = [
    strong ? 0.6 : 0,
    tagged ? 0.4 : 0,
    title.labelled || title.wanted ? 0.3 : 0.1,
    applyUrl ? 0.3 : 0,
    salary ? 0.2 : 0,
    place.location ? 0.1 : 0,
    workplace ? 0.1 : 0,
    companyInfo.company || companyInfo.handle ? 0.1 : 0,
  ];
  let doubt = 1;
  for (const e of evidence) doubt *= 1 - e;

  return {
    title: finalTitle,
    seniority: seniority?.value ?? null,
    company: companyInfo.company,
    companyHandle: companyInfo.handle,
    location: place.location,
    workplace,
    employmentType,
    salary,
    applyUrl,
    recruiter,
    confidence: Math.round((1 - doubt) * 1000) / 1000,
    fieldConfidence,
  };
}

/** Shouted words in title case, so "HIRING: SENIOR DATA ENGINEER" reads like any other post. */
function unshout(t: string): string {
  let count = 0;
  SHOUT_RE.lastIndex = 0;
  while (SHOUT_RE.exec(t) && count < 2) count++;
  if (count < 2) return t;
  return t.replace(SHOUT_RE, (w) =>
    CAPS_KEEP.has(w) || ACRONYMS.has(w.toLowerCase()) ? w : w[0] + w.slice(1).toLowerCase(),
  );
}

function findTitle(t: string): TitleCandidate | null {
  let best: TitleCandidate | null = null;
  const consider = (c: TitleCandidate | null) => {
    if (c && c.score > -Infinity && (best === null || c.score > best.score)) best = c;
  };
  NOUN_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = NOUN_RE.exec(t)) !== null) {
    consider(candidateAt(t, m.index, m.index + m[1].length, m[0].length, m[1]));
  }
  TITLE_OF_RE.lastIndex = 0;
  while ((m = TITLE_OF_RE.exec(t)) !== null) {
    const capital = /^\p{Lu}/u.test(m[2]);
    const objWords: string[] = [];
    for (const w of m[2].split(/[ \t]+/)) {
      if (
        w !== '&' &&
        w.toLowerCase() !== 'and' &&
        (STOPWORDS.has(w.toLowerCase()) ||
          NOT_TITLE.has(w.toLowerCase()) ||
          (capital && !/^\p{Lu}/u.test(w)))
      )
        break;
      objWords.push(w);
    }
    while (objWords.length && /^(?:&|and)$/i.test(objWords[objWords.length - 1])) objWords.pop();
    if (!objWords.length || PLACES.has(placeKey(objWords.join(' ')))) continue;
    const words = [...m[1].split(/[ \t]+/), 'of', ...objWords];
    consider(scored(t, m.index, m.index + m[0].length, words, false));
  }
  CHIEF_RE.lastIndex = 0;
  while ((m = CHIEF_RE.exec(t)) !== null) {
    consider(scored(t, m.index, m.index + m[0].length, m[0].split(/[ \t]+/), false));
  }
  return best;
}

function candidateAt(
  t: string,
  nounStart: number,
  nounEnd: number,
  matchLen: number,
  noun: string,
): TitleCandidate | null {
  const plural = matchLen > noun.length;
  const capital = /^\p{Lu}/u.test(noun);
  const words: string[] = [];
  const starts: number[] = [];
  // Walk left over the words of the title.
  let i = nounStart;
  while (words.length < 5 && i > 0) {
    if (t[i - 1] !== ' ' && t[i - 1] !== '\t') break;
    let j = i - 1;
    while (j > 0 && (t[j - 1] === ' ' || t[j - 1] === '\t')) j--;
    let k = j;
    while (k > 0 && !/\s/.test(t[k - 1])) k--;
    const w = t.slice(k, j);
    if (!isTitleWord(w, capital)) break;
    words.unshift(w);
    starts.unshift(k);
    i = k;
  }
  // Leading words such as "Join", "New", "Remote" are not part of it.
  while (
    words.length &&
    (NOT_TITLE.has(words[0].toLowerCase()) || words[0] === '&' || SMALL.has(words[0].toLowerCase()))
  ) {
    words.shift();
    starts.shift();
  }
  const start = starts.length ? starts[0] : nounStart;
  let end = nounEnd + (matchLen - noun.length);
  // Levels written after the noun: "Software Engineer II".
  const level = /^[ \t]+(I{1,3}|IV|[1-3])(?![\p{L}\p{N}])/u.exec(t.slice(end));
  const all = [...words, noun];
  if (level) {
    all.push(level[1]);
    end += level[0].length;
  }
  // A lone noun in capitals is too often a sentence start ("Lead with that", "Editor's pick").
  if (
    all.length === 1 &&
    /^(?:lead|owner|associate|executive|officer|director|counsel|operator)$/i.test(noun)
  ) {
    return null;
  }
  return scored(t, start, end, all, plural);
}

function isTitleWord(w: string, capital: boolean): boolean {
  if (w.length === 0 || w.length > 24) return false;
  const lower = w.toLowerCase();
  if (SENIORITY_WORDS.has(lower)) return true;
  if (w === '&') return true;
  // Punctuation at either end means the word belongs to another phrase.
  if (/[,:;!?.)(|"“”]$/.test(w) && !/^(?:sr|jr)\.$/i.test(w)) return false;
  if (/^[^\p{L}\p{N}]/u.test(w) && !/^[+#]/.test(w)) return false;
  if (NOT_TITLE.has(lower) || STOPWORDS.has(lower)) return false;
  if (PLACES.has(placeKey(w)) && !ACRONYMS.has(lower)) return false;
  if (capital) {
    return /^(?:\p{Lu}|i[A-Z]|\p{N}+[A-Z])[\p{L}\p{N}+#./'’-]*$/u.test(w) && !/['’]s$/.test(w);
  }
  return /^\p{Ll}[\p{Ll}\p{N}+#/-]*$/u.test(w);
}

function scored(
  t: string,
  start: number,
  end: number,
  words: string[],
  plural: boolean,
): TitleCandidate {
  const before = t.slice(Math.max(0, start - 60), start);
  const after = t.slice(end, end + 30);
  const wanted = WANTED_BEFORE_RE.test(before) || JOIN_AS_RE.test(before);
  const labelled = !wanted && LABEL_BEFORE_RE.test(before);
  const described = !wanted && AS_BEFORE_RE.test(before);
  const jobAfter = JOB_AFTER_RE.test(after);
  // "looking for a Data Engineer role" is a seeker describing the job they want.
  const seeker = jobAfter && WANTING_RE.test(before);
  let score = 1;
  if (wanted) score += 3;
  if (labelled) score += 2;
  // Among candidates with the same context the longest run is the whole title.
  score += 0.2 * Math.min(words.length, 6);
  if (described) score -= 3;
  if (jobAfter) score -= 1;
  if (plural) score -= 1;
  // "give every teacher a tutor": lowercase words are a title only where one is expected.
  if (!wanted && !labelled && !/\p{Lu}/u.test(words.join(''))) score = -Infinity;
  return { start, end, words, score, plural, wanted, labelled, seeker };
}

function normalizeTitle(words: string[]): string {
  const out: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    const lower = w.toLowerCase();
    const last = i === words.length - 1;
    if (ACRONYMS.has(lower)) out.push(lower.toUpperCase());
    else if (SPELLINGS.has(lower)) out.push(SPELLINGS.get(lower)!);
    else if (SMALL.has(lower) && i > 0 && !last) out.push(lower);
    else if (lower === 'sr' || lower === 'sr.') out.push('Senior');
    else if (lower === 'jr' || lower === 'jr.') out.push('Junior');
    else if (
      /^[\p{Lu}\p{N}]{2,4}$/u.test(w) &&
      /\p{L}/u.test(w) &&
      !/^[\p{Lu}][\p{Lu}]{3}$/u.test(w)
    )
      out.push(w);
    else {
      out.push(
        w
          .split('-')
          .map((p) => (p ? p[0].toUpperCase() + p.slice(1).toLowerCase() : p))
          .join('-'),
      );
    }
  }
  // The last word is the noun: singular, as on a job board.
  const n = out.length - 1;
  if (n >= 0) out[n] = singular(out[n]);
  return out.join(' ');
}

function singular(w: string): string {
  const l = w.toLowerCase();
  if (!ROLE_NOUN_SET.has(l) && ROLE_NOUN_SET.has(l.replace(/e?s$/, ''))) {
    const base = ROLE_NOUN_SET.has(l.slice(0, -1)) ? w.slice(0, -1) : w.slice(0, -2);
    return base;
  }
  return w;
}
const ROLE_NOUN_SET = new Set(ROLE_NOUNS);

interface CompanyInfo {
  company: string | null;
  handle: string | null;
  confidence: number;
}

function findCompany(t: string, afterTitle: string): CompanyInfo {
  let handle: string | null = null;
  for (const re of HANDLE_RES) {
    const m = re.exec(t);
    if (m) {
      handle = m[1];
      break;
    }
  }
  const after = AFTER_TITLE_COMPANY_RE.exec(afterTitle);
  if (after) {
    const name = cleanCompany(after[1]);
    if (name) return { company: name, handle, confidence: 0.85 };
  }
  for (let i = 0; i < COMPANY_RES.length; i++) {
    const m = COMPANY_RES[i].exec(t);
    if (!m) continue;
    const name = cleanCompany(m[1]);
    if (name)
      return {
        company: name,
        handle,
        confidence: i === 0 ? 0.9 : i === COMPANY_RES.length - 1 ? 0.6 : 0.75,
      };
  }
  return { company: null, handle, confidence: 0 };
}

function cleanCompany(raw: string): string | null {
  let name = raw
    .replace(/['’]s$/, '')
    .replace(/[.&'’]+$/, '')
    .trim();
  const words = name.split(/[ \t]+/);
  // A run of capitals may go on into the next sentence's words; a company has at most 3.
  while (words.length > 3) words.pop();
  while (
    words.length &&
    (NOT_COMPANY.has(words[words.length - 1].toLowerCase()) ||
      MODE_WORD_ONLY_RE.test(words[words.length - 1]))
  )
    words.pop();
  name = words.join(' ');
  if (!name) return null;
  const first = words[0].toLowerCase();
  if (NOT_COMPANY.has(first) || NOT_TITLE.has(first) || STOPWORDS.has(first)) return null;
  if (PLACES.has(placeKey(name)) || ANY_NOUN_RE.test(name)) return null;
  if (MODE_WORD_ONLY_RE.test(name)) return null;
  return name;
}
const MODE_WORD_ONLY_RE = /^(?:remote|hybrid|on-?site|in-office|wfh|anywhere|worldwide)$/i;

interface PlaceInfo {
  location: string | null;
  workplace: WorkplaceType | null;
  confidence: number;
}

function findLocation(t: string, signalPlaces: string[]): PlaceInfo {
  let workplace: WorkplaceType | null = null;
  const marker = LOCATION_MARKER_RE.exec(t);
  if (marker) {
    const value = marker[1];
    for (const [kind, re] of MODE_IN_VALUE) {
      if (re.test(value)) {
        workplace = kind;
        break;
      }
    }
    const place = placeFromValue(value);
    if (place) return { location: place, workplace, confidence: 0.9 };
  }
  for (const p of signalPlaces) {
    if (p === 'remote') continue;
    return { location: withRegion(t, p), workplace, confidence: 0.8 };
  }
  const remote = REMOTE_IN_RE.exec(t);
  const remotePlace = remote ? placeFromValue(remote[1] ?? remote[2] ?? '') : null;
  // "– Lagos, Nigeria –", "Warsaw, Poland · Hybrid": a listed place anywhere in the post.
  CAPITAL_RUN_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = CAPITAL_RUN_RE.exec(t)) !== null) {
    const place = listedPlace(m[0]);
    if (place) return { location: withRegion(t, place), workplace, confidence: 0.6 };
  }
  if (remotePlace) return { location: remotePlace, workplace: 'remote', confidence: 0.8 };
  return { location: null, workplace, confidence: 0 };
}

/** "Remote (EU)" is "EU", "Austin, TX (hybrid)" is "Austin, TX", "Berlin or remote" is "Berlin". */
function placeFromValue(value: string): string | null {
  const cleaned = value
    .replace(/\([^)]*\)/g, (inner) =>
      /\b(?:remote|hybrid|on-?site|office|wfh)\b/i.test(inner) ? ' ' : inner,
    )
    .replace(MODE_WORD_RE, ' ')
    .replace(/\b(?:or|and|only|from|within|in|time ?zones?|tz)\b/gi, ' ')
    .replace(/[()]/g, ' ')
    .replace(/[^\p{L}\p{N},.' -]+/gu, ' ')
    .replace(/\s*[-–—/]\s*/g, ' ')
    .replace(/\s+/g, ' ')
    .replace(/^[ ,.-]+|[ ,.-]+$/g, '');
  if (!cleaned || cleaned.length > 40 || !/^\p{Lu}/u.test(cleaned)) return null;
  const parts = cleaned
    .split(/\s*,\s*/)
    .filter(Boolean)
    .slice(0, 2);
  return parts.join(', ');
}

const CAPITAL_RUN_RE =
  /(?<![\p{L}\p{N}@#_])\p{Lu}[\p{L}\p{M}.'’]*(?:[ \t]+(?:(?:de|da|do|del|la)[ \t]+)?\p{Lu}[\p{L}\p{M}.'’]*){0,3}/gu;
const PRECEDING_PLACE_RE = /(\p{Lu}[\p{L}\p{M}.]+(?:[ \t]+\p{Lu}[\p{L}\p{M}.]+){0,2}),[ \t]*$/u;

/** The longest run of leading words of a capitalized run that is on the list of places. */
function listedPlace(run: string): string | null {
  const words = run.split(/[ \t]+/);
  for (let start = 0; start < words.length; start++) {
    for (let n = words.length; n > start; n--) {
      const cand = words
        .slice(start, n)
        .join(' ')
        .replace(/[.'’]+$/, '');
      if (PLACES.has(placeKey(cand))) return cand;
    }
  }
  return null;
}

/** "Austin" written as "Austin, TX" or "London, UK" keeps its region. */
function withRegion(t: string, place: string): string {
  if (place.includes(',')) return place;
  const at = t.indexOf(place);
  if (at < 0) return place;
  // hiringSignals may name the country of "Dublin, Ireland (hybrid)": keep the city too.
  const prev = PRECEDING_PLACE_RE.exec(t.slice(Math.max(0, at - 40), at));
  if (prev && PLACES.has(placeKey(prev[1]))) return `${prev[1]}, ${place}`;
  const m = FOLLOWING_REGION_RE.exec(t.slice(at + place.length, at + place.length + 40));
  if (!m) return place;
  const full = m[1].replace(/\.+$/, '');
  if (/^[A-Z]{2}$/.test(full) || PLACES.has(placeKey(full))) return `${place}, ${full}`;
  // "Kigali, Rwanda. On-site": the run went on into the next sentence.
  const first = full.split(/[ \t]+/)[0].replace(/\.+$/, '');
  if (PLACES.has(placeKey(first))) return `${place}, ${first}`;
  return place;
}

function toWorkplace(w: 'remote' | 'hybrid' | 'onsite' | null): WorkplaceType | null {
  return w === 'onsite' ? 'on-site' : w;
}

function findSalary(t: string): Salary | null {
  if (!/\d/.test(t)) return null;
  SALARY_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = SALARY_RE.exec(t)) !== null) {
    if (m[0].length === 0) {
      SALARY_RE.lastIndex++;
      continue;
    }
    const [, c1, a, ka, c2, b, kb, c3, per] = m;
    const cur = c1 ?? c2 ?? c3;
    if (!cur) continue;
    if (BIG_AFTER_RE.test(t.slice(m.index + m[0].length, m.index + m[0].length + 10))) continue;
    let lo = parseAmount(a);
    let hi = b !== undefined ? parseAmount(b) : null;
    if (lo === null) continue;
    const kHi = kb !== undefined || (b === undefined && ka !== undefined);
    if (ka !== undefined) lo *= 1000;
    if (hi !== null && kb !== undefined) hi *= 1000;
    // "$140-160k": the k of the upper bound applies to the lower one too.
    if (hi !== null && kHi && ka === undefined && lo < 1000) lo *= 1000;
    if (hi !== null && hi < lo) [lo, hi] = [hi, lo];
    const top = hi ?? lo;
    if (top < 10) continue;
    const period = periodOf(per, top);
    const currency = CURRENCY[cur.toUpperCase()] ?? CURRENCY[cur] ?? cur.toUpperCase();
    // Beyond any salary in a strong currency: a funding round or a price.
    if (top > (SMALL_UNIT_CURRENCIES.has(currency) ? 1e9 : 5e6)) continue;
    const before = t.slice(Math.max(0, m.index - 20), m.index);
    if (hi === null) {
      if (SALARY_UP_TO_RE.test(before)) return { min: null, max: lo, currency, period };
      // "€120k+" is open-ended; "€70.000 + bonus" is not.
      if (SALARY_FROM_RE.test(before) || (t[m.index + m[0].length] === '+' && !/\s$/.test(m[0]))) {
        return { min: lo, max: null, currency, period };
      }
      return { min: lo, max: lo, currency, period };
    }
    return { min: lo, max: hi, currency, period };
  }
  return null;
}

function parseAmount(s: string): number | null {
  let v: number;
  if (/^\d{1,3}(?:[.,\u00a0\u202f ]\d{3})+$/.test(s))
    v = Number(s.replace(/[.,\u00a0\u202f ]/g, ''));
  else v = Number(s.replace(',', '.'));
  return Number.isFinite(v) ? v : null;
}

function periodOf(per: string | undefined, top: number): SalaryPeriod {
  if (per) {
    const p = per.toLowerCase();
    if (p.startsWith('h')) return 'hour';
    if (p.startsWith('mo')) return 'month';
    return 'year';
  }
  // No unit: the size says it, as a reader would take "$45" or "€4,500" in a job post.
  return top < 500 ? 'hour' : top < 20_000 ? 'month' : 'year';
}

function findApplyUrl(expanded: readonly string[] | undefined, inText: string[]): string | null {
  const pick = (list: readonly unknown[]) => {
    for (const u of list) {
      if (typeof u !== 'string') continue;
      const c = canonicalUrl(u);
      // A link to another post (a quoted tweet) is not where to apply.
      if (c && !SOCIAL_HOST_RE.test(c)) return c;
    }
    return null;
  };
  return (Array.isArray(expanded) ? pick(expanded) : null) ?? pick(inText);
}

function findEmployment(title: string, t: string): EmploymentType | null {
  if (/\bintern\b/i.test(title)) return 'internship';
  let best: EmploymentType | null = null;
  let at = Infinity;
  for (const [kind, re] of EMPLOYMENT) {
    const m = re.exec(t);
    if (m && m.index < at) {
      at = m.index;
      best = kind;
    }
  }
  return best;
}

function findSeniority(title: string, t: string): { value: Seniority; confidence: number } | null {
  for (const [value, re] of SENIORITY_RULES) {
    if (re.test(title)) return { value, confidence: 0.9 };
  }
  if (TEXT_JUNIOR_RE.test(t)) return { value: 'junior', confidence: 0.6 };
  return null;
}

const BASE_CUE_RE = /#hiring\b|\bwe['’]?re hiring\b|\bwe are hiring\b/i;
const BASE_TITLE_RE = /\b(?:hiring|for)\b[ \t:]*(?:an?[ \t]+)?([^.,!?()\n|#:]+)/i;
const BASE_URL_RE = /https?:\/\/\S+/i;
const BASE_REMOTE_RE = /\bremote\b/i;

/**
 * The baseline for the benchmark, deliberately plain: a post is a job posting when it says
 * `#hiring` or "we're hiring"; the title is whatever follows "hiring" or "for" up to punctuation,
 * the apply link the first URL, and the workplace `remote` when the word appears. Nothing else is
 * read. It exists to show what `extractJobPosting`'s extra work buys; do not use it in features.
 */
export function regexOnlyJobPosting(text: string, opts?: JobPostingOptions): JobPosting | null {
  if (typeof text !== 'string' || !BASE_CUE_RE.test(text)) return null;
  const m = BASE_TITLE_RE.exec(text.replace(/https?:\/\/\S+/gi, ' '));
  const title = m ? m[1].trim().slice(0, 80) : '';
  if (!title) return null;
  const first = opts?.urls?.[0] ?? BASE_URL_RE.exec(text)?.[0];
  const applyUrl = typeof first === 'string' ? canonicalUrl(first) : null;
  const workplace: WorkplaceType | null = BASE_REMOTE_RE.test(text) ? 'remote' : null;
  return {
    title,
    seniority: null,
    company: null,
    companyHandle: null,
    location: null,
    workplace,
    employmentType: null,
    salary: null,
    applyUrl,
    recruiter: null,
    confidence: 0.5,
    fieldConfidence: { title: 0.5 },
  };
}
