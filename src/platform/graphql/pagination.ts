/**
 * Relay connections over (created_at, id): stable under inserts, index-backed, and the cursor is
 * opaque. `first` is 1–100 (default 20), checked before the resolver runs.
 */
import { ArgsType, Field, Int, ObjectType } from '@nestjs/graphql';
import type { Type } from '@nestjs/common';
import { IsInt, IsOptional, IsString, Max, Min } from 'class-validator';
import { AppError } from '../errors.js';

export const MAX_PAGE = 100;

@ArgsType()
export class PageArgs {
  @Field(() => Int, { nullable: true, description: 'Page size, 1 to 100 (default 20).' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(MAX_PAGE)
  first?: number;

  @Field(() => String, { nullable: true, description: 'Cursor of the last edge seen.' })
  @IsOptional()
  @IsString()
  after?: string;
}

@ObjectType()
export class PageInfo {
  @Field() hasNextPage!: boolean;
  @Field() hasPreviousPage!: boolean;
  @Field(() => String, { nullable: true }) startCursor!: string | null;
  @Field(() => String, { nullable: true }) endCursor!: string | null;
}

export interface Cursor {
  createdAt: Date;
  id: string;
}

export function encodeCursor(c: Cursor): string {
  return Buffer.from(`${c.createdAt.toISOString()}|${c.id}`).toString('base64url');
}

const CURSOR_RE =
  /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z)\|([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$/;

/**
 * Accepts exactly what encodeCursor writes: a four-digit-year ISO time (PostgreSQL's range; a
 * forged far-past date would otherwise fail in SQL) and a uuid.
 */
export function decodeCursor(s: string | null | undefined): Cursor | null {
  // An explicit null (a variable left empty) is the first page, as an omitted argument is.
  if (s === undefined || s === null) return null;
  const m = CURSOR_RE.exec(Buffer.from(s, 'base64url').toString());
  const createdAt = new Date(m?.[1] ?? '');
  if (!m || Number.isNaN(createdAt.getTime()) || createdAt.toISOString() !== m[1]) {
    throw AppError.badInput('The `after` cursor is not one this API issued.', ['after']);
  }
  return { createdAt, id: m[2] };
}

export interface Page<T> {
  edges: { cursor: string; node: T }[];
  nodes: T[];
  pageInfo: PageInfo;
}

/** Builds a page from rows fetched with `limit first + 1`. */
export function toPage<R extends Cursor, T>(
  rows: R[],
  first: number,
  after: string | null | undefined,
  map: (row: R) => T,
): Page<T> {
  return pageOf(
    rows.slice(0, first).map((r) => ({ cursor: encodeCursor(r), node: map(r) })),
    rows.length > first,
    after,
  );
}

/** A page from its edges, whether more follow, and the cursor it was asked after. */
function pageOf<T>(
  edges: { cursor: string; node: T }[],
  hasNextPage: boolean,
  after: string | null | undefined,
): Page<T> {
  return {
    edges,
    nodes: edges.map((e) => e.node),
    pageInfo: {
      hasNextPage,
      hasPreviousPage: after !== undefined && after !== null,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
  };
}

export function pageSize(args: PageArgs): number {
  return args.first ?? 20;
}

/** A `XConnection` type with edges, nodes and pageInfo for the given node type. */
export function Connection<T>(node: Type<T>, name: string) {
  @ObjectType(`${name}Edge`)
  class Edge {
    @Field() cursor!: string;
    @Field(() => node) node!: T;
  }

  @ObjectType(`${name}Connection`, { isAbstract: true })
  abstract class ConnectionType {
    @Field(() => [Edge]) edges!: Edge[];
    @Field(() => [node]) nodes!: T[];
    @Field(() => PageInfo) pageInfo!: PageInfo;
  }
  return ConnectionType;
}

const UUID_RE = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/**
 * For lists sorted by something other than creation (a match's score, an application's last
 * change): the cursor names the last row, and the next page is what sorts after that row as it
 * is now, found by the query with a row comparison against it.
 */
export function encodeRowCursor(type: string, id: string): string {
  return Buffer.from(`${type}|${id}`).toString('base64url');
}

export function decodeRowCursor(type: string, s: string | null | undefined): string | null {
  if (s === undefined || s === null) return null;
  const [t, id] = Buffer.from(s, 'base64url').toString().split('|');
  if (t !== type || !UUID_RE.test(id ?? '')) {
    throw AppError.badInput('The `after` cursor is not one this API issued.', ['after']);
  }
  return id;
}

/** Builds a page from rows fetched with `limit first + 1`, with row cursors. */
export function toRowPage<R extends { id: string }, T>(
  type: string,
  rows: R[],
  first: number,
  after: string | null | undefined,
  map: (row: R) => T,
): Page<T> {
  return pageOf(
    rows.slice(0, first).map((r) => ({ cursor: encodeRowCursor(type, r.id), node: map(r) })),
    rows.length > first,
    after,
  );
}
