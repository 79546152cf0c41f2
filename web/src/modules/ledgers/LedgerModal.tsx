// 新建清单 / 编辑清单: the owner node and kind (fixed once created), title, description, categories as tags, an
// optional campaign, and the escalation ladder (督办阶梯). An edit carries the version read (409 → reload offer).
import { Form, Input, Modal, Select } from 'antd';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { useNavigate } from 'react-router';
import { LEDGER_KINDS, type LedgerKind, type LedgerView } from '@xianfeng/shared/schemas/ledgers';
import { useShowError } from '../../app/errors';
import { useT } from '../../app/i18n';
import { useCurrentNode } from '../../app/node';
import { OrgPicker } from '../../app/OrgPicker';
import { ConflictNotice } from '../campaigns/ConflictNotice';
import { useConflict } from '../people/conflict';
import { CampaignSelect } from './CampaignSelect';
import { EscalationLadderField } from './EscalationLadderField';
import { createLedger, ledgerKeys, updateLedger } from './ledgers.api';

interface Values {
  ownerOrgId: number | null;
  kind: LedgerKind;
  title: string;
  description?: string | null;
  categories: string[];
  campaignId?: number | null;
  escalation: LedgerView['escalation'];
}

interface Props {
  open: boolean;
  /** The list to edit; none: a new one. */
  ledger?: LedgerView;
  onClose: () => void;
  /** After an edit's conflict: refetch the list. */
  onReload?: () => Promise<unknown>;
}

export function LedgerModal({ open, ledger, onClose, onReload }: Props) {
  const t = useT();
  const navigate = useNavigate();
  const showError = useShowError();
  const client = useQueryClient();
  const { nodeId } = useCurrentNode();
  const [form] = Form.useForm<Values>();
  const { conflict, catchConflict, clear } = useConflict();
  const kind = Form.useWatch('kind', form);

  useEffect(() => {
    if (!open) return;
    clear();
    form.resetFields();
    form.setFieldsValue(
      ledger
        ? {
            ownerOrgId: ledger.ownerOrgId,
            kind: ledger.kind,
            title: ledger.title,
            description: ledger.description,
            categories: ledger.categories,
            campaignId: ledger.campaignId,
            escalation: ledger.escalation,
          }
        : { ownerOrgId: nodeId, kind: 'practical_matter', categories: defaultCategories(t, 'practical_matter'), escalation: [] },
    );
    // Filled when the dialog opens only: a refetch must not wipe what is being typed.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [open]);

  const save = useMutation({
    mutationFn: (v: Values) =>
      ledger
        ? updateLedger(ledger.id, {
            version: ledger.version,
            title: v.title,
            description: v.description?.trim() || null,
            categories: v.categories,
            escalation: v.escalation ?? ledger.escalation,
          })
        : createLedger({
            ownerOrgId: v.ownerOrgId!,
            kind: v.kind,
            title: v.title,
            description: v.description?.trim() || null,
            categories: v.categories,
            campaignId: v.campaignId ?? null,
            escalation: v.escalation ?? [],
          }),
    onSuccess: async (saved) => {
      client.setQueryData(ledgerKeys.detail(saved.id), saved);
      await client.invalidateQueries({ queryKey: ['ledgers', 'list'] });
      onClose();
      if (!ledger) navigate(`/ledgers/${saved.id}`);
    },
    onError: (err) => {
      if (!catchConflict(err)) showError(err, form);
    },
  });

  const required = { required: true, message: t('common.required') };
  return (
    <Modal
      open={open}
      title={t(ledger ? 'ledgerForm.editTitle' : 'ledgerForm.createTitle')}
      width={640}
      onCancel={onClose}
      onOk={() => form.submit()}
      okButtonProps={{ loading: save.isPending, disabled: !!conflict, 'data-testid': 'ledger-save' }}
      forceRender
    >
      <ConflictNotice message={conflict} onReload={() => void onReload?.().then(onClose)} />
      <Form<Values> form={form} layout="vertical" onFinish={(v) => save.mutate(v)} scrollToFirstError>
        <Form.Item name="ownerOrgId" label={t('ledgerForm.owner')} rules={[required]} extra={!ledger && t('ledgerForm.ownerHint')}>
          <OrgPicker data-testid="ledger-owner" disabled={!!ledger} allowClear={false} />
        </Form.Item>
        <Form.Item name="kind" label={t('ledgerForm.kind')} rules={[required]}>
          <Select
            data-testid="ledger-kind"
            disabled={!!ledger}
            options={LEDGER_KINDS.map((k) => ({ value: k, label: t(`ledgerKind.${k}`) }))}
            onChange={(k: LedgerKind) => {
              // Offer the kind's usual categories while none were typed.
              if (!ledger && (form.getFieldValue('categories') as string[] | undefined)?.join() === defaultCategories(t, kind ?? 'practical_matter').join())
                form.setFieldValue('categories', defaultCategories(t, k));
            }}
          />
        </Form.Item>
        <Form.Item name="title" label={t('ledgerForm.title')} rules={[{ ...required, whitespace: true }]}>
          <Input data-testid="ledger-form-title" maxLength={200} />
        </Form.Item>
        <Form.Item name="description" label={t('ledgerForm.description')}>
          <Input.TextArea data-testid="ledger-description" autoSize={{ minRows: 2, maxRows: 6 }} maxLength={4000} />
        </Form.Item>
        <Form.Item name="categories" label={t('ledgerForm.categories')} extra={t('ledgerForm.categoriesHint')}>
          <Select
            data-testid="ledger-categories"
            mode="tags"
            tokenSeparators={[',', '，', '、']}
            open={false}
            suffixIcon={null}
            placeholder={t('ledgerForm.categoriesPlaceholder')}
          />
        </Form.Item>
        <Form.Item name="campaignId" label={t('ledgerForm.campaign')} extra={!ledger && t('ledgerForm.campaignHint')}>
          <CampaignSelect data-testid="ledger-campaign" disabled={!!ledger} placeholder={t('ledgerForm.noCampaign')} />
        </Form.Item>
        <EscalationLadderField />
      </Form>
    </Modal>
  );
}

/** The usual categories of a kind (我为群众办实事: the five of S2), in the user's language; none for the others. */
export function defaultCategories(t: ReturnType<typeof useT>, kind: LedgerKind): string[] {
  if (kind !== 'practical_matter') return [];
  return t('ledgerForm.practicalCategories').split('|');
}
