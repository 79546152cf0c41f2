import { defineMessages } from '../define';

// Evidence (佐证材料) of assignments, campaign documents (材料), reopening an approved assignment.
export const campaignsEvidenceMessages = defineMessages(
  {
    'completion.records': '关联组织生活记录',
    'assignment.evidenceMissing': '尚未满足完成条件，请先关联佐证材料再提交。',
    'assignment.evidenceOne': '请选择一条组织生活记录或一份材料（只选其一）。',
    'assignment.evidenceLocked': '任务已提交或已通过，不能再修改佐证材料；如需修改，请先由审核人重新打开。',
    'assignment.evidenceDuplicate': '该佐证材料已关联到此任务。',
    'assignment.evidenceNotFound': '未找到该佐证材料。',
    'assignment.evidenceNotAccepted': '该规定动作不接受此类佐证材料。',
    'assignment.recordNotFound': '未找到该组织生活记录，或它不属于本党组织及其下级。',
    'assignment.recordNotHeld': '只能关联已召开的组织生活记录。',
    'assignment.recordBeforeStart': '该记录早于专项工作开始日期（{start}），不能计入。',
    'assignment.recordWrongKind': '该规定动作须关联“{kind}”类记录。',
    'campaignDocument.notFound': '未找到该材料，或您无权查看。',
    'campaignDocument.inUse': '该材料是已提交或已通过任务的佐证材料，不能删除；如需删除，请先由审核人重新打开该任务。',
    'campaignDocument.fieldsInvalid': '请选择所属党组织并填写材料标题。',
    'campaignDocument.campaignClosed': '专项工作已结束，不能再上传材料。',
  },
  {
    'completion.records': 'Linked records',
    'assignment.evidenceMissing': 'The evidence is not complete yet: link it before submitting.',
    'assignment.evidenceOne': 'Choose one record or one document (only one).',
    'assignment.evidenceLocked': 'The assignment is submitted or approved: its evidence can no longer change. Ask the reviewer to reopen it first.',
    'assignment.evidenceDuplicate': 'This evidence is already linked to the assignment.',
    'assignment.evidenceNotFound': 'Evidence not found.',
    'assignment.evidenceNotAccepted': 'This required action does not accept this kind of evidence.',
    'assignment.recordNotFound': 'Record not found, or it is not of this node or below.',
    'assignment.recordNotHeld': 'Only records of meetings already held can be linked.',
    'assignment.recordBeforeStart': 'The record is before the campaign’s start ({start}) and does not count.',
    'assignment.recordWrongKind': 'This required action needs a record of the kind “{kind}”.',
    'campaignDocument.notFound': 'Document not found, or you may not see it.',
    'campaignDocument.inUse': 'The document is evidence of a submitted or approved assignment and cannot be removed. Ask the reviewer to reopen the assignment first.',
    'campaignDocument.fieldsInvalid': 'Choose the node and enter the document’s title.',
    'campaignDocument.campaignClosed': 'The campaign is closed: no more documents can be uploaded.',
  },
);
