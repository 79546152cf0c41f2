import { defineMessages } from '../define';

// Ledger items' files (事项材料, evidence for 申请销号) and the escalation ladder (督办阶梯: 提醒 → 督办 → 通报 → 约谈).
export const ledgerFilesMessages = defineMessages(
  {
    'ledgerFile.notFound': '未找到该材料，或它已被删除。',
    'ledgerFile.itemClosed': '事项已销号，材料不能再增删。',
    'ledgerFile.backsRequest': '该材料是申请销号的依据，不能删除。',
    'ledgerFile.notAttachable': '申请销号所附材料须是本事项已上传、尚未用于其他申请的材料。',
    'ledgerFile.purposeKind': '调研报告和 A3 报告只能上传到调研课题。',
    'ledgerItem.reportRequired': '调研课题须先上传调研报告，才能申请销号。',
    'filePurpose.research_report': '调研报告',
    'filePurpose.a3_report': 'A3 报告',
    'ledger.escalationDuplicate': '督办阶梯中每一级只能设置一次。',
    'ledger.escalationOrder': '督办阶梯中较高一级的逾期天数不能少于较低一级。',
    'escalation.step.reminder': '提醒',
    'escalation.step.urge': '督办',
    'escalation.step.notice': '通报',
    'escalation.step.interview': '约谈',
    'notification.ledgerItem.escalated': '{org}的事项“{item}”已逾期 {days} 天（完成时限 {deadline}），现予{step}（{ledger}）。',
    'notification.ledgerItem.escalatedByHand': '{org}的事项“{item}”被{step}（{ledger}）：{text}',
  },
  {
    'ledgerFile.notFound': 'File not found, or it was removed.',
    'ledgerFile.itemClosed': 'The item is closed: its files can no longer change.',
    'ledgerFile.backsRequest': 'This file backs a request to close the item and cannot be removed.',
    'ledgerFile.notAttachable': 'The files of a request to close must be files of this item that back no other request.',
    'ledgerFile.purposeKind': 'A research report or an A3 report can only be uploaded to a research topic.',
    'ledgerItem.reportRequired': 'Upload the research report before asking to close a research topic.',
    'filePurpose.research_report': 'Research report',
    'filePurpose.a3_report': 'A3 report',
    'ledger.escalationDuplicate': 'Each step of the escalation ladder may appear only once.',
    'ledger.escalationOrder': 'A higher escalation step cannot come after fewer overdue days than a lower one.',
    'escalation.step.reminder': 'reminder',
    'escalation.step.urge': 'urging (督办)',
    'escalation.step.notice': 'public notice (通报)',
    'escalation.step.interview': 'interview (约谈)',
    'notification.ledgerItem.escalated':
      '{org}: “{item}” is {days} day(s) overdue (deadline {deadline}); escalated to {step} ({ledger}).',
    'notification.ledgerItem.escalatedByHand': '{org}: “{item}” escalated to {step} ({ledger}): {text}',
  },
);
