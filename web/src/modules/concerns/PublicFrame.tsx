// The frame of the pages reachable without an account (the concern form and the follow page): the app's name,
// the language switch and one narrow column — they are opened from a QR code on a phone.
import type { ReactNode } from 'react';
import { Flex, Typography } from 'antd';
import { useT } from '../../app/i18n';
import { LanguageSwitch } from '../../app/LanguageSwitch';

export function PublicFrame({ children }: { children: ReactNode }) {
  const t = useT();
  return (
    <div style={{ minHeight: '100vh', background: '#f5f5f5' }}>
      <Flex
        align="center"
        justify="space-between"
        style={{ background: '#c8161d', padding: '10px 16px', color: '#fff' }}
      >
        <Typography.Text strong style={{ color: '#fff', fontSize: 18, letterSpacing: 4 }}>
          {t('app.name')}
        </Typography.Text>
        <LanguageSwitch />
      </Flex>
      <div style={{ maxWidth: 520, margin: '0 auto', padding: 12 }}>{children}</div>
    </div>
  );
}

/** XXXXX-XXXXX in a large monospaced face, easy to copy down by hand. */
export function FollowCodeText({ code }: { code: string }) {
  return (
    <Typography.Text
      copyable={{ text: code }}
      data-testid="concern-follow-code"
      data-code={code}
      style={{ fontFamily: 'ui-monospace, Menlo, Consolas, monospace', fontSize: 30, fontWeight: 600, letterSpacing: 3 }}
    >
      {`${code.slice(0, 5)}-${code.slice(5)}`}
    </Typography.Text>
  );
}
