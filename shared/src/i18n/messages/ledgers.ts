import { defineMessages } from '../define';

// Ledgers (清单) and their items: lists, the closing workflow (申请销号 → 销号 / 退回), extensions, links.
export const ledgersMessages = defineMessages(
  {
    'ledger.notFound': '未找到该清单，或您无权查看。',
    'ledger.campaignScope': '清单的所属组织须在该专项工作的组织范围内。',
    'ledgerItem.notFound': '未找到该事项，或您无权查看。',
    'ledgerItem.responsibleScope': '责任单位须在清单所属组织的范围内。',
    'ledgerItem.badFields': '事项的专有字段不符合该清单类型的要求。',
    'ledgerItem.unknownCategory': '该分类不在清单的分类中。',
    'ledgerItem.deadlineRequired': '请填写完成时限，或标记为立行立改。',
    'ledgerItem.deadlineOrder': '完成时限不能早于登记日期。',
    'ledgerItem.parentScope': '上级事项须是同一所属组织可见的事项。',
    'ledgerItem.badTransition': '事项当前状态为“{status}”，不能执行该操作。',
    'ledgerItem.reasonRequired': '请填写原因。',
    'ledgerItem.noExtensionRequest': '该事项没有待审批的延期申请。',
    'ledgerItem.linkTarget': '请指定要关联的事项或组织生活记录（仅一项）。',
    'ledgerItem.linkSelf': '事项不能关联自身。',
    'ledgerItem.linkNotFound': '未找到该关联。',
  },
  {
    'ledger.notFound': 'List not found, or you may not see it.',
    'ledger.campaignScope': 'The list’s owner must lie inside the campaign’s organisation.',
    'ledgerItem.notFound': 'Item not found, or you may not see it.',
    'ledgerItem.responsibleScope': 'The responsible node must lie inside the list owner’s organisation.',
    'ledgerItem.badFields': 'The item’s fields do not match this kind of list.',
    'ledgerItem.unknownCategory': 'This category is not one of the list’s categories.',
    'ledgerItem.deadlineRequired': 'Give a deadline, or mark the item as fixed at once.',
    'ledgerItem.deadlineOrder': 'The deadline cannot precede the registration date.',
    'ledgerItem.parentScope': 'The parent item must be an item the list owner can see.',
    'ledgerItem.badTransition': 'The item is “{status}”; this step is not possible now.',
    'ledgerItem.reasonRequired': 'Give a reason.',
    'ledgerItem.noExtensionRequest': 'The item has no extension request awaiting approval.',
    'ledgerItem.linkTarget': 'Name one item or one record to link.',
    'ledgerItem.linkSelf': 'An item cannot link to itself.',
    'ledgerItem.linkNotFound': 'Link not found.',
  },
);
