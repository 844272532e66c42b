/**
 * The renderer's entry: the contract from the preload in the desktop app, or
 * the in-memory stand-in in a plain browser, then the desk.
 */
import './styles.css';
import { Desk } from './Desk';
import { BrowserApi } from './platform/browserApi';
import { renderMenuBar } from './ui/MenuBar';
import type { PrecedentApi } from '../contract/api';

const bridge = (window as unknown as { precedent?: PrecedentApi }).precedent;
const api: PrecedentApi = bridge ?? new BrowserApi();
const menuBar = document.getElementById('menubar')!;
if (api instanceof BrowserApi) renderMenuBar(menuBar, (command) => api.dispatch(command));
else menuBar.remove();

const desk = new Desk(api, {
  editor: document.getElementById('editor')!,
  panel: document.getElementById('panel')!,
  priors: document.getElementById('priors')!,
  layout: document.getElementById('layout')!,
});
// Tests and the benchmark observe the desk through this handle; it exposes nothing the page could not do.
(window as unknown as { precedentDesk: Desk }).precedentDesk = desk;
void desk.start();
