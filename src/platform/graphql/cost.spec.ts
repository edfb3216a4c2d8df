import fc from 'fast-check';
import { buildSchema, parse } from 'graphql';
import { operationCost } from './cost.js';

const schema = buildSchema(`
  interface Node { id: ID! }
  type Note implements Node { id: ID! body: String author: Person }
  type Person implements Node { id: ID! name: String }
  type NoteEdge { cursor: String! node: Note! }
  type PageInfo { hasNextPage: Boolean! }
  type NoteConnection { edges: [NoteEdge!]! nodes: [Note!]! pageInfo: PageInfo! }
  type Seeker implements Node { id: ID! name: String notes(first: Int): NoteConnection! coach: Person }
  type SeekerEdge { cursor: String! node: Seeker! }
  type SeekerConnection { edges: [SeekerEdge!]! nodes: [Seeker!]! pageInfo: PageInfo! }
  type Query { seekers(first: Int): SeekerConnection! viewer: Person nodes(ids: [ID!]!): [Node]! }
  type Payload { ok: Boolean }
  type Mutation { touch: Payload }
`);

const cost = (q: string, vars: Record<string, unknown> = {}) =>
  operationCost(schema, parse(q), undefined, vars);

describe('operationCost', () => {
  it('charges scalars nothing and each object one point', () => {
    expect(cost('{ viewer { id name } }')).toBe(1);
  });

  it('charges a connection 2 + first × the cost of one node, however the node is reached', () => {
    expect(cost('{ seekers(first: 10) { nodes { id } } }')).toBe(2 + 10 * 1);
    expect(
      cost('{ seekers(first: 10) { edges { cursor node { id } } pageInfo { hasNextPage } } }'),
    ).toBe(12);
    expect(cost('{ seekers(first: 10) { nodes { coach { id } } } }')).toBe(2 + 10 * 2);
  });

  it('multiplies nested connections (Shopify: 2 + 50 × (1 + 2 + 10))', () => {
    expect(cost('{ seekers(first: 50) { nodes { notes(first: 10) { nodes { id } } } } }')).toBe(
      2 + 50 * (1 + 12),
    );
  });

  it('reads first from variables and defaults to 20', () => {
    expect(cost('query($n: Int) { seekers(first: $n) { nodes { id } } }', { n: 5 })).toBe(7);
    expect(cost('{ seekers { nodes { id } } }')).toBe(22);
  });

  it('counts fragments like inline selections', () => {
    const inline = cost('{ seekers(first: 3) { nodes { id coach { name } } } }');
    const viaFragment = cost(
      '{ seekers(first: 3) { nodes { ...S } } } fragment S on Seeker { id coach { name } }',
    );
    expect(viaFragment).toBe(inline);
  });

  it('charges each id of a list lookup', () => {
    expect(cost('{ nodes(ids: ["a", "b", "c"]) { id } }')).toBe(3);
  });

  it('charges a mutation ten points', () => {
    expect(cost('mutation { touch { ok } }')).toBe(10);
  });

  it('never decreases when first grows', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 100 }), fc.integer({ min: 1, max: 100 }), (x, y) => {
        const [lo, hi] = x <= y ? [x, y] : [y, x];
        const q = (n: number) =>
          `{ seekers(first: ${n}) { nodes { notes(first: 3) { nodes { id } } } } }`;
        expect(cost(q(lo))).toBeLessThanOrEqual(cost(q(hi)));
      }),
    );
  });
});
