/**
 * Operation limits (OWASP GraphQL cheat sheet, ASVS 4.3.1): depth, aliases and tokens through
 * GraphQL Armor, and our Shopify-model cost cap. Each refusal has its own code and happens before
 * any resolver runs.
 */
import type { ApolloServerPlugin } from '@apollo/server';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import { GraphQLError } from 'graphql';
import type { AppConfig } from '../../config/app-config.js';
import { operationCost } from './cost.js';

export function createLimits(cfg: AppConfig) {
  const armor = new ApolloArmor({
    maxDepth: { n: cfg.graphql.maxDepth },
    maxAliases: { n: cfg.graphql.maxAliases },
    maxTokens: { n: cfg.graphql.maxTokens },
    maxDirectives: { n: 50 },
    costLimit: { enabled: false },
    blockFieldSuggestion: { enabled: cfg.env === 'production' },
  }).protect();

  const costPlugin: ApolloServerPlugin<{ cost?: { requestedQueryCost: number } }> = {
    requestDidStart() {
      return Promise.resolve({
        didResolveOperation({ document, schema, operationName, request, contextValue }) {
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
          return Promise.resolve();
        },
        willSendResponse({ response, contextValue }) {
          if (response.body.kind === 'single' && contextValue.cost) {
            response.body.singleResult.extensions = {
              ...response.body.singleResult.extensions,
              cost: { ...contextValue.cost, maximumAvailable: cfg.graphql.maxCost },
            };
          }
          return Promise.resolve();
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
