import { describe, expect, it } from 'vitest';
import { ApiError } from '../../app/api';
import { rowErrorsOf } from './imports.api';

describe('rowErrorsOf', () => {
  it('returns the rows of a rejected file', () => {
    const details = [{ row: 3, column: '姓名', field: 'name', message: '“姓名”不能为空。' }];
    expect(rowErrorsOf(new ApiError(400, 'IMPORT_INVALID', '文件中有 1 行存在错误，未导入任何数据。', details))).toEqual(details);
  });

  it('returns null for other failures', () => {
    expect(rowErrorsOf(new ApiError(400, 'VALIDATION', 'bad', [{ field: 'underOrgId', message: 'x' }]))).toBeNull();
    expect(rowErrorsOf(new ApiError(404, 'NOT_FOUND', 'gone'))).toBeNull();
    expect(rowErrorsOf(new Error('boom'))).toBeNull();
  });
});
