import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { translate } from '@xianfeng/shared/i18n';
import { errorResponse, idParams } from '@xianfeng/shared/schemas/common';
import {
  complianceNode,
  complianceNodeQuery,
  complianceQuery,
  complianceTable,
  createExemptionBody,
  createRuleBody,
  deactivateRuleBody,
  exemptionParams,
  frequencyRule,
  participationPeoplePage,
  participationPeopleQuery,
  participationQuery,
  participationTable,
  ruleExemption,
  rulesQuery,
  rulesResponse,
  updateRuleBody,
} from '@xianfeng/shared/schemas/compliance';
import type { Ctx } from '../../core/context';
import { ctxOf, type Deps, sendFile, XLSX_MIME } from '../../core/http';
import { loadOrgInScope } from '../orgs';
import { complianceWorkbook } from './compliance.export';
import * as compliance from './compliance.service';
import * as participation from './participation.service';
import * as rules from './rules.service';

const tags = ['compliance'];

// Every route is scoped: a node outside the caller's subtree answers 404.
export const complianceRoutes =
  (deps: Deps): FastifyPluginAsyncZod =>
  async (app) => {
    const ctx = (req: Parameters<typeof ctxOf>[0]) => ctxOf(req, deps);
    /** A rule as its owner sees it (own deactivated rules included). */
    const ruleView = async (c: Ctx, ownerOrgId: number, id: number, locale: Parameters<typeof rules.rulesAt>[2]) => {
      const owner = await loadOrgInScope(c, ownerOrgId);
      return (await rules.rulesAt(c.db, owner, locale, true)).find((r) => r.id === id)!;
    };

    app.get(
      '/rules',
      {
        schema: {
          tags,
          summary: 'Frequency rules (频次规则) in force at a node',
          querystring: rulesQuery,
          response: { 200: rulesResponse },
        },
      },
      (req) => rules.listRules(ctx(req), req.query.orgId, req.locale, req.query.includeInactive),
    );
    app.post(
      '/rules',
      {
        schema: {
          tags,
          summary: 'Add or tighten a rule for a subtree',
          body: createRuleBody,
          response: { 201: frequencyRule, 400: errorResponse },
        },
      },
      async (req, reply) => {
        const rule = await rules.createRule(ctx(req), req.body);
        return reply.code(201).send(await ruleView(ctx(req), rule.ownerOrgId!, rule.id, req.locale));
      },
    );
    app.patch(
      '/rules/:id',
      { schema: { tags, params: idParams, body: updateRuleBody, response: { 200: frequencyRule, 409: errorResponse } } },
      async (req) => {
        const rule = await rules.updateRule(ctx(req), req.params.id, req.body);
        return ruleView(ctx(req), rule.ownerOrgId!, rule.id, req.locale);
      },
    );
    app.post(
      '/rules/:id/deactivate',
      { schema: { tags, params: idParams, body: deactivateRuleBody, response: { 200: frequencyRule } } },
      async (req) => {
        const rule = await rules.deactivateRule(ctx(req), req.params.id, req.body.version);
        return ruleView(ctx(req), rule.ownerOrgId!, rule.id, req.locale);
      },
    );
    app.post(
      '/rules/:id/exemptions',
      {
        schema: {
          tags,
          summary: 'Exempt (豁免) a node from a rule for one period',
          params: idParams,
          body: createExemptionBody,
          response: { 201: ruleExemption },
        },
      },
      async (req, reply) => reply.code(201).send(await rules.createExemption(ctx(req), req.params.id, req.body)),
    );
    app.delete('/rules/:id/exemptions/:exemptionId', { schema: { tags, params: exemptionParams } }, async (req, reply) => {
      await rules.deleteExemption(ctx(req), req.params.id, req.params.exemptionId);
      return reply.code(204).send();
    });

    app.get(
      '/compliance',
      {
        schema: {
          tags,
          summary: 'Compliance (合规) of the subtree, per child node and rule',
          querystring: complianceQuery,
          response: { 200: complianceTable },
        },
      },
      (req) => compliance.complianceTable(ctx(req), req.query, req.locale),
    );
    app.get(
      '/compliance/node/:id',
      {
        schema: {
          tags,
          summary: 'Drill-down: one node per rule and period',
          params: idParams,
          querystring: complianceNodeQuery,
          response: { 200: complianceNode },
        },
      },
      (req) => compliance.complianceNode(ctx(req), req.params.id, req.query.from, req.query.to, req.locale),
    );
    app.get(
      '/compliance/export.xlsx',
      { schema: { tags, summary: 'The compliance table as .xlsx', querystring: complianceQuery } },
      async (req, reply) => {
        const table = await compliance.complianceTable(ctx(req), req.query, req.locale);
        return sendFile(
          reply,
          translate(req.locale, 'compliance.file'),
          XLSX_MIME,
          await complianceWorkbook(table, table.total.name, req.locale),
        );
      },
    );

    app.get(
      '/participation',
      {
        schema: {
          tags,
          summary: 'Members’ participation rate and study hours per child node',
          querystring: participationQuery,
          response: { 200: participationTable },
        },
      },
      (req) => participation.participationTable(ctx(req), req.query),
    );
    app.get(
      '/participation/people',
      {
        schema: {
          tags,
          summary: 'A node’s members over the window, by name (no rankings)',
          querystring: participationPeopleQuery,
          response: { 200: participationPeoplePage },
        },
      },
      (req) => participation.participationPeople(ctx(req), req.query),
    );
  };
