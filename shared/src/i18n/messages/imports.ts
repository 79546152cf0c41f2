import { defineMessages } from '../define';

export const importsMessages = defineMessages(
  {
    'import.badFile': '无法读取该文件，请上传 .xlsx 格式的 Excel 文件。',
    'import.missingColumn': '缺少列“{column}”。',
    'import.rowErrors': '文件中有 {count} 行存在错误，未导入任何数据。',
    'import.required': '“{column}”不能为空。',
    'import.badValue': '“{column}”的值“{value}”无效。',
    'import.unknownParent': '找不到上级组织“{value}”。',
    'import.unknownOrg': '找不到所属党组织“{value}”。',
    'import.duplicateInFile': '与第 {row} 行重复。',
    'import.empty': '文件中没有数据行。',
    'import.tooLarge': '文件过大（上限 {mb} MB）。',
  },
  {
    'import.badFile': 'The file cannot be read. Please upload an Excel .xlsx file.',
    'import.missingColumn': 'Column "{column}" is missing.',
    'import.rowErrors': '{count} rows have errors; nothing was imported.',
    'import.required': '"{column}" is required.',
    'import.badValue': '"{value}" is not a valid value for "{column}".',
    'import.unknownParent': 'Parent organisation "{value}" not found.',
    'import.unknownOrg': 'Organisation "{value}" not found.',
    'import.duplicateInFile': 'Duplicates row {row}.',
    'import.empty': 'The file has no data rows.',
    'import.tooLarge': 'The file is too large (limit {mb} MB).',
  },
);
