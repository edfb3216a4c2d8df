/**
 * Operation limits (OWASP GraphQL cheat sheet, ASVS 4.3.1): depth, aliases and tokens through
 * GraphQL Armor, our Shopify-model cost cap, the caller's rate-limit buckets charged by that cost
 * (api-gate.ts) and idempotent replays. Each refusal has its own code and happens before any
 * resolver runs.
 */
import type { ApolloServerPlugin } from '@apollo/server';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import { GraphQLError, OperationTypeNode } from 'graphql';
import type { AppConfig } from '../../config/app-config.js';
import { actualCost, type ApiGate, type GateContext } from './api-gate.js';
import { operationCost } from './cost.js';

export function createLimits(cfg: AppConfig, gate: ApiGate) {
  const armor = new ApolloArmor({
    maxDepth: { n: cfg.graphql.maxDepth },
    maxAliases: { n: cfg.graphql.maxAliases },
    maxTokens: { n: cfg.graphql.maxTokens },
    maxDirectives: { n: 50 },
    costLimit: { enabled: false },
    blockFieldSuggestion: { enabled: cfg.env === 'production' },
  }).protect();

  const costPlugin: ApolloServerPlugin<GateContext> = {
    requestDidStart() {
      return Promise.resolve({
        async didResolveOperation(rc) {
          const { document, schema, operationName, request, contextValue } = rc;
          const requested = operationCost(schema, document, operationName, request.variables ?? {});
          contextValue.cost = { requestedQueryCost: requested };
          if (requested > cfg.graphql.maxCost) {
            throw new GraphQLError(
              `This operation would cost ${requested} points; the limit is ${cfg.graphql.maxCost}. Ask for fewer items (smaller \`first\`) or split the operation.`,
              {
                extensions: {
                  code: 'MAX_COST_EXCEEDED',
                  cost: { requestedQueryCost: requested, maximumAvailable: cfg.graphql.maxCost },
                  http: { status: 400 },
                },
              },
            );
          }
          // Charged before anything runs: a throttled operation does nothing.
          await gate.charge(rc, requested);
        },
        responseForOperation(rc) {
          return gate.replay(rc);
        },
        async willSendResponse({ response, contextValue, operation }) {
          if (response.body.kind !== 'single' || !contextValue.cost) return;
          const result = response.body.singleResult;
          const cost = contextValue.cost;
          if (cost.throttleStatus && cost.actualQueryCost === undefined) {
            // A mutation is charged what it asked for, whatever came back: its work (or a
            // refused sign-in's password check) was done either way.
            const actual =
              operation?.operation === OperationTypeNode.MUTATION
                ? cost.requestedQueryCost
                : Math.min(cost.requestedQueryCost, actualCost(result.data, false));
            cost.actualQueryCost = actual;
            await gate.refund(contextValue, cost.requestedQueryCost - actual);
          }
          result.extensions = {
            ...result.extensions,
            cost: { ...cost, maximumAvailable: cfg.graphql.maxCost },
          };
          await gate.store(contextValue, response);
        },
      });
    },
  };

  // Armor is typed against Apollo's CommonJS build; the plugin objects are the same at run time.
  const armorPlugins = armor.plugins as unknown as ApolloServerPlugin[];
  return {
    plugins: [...armorPlugins, costPlugin as ApolloServerPlugin],
    validationRules: armor.validationRules,
  };
}
