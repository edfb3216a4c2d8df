/**
 * Whether the author of job posts is a recruiter a seeker can write to, and of which kind: an
 * agency recruiter (places people at many companies) or an in-house one (hires for their own).
 *
 * The bio decides most cases: recruiters say so ("Technical recruiter @acme", "Talent partner for
 * fintech startups", "Founder, Northstar Search. Placing engineers in SaaS."). Behaviour confirms
 * or fills in for an empty bio: most posts being job posts, for several companies, asking people
 * to DM.
 *
 * Decided, not recruiters (`isRecruiter: false`, `kind: null`):
 * - careers and brand accounts ("Careers at @acme. We're hiring across engineering"): they post
 *   openings all day, but they are the company speaking, not a person to message about a role;
 * - hiring managers, founders and executives ("Engineering manager, we're hiring!", "CTO @acme.
 *   Hiring!"): they hire for their own team, and a seeker should approach them as a hiring manager,
 *   not as a recruiter;
 * - former recruiters and coaches ("Ex-recruiter, now career coach"), job boards and news
 *   accounts that list many companies' jobs.
 */

export interface RecruiterAccount {
  username: string;
  description: string;
}

export interface RecruiterBehaviour {
  /**
   * Their posts: the count on their X profile in the service, since a jobs search sees only the
   * job posts (the quality test counts a simulated timeline's original posts).
   */
  posts: number;
  /** Of those, posts that advertise an opening. */
  hiringPosts: number;
  /** Companies named by those job posts: the careers site's host, else the name or handle. */
  distinctCompaniesPosted: number;
  /** Job posts inviting people to send a direct message ("DM me"). */
  mentionsDm: number;
}

export interface RecruiterClassification {
  isRecruiter: boolean;
  /** 0..1; 0.5 and more is a recruiter. */
  score: number;
  kind: 'agency' | 'in-house' | null;
  /** Why, in words a coach can check against the profile. */
  reasons: string[];
  /** Employers the bio names ("Recruiter at Acme", "@acme"), as written without the @. */
  companies: string[];
}

const THRESHOLD = 0.5;

/** Words that make a bio a recruiter's; each is enough on its own. */
const ROLE_RE =
  /\b(?:(?:tech(?:nical)?|it|senior|lead|agency|executive|engineering|freelance)\s+)?(?:recruiter|recruiters|recruitment consultant|sourcer|headhunter|talent partner|talent acquisition|talent scout|talent advisor|talent lead|staffing)\b/i;
const PLACING_RE =
  /\bplacing\s+(?:[\w&+-]+\s+){0,2}(?:engineers|developers|designers|talent|people|candidates|leaders|folks|analysts|scientists)\b/i;
const RECRUITING_RE = /\b(?:i recruit|recruiting for|recruit(?:s|ing)? (?:engineers|talent))\b/i;
/** The recruiter words are about a past job or about recruiters in general. */
const FORMER_RE =
  /\b(?:ex[- ]?|former(?:ly)?\s+(?:a\s+)?|recovering\s+|retired\s+)(?:tech(?:nical)?\s+)?(?:recruiter|sourcer|headhunter|talent)/i;
const ABOUT_RECRUITERS_RE =
  /\b(?:for|about|helping|training|coaching|tips for|advice for|recruiters i)\s+(?:tech\s+)?recruiters\b/i;

const CAREERS_BIO_RE = /^\s*(?:careers|jobs|life)\s+(?:at|@)\b|\bcareers (?:page|site)\b/i;
const CAREERS_HANDLE_RE = /(?:careers|jobs|hiring)$|^lifeat|^(?:careers|jobs)at/i;
const HIRING_MANAGER_RE =
  /\b(?:engineering manager|eng manager|hiring manager|head of (?!talent|recruit|people)\w+|vp (?:of )?(?!talent|recruit|people)\w+|cto|ceo|coo|cpo|founder|co-?founder|director of (?!talent|recruit)\w+|tech lead|team lead)\b/i;
const NEWS_RE =
  /\b(?:news|newsletter|job board|jobs board|job listings|headlines|reporter|journalist)\b/i;
const WE_HIRE_RE = /\b(?:we['’]?re|we are)\s+hiring\b|\bhiring!/i;

/** Words in an employer's name that mark a recruiting agency ("Northstar Search"). */
const AGENCY_NAME_RE =
  /\b(?:talent|search|recruit\w*|staffing|people|partners|hire|headhunt\w*|consult\w*|placements?|resourcing|associates|agency)\b/i;
/** The bio describes serving a market, not one employer. */
const AGENCY_BIO_RE =
  /\b(?:agency|staffing|placing|clients?|for (?:[\w&]+ )?(?:startups|companies|scale-?ups|teams)|freelance|independent|search firm|headhunter)\b/i;

/** "Recruiter at Acme", "Talent partner @ Acme", "recruiter @acme", "Founder, Northstar Search". */
const EMPLOYER_RE =
  /(?:\b(?:at|with|for|[Ff]ounder,?|[Ff]ounder of)\s+|(?<![\w@])@\s+)(\p{Lu}[\p{L}\p{N}&'’._-]*(?:\s+\p{Lu}[\p{L}\p{N}&'’._-]*){0,3})/gu;
/** "for SaaS startups" names a market, not an employer. */
const MARKET_AFTER_RE = /^\s+(?:startups|companies|scale-?ups|teams|roles|candidates|clients)\b/i;
const HANDLE_RE = /(?<![\w@])@(\w{1,15})\b/g;

function employers(description: string): string[] {
  const found: string[] = [];
  const add = (name: string) => {
    const clean = name.replace(/^@/, '').replace(/[.'’_-]+$/, '');
    if (clean && !found.some((f) => f.toLowerCase() === clean.toLowerCase())) found.push(clean);
  };
  for (const m of description.matchAll(EMPLOYER_RE)) {
    if (MARKET_AFTER_RE.test(description.slice(m.index + m[0].length))) continue;
    add(m[1]);
  }
  for (const m of description.matchAll(HANDLE_RE)) add(m[1]);
  return found;
}

const round = (n: number) => Math.round(n * 100) / 100;

/** Classifies the author of job posts from their bio and what they post. Pure. */
export function classifyRecruiter(
  account: RecruiterAccount,
  behaviour: RecruiterBehaviour,
): RecruiterClassification {
  const bio = account.description ?? '';
  const reasons: string[] = [];
  const companies = employers(bio);
  const not = (reason: string): RecruiterClassification => ({
    isRecruiter: false,
    score: 0,
    kind: null,
    reasons: [reason],
    companies,
  });

  if (CAREERS_HANDLE_RE.test(account.username) || CAREERS_BIO_RE.test(bio)) {
    return not('A company careers account, not a person to message');
  }
  const former = FORMER_RE.test(bio) || ABOUT_RECRUITERS_RE.test(bio);
  const role = !former && (ROLE_RE.test(bio) || PLACING_RE.test(bio) || RECRUITING_RE.test(bio));

  let score = 0;
  if (role) {
    const said = (ROLE_RE.exec(bio) ?? PLACING_RE.exec(bio) ?? RECRUITING_RE.exec(bio))![0];
    score += 0.6;
    reasons.push(`Bio says "${said.trim()}"`);
  } else if (HIRING_MANAGER_RE.test(bio)) {
    // A manager who hires posts openings for their team; treat them as the hiring manager.
    return not('Hires for their own team (hiring manager), not a recruiter');
  } else if (NEWS_RE.test(bio)) {
    return not('A news account or job board');
  } else if (former) {
    return not('Used to recruit; no longer does');
  }

  const { posts, hiringPosts, distinctCompaniesPosted, mentionsDm } = behaviour;
  const share = posts > 0 ? hiringPosts / posts : 0;
  if (posts >= 5 && share >= 0.5) {
    score += share >= 0.75 ? 0.3 : 0.2;
    reasons.push(`${Math.round(share * 100)}% of ${posts} posts are job posts`);
  }
  if (distinctCompaniesPosted >= 3) {
    score += 0.2;
    reasons.push(`Posts openings for ${distinctCompaniesPosted} companies`);
  }
  if (hiringPosts > 0 && mentionsDm >= 2) {
    score += 0.1;
    reasons.push('Invites candidates to DM');
  }
  // Without recruiter words in the bio, behaviour alone must be strong: a careers-like pattern
  // across several companies, not an employee sharing their own team's two openings.
  if (!role && distinctCompaniesPosted < 3) score = Math.min(score, THRESHOLD - 0.05);
  score = round(Math.min(1, score));

  if (score < THRESHOLD) {
    return {
      isRecruiter: false,
      score,
      kind: null,
      reasons: reasons.length ? reasons : ['Nothing in the bio or posts says recruiter'],
      companies,
    };
  }

  const agencyEmployer = companies.some((c) => AGENCY_NAME_RE.test(c));
  const inHouse =
    companies.length > 0 &&
    !agencyEmployer &&
    !AGENCY_BIO_RE.test(bio) &&
    distinctCompaniesPosted <= 1;
  if (inHouse) {
    reasons.push(`Recruits for ${companies[0]}`);
  } else if (agencyEmployer) {
    reasons.push(`Works at a recruiting firm (${companies.find((c) => AGENCY_NAME_RE.test(c))})`);
  } else if (distinctCompaniesPosted >= 2) {
    reasons.push('Recruits for several companies');
  } else {
    reasons.push('Names no single employer');
  }
  // "We're hiring" from a recruiter who names one employer is that employer's own team.
  if (inHouse && WE_HIRE_RE.test(bio)) reasons.push('Says "we\'re hiring" for their employer');
  return { isRecruiter: true, score, kind: inHouse ? 'in-house' : 'agency', reasons, companies };
}
