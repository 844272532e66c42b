/**
 * Where Precedent keeps what it can always make again (parsed models): the
 * platform's cache directory, in a `precedent` folder. Nothing there is
 * precious: the folder may be deleted at any time.
 */
import { homedir } from 'node:os';
import { isAbsolute, join } from 'node:path';

export interface CacheFolderContext {
  env?: NodeJS.ProcessEnv;
  platform?: NodeJS.Platform;
  home?: string;
}

/**
 * `%LOCALAPPDATA%` on Windows, `~/Library/Caches` on macOS, else
 * `$XDG_CACHE_HOME` (when absolute, as the XDG specification asks) or
 * `~/.cache`; then `precedent`.
 */
export function cacheFolder({ env = process.env, platform = process.platform, home = homedir() }: CacheFolderContext = {}): string {
  if (platform === 'win32') return join(env.LOCALAPPDATA || join(home, 'AppData', 'Local'), 'precedent');
  if (platform === 'darwin') return join(home, 'Library', 'Caches', 'precedent');
  const xdg = env.XDG_CACHE_HOME;
  return join(xdg && isAbsolute(xdg) ? xdg : join(home, '.cache'), 'precedent');
}
