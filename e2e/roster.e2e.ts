import { describe, expect, it } from 'vitest';
import { nameSearchKeys } from '../server/src/modules/people';
import { login, newPage, shot } from './browser';

describe('the roster', () => {
  it('finds a member by pinyin initials and opens the person', async () => {
    const { page, context } = await newPage();
    await login(page, 's1admin');
    // Pick a real member of the demo data, then search for them the way a secretary types.
    const list = await (await page.request.get('/api/people?pageSize=50&partyStatus=full_member')).json();
    const person = list.items.find((p: { name: string }) => p.name.length === 3) ?? list.items[0];
    const initials = nameSearchKeys(person.name).initials;
    await page.goto('/people');
    await page.getByTestId('roster-search').fill(initials);
    await page.getByTestId('roster-search').press('Enter');
    const table = page.getByTestId('roster-table');
    await expect.poll(() => table.innerText()).toContain(person.name);
    // Every row matches: its name's initials start with what was typed (poll: the first page shows before the search lands).
    const mismatches = async () => {
      const names = await table.locator('tbody tr.ant-table-row td:first-child').allInnerTexts();
      return names.length === 0 ? ['(none)'] : names.filter((n) => !nameSearchKeys(n.trim()).initials.startsWith(initials));
    };
    await expect.poll(mismatches).toEqual([]);
    await shot(page, 'roster');
    await table.getByText(person.name).first().click();
    await expect.poll(() => page.getByTestId('person-name').textContent()).toContain(person.name);
    await shot(page, 'person');
    await context.close();
  });

  it('exports the filtered roster as a real .xlsx', async () => {
    const { page, context } = await newPage();
    await login(page, 's1secretary');
    await page.goto('/people');
    await page.getByTestId('roster-table').locator('tbody tr.ant-table-row').first().waitFor();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('roster-export').click()]);
    expect(download.suggestedFilename()).toMatch(/\.xlsx$/);
    const ExcelJS = (await import('exceljs')).default;
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile((await download.path())!);
    const ws = wb.worksheets[0]!;
    expect(ws.getRow(1).values).toEqual(expect.arrayContaining(['姓名', '政治面貌', '所在党组织']));
    // Only the secretary's branch: every row names it.
    const orgColumn = (ws.getRow(1).values as string[]).indexOf('所在党组织');
    for (let r = 2; r <= ws.rowCount; r++) expect(String(ws.getRow(r).getCell(orgColumn).value)).toContain('装配分厂');
    expect(ws.rowCount).toBeGreaterThanOrEqual(14);
    await context.close();
  });
});
