/**
 * A desk that autosaves without pause, through main's own recovery writer,
 * until it is killed: `autosaveChild.ts <recovery folder> <draft path> <first version>`.
 * Prints `saved <n>` after each autosave has completed (renamed into place).
 */
import { writeRecoveryDraft } from '../../../main/recovery';
import { versionText } from './autosaveVersions';

const [folder, path, first] = process.argv.slice(2);
for (let n = Number(first); ; n++) {
  await writeRecoveryDraft(folder, { path, text: versionText(n), savedAt: new Date().toISOString() });
  process.stdout.write(`saved ${n}\n`);
}
