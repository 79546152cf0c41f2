import { defineMessages } from '../define';

export const accountsMessages = defineMessages(
  {
    'auth.invalidCredentials': '用户名或密码错误。',
    'auth.locked': '连续登录失败次数过多，账号已锁定，请 {minutes} 分钟后再试。',
    'auth.disabled': '该账号已停用，请联系管理员。',
    'auth.sessionExpired': '登录已过期，请重新登录。',
    'auth.wrongPassword': '原密码不正确。',
    'auth.weakPassword': '新密码至少 8 位，且须同时包含字母和数字。',
    'account.notFound': '未找到该账号，或您无权查看。',
    'account.usernameTaken': '用户名“{username}”已被使用。',
    'account.personHasAccount': '该人员已有账号。',
    'account.cannotGrantAbove': '只能在您管理的组织范围内授权。',
    'account.cannotDisableSelf': '不能停用或启用自己的账号。',
    'account.badUsername': '用户名须为 3–64 位字母、数字或 . _ @ -。',
    'account.grantExists': '该账号在此组织已有“{role}”角色。',
    'account.grantNotFound': '未找到该授权，或您无权查看。',
    'account.beyondScope': '该账号在您管理范围之外也有权限，只能由上级管理员处理。',
  },
  {
    'auth.invalidCredentials': 'Wrong user name or password.',
    'auth.locked': 'Too many failed sign-ins: the account is locked. Try again in {minutes} minutes.',
    'auth.disabled': 'This account is disabled. Please contact your administrator.',
    'auth.sessionExpired': 'Your session has expired. Please sign in again.',
    'auth.wrongPassword': 'The current password is wrong.',
    'auth.weakPassword': 'The new password needs at least 8 characters, with letters and digits.',
    'account.notFound': 'Account not found, or you may not see it.',
    'account.usernameTaken': 'User name "{username}" is already taken.',
    'account.personHasAccount': 'This person already has an account.',
    'account.cannotGrantAbove': 'You can grant roles only within the organisations you administer.',
    'account.cannotDisableSelf': 'You cannot disable or enable your own account.',
    'account.badUsername': 'User names have 3–64 letters, digits or . _ @ -.',
    'account.grantExists': 'This account already holds the role "{role}" here.',
    'account.grantNotFound': 'Grant not found, or you may not see it.',
    'account.beyondScope':
      'This account holds roles outside the organisations you administer; a higher administrator must handle it.',
  },
);
