/**
 * A small background for a seeker's themes: what anyone on X writes about (days of the week,
 * thanks, the job search itself), with rough relative frequencies. Against it, "dbt" and
 * "#accessibility" stand out and "week" and "excited" do not. Built in rather than fetched, so a
 * profile is a pure function of the seeker's own posts; a coach compares seekers through their
 * pillars, not through a shared corpus.
 */
import { type TermCounts } from '@libs/text';

const COMMON = `
  today:90 week:80 time:80 day:80 people:70 work:70 job:60 jobs:50 new:90 great:70 good:70
  love:60 thanks:60 thank:50 year:50 years:40 first:50 really:40 like:60 get:50 got:50 one:60
  make:40 know:40 think:40 want:40 need:40 looking:40 happy:40 excited:35 team:40 friday:25
  monday:25 sunday:20 weekend:30 morning:30 tonight:25 everyone:35 anyone:35 help:40 learn:30
  learning:30 life:30 world:30 best:40 better:30 big:25 little:25 still:30 back:35 next:35
  last:35 going:35 lot:25 things:30 thing:25 way:30 post:25 share:25 check:20 read:25 proud:20
  amazing:25 awesome:20 fun:20 coffee:20 game:20 book:15 watch:15 home:25 city:15 hard:20
  long:20 right:25 open:20 start:20 started:20 finally:20 tomorrow:15 yesterday:15 month:20
  months:15 hours:20 free:20 feel:20 always:20 never:20 hope:20 family:20 friends:20 food:15
  news:15 let:20 see:30 come:20 take:25 give:20 keep:20 try:20 use:20 question:15 questions:15
  tips:15 advice:15 interview:15 resume:10 career:15 role:15 company:15 hiring:15 ever:15
  everything:15 someone:15 something:20 nothing:10 night:15 place:15 small:15 real:15
  project:15 course:10 feedback:10 folks:10 normal:10 plans:10 goals:10
`;

export const BACKGROUND: TermCounts = new Map(
  COMMON.trim()
    .split(/\s+/)
    .map((pair) => {
      const [term, count] = pair.split(':') as [string, string];
      return [term, Number(count)] as const;
    }),
);
