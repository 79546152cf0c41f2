// 登录 — user name and password, with the language switch; shows the server's refusals as they are.
import { useState } from 'react';
import { Navigate, useLocation, useNavigate } from 'react-router';
import { Alert, Button, Card, Form, Input, Typography } from 'antd';
import { LockOutlined, UserOutlined } from '@ant-design/icons';
import type { Locale } from '@xianfeng/shared/domain';
import type { LoginBody } from '@xianfeng/shared/schemas/auth';
import { api } from '../../app/api';
import { useAuth } from '../../app/auth';
import { errorText } from '../../app/errors';
import { useLocale, useT } from '../../app/i18n';
import { LanguageSwitch } from '../../app/LanguageSwitch';

export default function LoginPage() {
  const t = useT();
  const { locale, setLocale } = useLocale();
  const { me, login, endedMessage } = useAuth();
  const navigate = useNavigate();
  const location = useLocation();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  // A language picked here is the user's choice: it is saved on the account after sign-in.
  const [picked, setPicked] = useState<Locale | null>(null);
  const from = (location.state as { from?: string } | null)?.from ?? '/';

  if (me && !busy) return <Navigate to={from} replace />;

  const submit = async (values: LoginBody) => {
    setBusy(true);
    setError(null);
    try {
      const who = await login(values);
      if (picked && picked !== who.locale) await api.put('/auth/locale', { locale: picked }).catch(() => undefined);
      else if (who.locale !== locale) setLocale(who.locale);
      navigate(from === '/login' ? '/' : from, { replace: true });
    } catch (err) {
      setError(errorText(err));
    } finally {
      setBusy(false);
    }
  };

  const notice = error ?? (endedMessage ? t('login.sessionEnded') : null);
  return (
    <div
      style={{
        minHeight: '100vh',
        display: 'flex',
        alignItems: 'center',
        justifyContent: 'center',
        padding: 16,
        background: 'linear-gradient(160deg, #c8161d 0%, #8c0d12 45%, #f5f5f5 45%)',
      }}
    >
      <Card style={{ width: '100%', maxWidth: 380, boxShadow: '0 8px 24px rgba(0,0,0,0.15)' }}>
        <div style={{ display: 'flex', justifyContent: 'flex-end' }}>
          <LanguageSwitch onSwitch={setPicked} />
        </div>
        <div style={{ textAlign: 'center', margin: '8px 0 24px' }}>
          <Typography.Title level={2} style={{ color: '#c8161d', margin: 0, letterSpacing: 4 }}>
            {t('app.name')}
          </Typography.Title>
          <Typography.Text type="secondary">{t('login.subtitle')}</Typography.Text>
        </div>
        {notice && <Alert type={error ? 'error' : 'warning'} showIcon title={notice} style={{ marginBottom: 16 }} data-testid="login-error" />}
        <Form<LoginBody> name="login" layout="vertical" onFinish={submit} requiredMark={false} data-testid="login-form">
          <Form.Item name="username" label={t('login.username')} rules={[{ required: true, message: t('common.required') }]}>
            <Input prefix={<UserOutlined />} autoComplete="username" autoFocus data-testid="login-username" />
          </Form.Item>
          <Form.Item name="password" label={t('login.password')} rules={[{ required: true, message: t('common.required') }]}>
            <Input.Password prefix={<LockOutlined />} autoComplete="current-password" data-testid="login-password" />
          </Form.Item>
          <Button type="primary" htmlType="submit" block size="large" loading={busy} data-testid="login-submit">
            {t('login.submit')}
          </Button>
        </Form>
      </Card>
    </div>
  );
}
