import type { FormInstance } from 'antd';

/**
 * The form's values, or null while a field is invalid: antd rejects validateFields() and
 * already marks the fields on screen, so the only thing left to do is not to submit.
 */
export async function validFields<T>(form: FormInstance<T>): Promise<T | null> {
  try {
    return await form.validateFields();
  } catch {
    return null;
  }
}
