import { defineMessages } from '../define';

export const orgsMessages = defineMessages(
  {
    'org.notFound': '未找到该党组织，或您无权查看。',
    'org.childTypeNotAllowed': '“{parentType}”下不能设立“{childType}”。',
    'org.cannotMoveIntoOwnSubtree': '不能把党组织移到它自己的下级组织之下。',
    'org.cannotMoveRoot': '不能移动您权限范围的顶层组织。',
    'org.hasActiveChildren': '该党组织仍有 {count} 个未撤销的下级组织，请先处理。',
    'org.hasMembers': '该党组织仍有 {count} 名人员，请先转出。',
    'org.alreadyDissolved': '该党组织已撤销。',
    'org.dissolved': '该党组织已撤销，不能再修改或接收人员。',
    'org.codeTaken': '组织编码“{code}”已被使用。',
    'org.dateBeforeCurrent': '生效日期不能早于当前状态的开始日期（{date}）。',
    'org.rootExists': '顶层党组织只能由系统管理员创建。',
  },
  {
    'org.notFound': 'Organisation not found, or you may not see it.',
    'org.childTypeNotAllowed': 'A {childType} cannot be placed under a {parentType}.',
    'org.cannotMoveIntoOwnSubtree': 'An organisation cannot move under its own subtree.',
    'org.cannotMoveRoot': 'The top organisation of your scope cannot be moved.',
    'org.hasActiveChildren': 'This organisation still has {count} active child organisations.',
    'org.hasMembers': 'This organisation still has {count} people. Transfer them first.',
    'org.alreadyDissolved': 'This organisation is already dissolved.',
    'org.dissolved': 'This organisation is dissolved and can no longer change or take people.',
    'org.codeTaken': 'The organisation code "{code}" is already used.',
    'org.dateBeforeCurrent': 'The effective date cannot be before the current state began ({date}).',
    'org.rootExists': 'Only a system administrator can create a top-level organisation.',
  },
);
