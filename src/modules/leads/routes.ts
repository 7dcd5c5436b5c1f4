import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { recordAudit } from '../../core/audit/audit.js';
import { idParam } from '../../core/contract.js';
import { langFromAcceptLanguage } from '../../core/errors/index.js';
import { cellNumber, type TableColumn, writeTableXlsx } from '../../core/excel/table-export.js';
import { fileDate, sendDownload, XLSX_TYPE } from '../../core/http/download.js';
import { requestMeta } from '../../core/http/request-meta.js';
import {
  addFollowUp,
  assignLead,
  closeLead,
  eraseLead,
  exportPersonalData,
  getLead,
  type LeadRequestMeta,
  listLeads,
  listOfficers,
  reopenLead,
  revealContact,
  setOfficerDirections,
  submitLead,
} from './leads.js';
import {
  followUpBody,
  leadAssignBody,
  leadCloseBody,
  leadContact,
  leadDetail,
  leadListQuery,
  leadListResponse,
  leadSubmitBody,
  leadSubmitted,
  officerSchema,
  personalDataExport,
} from './schema.js';

const tags = ['leads'];
/** Leads are the investment officers' work; park managers and enterprises do not see them. */
const STAFF = ['admin', 'officer'] as const;
/** Submissions per client address per minute: enough for a person correcting a form, not for a script. */
const SUBMISSIONS_PER_MINUTE = 10;
/** A workbook of leads is for working through, not for copying the database out. */
const EXPORT_LIMIT = 10_000;

type LeadRow = Awaited<ReturnType<typeof listLeads>>['items'][number];
// The workbook is for people reading Chinese, like its headers.
const statusLabels: Record<LeadRow['status'], string> = {
  new: '新线索',
  contacted: '已联系',
  qualified: '已转项目',
  closed: '已关闭',
};
const closeReasonLabels: Record<NonNullable<LeadRow['closed']>['reason'], string> = {
  no_response: '联系不上',
  not_qualified: '不符合招商条件',
  no_suitable_space: '暂无合适空间',
  chose_elsewhere: '已选择其他地区',
  duplicate: '重复线索',
  other: '其他',
};
const leadColumns: TableColumn<LeadRow>[] = [
  { header: '受理编号', width: 20, value: (l) => l.reference },
  { header: '状态', width: 10, value: (l) => statusLabels[l.status] },
  { header: '企业', width: 30, value: (l) => l.companyName },
  { header: '联系人', width: 12, value: (l) => l.contactName },
  { header: '电话（脱敏）', width: 16, value: (l) => l.contact.phone },
  { header: '邮箱（脱敏）', width: 22, value: (l) => l.contact.email },
  { header: '产业方向', width: 18, value: (l) => l.direction },
  { header: '需求面积(m²)', value: (l) => cellNumber(l.areaM2) },
  { header: '预计投资(万元)', value: (l) => cellNumber(l.investmentWan) },
  { header: '招商专员', width: 14, value: (l) => l.assignedTo?.displayName ?? null },
  { header: '联系期限', width: 22, value: (l) => l.contactDueAt },
  { header: '逾期', width: 8, value: (l) => (l.overdue ? '是' : '否') },
  { header: '提交时间', width: 22, value: (l) => l.createdAt },
  { header: '关闭原因', width: 16, value: (l) => (l.closed ? closeReasonLabels[l.closed.reason] : null) },
  { header: '关闭说明', width: 30, value: (l) => l.closed?.note ?? null },
];

function meta(request: FastifyRequest): LeadRequestMeta {
  const lang = request.headers['accept-language']?.toLowerCase().startsWith('zh-tw')
    ? 'zh-TW'
    : langFromAcceptLanguage(request.headers['accept-language']) === 'en'
      ? 'en'
      : 'zh-CN';
  return { ...requestMeta(request), lang };
}

export const leadRoutes: FastifyPluginAsyncZod = async (app) => {
  app.post(
    '/api/leads',
    {
      config: { access: ['public'], rateLimit: { max: SUBMISSIONS_PER_MINUTE, timeWindow: 60_000 } },
      schema: {
        tags,
        summary: 'Submit a demand (需求对接): the public form',
        description: `At most ${SUBMISSIONS_PER_MINUTE} per minute from one address (429 with Retry-After).`,
        body: leadSubmitBody,
        response: { 201: leadSubmitted },
      },
    },
    async (request, reply) => reply.code(201).send(await submitLead(app.db, request.body, meta(request))),
  );

  app.get(
    '/api/leads',
    {
      config: { access: STAFF },
      schema: {
        tags,
        summary: 'Leads, contact details masked',
        querystring: leadListQuery,
        response: { 200: leadListResponse },
      },
    },
    async (request) => listLeads(app.db, request.principal!, request.query),
  );

  app.get(
    '/api/leads/:id',
    {
      config: { access: STAFF },
      schema: {
        tags,
        summary: 'A lead with its timeline, contact details masked',
        params: idParam,
        response: { 200: leadDetail },
      },
    },
    async (request) => getLead(app.db, request.params.id),
  );

  app.post(
    '/api/leads/:id/contact',
    {
      config: { access: STAFF },
      schema: {
        tags,
        summary: 'Reveal the contact details (the assigned officer and admins; audited)',
        params: idParam,
        response: { 200: leadContact },
      },
    },
    async (request) => revealContact(app.db, request.principal!, request.params.id, meta(request)),
  );

  app.post(
    '/api/leads/:id/assign',
    {
      config: { access: ['admin'] },
      schema: {
        tags,
        summary: 'Assign a lead to an officer',
        params: idParam,
        body: leadAssignBody,
        response: { 204: z.null() },
      },
    },
    async (request, reply) => {
      await assignLead(app.db, request.principal!, request.params.id, request.body.officerId, meta(request));
      return reply.code(204).send(null);
    },
  );

  app.get(
    '/api/leads/:id/personal-data',
    {
      config: { access: ['admin'] },
      schema: {
        tags,
        summary: "A copy of the person's data held on this lead (a request under PIPL; audited)",
        params: idParam,
        response: { 200: personalDataExport },
      },
    },
    async (request) => exportPersonalData(app.db, request.principal!, request.params.id, meta(request)),
  );

  app.post(
    '/api/leads/:id/erase',
    {
      config: { access: ['admin'] },
      schema: {
        tags,
        summary: "Erase the person's data from a lead, keeping the anonymised figures (audited, final)",
        params: idParam,
        response: { 204: z.null() },
      },
    },
    async (request, reply) => {
      await eraseLead(app.db, request.principal!, request.params.id, meta(request));
      return reply.code(204).send(null);
    },
  );

  app.post(
    '/api/leads/:id/follow-ups',
    {
      config: { access: STAFF },
      schema: {
        tags,
        summary: 'Log a call, visit or meeting (the first marks a new lead contacted)',
        params: idParam,
        body: followUpBody,
        response: { 201: z.object({ id: z.number().int() }) },
      },
    },
    async (request, reply) =>
      reply
        .code(201)
        .send({ id: await addFollowUp(app.db, request.principal!, request.params.id, request.body) }),
  );

  app.post(
    '/api/leads/:id/close',
    {
      config: { access: STAFF },
      schema: {
        tags,
        summary: 'Close a lead that will not become a project, with the reason',
        params: idParam,
        body: leadCloseBody,
        response: { 204: z.null() },
      },
    },
    async (request, reply) => {
      await closeLead(app.db, request.principal!, request.params.id, request.body, requestMeta(request));
      return reply.code(204).send(null);
    },
  );

  app.post(
    '/api/leads/:id/reopen',
    {
      config: { access: STAFF },
      schema: {
        tags,
        summary: 'Open a closed lead again (not once its personal data has been erased)',
        params: idParam,
        response: { 204: z.null() },
      },
    },
    async (request, reply) => {
      await reopenLead(app.db, request.principal!, request.params.id, requestMeta(request));
      return reply.code(204).send(null);
    },
  );

  app.get(
    '/api/officers',
    {
      config: { access: ['admin'] },
      schema: {
        tags,
        summary: 'Investment officers with their unit, the directions they cover and their open leads',
        response: { 200: z.object({ items: z.array(officerSchema) }) },
      },
    },
    async () => ({ items: await listOfficers(app.db) }),
  );

  app.put(
    '/api/officers/:id/directions',
    {
      config: { access: ['admin'] },
      schema: {
        tags,
        summary: 'The directions an officer covers: new leads of those directions go to them in turn',
        params: idParam,
        body: z.object({ directions: z.array(z.string().max(64)).max(20) }),
        response: { 204: z.null() },
      },
    },
    async (request, reply) => {
      await setOfficerDirections(
        app.db,
        request.principal!,
        request.params.id,
        request.body.directions,
        meta(request),
      );
      return reply.code(204).send(null);
    },
  );

  app.get(
    '/api/leads/export.xlsx',
    {
      config: { access: STAFF },
      schema: {
        tags,
        summary: 'The filtered leads as a workbook, contact details masked (the export is audited)',
        querystring: leadListQuery.omit({ limit: true, offset: true }),
      },
    },
    async (request, reply) => {
      const principal = request.principal!;
      const { items } = await listLeads(app.db, principal, {
        ...request.query,
        limit: EXPORT_LIMIT,
        offset: 0,
      });
      // Contact names are personal data even with phones masked: who exported what is on record.
      await recordAudit(app.db, {
        actor: principal,
        action: 'lead.export',
        entityType: 'lead',
        after: { filters: request.query, rows: items.length },
        ...requestMeta(request),
      });
      return sendDownload(request, reply, { name: `线索-${fileDate()}.xlsx`, type: XLSX_TYPE }, (out) =>
        writeTableXlsx(out, '线索', leadColumns, items),
      );
    },
  );
};
