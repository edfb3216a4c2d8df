/**
 * Relay object identification. Each module registers how to load its node types with the same
 * visibility rules as its typed fields, so `node(id)` never shows what `seeker(id)` would hide.
 */
import { Injectable } from '@nestjs/common';
import { Field, ID, InterfaceType } from '@nestjs/graphql';
import type { Role, Scope, TenantScope } from '../database/context.js';
import { type NodeType } from './global-id.js';

@InterfaceType('Node', {
  description: 'An object with an opaque global id, refetchable through `node(id)`.',
  resolveType: (value: object) => value.constructor,
})
export abstract class Node {
  @Field(() => ID, { description: 'Opaque global id; do not parse it.' })
  id!: string;
}

export interface NodeLoader {
  roles: readonly Role[];
  scopes: readonly Scope[];
  /** Returns the node if the caller may see it, otherwise null. */
  load(ctx: TenantScope, uuid: string): Promise<Node | null>;
}

@Injectable()
export class NodeRegistry {
  private readonly loaders = new Map<NodeType, NodeLoader>();

  register(type: NodeType, loader: NodeLoader): void {
    this.loaders.set(type, loader);
  }

  get(type: NodeType): NodeLoader | undefined {
    return this.loaders.get(type);
  }

  registeredTypes(): NodeType[] {
    return [...this.loaders.keys()];
  }
}
