import { defineMessages } from '../define';

export const commonMessages = defineMessages(
  {
    'app.name': '先锋',
    'app.fullName': '先锋 · 党建工作平台',
    'error.notFound': '未找到该记录，或您无权查看。',
    'error.forbidden': '您没有执行此操作的权限。',
    'error.unauthenticated': '请先登录。',
    'error.conflict': '该记录已被他人修改，请刷新后重试。',
    'error.validation': '提交的内容有误，请检查后重试。',
    'error.internal': '服务器内部错误，请稍后重试。',
    'error.rateLimited': '请求过于频繁，请稍后再试。',
    'error.badDate': '日期格式应为 YYYY-MM-DD。',
  },
  {
    'app.name': 'Xianfeng',
    'app.fullName': 'Xianfeng · Party-building platform',
    'error.notFound': 'Not found, or you may not see it.',
    'error.forbidden': 'You are not allowed to do this.',
    'error.unauthenticated': 'Please sign in first.',
    'error.conflict': 'Someone else changed this record. Reload it and try again.',
    'error.validation': 'Some of what you submitted is not valid. Please check it.',
    'error.internal': 'Internal server error. Please try again later.',
    'error.rateLimited': 'Too many requests. Please wait a moment.',
    'error.badDate': 'Dates are written YYYY-MM-DD.',
  },
);
