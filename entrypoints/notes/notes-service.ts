/**
 * The notes page's `NotesService` over the message protocol. The page never opens the
 * database itself: the background owns it, so there is one writer and one schema version.
 */
import { sendRequest } from '../../lib/messaging/client';
import type { NotesService } from '../../lib/notes/service';
import { onNotesChanged } from '../../lib/notes/changes';
import { decodeImportBytes } from '../../lib/notes/import/decode';
import { MAX_IMPORT_BYTES } from '../../lib/notes/import/limits';
import { downloadTextFile } from '../../lib/files/download';

/** The service the notes page uses in the extension. */
export function createPageNotesService(): NotesService {
  return {
    list: (query) => sendRequest('notes:list', { query }),
    facets: () => sendRequest('notes:facets', {}),
    update: (id, patch) => sendRequest('notes:update', { id, ...patch }),
    remove: (id) => sendRequest('notes:delete', { id }),
    restore: (note) => sendRequest('notes:restore', { note }),
    async exportNotes(format, query) {
      const { offset: _offset, limit: _limit, ...filters } = query;
      const file = await sendRequest('notes:export', { format, query: filters });
      downloadTextFile(file.fileName, file.text, file.mimeType);
      return { fileName: file.fileName, count: file.count };
    },
    async importFile(file) {
      // Refuse a huge file before reading it into memory.
      if (file.size > MAX_IMPORT_BYTES) {
        return { ok: false, problem: { code: 'too-large', detail: `${file.size} bytes` } };
      }
      const decoded = decodeImportBytes(new Uint8Array(await file.arrayBuffer()));
      if (!decoded.ok) return decoded;
      return sendRequest('notes:import', { text: decoded.text, fileName: file.name.slice(0, 300) });
    },
    onChange: onNotesChanged,
  };
}
