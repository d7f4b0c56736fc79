import type { Importer, JsonDocument } from '../importer';
import { fromJson } from './fromJson';

/**
 * Trailmap's own JSON: a `Backlog`, `{ backlog: … }` or a bare array of work items.
 *
 * @example
 * trailmapJsonImporter.recognises({ file: 'b.json', json: { items: [] } }); // => true
 */
export const trailmapJsonImporter: Importer<JsonDocument> = {
  format: 'trailmap-json',
  label: 'Trailmap JSON',
  recognises: (doc) =>
    Array.isArray(doc.json) ||
    (typeof doc.json === 'object' && doc.json !== null && ('items' in doc.json || 'backlog' in doc.json)),
  toDraft: (doc) => fromJson(doc.json, doc.file),
};
