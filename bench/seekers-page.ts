/**
 * The benchmark's workload: the first page of 50 seekers with their coaches and latest note, as
 * the caseload screen asks for it. The same response is produced by Perch through GraphQL and by
 * the raw baseline as one SQL statement that builds the JSON in PostgreSQL.
 */
export const SEEKERS_PAGE_QUERY = `query SeekersPage {
  seekers(first: 50) {
    edges {
      cursor
      node {
        id name email status headline
        coaches { id name }
        latestNote { id body createdAt }
      }
    }
    pageInfo { hasNextPage endCursor }
  }
}`;

const gid = (prefix: string, col: string) =>
  `'${prefix}_' || rtrim(translate(encode(decode(replace(${col}::text, '-', ''), 'hex'), 'base64'), '+/', '-_'), '=')`;
const iso = (col: string) => `to_char(${col} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;
const cursor = (created: string, id: string) =>
  `rtrim(translate(replace(encode(convert_to(${iso(created)} || '|' || ${id}::text, 'UTF8'), 'base64'), E'\\n', ''), '+/', '-_'), '=')`;

/** One statement returning the response body as text; tenant from the session setting. */
const PAGE_JSON_SQL = `
with page as (
  select s.tenant_id, s.id, s.name, s.email, s.status, s.headline, s.created_at
    from seekers s
   where s.tenant_id = $1
   order by s.created_at, s.id
   limit 51
), shown as (select * from page order by created_at, id limit 50)
select json_build_object('data', json_build_object('seekers', json_build_object(
  'edges', coalesce((
    select json_agg(json_build_object(
      'cursor', ${cursor('p.created_at', 'p.id')},
      'node', json_build_object(
        'id', ${gid('skr', 'p.id')},
        'name', p.name, 'email', p.email, 'status', upper(p.status), 'headline', p.headline,
        'coaches', coalesce((
          select json_agg(json_build_object('id', ${gid('stf', 'm.id')}, 'name', u.name) order by sc.created_at, sc.membership_id)
            from seeker_coaches sc
            join memberships m on m.tenant_id = sc.tenant_id and m.id = sc.membership_id
            join users u on u.id = m.user_id
           where sc.tenant_id = p.tenant_id and sc.seeker_id = p.id), '[]'::json),
        'latestNote', (
          select json_build_object('id', ${gid('note', 'n.id')}, 'body', n.body, 'createdAt', ${iso('n.created_at')})
            from coach_notes n
           where n.tenant_id = p.tenant_id and n.seeker_id = p.id
           order by n.created_at desc, n.id desc limit 1)
      )) order by p.created_at, p.id)
    from shown p), '[]'::json),
  'pageInfo', json_build_object(
    'hasNextPage', (select count(*) > 50 from page),
    'endCursor', (select ${cursor('p.created_at', 'p.id')} from shown p order by p.created_at desc, p.id desc limit 1))
))) as body`;

export const SEEKERS_PAGE_SQL = `select body::text as body from (${PAGE_JSON_SQL}) response`;
