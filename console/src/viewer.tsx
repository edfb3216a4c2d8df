import { createContext, useContext } from 'react';
import { graphql } from './gql';
import type { ViewerQuery } from './gql/graphql';

export const ViewerDoc = graphql(`
  query Viewer {
    viewer {
      role
      seekerId
      member {
        id
        name
        email
      }
      organizations {
        slug
        name
        role
      }
    }
    tenant {
      id
      name
      slug
    }
  }
`);

export type Viewer = ViewerQuery;
export const ViewerContext = createContext<Viewer | null>(null);

export function useViewer(): Viewer {
  const v = useContext(ViewerContext);
  if (!v) throw new Error('useViewer outside the signed-in shell');
  return v;
}

export const isStaff = (v: Viewer) => v.viewer.role !== null && v.viewer.role !== 'SEEKER';
export const isManager = (v: Viewer) => v.viewer.role === 'OWNER' || v.viewer.role === 'ADMIN';
/** Staff who may change things; viewers only read. */
export const canWrite = (v: Viewer) => isManager(v) || v.viewer.role === 'COACH';
/** Anyone but a viewer acts on a seeker's record: staff who write, and the seeker themself. */
export const canAct = (v: Viewer) => canWrite(v) || v.viewer.role === 'SEEKER';

/**
 * How a seeker's record names its seeker: "the seeker" to staff, "you" to the seeker reading
 * their own view.
 */
export function useSeekerWords() {
  const self = useViewer().viewer.role === 'SEEKER';
  return {
    self,
    /** "the seeker" / "you" */
    the: self ? 'you' : 'the seeker',
    /** "the seeker’s" / "your" */
    theirs: self ? 'your' : 'the seeker’s',
    /** "This seeker" / "You" */
    This: self ? 'You' : 'This seeker',
    /** "this seeker" / "you" */
    this: self ? 'you' : 'this seeker',
  };
}
