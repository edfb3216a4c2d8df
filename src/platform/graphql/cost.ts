/**
 * Static operation cost in Shopify's model, computed before any resolver runs: scalars and enums
 * 0, an object 1, a connection 2 + first × (cost of one node), a mutation field 10. An operation
 * over the cap is refused with MAX_COST_EXCEEDED. Inline fragments on several types are summed,
 * which errs on the expensive side.
 */
import {
  type DocumentNode,
  type FragmentDefinitionNode,
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
  getNamedType,
  isCompositeType,
  isInterfaceType,
  isObjectType,
  Kind,
  OperationTypeNode,
  valueFromASTUntyped,
} from 'graphql';

const DEFAULT_FIRST = 20;
const MUTATION_COST = 10;

export function operationCost(
  schema: GraphQLSchema,
  document: DocumentNode,
  operationName: string | null | undefined,
  variables: Record<string, unknown> = {},
): number {
  const ops = document.definitions.filter(
    (d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION,
  );
  const op = operationName ? ops.find((o) => o.name?.value === operationName) : ops[0];
  if (!op) return 0;
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const d of document.definitions) {
    if (d.kind === Kind.FRAGMENT_DEFINITION) fragments.set(d.name.value, d);
  }
  const root =
    op.operation === OperationTypeNode.MUTATION
      ? schema.getMutationType()
      : op.operation === OperationTypeNode.SUBSCRIPTION
        ? schema.getSubscriptionType()
        : schema.getQueryType();
  if (!root) return 0;

  const fieldsOf = (t: GraphQLNamedType): Record<string, GraphQLField<unknown, unknown>> =>
    isObjectType(t) || isInterfaceType(t) ? t.getFields() : {};

  const selectionCost = (type: GraphQLNamedType, set: SelectionSetNode, depth: number): number => {
    if (depth > 64) return 0; // Depth is capped earlier; this only guards recursion.
    let total = 0;
    for (const sel of set.selections) {
      if (sel.kind === Kind.FIELD) {
        const def = fieldsOf(type)[sel.name.value];
        if (!def) continue;
        const named = getNamedType(def.type);
        let cost: number;
        if (named.name.endsWith('Connection') && isCompositeType(named) && sel.selectionSet) {
          const firstArg = sel.arguments?.find((a) => a.name.value === 'first');
          const raw = firstArg ? valueFromASTUntyped(firstArg.value, variables) : undefined;
          const first = typeof raw === 'number' && raw > 0 ? raw : DEFAULT_FIRST;
          cost = 2 + first * Math.max(nodeCost(named, sel.selectionSet, depth + 1), 1);
        } else if (isCompositeType(named)) {
          const childCost = sel.selectionSet
            ? selectionCost(named, sel.selectionSet, depth + 1)
            : 0;
          // A lookup by a list of ids (nodes) pays for each id asked for.
          const idsArg = sel.arguments?.find((a) => a.name.value === 'ids');
          const ids = idsArg ? valueFromASTUntyped(idsArg.value, variables) : undefined;
          cost = (Array.isArray(ids) ? Math.max(ids.length, 1) : 1) * (1 + childCost);
        } else {
          cost = 0;
        }
        if (depth === 0 && op.operation === OperationTypeNode.MUTATION) cost += MUTATION_COST - 1;
        total += cost;
      } else if (sel.kind === Kind.INLINE_FRAGMENT) {
        const cond = sel.typeCondition ? schema.getType(sel.typeCondition.name.value) : type;
        total += selectionCost(cond ?? type, sel.selectionSet, depth);
      } else {
        const frag = fragments.get(sel.name.value);
        if (!frag) continue;
        const cond = schema.getType(frag.typeCondition.name.value) ?? type;
        total += selectionCost(cond, frag.selectionSet, depth);
      }
    }
    return total;
  };

  /**
   * Cost of one item of a connection: its node as selected through `nodes` or `edges { node }`;
   * the wrappers and pageInfo are free, so asking for both shapes is not charged twice.
   */
  const nodeCost = (conn: GraphQLNamedType, set: SelectionSetNode, depth: number): number => {
    let most = 0;
    for (const sel of set.selections) {
      if (sel.kind !== Kind.FIELD || !sel.selectionSet) continue;
      const def = fieldsOf(conn)[sel.name.value];
      if (!def) continue;
      const named = getNamedType(def.type);
      if (sel.name.value === 'nodes')
        most = Math.max(most, 1 + selectionCost(named, sel.selectionSet, depth));
      if (sel.name.value === 'edges') {
        for (const inner of sel.selectionSet.selections) {
          if (inner.kind !== Kind.FIELD || inner.name.value !== 'node' || !inner.selectionSet)
            continue;
          const nodeType = getNamedType(fieldsOf(named)['node'].type);
          most = Math.max(most, 1 + selectionCost(nodeType, inner.selectionSet, depth));
        }
      }
    }
    return most;
  };

  return selectionCost(root, op.selectionSet, 0);
}
