// The kind's own fields of an item (itemFieldsByKind): 办实事 beneficiaries / source / phase; 问题 source /
// severity / measures; 调研课题 leader and methods; 重点任务 aspect; 专项排查 check type. Held under `fields`.
import { AutoComplete, Form, Input, Select } from 'antd';
import { itemFieldsByKind, type LedgerKind } from '@xianfeng/shared/schemas/ledgers';
import { useT } from '../../app/i18n';
import { PersonPicker } from '../campaigns/PersonPicker';

const PRACTICAL_SOURCES = itemFieldsByKind.practical_matter.shape.source.options;
const PROBLEM_SOURCES = itemFieldsByKind.problem.shape.source.options;
const SEVERITIES = itemFieldsByKind.problem.shape.severity.options;
const METHODS = itemFieldsByKind.research_topic.shape.methods.element.options;

export function KindFields({ kind }: { kind: LedgerKind }) {
  const t = useT();
  const required = { required: true, message: t('common.required') };
  const name = (key: string) => ['fields', key];
  switch (kind) {
    case 'practical_matter':
      return (
        <>
          <Form.Item name={name('source')} label={t('itemFields.practicalSource')} rules={[required]}>
            <Select
              data-testid="item-field-source"
              options={PRACTICAL_SOURCES.map((s) => ({ value: s, label: t(`practicalSource.${s}`) }))}
            />
          </Form.Item>
          <Form.Item name={name('beneficiaries')} label={t('itemFields.beneficiaries')}>
            <Input data-testid="item-field-beneficiaries" maxLength={500} />
          </Form.Item>
          <Form.Item name={name('phase')} label={t('itemFields.phase')}>
            <AutoComplete
              data-testid="item-field-phase"
              maxLength={100}
              options={t('itemFields.phases').split('|').map((p) => ({ value: p }))}
            />
          </Form.Item>
        </>
      );
    case 'problem':
      return (
        <>
          <Form.Item name={name('source')} label={t('itemFields.problemSource')} rules={[required]}>
            <Select data-testid="item-field-source" options={PROBLEM_SOURCES.map((s) => ({ value: s, label: t(`problemSource.${s}`) }))} />
          </Form.Item>
          <Form.Item name={name('severity')} label={t('itemFields.severity')} rules={[required]}>
            <Select data-testid="item-field-severity" options={SEVERITIES.map((s) => ({ value: s, label: t(`problemSeverity.${s}`) }))} />
          </Form.Item>
          <Form.Item name={name('measures')} label={t('itemFields.measures')}>
            <Input.TextArea data-testid="item-field-measures" autoSize={{ minRows: 2, maxRows: 8 }} maxLength={4000} />
          </Form.Item>
        </>
      );
    case 'research_topic':
      return (
        <>
          <Form.Item name={name('leaderPersonId')} label={t('itemFields.leader')} rules={[required]}>
            <PersonPicker data-testid="item-field-leader" />
          </Form.Item>
          <Form.Item name={name('methods')} label={t('itemFields.methods')} rules={[{ ...required, type: 'array', min: 1 }]}>
            <Select
              data-testid="item-field-methods"
              mode="multiple"
              options={METHODS.map((m) => ({ value: m, label: t(`researchMethod.${m}`) }))}
            />
          </Form.Item>
        </>
      );
    case 'key_task':
      return (
        <Form.Item name={name('aspect')} label={t('itemFields.aspect')} rules={[{ ...required, whitespace: true }]}>
          <Input data-testid="item-field-aspect" maxLength={200} />
        </Form.Item>
      );
    case 'special_check':
      return (
        <Form.Item name={name('checkType')} label={t('itemFields.checkType')} rules={[{ ...required, whitespace: true }]}>
          <Input data-testid="item-field-checkType" maxLength={100} />
        </Form.Item>
      );
  }
}

/** The kind's fields as label / value pairs for reading (the item page). */
export function useKindFieldRows() {
  const t = useT();
  return (kind: LedgerKind, fields: Record<string, unknown>, personName: (id: number) => string) => {
    const str = (k: string) => (typeof fields[k] === 'string' && fields[k] ? (fields[k] as string) : null);
    const rows: { key: string; label: string; value: string }[] = [];
    const add = (key: string, label: string, value: string | null) => value && rows.push({ key, label, value });
    switch (kind) {
      case 'practical_matter':
        add('source', t('itemFields.practicalSource'), str('source') && t(`practicalSource.${str('source') as (typeof PRACTICAL_SOURCES)[number]}`));
        add('beneficiaries', t('itemFields.beneficiaries'), str('beneficiaries'));
        add('phase', t('itemFields.phase'), str('phase'));
        break;
      case 'problem':
        add('source', t('itemFields.problemSource'), str('source') && t(`problemSource.${str('source') as (typeof PROBLEM_SOURCES)[number]}`));
        add('severity', t('itemFields.severity'), str('severity') && t(`problemSeverity.${str('severity') as (typeof SEVERITIES)[number]}`));
        add('measures', t('itemFields.measures'), str('measures'));
        break;
      case 'research_topic': {
        const leader = fields.leaderPersonId;
        add('leader', t('itemFields.leader'), typeof leader === 'number' ? personName(leader) : null);
        const methods = Array.isArray(fields.methods) ? (fields.methods as (typeof METHODS)[number][]) : [];
        add('methods', t('itemFields.methods'), methods.map((m) => (METHODS.includes(m) ? t(`researchMethod.${m}`) : m)).join('、') || null);
        break;
      }
      case 'key_task':
        add('aspect', t('itemFields.aspect'), str('aspect'));
        break;
      case 'special_check':
        add('checkType', t('itemFields.checkType'), str('checkType'));
        break;
    }
    return rows;
  };
}
