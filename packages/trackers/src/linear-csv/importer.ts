import type { CsvTable } from '../csv/readCsv';
import type { Importer } from '../importer';
import { fromLinearCsv, isLinearHeader, linearColumnsRead } from './fromLinearCsv';

/**
 * Linear CSV exports (every header shape since 2024-03).
 *
 * @example
 * linearCsvImporter.recognises(parseCsvText('ID,Title\nENG-1,x\n', 'a.csv')); // => true
 */
export const linearCsvImporter: Importer<CsvTable> = {
  format: 'linear-csv',
  label: 'a Linear CSV export',
  recognises: (table) => isLinearHeader(table.header),
  columnsRead: linearColumnsRead,
  toDraft: fromLinearCsv,
};
