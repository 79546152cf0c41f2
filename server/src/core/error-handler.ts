import type { FastifyError, FastifyInstance } from 'fastify';
import { hasZodFastifySchemaValidationErrors, isResponseSerializationError } from 'fastify-type-provider-zod';
import { catalogues, translate, type MessageKey } from '@xianfeng/shared/i18n';
import { DomainError } from './errors';

const isKey = (s: string): s is MessageKey => s in catalogues['zh-CN'];

/** One shape for every error: {error, message, details, requestId}; 5xx internals stay in the log. */
export function registerErrorHandler(app: FastifyInstance) {
  app.setErrorHandler((err: FastifyError, request, reply) => {
    const locale = request.locale ?? 'zh-CN';
    const requestId = String(request.id);
    if (err instanceof DomainError) {
      return reply.code(err.status).send({
        error: err.code,
        message: translate(locale, err.messageKey, err.params),
        details: err.details,
        requestId,
      });
    }
    if (hasZodFastifySchemaValidationErrors(err)) {
      // Every issue, not only the first, each with its field path and a message in the user's language.
      const details = err.validation.map((v) => {
        const field = v.instancePath.replace(/^\//, '').replace(/\//g, '.');
        const raw = v.message ?? '';
        return { field: field || (v.params as { issue?: { path?: unknown[] } })?.issue?.path?.join('.') || '', message: isKey(raw) ? translate(locale, raw) : raw };
      });
      return reply.code(400).send({ error: 'VALIDATION', message: translate(locale, 'error.validation'), details, requestId });
    }
    if (isResponseSerializationError(err)) {
      request.log.error({ err, issues: err.cause.issues }, 'response does not match its schema');
      return reply.code(500).send({ error: 'INTERNAL', message: translate(locale, 'error.internal'), requestId });
    }
    const status = err.statusCode ?? 500;
    if (status === 429) {
      return reply.code(429).send({ error: 'RATE_LIMITED', message: translate(locale, 'error.rateLimited'), requestId });
    }
    if (status < 500) {
      return reply.code(status).send({ error: err.code ?? 'BAD_REQUEST', message: err.message, requestId });
    }
    request.log.error({ err }, 'unhandled error');
    return reply.code(500).send({ error: 'INTERNAL', message: translate(locale, 'error.internal'), requestId });
  });
}
