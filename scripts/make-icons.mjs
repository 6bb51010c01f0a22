// Draws the extension icon (a form with a tick on the platform's blue) at
// every size the manifest names. Run once: node scripts/make-icons.mjs
import sharp from 'sharp';
import { mkdirSync } from 'node:fs';

const svg = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 128 128">
  <rect x="4" y="4" width="120" height="120" rx="26" fill="#1f5fbf"/>
  <rect x="30" y="22" width="60" height="80" rx="8" fill="#fff"/>
  <rect x="40" y="38" width="40" height="6" rx="3" fill="#9db8e6"/>
  <rect x="40" y="52" width="28" height="6" rx="3" fill="#9db8e6"/>
  <circle cx="88" cy="88" r="24" fill="#21a366" stroke="#fff" stroke-width="6"/>
  <path d="M77 88 l8 8 l15 -16" fill="none" stroke="#fff" stroke-width="7" stroke-linecap="round" stroke-linejoin="round"/>
</svg>`;

mkdirSync('public/icon', { recursive: true });
for (const size of [16, 32, 48, 128]) {
  await sharp(Buffer.from(svg)).resize(size, size).png().toFile(`public/icon/${size}.png`);
}
