// The basic fields of a person, shared by the create and edit forms.
import { Col, DatePicker, Form, Input, Row, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { GENDERS, type Gender, type PartyStatus } from '@xianfeng/shared/domain';
import { useFormat, useT } from '../../app/i18n';

/** Form values; dates as dayjs for the pickers. */
export interface PersonFormValues {
  name: string;
  gender?: Gender | null;
  birthDate?: Dayjs | null;
  ethnicity?: string | null;
  education?: string | null;
  phone?: string | null;
  employeeNo?: string | null;
  partyStatus?: PartyStatus;
  joinedOn?: Dayjs | null;
  fullMemberOn?: Dayjs | null;
  orgId?: number | null;
  startOn?: Dayjs | null;
}

/** Name, gender, birth date, ethnicity, education, phone, employee number, and the two membership dates. */
export function PersonFields({ showDates = true }: { showDates?: boolean }) {
  const t = useT();
  const fmt = useFormat();
  const half = { xs: 24, sm: 12 };
  return (
    <Row gutter={16}>
      <Col {...half}>
        <Form.Item name="name" label={t('personForm.name')} rules={[{ required: true, whitespace: true, message: t('personForm.nameRequired') }]}>
          <Input maxLength={50} />
        </Form.Item>
      </Col>
      <Col {...half}>
        <Form.Item name="gender" label={t('personForm.gender')}>
          <Select allowClear options={GENDERS.map((g) => ({ value: g, label: t(`gender.${g}`) }))} />
        </Form.Item>
      </Col>
      <Col {...half}>
        <Form.Item name="birthDate" label={t('personForm.birthDate')}>
          <DatePicker format={fmt.dateFormat} style={{ width: '100%' }} />
        </Form.Item>
      </Col>
      <Col {...half}>
        <Form.Item name="employeeNo" label={t('personForm.employeeNo')}>
          <Input maxLength={30} />
        </Form.Item>
      </Col>
      <Col {...half}>
        <Form.Item name="ethnicity" label={t('personForm.ethnicity')}>
          <Input maxLength={20} />
        </Form.Item>
      </Col>
      <Col {...half}>
        <Form.Item name="education" label={t('personForm.education')}>
          <Input maxLength={30} />
        </Form.Item>
      </Col>
      <Col {...half}>
        <Form.Item name="phone" label={t('personForm.phone')} rules={[{ pattern: /^[0-9+\- ]{5,20}$/, message: t('personForm.badPhone') }]}>
          <Input maxLength={20} inputMode="tel" />
        </Form.Item>
      </Col>
      {showDates && (
        <>
          <Col {...half}>
            <Form.Item name="joinedOn" label={t('personForm.joinedOn')}>
              <DatePicker format={fmt.dateFormat} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col {...half}>
            <Form.Item name="fullMemberOn" label={t('personForm.fullMemberOn')}>
              <DatePicker format={fmt.dateFormat} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
        </>
      )}
    </Row>
  );
}
