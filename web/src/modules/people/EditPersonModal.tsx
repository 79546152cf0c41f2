// Edits a person's basic fields with the version read; a 409 offers to reload the latest.
import { App, Form, Modal } from 'antd';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import type { PersonDetail } from '@xianfeng/shared/schemas/people';
import { useShowError } from '../../app/errors';
import { useT } from '../../app/i18n';
import { ConflictAlert, useConflict } from './conflict';
import { fromDay, toDay } from './dates';
import { peopleKeys, updatePerson } from './people.api';
import { PersonFields, type PersonFormValues } from './PersonFields';

interface Props {
  person: PersonDetail;
  open: boolean;
  onClose: () => void;
  /** Refetches the person; resolves to the latest version. */
  onReload: () => Promise<PersonDetail | undefined>;
}

const formValues = (p: PersonDetail): PersonFormValues => ({
  name: p.name,
  gender: p.gender,
  birthDate: toDay(p.birthDate),
  ethnicity: p.ethnicity,
  education: p.education,
  phone: p.phone,
  employeeNo: p.employeeNo,
  joinedOn: toDay(p.joinedOn),
  fullMemberOn: toDay(p.fullMemberOn),
});

export function EditPersonModal({ person, open, onClose, onReload }: Props) {
  const t = useT();
  const { message } = App.useApp();
  const showError = useShowError();
  const client = useQueryClient();
  const [form] = Form.useForm<PersonFormValues>();
  const { conflict, catchConflict, clear } = useConflict();
  // The version the form was filled from (not a newer one fetched meanwhile): what the update claims to change.
  const [version, setVersion] = useState(person.version);
  const fill = (p: PersonDetail) => {
    form.setFieldsValue(formValues(p));
    setVersion(p.version);
  };

  useEffect(() => {
    if (open) {
      fill(person);
      clear();
    }
    // Refill only when the dialog opens; a reload refills explicitly.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [open]);

  const save = useMutation({
    mutationFn: (v: PersonFormValues) =>
      updatePerson(person.id, {
        version,
        name: v.name.trim(),
        gender: v.gender ?? null,
        birthDate: fromDay(v.birthDate),
        ethnicity: v.ethnicity ?? '',
        education: v.education ?? '',
        phone: v.phone ?? '',
        employeeNo: v.employeeNo ?? '',
        joinedOn: fromDay(v.joinedOn),
        fullMemberOn: fromDay(v.fullMemberOn),
      }),
    onSuccess: async () => {
      void message.success(t('personPage.saved'));
      await client.invalidateQueries({ queryKey: peopleKeys.all });
      onClose();
    },
    onError: (err) => {
      if (!catchConflict(err)) showError(err, form);
    },
  });

  return (
    <Modal
      open={open}
      title={t('personPage.edit')}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={save.isPending}
      okButtonProps={{ disabled: !!conflict }}
      width={720}
      forceRender
    >
      <ConflictAlert
        message={conflict}
        onReload={() =>
          void onReload().then((latest) => {
            if (latest) fill(latest);
            clear();
          })
        }
      />
      <Form<PersonFormValues> form={form} layout="vertical" onFinish={(v) => save.mutate(v)}>
        <PersonFields />
      </Form>
    </Modal>
  );
}
