import { postingKey } from './jobs.service.js';

const base = {
  applyUrl: null,
  title: 'Senior Data Analyst',
  company: 'Acme',
  companyHandle: null,
  location: 'Berlin',
};

describe('postingKey (one posting per opening)', () => {
  it('keys on the careers URL without tracking tags', () => {
    const a = postingKey({ ...base, applyUrl: 'https://acme.example/careers/7?utm_source=x' }, '1');
    const b = postingKey(
      { ...base, applyUrl: 'https://acme.example/careers/7', location: 'Oslo' },
      '2',
    );
    expect(a).toBe(b);
  });

  it('keeps the same role in two cities apart', () => {
    expect(postingKey(base, '1')).not.toBe(postingKey({ ...base, location: 'Toronto' }, '2'));
    expect(postingKey(base, '1')).toBe(postingKey({ ...base, title: 'senior data analyst!' }, '2'));
  });

  it('never merges posts that name neither a link nor a company', () => {
    const anon = { ...base, company: null };
    expect(postingKey(anon, '1')).not.toBe(postingKey(anon, '2'));
  });
});
