import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { errorResponse } from '@xianfeng/shared/schemas/common';
import {
  channelTokenParams,
  concernFollow,
  followCodeParams,
  publicChannel,
  submitConcernBody,
  submitConcernResult,
} from '@xianfeng/shared/schemas/concerns';
import type { FastifyRequest } from 'fastify';
import type { Deps } from '../../core/http';
import * as service from './concerns.service';

const tags = ['concerns (public)'];

/**
 * Limits per client address (behind the proxy: its X-Forwarded-For). Submissions are the strict one: a meeting on
 * one Wi-Fi shares an address, so 20 per 10 minutes rather than fewer. Tokens (192 bits) and follow codes (50 bits)
 * cannot be guessed at these rates.
 */
export const PUBLIC_LIMITS = {
  submit: { max: 20, timeWindow: '10 minutes' },
  read: { max: 60, timeWindow: '1 minute' },
} as const;

const limit = (name: keyof typeof PUBLIC_LIMITS) => ({
  public: true,
  rateLimit: { ...PUBLIC_LIMITS[name], keyGenerator: (req: FastifyRequest) => `concern-${name}:${req.ip}` },
});

/** 急难愁盼 without an account: a node's channel page, submitting, and following by code. */
export const concernsPublicRoutes =
  (deps: Deps): FastifyPluginAsyncZod =>
  async (app) => {
    const pctx = (req: FastifyRequest): service.PublicCtx => ({
      db: deps.database.db,
      requestId: String(req.id),
      timeZone: deps.config.timeZone,
    });

    app.get(
      '/public/concerns/channel/:token',
      {
        config: limit('read'),
        schema: {
          tags,
          summary: 'The node behind a public link (its name and the categories to suggest)',
          security: [],
          params: channelTokenParams,
          response: { 200: publicChannel, 404: errorResponse },
        },
      },
      (req) => service.publicChannel(pctx(req), req.params.token),
    );
    app.post(
      '/public/concerns/:token',
      {
        config: limit('submit'),
        schema: {
          tags,
          summary: 'Submit a concern; answers the follow code to keep',
          security: [],
          params: channelTokenParams,
          body: submitConcernBody,
          response: { 201: submitConcernResult, 400: errorResponse, 404: errorResponse },
        },
      },
      async (req, reply) => reply.code(201).send(await service.submitConcern(pctx(req), req.params.token, req.body)),
    );
    app.get(
      '/public/concerns/follow/:code',
      {
        config: limit('read'),
        schema: {
          tags,
          summary: 'Follow a concern by its code: status and, once accepted, the item — nothing personal',
          security: [],
          params: followCodeParams,
          response: { 200: concernFollow, 404: errorResponse },
        },
      },
      (req) => service.followConcern(pctx(req), req.params.code),
    );
  };
