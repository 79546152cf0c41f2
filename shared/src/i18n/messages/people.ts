import { defineMessages } from '../define';

export const peopleMessages = defineMessages(
  {
    'person.notFound': '未找到该人员，或您无权查看。',
    'person.employeeNoTaken': '工号“{employeeNo}”已被使用。',
    'person.targetNotBranch': '组织关系只能转入党支部或党小组所在的党支部。',
    'person.sameBranch': '该人员已在此党组织。',
    'person.dateBeforeMembership': '转接日期不能早于当前组织关系的开始日期（{date}）。',
    'person.positionNotFound': '未找到该职务记录。',
    'person.statusDateOrder': '状态变更日期不能早于上一次变更（{date}）。',
  },
  {
    'person.notFound': 'Person not found, or you may not see them.',
    'person.employeeNoTaken': 'Employee number "{employeeNo}" is already used.',
    'person.targetNotBranch': 'Membership can only be transferred to a branch.',
    'person.sameBranch': 'The person is already in this organisation.',
    'person.dateBeforeMembership': 'The transfer date cannot be before the current membership began ({date}).',
    'person.positionNotFound': 'Position not found.',
    'person.statusDateOrder': 'A status change cannot be dated before the previous one ({date}).',
  },
);
