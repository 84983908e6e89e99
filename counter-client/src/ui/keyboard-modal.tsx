import { useEffect, useRef, type KeyboardEvent, type MouseEvent } from 'react';
import { Modal, type ModalProps } from 'antd';

/**
 * A dialog a teller can work by keyboard: the primary button takes focus when it opens
 * (unless a field of the dialog asks for it) and again when it becomes enabled, Enter
 * confirms from anywhere inside it except a multi-line field, and Esc cancels (antd's own).
 * Without this the dialog opened with focus on its ✕, so Enter closed it and the customer
 * was never finished.
 */
export function KeyboardModal({ onOk, okButtonProps, ...rest }: ModalProps) {
  const panel = useRef<HTMLDivElement>(null);
  const disabled = okButtonProps?.disabled === true;
  const wasDisabled = useRef(disabled);
  useEffect(() => {
    if (rest.open && wasDisabled.current && !disabled)
      panel.current?.querySelector<HTMLButtonElement>('.ant-modal-footer .ant-btn-primary')?.focus();
    wasDisabled.current = disabled;
  }, [rest.open, disabled]);

  const confirmOnEnter = (e: KeyboardEvent<HTMLDivElement>) => {
    if (e.key !== 'Enter' || e.shiftKey || e.ctrlKey || e.altKey || e.nativeEvent.isComposing) return;
    const target = e.target as HTMLElement;
    // A button does its own thing on Enter; a textarea takes a new line; an open select picks its option.
    if (target.closest('button, textarea, [role="combobox"][aria-expanded="true"]')) return;
    if (disabled) return;
    e.preventDefault();
    onOk?.(e as unknown as MouseEvent<HTMLButtonElement>);
  };
  return (
    <Modal
      {...rest}
      onOk={onOk}
      okButtonProps={{ autoFocus: true, ...okButtonProps }}
      // Around the whole panel: focus may sit on the panel itself.
      modalRender={(node) => (
        <div ref={panel} onKeyDown={confirmOnEnter}>
          {node}
        </div>
      )}
    />
  );
}
