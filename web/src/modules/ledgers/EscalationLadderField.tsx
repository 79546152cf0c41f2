// 督办阶梯 in a list's create / edit form: steps (提醒 → 督办 → 通报 → 约谈) each with the overdue days after which
// it is taken. Checked as the server checks it: each step once, a higher step never before a lower one.
import { Button, Flex, Form, InputNumber, Select, Typography } from 'antd';
import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { ESCALATION_STEPS, type EscalationStepName } from '@xianfeng/shared/schemas/ledgers';
import { useT } from '../../app/i18n';

interface Step {
  step?: EscalationStepName;
  afterDays?: number | null;
}

const rank = (s: EscalationStepName | undefined) => (s ? ESCALATION_STEPS.indexOf(s) : -1);

/** The first broken rule of a ladder, as a message key; undefined when it is fine (unfilled rows are left to their own rules). */
export function ladderProblem(steps: Step[] | undefined): 'ledger.escalationDuplicate' | 'ledger.escalationOrder' | undefined {
  const filled = (steps ?? []).filter(
    (s): s is Required<Step> & { afterDays: number } => !!s?.step && typeof s.afterDays === 'number',
  );
  if (new Set(filled.map((s) => s.step)).size !== filled.length) return 'ledger.escalationDuplicate';
  const sorted = [...filled].sort((a, b) => rank(a.step) - rank(b.step));
  if (sorted.some((s, i) => i > 0 && s.afterDays < sorted[i - 1]!.afterDays)) return 'ledger.escalationOrder';
  return undefined;
}

/** The step to add next: the lowest one not used yet, a week after the highest day so far. */
function nextStep(steps: Step[]): Step {
  const used = new Set(steps.map((s) => s.step));
  const step = ESCALATION_STEPS.find((s) => !used.has(s));
  const last = Math.max(-7, ...steps.map((s) => (typeof s.afterDays === 'number' ? s.afterDays : -7)));
  return { step, afterDays: Math.min(3650, last + 7) };
}

export function EscalationLadderField({ name = 'escalation', disabled }: { name?: string; disabled?: boolean }) {
  const t = useT();
  const form = Form.useFormInstance();
  const options = ESCALATION_STEPS.map((s) => ({ value: s, label: t(`escalation.step.${s}`) }));

  return (
    <Form.Item label={t('escalationField.label')} extra={t('escalationField.hint')} data-testid="escalation-field">
      <Form.List
        name={name}
        rules={[
          {
            validator: async (_, value: Step[] | undefined) => {
              const problem = ladderProblem(value);
              if (problem) throw new Error(t(problem));
            },
          },
        ]}
      >
        {(fields, { add, remove }, { errors }) => (
          <>
            {fields.map((field, index) => (
              <Flex key={field.key} gap={8} align="baseline" wrap data-testid={`escalation-step-${index}`}>
                <Form.Item
                  name={[field.name, 'step']}
                  rules={[{ required: true, message: t('common.required') }]}
                  style={{ marginBottom: 8 }}
                >
                  <Select
                    options={options}
                    disabled={disabled}
                    placeholder={t('escalationField.step')}
                    aria-label={t('escalationField.step')}
                    style={{ width: 150 }}
                    data-testid={`escalation-step-name-${index}`}
                  />
                </Form.Item>
                <Form.Item
                  name={[field.name, 'afterDays']}
                  rules={[{ required: true, message: t('common.required') }]}
                  style={{ marginBottom: 8 }}
                >
                  <InputNumber
                    min={0}
                    max={3650}
                    precision={0}
                    disabled={disabled}
                    placeholder={t('escalationField.afterDays')}
                    aria-label={t('escalationField.afterDays')}
                    suffix={t('escalationField.days')}
                    style={{ width: 150 }}
                    data-testid={`escalation-step-days-${index}`}
                  />
                </Form.Item>
                {!disabled && (
                  <Button
                    type="text"
                    icon={<MinusCircleOutlined />}
                    aria-label={t('escalationField.remove')}
                    title={t('escalationField.remove')}
                    onClick={() => remove(field.name)}
                    data-testid={`escalation-step-remove-${index}`}
                  />
                )}
              </Flex>
            ))}
            {!disabled &&
              (fields.length < ESCALATION_STEPS.length ? (
                <Button
                  type="dashed"
                  icon={<PlusOutlined />}
                  onClick={() => add(nextStep((form.getFieldValue(name) as Step[] | undefined) ?? []))}
                  data-testid="escalation-add"
                >
                  {t('escalationField.add')}
                </Button>
              ) : (
                <Typography.Text type="secondary">{t('escalationField.full')}</Typography.Text>
              ))}
            <Form.ErrorList errors={errors} />
          </>
        )}
      </Form.List>
    </Form.Item>
  );
}
