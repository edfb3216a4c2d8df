import fc from 'fast-check';
import cityTimezones from 'city-timezones';
import { distanceKm } from './geo.js';
import { locate, normalizePlaceName } from './gazetteer.js';

const where = (text: string) => {
  const p = locate(text);
  return p && { name: p.name, iso2: p.iso2, province: p.province };
};

describe('locate', () => {
  it.each([
    ['Austin, TX', 'Austin', 'US', 'Texas'],
    ['Austin, Texas', 'Austin', 'US', 'Texas'],
    ['Austin TX', 'Austin', 'US', 'Texas'],
    ['ATX', 'Austin', 'US', 'Texas'],
    ['NYC', 'New York', 'US', 'New York'],
    ['New York, NY', 'New York', 'US', 'New York'],
    ['Brooklyn, NY', 'New York', 'US', 'New York'],
    ['SF', 'San Francisco', 'US', 'California'],
    ['San Francisco, CA', 'San Francisco', 'US', 'California'],
    ['Bay Area', 'San Francisco', 'US', 'California'],
    ['San Francisco Bay Area', 'San Francisco', 'US', 'California'],
    ['DC', 'Washington, D.C.', 'US', 'District of Columbia'],
    ['Washington, DC', 'Washington, D.C.', 'US', 'District of Columbia'],
    ['Washington, D.C., USA', 'Washington, D.C.', 'US', 'District of Columbia'],
    ['London, UK', 'London', 'GB', 'Westminster'],
    ['London', 'London', 'GB', 'Westminster'],
    ['London, Ontario', 'London', 'CA', 'Ontario'],
    ['London, ON', 'London', 'CA', 'Ontario'],
    ['Berlin, Germany', 'Berlin', 'DE', 'Berlin'],
    ['São Paulo, Brazil', 'Sao Paulo', 'BR', 'São Paulo'],
    ['Sao Paulo', 'Sao Paulo', 'BR', 'São Paulo'],
    ['Bangalore', 'Bengaluru', 'IN', 'Karnataka'],
    ['Bengaluru, India', 'Bengaluru', 'IN', 'Karnataka'],
    ['Lagos, Nigeria', 'Lagos', 'NG', 'Lagos'],
    ['Toronto, ON', 'Toronto', 'CA', 'Ontario'],
    ['📍 Denver', 'Denver', 'US', 'Colorado'],
    ['Denver 🏔️ | she/her', 'Denver', 'US', 'Colorado'],
    ['Portland, OR', 'Portland', 'US', 'Oregon'],
    ['PDX', 'Portland', 'US', 'Oregon'],
    ['Portland, Maine', 'Portland', 'US', 'Maine'],
    ['Dublin, Ireland', 'Dublin', 'IE', 'Dublin'],
    ['Dublin, GA', 'Dublin', 'US', 'Georgia'],
    ['Vancouver, WA', 'Vancouver', 'US', 'Washington'],
    ['Vancouver', 'Vancouver', 'CA', 'British Columbia'],
    ['Montréal', 'Montréal', 'CA', 'Québec'],
    ['Tel Aviv', 'Tel Aviv-Yafo', 'IL', 'Tel Aviv'],
    ['Philly', 'Philadelphia', 'US', 'Pennsylvania'],
    ['NOLA', 'New Orleans', 'US', 'Louisiana'],
    ['MSP', 'Minneapolis', 'US', 'Minnesota'],
    ['LA', 'Los Angeles', 'US', 'California'],
    ['Austin, TX (Remote)', 'Austin', 'US', 'Texas'],
    ['Remote · Austin, TX', 'Austin', 'US', 'Texas'],
    ['Based in Chicago', 'Chicago', 'US', 'Illinois'],
    ['Greater Boston Area', 'Boston', 'US', 'Massachusetts'],
    ['NYC → SF', 'New York', 'US', 'New York'],
  ])('reads %j as %s (%s, %s)', (text, name, iso2, province) => {
    expect(where(text)).toEqual({ name, iso2, province });
  });

  it.each(['Remote', 'remote', 'Earth', '', '   ', 'worldwide', 'Planet Earth 🌍', 'the internet'])(
    'places %j nowhere',
    (text) => {
      expect(locate(text)).toBeNull();
    },
  );

  it('places a country or a state alone nowhere rather than guessing a city', () => {
    expect(locate('Germany')).toBeNull();
    expect(locate('Texas')).toBeNull();
  });

  it('gives coordinates, time zone and population', () => {
    const p = locate('Austin, TX')!;
    expect(p.timeZone).toBe('America/Chicago');
    expect(p.population).toBeGreaterThan(500_000);
    expect(distanceKm(p, { lat: 30.27, lng: -97.74 })).toBeLessThan(20);
  });

  it('finds all 7,000-odd gazetteer cities by "name, province", names with "or" and " - " too', () => {
    const cities = cityTimezones.cityMapping.filter(
      (c) => typeof c.iso2 === 'string' && c.province && c.city,
    );
    const key = (x: { city: string; province: string }) =>
      `${normalizePlaceName(x.city)}|${normalizePlaceName(x.province)}`;
    const rows = new Map<string, { lat: number; lng: number }[]>();
    for (const c of cities) rows.set(key(c), [...(rows.get(key(c)) ?? []), c]);
    const missed = cities.filter((c) => {
      const p = locate(`${c.city}, ${c.province}`);
      if (!p) return true;
      // A name shared with an alias (e.g. "La") may resolve elsewhere; otherwise it is this row.
      if (normalizePlaceName(p.name) !== normalizePlaceName(c.city)) return false;
      return !rows.get(key(c))!.some((o) => o.lat === p.lat && o.lng === p.lng);
    });
    expect(missed.map((c) => `${c.city}, ${c.province}`)).toEqual([]);
    expect(locate('Truth or Consequences, New Mexico')?.name).toBe('Truth or Consequences');
  });

  it('finds every gazetteer city by its own "name, province" (round trip)', () => {
    const cities = cityTimezones.cityMapping.filter(
      (c) => typeof c.iso2 === 'string' && c.province && c.city,
    );
    fc.assert(
      fc.property(fc.integer({ min: 0, max: cities.length - 1 }), (i) => {
        const c = cities[i];
        const p = locate(`${c.city}, ${c.province}`);
        // A name shared with an alias (e.g. "La") may resolve elsewhere; otherwise it is this city.
        if (p && normalizePlaceName(p.name) === normalizePlaceName(c.city)) {
          const same = cities.filter(
            (o) =>
              normalizePlaceName(o.city) === normalizePlaceName(c.city) &&
              normalizePlaceName(o.province) === normalizePlaceName(c.province),
          );
          expect(same.some((o) => o.lat === p.lat && o.lng === p.lng)).toBe(true);
        }
        expect(p).not.toBeNull();
      }),
      { numRuns: 500 },
    );
  });

  it('is fast once built', () => {
    locate('Austin, TX');
    const texts = ['Austin, TX', 'London, Ontario', 'NYC', 'Remote', '📍 Denver', 'Lagos, Nigeria'];
    const t0 = performance.now();
    for (let i = 0; i < 60_000; i++) locate(texts[i % texts.length]);
    const perCall = (performance.now() - t0) / 60_000;
    expect(perCall).toBeLessThan(0.05); // ms; about 1-5 µs here
  });
});

describe('distanceKm', () => {
  const point = fc.record({
    lat: fc.double({ min: -89.9, max: 89.9, noNaN: true }),
    lng: fc.double({ min: -180, max: 180, noNaN: true }),
  });

  it('is symmetric, zero on itself and never beyond half the circumference', () => {
    fc.assert(
      fc.property(point, point, (a, b) => {
        expect(distanceKm(a, b)).toBeCloseTo(distanceKm(b, a), 6);
        expect(distanceKm(a, a)).toBeCloseTo(0, 6);
        expect(distanceKm(a, b)).toBeLessThanOrEqual(20_016);
      }),
    );
  });

  it('satisfies the triangle inequality', () => {
    fc.assert(
      fc.property(point, point, point, (a, b, c) => {
        expect(distanceKm(a, c)).toBeLessThanOrEqual(distanceKm(a, b) + distanceKm(b, c) + 1e-6);
      }),
      {
        // Nearly antipodal points once broke the inequality by 1e-5 km under haversine (CI run of
        // e268525); kept as a fixed example so the numerics cannot regress unseen.
        examples: [
          [
            { lat: 0, lng: 0 },
            { lat: 6.037091348628667e-7, lng: 0 },
            { lat: 0, lng: 179.99999790869023 },
          ],
        ],
      },
    );
  });

  it('agrees with known distances between located cities', () => {
    const km = (a: string, b: string) => distanceKm(locate(a)!, locate(b)!);
    expect(km('NYC', 'London, UK')).toBeGreaterThan(5500);
    expect(km('NYC', 'London, UK')).toBeLessThan(5650);
    expect(km('SF', 'Oakland, CA')).toBeLessThan(30);
    expect(km('London, Ontario', 'Toronto, ON')).toBeLessThan(200);
  });
});
