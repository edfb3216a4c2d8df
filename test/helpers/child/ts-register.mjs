/**
 * Lets a child node process run our TypeScript as jest does (swc, decorator metadata, the @libs
 * paths), so fault tests can kill a real second process rather than pretend to.
 */
import { register } from 'node:module';

register('./ts-hooks.mjs', import.meta.url);
