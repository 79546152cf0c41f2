// One assignment with its evidence (佐证材料): the records that count, the documents linked, the history; and
// the unit linking or unlinking evidence while the assignment is still open (pending or returned).
import type { AssignmentDetail, LinkEvidenceBody } from '@xianfeng/shared/schemas/campaigns';
import type { Ctx } from '../../core/context';
import { conflict, forbidden, invalid, notFound } from '../../core/errors';
import { onRecordChanged, type RecordChanged } from '../../core/events';
import type { Executor } from '../../db/client';
import { recordAudit } from '../audit';
import { actionView } from './campaigns.service';
import * as dq from './documents.queries';
import { documentView } from './documents.service';
import * as eq from './evidence.queries';
import { assignmentView, canStep, loadAssignment } from './review.service';
import * as rq from './review.queries';

type Loaded = Awaited<ReturnType<typeof loadAssignment>>;

const isOpen = (status: string) => status === 'pending' || status === 'returned';

export async function getAssignmentDetail(ctx: Ctx, id: number, db: Executor = ctx.db): Promise<AssignmentDetail> {
  const found = await loadAssignment(ctx, db, id);
  const a = found.assignment;
  const launched = found.campaignStatus === 'launched';
  const [records, documents, events] = [await eq.countingRecords(db, id), await dq.linkedDocuments(db, id), await rq.eventsOf(db, id)];
  return {
    ...assignmentView(a, found.needsApproval),
    campaignTitle: found.campaignTitle,
    orgName: found.orgName,
    action: actionView(found.action),
    windowStart: found.periodStart,
    records,
    documents: documents.map(({ evidenceId, ...d }) => ({ ...documentView(d), evidenceId })),
    events: events.map((e) => ({ ...e, at: e.at.toISOString() })),
    can: {
      // Evidence actions without approval are done by their evidence alone: nothing to submit.
      submit: launched && found.submitter && canStep('submit', a.status) && (found.action.completion === 'confirmation' || (found.needsApproval && a.satisfiedOn !== null)),
      review: launched && found.reviewer && canStep('approve', a.status),
      reopen: launched && found.reviewer && canStep('reopen', a.status),
      link: launched && found.submitter && isOpen(a.status) && found.action.completion !== 'confirmation',
    },
  };
}

/** The node's staff change the evidence of an open assignment of a launched campaign; 409 once it went up. */
async function loadToLink(ctx: Ctx, tx: Executor, id: number) {
  const found = await loadAssignment(ctx, tx, id);
  if (!found.submitter) throw forbidden();
  if (found.campaignStatus !== 'launched') throw conflict('assignment.campaignNotLaunched');
  if (!isOpen(found.assignment.status)) throw conflict('assignment.evidenceLocked');
  return found;
}

/** A held record of the node's subtree from the campaign's start, of the action's kind when it names one. */
async function checkRecord(tx: Executor, found: Loaded, recordId: number) {
  const { completion, recordKind } = found.action;
  if (completion !== 'record_kind' && completion !== 'records') throw invalid('assignment.evidenceNotAccepted');
  const r = await eq.recordForLink(tx, recordId);
  if (!r || !r.orgPath.startsWith(found.assignment.orgPath)) throw notFound('assignment.recordNotFound');
  if (r.status !== 'held') throw invalid('assignment.recordNotHeld');
  if (r.heldOn < found.periodStart) throw invalid('assignment.recordBeforeStart', { start: found.periodStart });
  if (recordKind && r.kind !== recordKind) throw invalid('assignment.recordWrongKind', { kind: await eq.kindName(tx, recordKind) });
  return { id: r.id, summary: r.topic };
}

/** A document of this campaign at the node or above it (the unit above's 方案 may serve; a sibling's may not). */
async function checkDocument(tx: Executor, found: Loaded, documentId: number) {
  if (found.action.completion !== 'documents') throw invalid('assignment.evidenceNotAccepted');
  const d = await dq.findDocument(tx, documentId);
  if (!d || d.campaignId !== found.assignment.campaignId || !found.assignment.orgPath.startsWith(d.orgPath)) throw notFound('campaignDocument.notFound');
  return { id: d.id, summary: d.title };
}

export async function linkEvidence(ctx: Ctx, id: number, body: LinkEvidenceBody): Promise<AssignmentDetail> {
  return ctx.db.transaction(async (tx) => {
    const found = await loadToLink(ctx, tx, id);
    const target = body.recordId !== undefined ? await checkRecord(tx, found, body.recordId) : await checkDocument(tx, found, body.documentId!);
    const link = body.recordId !== undefined ? { recordId: target.id } : { documentId: target.id };
    const row = await eq.insertEvidence(tx, { assignmentId: id, ...link, personId: ctx.actor.personId });
    if (!row) throw conflict('assignment.evidenceDuplicate');
    await eq.reconcile(tx, { assignmentIds: [id] }, ctx.timeZone);
    await recordAudit(tx, ctx, {
      action: 'assignment.evidenceAdd',
      entityType: 'assignment',
      entityId: id,
      orgId: found.assignment.orgId,
      summary: `${found.action.title}：${target.summary}`,
      after: { evidenceId: row.id, ...link },
    });
    return getAssignmentDetail(ctx, id, tx);
  });
}

export async function unlinkEvidence(ctx: Ctx, id: number, evidenceId: number): Promise<AssignmentDetail> {
  return ctx.db.transaction(async (tx) => {
    const found = await loadToLink(ctx, tx, id);
    const row = await eq.findEvidence(tx, id, evidenceId);
    if (!row) throw notFound('assignment.evidenceNotFound');
    await eq.deleteEvidence(tx, evidenceId);
    await eq.reconcile(tx, { assignmentIds: [id] }, ctx.timeZone);
    await recordAudit(tx, ctx, {
      action: 'assignment.evidenceRemove',
      entityType: 'assignment',
      entityId: id,
      orgId: found.assignment.orgId,
      summary: found.action.title,
      before: { evidenceId, recordId: row.recordId, documentId: row.documentId },
    });
    return getAssignmentDetail(ctx, id, tx);
  });
}

// The deployment's zone for the listener (one per process; set when the routes are built).
let listenerZone = 'Asia/Shanghai';
const onRecord = async (tx: Executor, e: RecordChanged) => {
  await eq.reconcile(tx, { recordPaths: e.paths }, listenerZone);
};

/** Records held, changed or cancelled update the assignments they count for, in the records writer's transaction. */
export function subscribeToRecords(timeZone: string) {
  listenerZone = timeZone;
  onRecordChanged(onRecord);
}
