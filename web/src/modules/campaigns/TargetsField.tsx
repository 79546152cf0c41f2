// 适用对象: the depth below the owner and the node types an action applies to, with the two common
// presets ("下一级党组织", "所有党支部") and the plan's wording of the choice.
import { Button, Checkbox, Flex, Form, Select, Space, type FormInstance } from 'antd';
import { ORG_TYPES } from '@xianfeng/shared/domain';
import { useT } from '../../app/i18n';
import { ANY_DEPTH, type ActionFormValues } from './actionForm';
import { targetText } from './campaigns.helpers';

const DEPTHS = [0, 1, 2, 3, ANY_DEPTH];

export function TargetsField({ form }: { form: FormInstance<ActionFormValues> }) {
  const t = useT();
  const depth = Form.useWatch('targetDepth', form) ?? 1;
  const types = Form.useWatch('targetTypes', form) ?? [];
  const preset = (targetDepth: number, targetTypes: ActionFormValues['targetTypes']) =>
    form.setFieldsValue({ targetDepth, targetTypes });
  return (
    <Form.Item
      label={t('campaignPlan.targets')}
      extra={t('campaignPlan.targetsText', { text: targetText(t, types, depth === ANY_DEPTH ? null : depth) })}
      required
    >
      <Space orientation="vertical" style={{ width: '100%' }}>
        <Space wrap size={4}>
          <Button size="small" data-testid="target-children" onClick={() => preset(1, [])}>
            {t('campaignTarget.children')}
          </Button>
          <Button size="small" data-testid="target-branches" onClick={() => preset(ANY_DEPTH, ['branch'])}>
            {t('campaignTarget.allOfTypes', { types: t('orgType.branch') })}
          </Button>
        </Space>
        <Flex gap={8} wrap>
          <Form.Item name="targetDepth" noStyle>
            <Select
              data-testid="action-depth"
              style={{ width: 160 }}
              options={DEPTHS.map((d) => ({ value: d, label: targetText(t, [], d === ANY_DEPTH ? null : d) }))}
            />
          </Form.Item>
          <Form.Item name="targetTypes" noStyle>
            <Checkbox.Group data-testid="action-types" options={ORG_TYPES.map((o) => ({ value: o, label: t(`orgType.${o}`) }))} />
          </Form.Item>
        </Flex>
      </Space>
    </Form.Item>
  );
}
