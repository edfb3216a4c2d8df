/**
 * Per-request DataLoaders: created lazily on first use and dropped with the request, so batches
 * never mix tenants or callers and nested lists cost one statement per level, not per parent.
 */
import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import DataLoader from 'dataloader';

export class LoaderRegistry {
  private readonly loaders = new Map<string, DataLoader<unknown, unknown>>();

  get<K, V>(name: string, batch: (keys: readonly K[]) => Promise<V[]>): DataLoader<K, V> {
    let loader = this.loaders.get(name) as DataLoader<K, V> | undefined;
    if (!loader) {
      loader = new DataLoader<K, V>(batch, { maxBatchSize: 500 });
      this.loaders.set(name, loader);
    }
    return loader;
  }
}

export interface GraphqlContext {
  req: import('../auth/request.js').RequestWithPerch;
  loaders: LoaderRegistry;
}

export const Loaders = createParamDecorator(
  (_: unknown, context: ExecutionContext): LoaderRegistry =>
    GqlExecutionContext.create(context).getContext<GraphqlContext>().loaders,
);
