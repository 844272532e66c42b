/**
 * The precedent of a block where the user looks for it: a hover with the
 * prior wording, its statement and year, the score and the word diff; a
 * quick fix that puts back the agreed wording of a block, where its
 * precedent really continues it, after showing the text it will put in.
 */
import { monaco } from './monaco';
import { diffMarkdown, renderDiff } from '../panel/diffView';
import { diffWords } from '../../engine/index';
import { confirmReplacement } from '../ui/dialogs';
import type { AnalysisResult, CardView, Quote } from '../worker/protocol';

export interface AnalysisSource {
  current(): AnalysisResult | null;
  quote(prior: number, block: number): Quote | null;
}

function cardAt(result: AnalysisResult, offset: number): CardView | undefined {
  return result.cards.find((card) => card.start <= offset && offset <= card.end);
}

/** What the quick fix carries from the offer to the user's answer. */
interface Replacement {
  title: string;
  range: monaco.IRange;
  versionId: number;
  text: string;
}

const REPLACE_COMMAND = 'precedent.replaceWithAgreedWording';

export function registerProviders(source: AnalysisSource, editor: monaco.editor.IStandaloneCodeEditor): monaco.IDisposable[] {
  const hover = monaco.languages.registerHoverProvider('markdown', {
    provideHover(model, position) {
      const result = source.current();
      if (!result) return null;
      const card = cardAt(result, model.getOffsetAt(position));
      if (!card) return null;
      const from = model.getPositionAt(card.start);
      const to = model.getPositionAt(card.end);
      const range = new monaco.Range(from.lineNumber, from.column, to.lineNumber, to.column);
      if (card.status === 'new') return { range, contents: [{ value: '**New**: no prior statement has this paragraph.' }] };
      const contents = card.precedents.slice(0, 3).map((precedent, i) => {
        const prior = result.priors[precedent.prior];
        const heading = `**${i === 0 ? (card.status === 'carried' ? 'Carried over' : 'Revised') : 'Also'}** from *${prior.title}* (${prior.date.slice(0, 4)}), score ${precedent.score.toFixed(2)}`;
        return { value: i === 0 ? `${heading}\n\n${diffMarkdown(card.diff)}` : `${heading}\n\n> ${source.quote(precedent.prior, precedent.block)?.text ?? ''}` };
      });
      return { range, contents };
    },
  });

  // Replaces only after the user has seen the text, and as one undo step: one Ctrl+Z gives the paragraph back.
  const command = monaco.editor.registerCommand(REPLACE_COMMAND, (_accessor, replacement: Replacement) => {
    const model = editor.getModel();
    if (!model || model.getVersionId() !== replacement.versionId) return;
    const current = model.getValueInRange(replacement.range);
    void confirmReplacement(replacement.title, current, replacement.text, renderDiff(diffWords(current, replacement.text))).then((confirmed) => {
      if (!confirmed || model.getVersionId() !== replacement.versionId) return;
      editor.pushUndoStop();
      editor.executeEdits('agreed-wording', [{ range: replacement.range, text: replacement.text, forceMoveMarkers: true }]);
      editor.pushUndoStop();
      editor.focus();
    });
  });

  const actions = monaco.languages.registerCodeActionProvider('markdown', {
    provideCodeActions(model, range) {
      const none = { actions: [], dispose() {} };
      const result = source.current();
      if (!result) return none;
      const card = cardAt(result, model.getOffsetAt(range.getStartPosition()));
      if (!card?.agreedWording) return none;
      const { prior: p, block } = card.agreedWording;
      const prior = result.priors[p];
      const quote = source.quote(p, block);
      if (!quote) return none;
      const from = model.getPositionAt(card.start);
      const to = model.getPositionAt(card.end);
      const title = `Replace with the agreed wording of ${prior.title} (${prior.date.slice(0, 4)})…`;
      const replacement: Replacement = {
        title,
        range: new monaco.Range(from.lineNumber, from.column, to.lineNumber, to.column),
        versionId: model.getVersionId(),
        text: quote.markdown,
      };
      return { actions: [{ title, kind: 'quickfix', command: { id: REPLACE_COMMAND, title, arguments: [replacement] } }], dispose() {} };
    },
  });
  return [hover, command, actions];
}
