/**
 * The precedent of a block where the user looks for it: a hover with the
 * prior wording, its statement and year, the score and the word diff; a
 * quick fix that puts back the agreed wording of a revised block.
 */
import { monaco } from './monaco';
import { diffMarkdown } from '../panel/diffView';
import type { AnalysisResult, CardView, Quote } from '../worker/protocol';

export interface AnalysisSource {
  current(): AnalysisResult | null;
  quote(prior: number, block: number): Quote | null;
}

function cardAt(result: AnalysisResult, offset: number): CardView | undefined {
  return result.cards.find((card) => card.start <= offset && offset <= card.end);
}

export function registerProviders(source: AnalysisSource): monaco.IDisposable[] {
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

  const actions = monaco.languages.registerCodeActionProvider('markdown', {
    provideCodeActions(model, range) {
      const result = source.current();
      if (!result) return { actions: [], dispose() {} };
      const card = cardAt(result, model.getOffsetAt(range.getStartPosition()));
      if (!card || card.status !== 'revised' || card.precedents.length === 0) return { actions: [], dispose() {} };
      const precedent = card.precedents[0];
      const prior = result.priors[precedent.prior];
      const quote = source.quote(precedent.prior, precedent.block);
      if (!quote) return { actions: [], dispose() {} };
      const from = model.getPositionAt(card.start);
      const to = model.getPositionAt(card.end);
      return {
        actions: [
          {
            title: `Replace with the agreed wording of ${prior.title} (${prior.date.slice(0, 4)})`,
            kind: 'quickfix',
            edit: {
              edits: [
                {
                  resource: model.uri,
                  versionId: model.getVersionId(),
                  textEdit: { range: new monaco.Range(from.lineNumber, from.column, to.lineNumber, to.column), text: quote.markdown },
                },
              ],
            },
          },
        ],
        dispose() {},
      };
    },
  });
  return [hover, actions];
}
