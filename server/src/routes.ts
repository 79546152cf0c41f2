import type { FastifyInstance } from 'fastify';
import type { Deps } from './core/http';

/** Routes of the modules beyond the foundation's core (people, accounts admin, imports, …). */
export async function registerModuleRoutes(_api: FastifyInstance, _deps: Deps) {}
