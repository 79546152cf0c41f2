// 登记事项 / 编辑事项 in a drawer: the common fields (title, description, category, number, responsible unit and
// person, deadline) and the list kind's own fields; 立行立改 for problems. An edit carries the version read.
import { Button, Col, DatePicker, Drawer, Flex, Form, Grid, Input, Row, Select, Switch } from 'antd';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect } from 'react';
import { useNavigate } from 'react-router';
import type { ItemDetail, LedgerView } from '@xianfeng/shared/schemas/ledgers';
import { useShowError } from '../../app/errors';
import { useFormat, useT } from '../../app/i18n';
import { ConflictNotice } from '../campaigns/ConflictNotice';
import { PersonPicker } from '../campaigns/PersonPicker';
import { SubtreePicker } from '../campaigns/SubtreePicker';
import { useConflict } from '../people/conflict';
import { todayInZone } from '../records/time';
import { KindFields } from './KindFields';
import { createItem, ledgerKeys, updateItem, useInvalidateLedgers } from './ledgers.api';
import { fieldsOf, fieldValues, type KindFieldValues } from './ledgers.helpers';

interface Values {
  title: string;
  description?: string | null;
  category?: string | null;
  externalNo?: string | null;
  responsibleOrgId: number | null;
  responsiblePersonId?: number | null;
  deadline?: Dayjs | null;
  registeredOn?: Dayjs | null;
  fixedAtOnce?: boolean;
  fields: KindFieldValues;
}

interface Props {
  ledger: LedgerView;
  open: boolean;
  /** The item to edit; none: register a new one. */
  item?: ItemDetail;
  onClose: () => void;
  onReload?: () => Promise<unknown>;
}

const day = (d: Dayjs | null | undefined) => (d ? d.format('YYYY-MM-DD') : null);

export function ItemDrawer({ ledger, open, item, onClose, onReload }: Props) {
  const t = useT();
  const fmt = useFormat();
  const navigate = useNavigate();
  const showError = useShowError();
  const client = useQueryClient();
  const invalidate = useInvalidateLedgers();
  const phone = Grid.useBreakpoint().md === false;
  const [form] = Form.useForm<Values>();
  const { conflict, catchConflict, clear } = useConflict();
  const fixedAtOnce = Form.useWatch('fixedAtOnce', form);

  useEffect(() => {
    if (!open) return;
    clear();
    form.resetFields();
    form.setFieldsValue(
      item
        ? {
            title: item.title,
            description: item.description,
            category: item.category,
            externalNo: item.externalNo,
            responsibleOrgId: item.responsibleOrgId,
            responsiblePersonId: item.responsiblePersonId,
            deadline: item.deadline ? dayjs(item.deadline) : null,
            fields: fieldValues(item.kind, item.fields),
          }
        : { responsibleOrgId: null, fixedAtOnce: false, registeredOn: dayjs(todayInZone()), fields: {} },
    );
    // Filled when the drawer opens only: a refetch must not wipe what is being typed.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [open]);

  const save = useMutation({
    mutationFn: (v: Values) => {
      const common = {
        title: v.title.trim(),
        description: v.description?.trim() || null,
        category: v.category || null,
        responsibleOrgId: v.responsibleOrgId!,
        responsiblePersonId: v.responsiblePersonId ?? null,
        fields: fieldsOf(ledger.kind, v.fields ?? {}),
        deadline: day(v.deadline),
      };
      return item
        ? updateItem(item.id, { ...common, version: item.version })
        : createItem(ledger.id, {
            ...common,
            externalNo: v.externalNo?.trim() || null,
            fixedAtOnce: !!v.fixedAtOnce,
            registeredOn: day(v.registeredOn) ?? undefined,
          });
    },
    onSuccess: async (saved) => {
      client.setQueryData(ledgerKeys.item(saved.id), saved);
      await invalidate();
      onClose();
      if (!item) navigate(`/ledger-items/${saved.id}`);
    },
    onError: (err) => {
      if (!catchConflict(err)) showError(err, form);
    },
  });

  const required = { required: true, message: t('common.required') };
  const registeredOn = Form.useWatch('registeredOn', form) as Dayjs | undefined;
  return (
    <Drawer
      open={open}
      title={t(item ? 'itemForm.editTitle' : 'itemForm.createTitle')}
      size={phone ? '100%' : 640}
      onClose={onClose}
      forceRender
      footer={
        <Flex justify="flex-end" gap={8}>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button data-testid="item-save" type="primary" loading={save.isPending} disabled={!!conflict} onClick={() => form.submit()}>
            {t('common.save')}
          </Button>
        </Flex>
      }
    >
      <ConflictNotice message={conflict} onReload={() => void onReload?.().then(onClose)} />
      <Form<Values> form={form} layout="vertical" onFinish={(v) => save.mutate(v)} scrollToFirstError>
        <Form.Item name="title" label={t('itemForm.title')} rules={[{ ...required, whitespace: true }]}>
          <Input data-testid="item-form-title" maxLength={300} />
        </Form.Item>
        <Form.Item name="description" label={t('itemForm.description')}>
          <Input.TextArea data-testid="item-description" autoSize={{ minRows: 2, maxRows: 8 }} maxLength={4000} />
        </Form.Item>
        <Row gutter={16}>
          <Col xs={24} sm={12}>
            <Form.Item name="category" label={t('itemForm.category')}>
              {ledger.categories.length > 0 ? (
                <Select data-testid="item-category" allowClear options={ledger.categories.map((c) => ({ value: c, label: c }))} />
              ) : (
                <Input data-testid="item-category" maxLength={100} />
              )}
            </Form.Item>
          </Col>
          <Col xs={24} sm={12}>
            <Form.Item name="externalNo" label={t('itemForm.externalNo')} extra={!item && t('itemForm.externalNoHint')}>
              <Input data-testid="item-external-no" maxLength={50} disabled={!!item} />
            </Form.Item>
          </Col>
        </Row>
        <Row gutter={16}>
          <Col xs={24} sm={12}>
            <Form.Item name="responsibleOrgId" label={t('itemForm.responsible')} rules={[required]}>
              <SubtreePicker data-testid="item-responsible" rootId={ledger.ownerOrgId} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col xs={24} sm={12}>
            <Form.Item name="responsiblePersonId" label={t('itemForm.person')}>
              <PersonPicker data-testid="item-person" />
            </Form.Item>
          </Col>
        </Row>
        {ledger.kind === 'problem' && !item && (
          <Form.Item name="fixedAtOnce" label={t('itemForm.fixedAtOnce')} valuePropName="checked" extra={t('itemForm.fixedAtOnceHint')}>
            <Switch data-testid="item-fixed-at-once" />
          </Form.Item>
        )}
        <Row gutter={16}>
          {!item && (
            <Col xs={24} sm={12}>
              <Form.Item name="registeredOn" label={t('itemForm.registeredOn')} rules={[required]}>
                <DatePicker
                  data-testid="item-registered-on"
                  format={fmt.dateFormat}
                  allowClear={false}
                  style={{ width: '100%' }}
                  disabledDate={(d) => d.format('YYYY-MM-DD') > todayInZone()}
                />
              </Form.Item>
            </Col>
          )}
          <Col xs={24} sm={12}>
            <Form.Item
              name="deadline"
              label={t('itemForm.deadline')}
              rules={[{ required: !fixedAtOnce && !(item?.fixedAtOnce ?? false), message: t('itemForm.deadlineRequired') }]}
            >
              <DatePicker
                data-testid="item-deadline"
                format={fmt.dateFormat}
                style={{ width: '100%' }}
                disabledDate={(d) => {
                  const from = item?.registeredOn ?? day(registeredOn);
                  return !!from && d.format('YYYY-MM-DD') < from;
                }}
              />
            </Form.Item>
          </Col>
        </Row>
        <KindFields kind={ledger.kind} />
      </Form>
    </Drawer>
  );
}
