import type { KeyboardEvent, MouseEvent } from 'react';
import { Modal, type ModalProps } from 'antd';

/**
 * A dialog a teller can work by keyboard: the primary button takes focus when it opens
 * (unless a field of the dialog asks for it), Enter confirms from anywhere inside it except
 * a multi-line field, and Esc cancels (antd's own). Without this the dialog opened with
 * focus on its ✕, so Enter closed it and the customer was never finished.
 */
export function KeyboardModal({ onOk, okButtonProps, children, ...rest }: ModalProps) {
  const confirmOnEnter = (e: KeyboardEvent<HTMLDivElement>) => {
    if (e.key !== 'Enter' || e.shiftKey || e.ctrlKey || e.altKey || e.nativeEvent.isComposing) return;
    const target = e.target as HTMLElement;
    // A button does its own thing on Enter; a textarea takes a new line; an open select picks its option.
    if (target.closest('button, textarea, [role="combobox"][aria-expanded="true"]')) return;
    if (okButtonProps?.disabled) return;
    e.preventDefault();
    onOk?.(e as unknown as MouseEvent<HTMLButtonElement>);
  };
  return (
    <Modal {...rest} onOk={onOk} okButtonProps={{ autoFocus: true, ...okButtonProps }}>
      <div onKeyDown={confirmOnEnter}>{children}</div>
    </Modal>
  );
}
