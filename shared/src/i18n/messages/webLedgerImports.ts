import { defineMessages } from '../define';

// The web dialog of the ledger item import (导入事项) and the export button (导出). The generic import words
// (校验, 导入, 正在上传…) are the imports page's (importsPage.* in webPeople.ts).
export const webLedgerImportsMessages = defineMessages(
  {
    'itemsImport.open': '导入',
    'itemsImport.title': '导入事项',
    'itemsImport.intro':
      '按本清单的模板逐行填写事项，先“校验”，通过后再“导入”。编号相同的事项会更新名称、分类、责任单位、完成时限等，不改变状态和进度；有错误的文件整体不导入。',
    'itemsImport.step1': '1. 下载本清单的模板',
    'itemsImport.step2': '2. 选择填好的文件',
    'itemsImport.fileHint': '仅限 .xlsx 格式，不超过 {mb} MB、{rows} 行。导出的文件也可以修改后再导入。',
    'itemsImport.checked': '共 {rows} 行：将新建 {created} 项、更新 {updated} 项，{unchanged} 项无变化。点击“导入”写入。',
    'itemsImport.done': '共 {rows} 行：已新建 {created} 项、更新 {updated} 项，{unchanged} 项无变化。',
    'itemsImport.templateFile': '清单导入模板.xlsx',
    'itemsImport.close': '关闭',
    'itemsExport.button': '导出',
    'itemsExport.tooltip': '按当前筛选条件导出全部事项（.xlsx，最多 {max} 项）',
    'itemsExport.file': '清单事项.xlsx',
  },
  {
    'itemsImport.open': 'Import',
    'itemsImport.title': 'Import items',
    'itemsImport.intro':
      'Fill in one item per row of this list’s template, "Validate" it, then "Import". An item with the same No. gets its title, category, responsible unit, deadline and so on updated, never its status or progress; a file with errors is not imported at all.',
    'itemsImport.step1': '1. Download this list’s template',
    'itemsImport.step2': '2. Choose the filled-in file',
    'itemsImport.fileHint': '.xlsx only, at most {mb} MB and {rows} rows. An exported file can be edited and imported again.',
    'itemsImport.checked': '{rows} rows: {created} items to create, {updated} to update, {unchanged} unchanged. Click "Import" to write them.',
    'itemsImport.done': '{rows} rows: {created} items created, {updated} updated, {unchanged} unchanged.',
    'itemsImport.templateFile': 'list-import-template.xlsx',
    'itemsImport.close': 'Close',
    'itemsExport.button': 'Export',
    'itemsExport.tooltip': 'Export every item matching the current filters (.xlsx, at most {max} items)',
    'itemsExport.file': 'list-items.xlsx',
  },
);
