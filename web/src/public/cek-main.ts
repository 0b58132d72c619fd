// Entry of the light public pages (/cek and /kartu/<token>), built apart from the main app so a phone on
// a weak signal loads a few kilobytes. Registers the service worker that keeps these pages (and, through
// the card store, the last card) available offline, and says plainly when the phone is offline.
import './cek.css';
import { h, fill } from './dom';
import { cardPage } from './card-page';
import { coveragePage } from './coverage-page';
import { storeLang, storedLang, TEXT, type Lang } from './public-text';

function start(lang: Lang): void {
  const t = TEXT[lang];
  document.documentElement.lang = lang;
  document.title = `${t.title} — Lindung`;
  const banner = h('p', { class: 'offline', role: 'status', 'data-testid': 'offline-banner', hidden: navigator.onLine }, t.offline);
  const onLine = () => { banner.hidden = navigator.onLine; };
  window.addEventListener('online', onLine);
  window.addEventListener('offline', onLine);
  const other: Lang = lang === 'id' ? 'en' : 'id';
  const main = h('main', {});
  const app = document.getElementById('app')!;
  fill(app, banner, h('nav', {}, h('strong', {}, 'Lindung'), h('button', { type: 'button', class: 'link', onclick: () => { storeLang(other); window.removeEventListener('online', onLine); window.removeEventListener('offline', onLine); start(other); } }, t.other)),
    h('h1', {}, t.title), main);
  const card = /^\/kartu\/([\w-]+\.[\w-]+)$/.exec(location.pathname);
  if (card) void cardPage(main, t, lang, card[1]!);
  else coveragePage(main, t, lang);
}

start(storedLang());

if ('serviceWorker' in navigator) {
  window.addEventListener('load', () => { navigator.serviceWorker.register('/sw.js', { scope: '/' }).catch(() => undefined); });
}
