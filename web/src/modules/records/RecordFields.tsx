// The fields of a record's form (kind, topic, time, place, people, agenda, minutes, hours, guests).
import { Button, Col, DatePicker, Form, Input, InputNumber, Row, Select, Space, TimePicker } from 'antd';
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import type { Dayjs } from 'dayjs';
import type { AttendanceInput, GuestInput, RecordKind, RollEntry } from '@xianfeng/shared/schemas/records';
import { useFormat, useLocale, useT } from '../../app/i18n';
import { MinutesEditor } from './MinutesEditor';
import { kindLabel } from './RecordTags';

export interface RecordFormValues {
  orgId: number | null;
  kind?: string;
  topic?: string;
  startsAt?: Dayjs | null;
  endsAt?: Dayjs | null;
  place?: string | null;
  hostPersonId?: number | null;
  recorderPersonId?: number | null;
  lecturerPersonId?: number | null;
  lecturerName?: string | null;
  agenda?: string | null;
  minutes?: string | null;
  studyHours?: number | null;
  attendance: AttendanceInput[];
  guests: GuestInput[];
  amendReason?: string;
}

interface Props {
  kinds: RecordKind[];
  kindsLoading: boolean;
  roll: RollEntry[];
  /** The kind chosen: whether it names a lecturer. */
  hasLecturer: boolean;
}

export function RecordFields({ kinds, kindsLoading, roll, hasLecturer }: Props) {
  const t = useT();
  const { locale } = useLocale();
  const fmt = useFormat();
  const people = roll.map((r) => ({ value: r.personId, label: r.name }));
  const personSelect = (testId: string) => (
    <Select<number>
      data-testid={testId}
      allowClear
      showSearch={{ optionFilterProp: 'label' }}
      options={people}
      placeholder={t('recordForm.pickPerson')}
    />
  );

  return (
    <>
      <Row gutter={16}>
        <Col xs={24} md={8}>
          <Form.Item name="kind" label={t('recordForm.kind')} rules={[{ required: true, message: t('recordForm.kindRequired') }]}>
            <Select
              data-testid="record-kind"
              loading={kindsLoading}
              showSearch={{ optionFilterProp: 'label' }}
              options={kinds.map((k) => ({ value: k.code, label: kindLabel(k, locale) }))}
              placeholder={t('recordForm.kindPlaceholder')}
            />
          </Form.Item>
        </Col>
        <Col xs={24} md={16}>
          <Form.Item
            name="topic"
            label={t('recordForm.topic')}
            rules={[{ required: true, whitespace: true, message: t('recordForm.topicRequired') }]}
          >
            <Input data-testid="record-topic" maxLength={200} />
          </Form.Item>
        </Col>
        <Col xs={24} sm={14} md={8}>
          <Form.Item
            name="startsAt"
            label={t('recordForm.startsAt')}
            rules={[{ required: true, message: t('recordForm.startsAtRequired') }]}
          >
            <DatePicker
              data-testid="record-starts-at"
              showTime={{ format: 'HH:mm', minuteStep: 5 }}
              format={[`${fmt.dateFormat} HH:mm`, 'YYYY-MM-DD HH:mm']}
              style={{ width: '100%' }}
            />
          </Form.Item>
        </Col>
        <Col xs={24} sm={10} md={4}>
          <Form.Item name="endsAt" label={t('recordForm.endsAt')}>
            <TimePicker data-testid="record-ends-at" format="HH:mm" minuteStep={5} style={{ width: '100%' }} />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item name="place" label={t('recordForm.place')}>
            <Input data-testid="record-place" maxLength={200} />
          </Form.Item>
        </Col>
        <Col xs={12} md={6}>
          <Form.Item name="hostPersonId" label={t('recordForm.host')}>
            {personSelect('record-host')}
          </Form.Item>
        </Col>
        <Col xs={12} md={6}>
          <Form.Item name="recorderPersonId" label={t('recordForm.recorder')}>
            {personSelect('record-recorder')}
          </Form.Item>
        </Col>
        {hasLecturer && (
          <>
            <Col xs={12} md={6}>
              <Form.Item name="lecturerPersonId" label={t('recordForm.lecturer')}>
                {personSelect('record-lecturer')}
              </Form.Item>
            </Col>
            <Col xs={12} md={6}>
              <Form.Item name="lecturerName" label={t('recordForm.lecturerName')} tooltip={t('recordForm.lecturerNameHint')}>
                <Input data-testid="record-lecturer-name" maxLength={50} />
              </Form.Item>
            </Col>
          </>
        )}
        <Col xs={12} md={hasLecturer ? 12 : 6}>
          <Form.Item name="studyHours" label={t('recordForm.studyHours')} tooltip={t('recordForm.studyHoursHint')}>
            <InputNumber data-testid="record-study-hours" min={0} max={100} step={0.5} style={{ width: '100%' }} />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item name="agenda" label={t('recordForm.agenda')}>
        <Input.TextArea
          data-testid="record-agenda"
          autoSize={{ minRows: 2, maxRows: 8 }}
          maxLength={5000}
          placeholder={t('recordForm.agendaHint')}
        />
      </Form.Item>
      <Form.Item name="minutes" label={t('recordForm.minutes')}>
        <MinutesEditor data-testid="record-minutes" />
      </Form.Item>
      <Form.Item label={t('recordForm.guests')} tooltip={t('recordForm.guestsHint')}>
        <Form.List name="guests">
          {(fields, { add, remove }) => (
            <Space orientation="vertical" style={{ width: '100%' }}>
              {fields.map((f) => (
                <Space key={f.key} align="start" wrap data-testid="record-guest">
                  <Form.Item
                    name={[f.name, 'name']}
                    noStyle
                    rules={[{ required: true, whitespace: true, message: t('recordForm.guestNameRequired') }]}
                  >
                    <Input placeholder={t('recordForm.guestName')} maxLength={50} style={{ width: 140 }} />
                  </Form.Item>
                  <Form.Item name={[f.name, 'title']} noStyle>
                    <Input placeholder={t('recordForm.guestTitle')} maxLength={100} style={{ width: 220 }} />
                  </Form.Item>
                  <Button
                    type="text"
                    icon={<DeleteOutlined />}
                    aria-label={t('recordForm.removeGuest')}
                    onClick={() => remove(f.name)}
                  />
                </Space>
              ))}
              <Button data-testid="record-add-guest" icon={<PlusOutlined />} onClick={() => add({ name: '', title: '' })}>
                {t('recordForm.addGuest')}
              </Button>
            </Space>
          )}
        </Form.List>
      </Form.Item>
    </>
  );
}
