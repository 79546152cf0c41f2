import type { Locale } from '@xianfeng/shared/domain';
import { translate, type MessageKey } from '@xianfeng/shared/i18n';
import type { PersonSummary } from '@xianfeng/shared/schemas/people';
import { tableWorkbook } from '../../core/xlsx';

type Column = { key: MessageKey; width: number; value: (p: PersonSummary) => string | Date | null; date?: boolean };

const asDate = (d: string | null) => (d ? new Date(`${d}T00:00:00Z`) : null);

/** The roster's columns, in the order offices keep them (花名册). */
const columns = (locale: Locale): Column[] => {
  const t = (key: MessageKey, params?: Record<string, string | number>) => translate(locale, key, params);
  const positions = (p: PersonSummary) =>
    p.positions
      .map((h) =>
        h.orgId === p.orgId ? t(`position.${h.title}`) : t('person.positionAt', { org: h.orgName, title: `position.${h.title}` }),
      )
      .join(locale === 'zh-CN' ? '、' : '; ');
  return [
    { key: 'person.col.name', width: 12, value: (p) => p.name },
    { key: 'person.col.gender', width: 8, value: (p) => (p.gender ? t(`gender.${p.gender}`) : null) },
    { key: 'person.col.birthDate', width: 13, value: (p) => asDate(p.birthDate), date: true },
    { key: 'person.col.partyStatus', width: 14, value: (p) => t(`partyStatus.${p.partyStatus}`) },
    { key: 'person.col.joinedOn', width: 13, value: (p) => asDate(p.joinedOn), date: true },
    { key: 'person.col.orgName', width: 30, value: (p) => p.orgName },
    { key: 'person.col.employeeNo', width: 14, value: (p) => p.employeeNo },
    { key: 'person.col.phone', width: 15, value: (p) => p.phone },
    { key: 'person.col.positions', width: 24, value: positions },
  ];
};

/**
 * The roster as an .xlsx file: one sheet, header in the user's language, enumerations as labels,
 * dates as real date cells. Written with the streaming writer so 100,000 rows stay light.
 */
export async function rosterWorkbook(rows: PersonSummary[], locale: Locale): Promise<Buffer> {
  return tableWorkbook(
    translate(locale, 'person.export.sheet'),
    columns(locale).map((c) => ({ ...c, header: translate(locale, c.key) })),
    rows,
  );
}
