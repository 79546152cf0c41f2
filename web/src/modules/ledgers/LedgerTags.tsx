// How a list's kind, an item's status and its colour against the deadline look, everywhere.
import { Tag } from 'antd';
import type { ItemColour, ItemStatus, LedgerKind } from '@xianfeng/shared/schemas/ledgers';
import { useT } from '../../app/i18n';
import { COLOUR_TONES, STATUS_TAGS } from './ledgers.helpers';

export function LedgerKindTag({ kind }: { kind: LedgerKind }) {
  const t = useT();
  return <Tag color="red">{t(`ledgerKind.${kind}`)}</Tag>;
}

export function ItemStatusTag({ status, testId }: { status: ItemStatus; testId?: string }) {
  const t = useT();
  return (
    <Tag color={STATUS_TAGS[status]} data-testid={testId} data-status={status}>
      {t(`itemStatus.${status}`)}
    </Tag>
  );
}

/** A coloured dot and the colour's name (正常推进 / 临近到期 / 已逾期 / 逾期销号 / 已销号). */
export function ColourDot({ colour, testId, label = true }: { colour: ItemColour; testId?: string; label?: boolean }) {
  const t = useT();
  const name = t(`itemColour.${colour}`);
  return (
    <span data-testid={testId} data-colour={colour} style={{ whiteSpace: 'nowrap', color: COLOUR_TONES[colour].color }} title={name}>
      <span
        aria-hidden
        style={{
          display: 'inline-block',
          width: 9,
          height: 9,
          borderRadius: '50%',
          background: COLOUR_TONES[colour].color,
          marginInlineEnd: label ? 6 : 0,
          verticalAlign: 'middle',
        }}
      />
      {label && name}
    </span>
  );
}

export function ColourTag({ colour, testId }: { colour: ItemColour; testId?: string }) {
  const t = useT();
  return (
    <Tag color={COLOUR_TONES[colour].tag} data-testid={testId} data-colour={colour}>
      {t(`itemColour.${colour}`)}
    </Tag>
  );
}
