import type ExcelJS from 'exceljs';

/**
 * exceljs, loaded on the first export or import instead of at start: it is the largest
 * module the server has (about a second to load on a busy branch PC, most of the start).
 */
export async function loadExcel(): Promise<typeof ExcelJS> {
  return (await import('exceljs')).default;
}
