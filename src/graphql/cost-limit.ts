import {
  type ASTNode,
  type FieldNode,
  type FragmentDefinitionNode,
  GraphQLError,
  type GraphQLField,
  type GraphQLNamedType,
  getNamedType,
  isInterfaceType,
  isObjectType,
  Kind,
  type SelectionSetNode,
  type ValidationContext,
  type ValidationRule,
  valueFromASTUntyped,
} from 'graphql';
import type { Plugin } from 'graphql-yoga';

/**
 * The largest list a size argument may ask for, declared on the argument itself, e.g.
 * `t.arg.int({ extensions: { [MAX_LIST_SIZE]: 100 } })`; the resolver enforces the same bound.
 */
export const MAX_LIST_SIZE = 'maxListSize';

export interface CostLimitOptions {
  maxCost: number;
  /** @default 2 */
  objectCost?: number;
  /** @default 1 */
  scalarCost?: number;
  /** Each level down multiplies its children's cost by this. @default 1.5 */
  depthCostFactor?: number;
  /**
   * The size a list argument counts at when it is a variable, or absent with no default, and the
   * argument declares no maximum. @default 100
   */
  defaultMaxListSize?: number;
}

/** Arguments that size the list a field returns: its cost is multiplied by them. */
const SIZE_ARGS = new Set(['first', 'last']);

/**
 * The query-cost limit, as a validation rule: GraphQL Armor's formula (object 2, scalar 1, ×1.5 per
 * level, × the list size for a sized list), but the list size is what the request may actually
 * get, however it is written. Armor multiplies only by a literal `first`, so `jobs(first: $n)`, or
 * `jobs` with its default of 20, counted as a list of one and let through 85 times the limit. Here
 * a literal counts as itself, an absent argument as its schema default, and a variable (whose
 * value validation cannot see) as the argument's declared maximum. The cost depends on the
 * document alone, so yoga's validation cache still runs this once per distinct document.
 */
export function costLimitRule(opts: CostLimitOptions): ValidationRule {
  const objectCost = opts.objectCost ?? 2;
  const scalarCost = opts.scalarCost ?? 1;
  const factor = opts.depthCostFactor ?? 1.5;
  const defaultMax = opts.defaultMaxListSize ?? 100;

  return (context: ValidationContext) => {
    const fragmentCosts = new Map<string, number>();

    function fieldDef(parent: GraphQLNamedType | undefined, node: FieldNode) {
      if (!parent || !(isObjectType(parent) || isInterfaceType(parent))) return undefined;
      return parent.getFields()[node.name.value] as GraphQLField<unknown, unknown> | undefined;
    }

    function listSize(node: FieldNode, def: GraphQLField<unknown, unknown> | undefined): number {
      const argDef = def?.args.find((a) => SIZE_ARGS.has(a.name));
      const argNode = node.arguments?.find((a) => SIZE_ARGS.has(a.name.value));
      if (!argDef && !argNode) return 1;
      const declared = argDef?.extensions?.[MAX_LIST_SIZE];
      const max = typeof declared === 'number' ? declared : defaultMax;
      if (!argNode) {
        const dflt = argDef?.defaultValue;
        return typeof dflt === 'number' && Number.isFinite(dflt) ? Math.max(1, dflt) : max;
      }
      if (argNode.value.kind === Kind.INT) return Math.max(1, Number.parseInt(argNode.value.value, 10) || 1);
      if (argNode.value.kind === Kind.VARIABLE) return max;
      // null, or a wrong type that another rule reports: never more than the maximum.
      const v = valueFromASTUntyped(argNode.value);
      return typeof v === 'number' && Number.isFinite(v) ? Math.min(Math.max(1, v), max) : 1;
    }

    function fragmentCost(name: string): number {
      const known = fragmentCosts.get(name);
      // -1: being computed (a fragment cycle, which NoFragmentCyclesRule reports): counts nothing.
      if (known !== undefined) return Math.max(0, known);
      const fragment: FragmentDefinitionNode | null | undefined = context.getFragment(name);
      if (!fragment) return 0;
      fragmentCosts.set(name, -1);
      const type = context.getSchema().getType(fragment.typeCondition.name.value);
      const cost = objectCost + selectionSetCost(fragment.selectionSet, type);
      fragmentCosts.set(name, cost);
      return cost;
    }

    function selectionSetCost(set: SelectionSetNode, parent: GraphQLNamedType | undefined): number {
      let total = 0;
      for (const child of set.selections) total += factor * nodeCost(child, parent);
      return total;
    }

    function nodeCost(node: ASTNode, parent: GraphQLNamedType | undefined): number {
      switch (node.kind) {
        case Kind.FIELD: {
          // Introspection is limited by its own rule (or off); armor ignores it too.
          if (node.name.value === '__schema') return 0;
          if (!node.selectionSet) return scalarCost;
          const def = fieldDef(parent, node);
          const type = def ? getNamedType(def.type) : undefined;
          return (objectCost + selectionSetCost(node.selectionSet, type)) * listSize(node, def);
        }
        case Kind.INLINE_FRAGMENT: {
          const type = node.typeCondition
            ? context.getSchema().getType(node.typeCondition.name.value)
            : parent;
          return objectCost + selectionSetCost(node.selectionSet, type);
        }
        case Kind.FRAGMENT_SPREAD:
          return scalarCost + factor * fragmentCost(node.name.value);
        default:
          return 0;
      }
    }

    return {
      OperationDefinition(operation) {
        const root = context.getSchema().getRootType(operation.operation) ?? undefined;
        let cost = 0;
        for (const child of operation.selectionSet.selections) cost += nodeCost(child, root);
        if (cost > opts.maxCost) {
          context.reportError(
            new GraphQLError(
              `Query Cost limit of ${opts.maxCost} exceeded, found ${cost} (a list size given by a ` +
                'variable counts at its maximum, an absent one at its default).',
              { nodes: [operation], extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } },
            ),
          );
        }
      },
    };
  };
}

/** The rule as a yoga plugin, for `useSecurity` (src/http/security.ts). */
export function useCostLimit(opts: CostLimitOptions): Plugin {
  const rule = costLimitRule(opts);
  return {
    onValidate({ addValidationRule }) {
      addValidationRule(rule);
    },
  };
}
