// 会议内容: a small rich-text editor (tiptap's starter kit) for the minutes; the value is HTML,
// which the server sanitises again.
import { Button, Flex, theme, Tooltip } from 'antd';
import {
  BoldOutlined,
  ItalicOutlined,
  OrderedListOutlined,
  UndoOutlined,
  RedoOutlined,
  UnorderedListOutlined,
} from '@ant-design/icons';
import { EditorContent, useEditor, useEditorState } from '@tiptap/react';
import StarterKit from '@tiptap/starter-kit';
import { useEffect, type ReactNode } from 'react';
import { useT } from '../../app/i18n';

interface Props {
  value?: string | null;
  onChange?: (html: string) => void;
  'data-testid'?: string;
}

const EMPTY = '<p></p>';

export function MinutesEditor({ value, onChange, ...rest }: Props) {
  const t = useT();
  const { token } = theme.useToken();
  const editor = useEditor({
    extensions: [StarterKit.configure({ codeBlock: false, code: false, link: false })],
    content: value ?? '',
    editorProps: { attributes: { style: 'min-height: 180px; padding: 8px 12px; outline: none', 'aria-label': 'minutes' } },
    onUpdate: ({ editor: e }) => onChange?.(e.isEmpty ? '' : e.getHTML()),
  });
  const state = useEditorState({
    editor,
    selector: ({ editor: e }) => ({
      bold: e.isActive('bold'),
      italic: e.isActive('italic'),
      h3: e.isActive('heading', { level: 3 }),
      bullet: e.isActive('bulletList'),
      ordered: e.isActive('orderedList'),
      canUndo: e.can().undo(),
      canRedo: e.can().redo(),
    }),
  });

  // A value set from outside (loading a record, a reload after a conflict) replaces the content.
  useEffect(() => {
    const html = value ?? '';
    const current = editor.isEmpty ? '' : editor.getHTML();
    if (html !== current && !(html === '' && editor.getHTML() === EMPTY)) editor.commands.setContent(html, { emitUpdate: false });
  }, [value, editor]);

  const button = (key: string, label: string, icon: ReactNode, active: boolean, run: () => void, disabled = false) => (
    <Tooltip key={key} title={label}>
      <Button size="small" type={active ? 'primary' : 'text'} icon={icon} aria-label={label} disabled={disabled} onClick={run} />
    </Tooltip>
  );
  const chain = () => editor.chain().focus();

  return (
    <div data-testid={rest['data-testid']} style={{ border: `1px solid ${token.colorBorder}`, borderRadius: token.borderRadius }}>
      <Flex gap={2} wrap style={{ padding: 4, borderBottom: `1px solid ${token.colorBorderSecondary}` }}>
        {button('h3', t('recordForm.editor.heading'), <strong>H</strong>, state.h3, () =>
          chain().toggleHeading({ level: 3 }).run(),
        )}
        {button('bold', t('recordForm.editor.bold'), <BoldOutlined />, state.bold, () => chain().toggleBold().run())}
        {button('italic', t('recordForm.editor.italic'), <ItalicOutlined />, state.italic, () => chain().toggleItalic().run())}
        {button('bullet', t('recordForm.editor.bulletList'), <UnorderedListOutlined />, state.bullet, () =>
          chain().toggleBulletList().run(),
        )}
        {button('ordered', t('recordForm.editor.orderedList'), <OrderedListOutlined />, state.ordered, () =>
          chain().toggleOrderedList().run(),
        )}
        {button('undo', t('recordForm.editor.undo'), <UndoOutlined />, false, () => chain().undo().run(), !state.canUndo)}
        {button('redo', t('recordForm.editor.redo'), <RedoOutlined />, false, () => chain().redo().run(), !state.canRedo)}
      </Flex>
      <EditorContent editor={editor} />
    </div>
  );
}
