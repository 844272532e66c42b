/**
 * File › Export as the page asks for it: main (or browser mode's stand-in)
 * builds the file from the request and asks where to save it. A failure is
 * shown; a cancelled save dialog says nothing.
 */
import type { ExportRequest, PrecedentApi } from '../../contract/api';
import { showError } from './dialogs';

export async function requestExport(api: PrecedentApi, request: ExportRequest): Promise<void> {
  const exported = await api.exportReport(request);
  if (!exported.ok) await showError(exported.message);
}
