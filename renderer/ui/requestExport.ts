/**
 * File › Export as the page asks for it: main (or browser mode's stand-in)
 * builds the file from the request and asks where to save it. A failure is
 * shown; a cancelled save dialog says nothing; a file written says where it
 * went, since nothing else on screen changes.
 */
import type { ExportRequest, PrecedentApi } from '../../contract/api';
import { showError } from './dialogs';
import { showStatus } from './statusMessage';

export async function requestExport(api: PrecedentApi, request: ExportRequest): Promise<void> {
  const exported = await api.exportReport(request);
  if (!exported.ok) {
    await showError(exported.message);
    return;
  }
  if (exported.value === null) return;
  const { name, path } = exported.value;
  showStatus(
    api.platform === 'browser'
      ? `Exported “${name}” to this page’s memory (${path}): browser mode writes no files; the desktop app and the command line write the ${request.format.toUpperCase()} file itself.`
      : `Exported “${name}” to ${path}`,
  );
}
